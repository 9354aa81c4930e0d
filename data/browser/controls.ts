/**
 * The user's controls over the badge and the popup: which kinds of line and which agencies count, pause
 * on a site, snooze everywhere for a while. All read from the one settings registry, so the background
 * (badge) and the popup apply the same choices. Stored values are checked on read: settings sync from
 * other devices and other versions, and anything we do not recognise counts as the default.
 * What needs a URL's site (the public suffix list) is in quiet.ts, so the popup's controls load without it.
 */
import { browser } from 'wxt/browser';
import { TIE_KINDS, type TieKind, type TiePrefs } from '../model/headline';
import { MAX_PAUSED_SITES, settings } from './settings';
import { cached } from '../model/cached';

export const SNOOZE_ALARM = 'tieline-snooze-end';
export const SNOOZE_CHOICES = { hour: 3600_000, day: 24 * 3600_000 } as const;
export type SnoozeChoice = keyof typeof SNOOZE_CHOICES;

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export async function tiePrefs(): Promise<TiePrefs> {
  const [kinds, muted] = await Promise.all([settings.badgeKinds.getValue(), settings.mutedAgencies.getValue()]);
  const known = Array.isArray(kinds) ? TIE_KINDS.filter((k) => kinds.includes(k)) : [...TIE_KINDS];
  return { kinds: known, mutedAgencies: strings(muted) };
}

export async function setKindEnabled(kind: TieKind, on: boolean): Promise<void> {
  const { kinds } = await tiePrefs();
  await settings.badgeKinds.setValue(TIE_KINDS.filter((k) => (k === kind ? on : kinds.includes(k))));
}

export async function setAgencyMuted(agencyId: string, muted: boolean): Promise<void> {
  const { mutedAgencies } = await tiePrefs();
  const rest = mutedAgencies.filter((a) => a !== agencyId);
  await settings.mutedAgencies.setValue(muted ? [...rest, agencyId] : rest);
}

export async function isPaused(site: string | undefined): Promise<boolean> {
  return !!site && strings(await settings.pausedSites.getValue()).includes(site);
}

export async function setPaused(site: string, paused: boolean): Promise<void> {
  const rest = strings(await settings.pausedSites.getValue()).filter((s) => s !== site);
  // The oldest pause goes first when the list is full: the item must stay under storage.sync's 8 KB.
  await settings.pausedSites.setValue(paused ? [...rest, site].slice(-MAX_PAUSED_SITES) : rest);
}

/** Until when the badge is snoozed everywhere (epoch ms), or undefined when it is not. */
export async function snoozedUntil(now = Date.now()): Promise<number | undefined> {
  const until = await settings.snoozedUntil.getValue();
  return typeof until === 'number' && until > now ? until : undefined;
}

/** Snoozes every badge for an hour or a day; the background's alarm brings them back. */
export async function snooze(choice: SnoozeChoice | 'off'): Promise<void> {
  await settings.snoozedUntil.setValue(choice === 'off' ? 0 : Date.now() + SNOOZE_CHOICES[choice]);
}

/** Everything the badge needs of the controls, read at once. */
export interface BadgeControls {
  prefs: TiePrefs;
  pausedSites: string[];
  /** Epoch ms the snooze ends (0 when never snoozed); compared with the clock at each use. */
  snoozedUntil: number;
}

/**
 * Reads every control the badge applies in one go. The background keeps the answer until a control
 * changes (`watchControls`), so a tab event costs no storage read.
 */
export async function badgeControls(): Promise<BadgeControls> {
  const [prefs, paused, until] = await Promise.all([tiePrefs(), settings.pausedSites.getValue(), settings.snoozedUntil.getValue()]);
  return { prefs, pausedSites: strings(paused), snoozedUntil: typeof until === 'number' ? until : 0 };
}

/** Runs `onChange` when any control changes (the background redraws every badge). */
export function watchControls(onChange: () => void): void {
  for (const item of [settings.badgeKinds, settings.mutedAgencies, settings.pausedSites, settings.snoozedUntil]) {
    (item as { watch: (cb: () => void) => unknown }).watch(onChange);
  }
}

const held = cached(badgeControls);

/**
 * `badgeControls`, kept in memory: read once per wake-up of the service worker, where the badge and the
 * popup's message (popup-state.ts) both use it, so neither a tab event nor a popup reads storage. Kept until
 * `forgetControls`, which the background calls first thing when a control changes (its `watchControls`).
 */
export const heldControls = held.get;

/** Drops the controls `heldControls` keeps: the next use reads them again. */
export const forgetControls = held.clear;

/** Keeps one alarm at the end of the snooze, so badges come back on time without polling. */
export async function scheduleSnoozeEnd(): Promise<void> {
  const until = await snoozedUntil();
  await browser.alarms.clear(SNOOZE_ALARM);
  if (until) await browser.alarms.create(SNOOZE_ALARM, { when: until });
}
