/**
 * Whether the badge stays off for a URL: paused on its site, or snoozed everywhere. Apart from controls.ts
 * because finding a URL's site needs the public suffix list, which the background loads when needed
 * (./psl.ts) and the popup's page, which only sets the controls, need not load. The badge finds a paused
 * site by the walk of data/model/known-site.ts: a wake-up on other sites never loads the list.
 */
import type { Quiet } from '../model/badge';
import type { I18n } from '../model/i18n';
import { targetFromInput } from '../model/domain';
import { knownTarget } from '../model/known-site';
import { isPaused, snoozedUntil, type BadgeControls } from './controls';
import { withPsl } from './psl';

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
 * False when no suffix of `url`'s host is one of `paused` (the site, getDomain of the host, is such a suffix),
 * found by the badge's walk (data/model/known-site.ts) without the public suffix list; undefined when only the
 * site itself can tell (the list holds what storage.sync holds, not only registrable domains).
 */
function pausedByWalk(paused: readonly string[], url: string | undefined): false | undefined {
  if (!url || !paused.length || knownTarget(url, (d) => paused.includes(d)) === null) return false;
  return undefined;
}

/** Whether `url`'s site is one of `paused`. */
function pausedOn(paused: readonly string[], url: string | undefined): boolean {
  if (pausedByWalk(paused, url) === false) return false;
  const site = siteOf(url);
  return !!site && paused.includes(site);
}

/**
 * `quietIn` in the service worker, which loads the public suffix list only when the walk cannot tell: a badge on
 * a host none of whose suffixes is paused never loads it. `withList` answers the other cases (`quietWithPsl`),
 * and is passed in because in Chrome's service worker the list and the code that reads it are in the late
 * script (./late-script.sw.ts), not in background.js.
 */
export function quietInWorker(
  c: BadgeControls,
  url: string | undefined,
  i18n: I18n,
  withList: (c: BadgeControls, url: string | undefined, i18n: I18n) => Promise<Quiet | undefined>,
): Promise<Quiet | undefined> {
  if (pausedByWalk(c.pausedSites, url) === undefined) return withList(c, url, i18n);
  return Promise.resolve(quietIn(c, url, i18n));
}

/** `quietIn` with the public suffix list loaded (./psl.ts). */
export const quietWithPsl = (c: BadgeControls, url: string | undefined, i18n: I18n) => withPsl(() => quietIn(c, url, i18n));

/** `quietFor`, from controls already read. */
export function quietIn(c: BadgeControls, url: string | undefined, i18n: I18n, now = Date.now()): Quiet | undefined {
  if (pausedOn(c.pausedSites, url)) return { kind: 'paused' };
  return c.snoozedUntil > now ? { kind: 'snoozed', until: i18n.fmt.time(c.snoozedUntil) } : undefined;
}
