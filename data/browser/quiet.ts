/**
 * Whether the badge stays off for a URL: paused on its site, or snoozed everywhere. Apart from controls.ts
 * because finding a URL's site needs the public suffix list (tldts), which the background has and the
 * popup's page, which only sets the controls, need not load. The badge asks it only when a suffix of the
 * tab's host is a paused site (data/model/known-site.ts): a wake-up on other sites never loads it.
 */
import type { Quiet } from '../model/badge';
import type { I18n } from '../model/i18n';
import { targetFromInput } from '../model/domain';
import { knownTarget } from '../model/known-site';
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

/**
 * Whether `url`'s site is one of `paused`. The site (getDomain of the host) is a suffix of the host, so a
 * host none of whose suffixes is paused is not; only otherwise is the site itself computed.
 */
function pausedOn(paused: readonly string[], url: string | undefined): boolean {
  if (!url || !paused.length || knownTarget(url, (d) => paused.includes(d)) === null) return false;
  const site = siteOf(url);
  return !!site && paused.includes(site);
}

/** `quietFor`, from controls already read. */
export function quietIn(c: BadgeControls, url: string | undefined, i18n: I18n, now = Date.now()): Quiet | undefined {
  if (pausedOn(c.pausedSites, url)) return { kind: 'paused' };
  return c.snoozedUntil > now ? { kind: 'snoozed', until: i18n.fmt.time(c.snoozedUntil) } : undefined;
}
