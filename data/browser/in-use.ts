/**
 * The background's side of the data that a tab's badge needs: the data in use, read once per wake-up without
 * Dexie, and a site's badge facts from it. The rest of the extension's side (the database, installs, syncs,
 * whole lookups) is ./extension.ts, which re-exports this.
 *
 * Why apart: in Chrome's service worker, the code a wake-up that only sets badges never runs is a script of its
 * own, loaded on first use (./late-script.sw.ts), and this module holds state both scripts share (one copy of the
 * data in use), so it must stay in background.js without pulling Dexie's schema, the installs and syncs in.
 */
import { onGenerationSwitch } from '../store/switch';
import { readInUse, type InUse } from '../store/in-use-read';
import type { MatchResult } from '../model/result';
import { knownTarget } from '../model/known-site';
import { badgeFacts, type BadgeFacts } from '../model/headline';

let throughStore: (() => Promise<InUse | undefined>) | undefined;
/**
 * How the data in use is read when the read without Dexie fails: through the database, which ./extension.ts
 * holds (set there; in Chrome's service worker, by the background, through the late script that holds it).
 */
export function readThroughStore(read: () => Promise<InUse | undefined>): void {
  throughStore = read;
}

let firstInstalling: Promise<boolean> | undefined;
/**
 * The service worker's first install, written without Dexie (./first-install.ts), begun by its `install` event
 * (./late-script.sw.ts): resolves true once its data is in use, false when it did not install (the database
 * existed: an update; or it failed, logged there). Set here, in the state both of the worker's scripts share,
 * so the installs through Dexie (./extension.ts) and the badge's lookups wait for it.
 */
export function beganFirstInstall(installing: Promise<boolean>): void {
  firstInstalling = installing;
}
/** Resolves once the first install (if one began) is over: whether it installed. */
export const afterFirstInstall = (): Promise<boolean> => firstInstalling ?? Promise.resolve(false);

let inUse: Promise<InUse | undefined> | undefined;
/**
 * The data in use as the background's lookups need it: its generation, its domains (with the parts each
 * lookup reads) and its agencies in memory (a few hundred small entries), read once per wake-up and
 * dropped when a generation switch happens in this context. Read without Dexie (store/in-use-read.ts: a
 * wake-up that only sets badges never loads it); through Dexie if that read fails.
 */
export function dataInUse(): Promise<InUse | undefined> {
  const reading = (inUse ??= readInUse().catch((err: unknown) => {
    if (!throughStore) throw err;
    console.warn('Tieline: reading the data in use without Dexie failed; reading it through Dexie', err);
    return throughStore();
  }));
  // Nothing kept from a failed read, nor "no data yet": the next lookup asks the store again.
  const forget = () => {
    if (inUse === reading) inUse = undefined;
  };
  reading.then((v) => v ?? forget(), forget);
  return reading;
}
onGenerationSwitch(() => (inUse = undefined));

/** A tab's badge, and the whole result, built only when something asks for it (the popup opened on the tab). */
export interface BadgeAnswer {
  facts: BadgeFacts | null;
  result: () => Promise<MatchResult | null>;
}

/**
 * The badge's lookup: a site's badge facts (headline.ts), which the data in use keeps in memory with its
 * domains (written with the generation's rows: bundle.ts), so a tab event on a known site reads nothing and
 * builds no result; the result itself is looked up by `lookup` (./extension.ts) when `result` is called. A URL
 * the walk cannot read, and a generation written before the facts existed, are looked up whole by `lookup`, and
 * the facts taken from the result. `lookup` is passed in: it installs and reads through Dexie, code a wake-up
 * that only sets badges does not load.
 */
export async function badgeAnswer(url: string, lookup: (url: string) => Promise<MatchResult | null>): Promise<BadgeAnswer> {
  let data = await dataInUse();
  // A tab visited during the first install gets its badge when the data is in use, without loading the code
  // of a whole lookup (which would take the worker's thread from the install) to wait for the same install.
  if (!data && firstInstalling && (await firstInstalling)) data = await dataInUse();
  const domains = data?.domains;
  const target = domains ? knownTarget(url, (d) => domains.has(d)) : undefined;
  if (target === null) return { facts: null, result: () => Promise.resolve(null) };
  const badge = target && domains?.get(target.domain)?.badge;
  if (badge !== undefined) return { facts: JSON.parse(badge) as BadgeFacts, result: () => lookup(url) };
  const result = await lookup(url);
  return { facts: result && badgeFacts(result), result: () => Promise.resolve(result) };
}

/** Starts reading what lookups need, so the first tab event of a wake-up finds it (nearly) ready. */
export const warmUp = () => dataInUse().then(() => undefined);
