/**
 * Whether the badge stays off for a URL: paused on its site, or snoozed everywhere. Apart from controls.ts
 * because finding a URL's site needs the public suffix list (tldts), which the background has and the
 * popup's page, which only sets the controls, need not load.
 */
import type { Quiet } from '../model/badge';
import type { I18n } from '../model/i18n';
import { targetFromInput } from '../model/domain';
import { isPaused, snoozedUntil, type BadgeControls } from './controls';

/** The registrable domain the pause applies to (a paused salesforce.com covers www. and help.). */
export function siteOf(url: string | undefined): string | undefined {
  const t = url ? targetFromInput(url) : undefined;
  return t?.ok ? t.target.domain : undefined;
}

/** Why the badge stays off for `url` (a pause on its site wins over a snooze), or undefined. */
export async function quietFor(url: string | undefined, i18n: I18n): Promise<Quiet | undefined> {
  if (await isPaused(siteOf(url))) return { kind: 'paused' };
  const until = await snoozedUntil();
  return until ? { kind: 'snoozed', until: i18n.fmt.time(until) } : undefined;
}

/** `quietFor`, from controls already read. */
export function quietIn(c: BadgeControls, url: string | undefined, i18n: I18n, now = Date.now()): Quiet | undefined {
  const site = siteOf(url);
  if (site && c.pausedSites.includes(site)) return { kind: 'paused' };
  return c.snoozedUntil > now ? { kind: 'snoozed', until: i18n.fmt.time(c.snoozedUntil) } : undefined;
}
