/**
 * The extension's side of the model: one database per extension context, and the bundled dataset
 * loaded from the packaged file. Entry points call these; they hold no logic of their own.
 */
import { browser } from 'wxt/browser';
import { TielineDb } from '../store/db';
import { ensureBundled, getActive, lookupUrl } from '../store/queries';
import type { ActiveDataset } from '../store/db';
import type { MatchResult } from '../model/matcher';
import { allSubscriptions, clampInterval, settings, type BuildConfig } from './settings';
import { getListStatus, rebuildFromLists, syncAll, type Subscription, type SyncDeps, type SyncOutcome } from '../sync/sync';

/** Build-time settings (.env or the environment when building): the default list and its key. */
export const buildConfig: BuildConfig = {
  datasetUrl: import.meta.env.WXT_DATASET_URL as string | undefined,
  datasetPublicKey: import.meta.env.WXT_DATASET_PUBLIC_KEY as string | undefined,
};

let db: TielineDb | undefined;
export function database(): TielineDb {
  db ??= new TielineDb();
  return db;
}

export const BUNDLED_FILE = '/dataset.json.gz';

/** Reads the gzipped dataset packaged with the extension (see the build hook in wxt.config.ts). */
export async function loadBundledDataset(): Promise<unknown> {
  // The file is added by a build hook rather than public/, so WXT's PublicPath type does not list it.
  const res = await fetch((browser.runtime.getURL as (path: string) => string)(BUNDLED_FILE));
  if (!res.ok || !res.body) throw new Error(`bundled dataset missing: HTTP ${res.status}`);
  return new Response(res.body.pipeThrough(new DecompressionStream('gzip'))).json();
}

let ready: Promise<ActiveDataset> | undefined;
/**
 * Installs the bundled dataset when the store has none (first run, cleared storage). Concurrent callers
 * share one install; a failed one can be retried by the next call.
 */
export function ensureDataset(opts: { force?: boolean } = {}): Promise<ActiveDataset> {
  if (!ready || opts.force) {
    ready = installOrRebuild(opts).catch((err: unknown) => {
      ready = undefined;
      throw err;
    });
  }
  return ready;
}

/** Lookup used by the badge and the popup: indexed reads only, after the dataset is in place. */
export async function lookup(url: string): Promise<MatchResult | null> {
  await ensureDataset();
  return lookupUrl(database(), url);
}

async function installOrRebuild(opts: { force?: boolean }): Promise<ActiveDataset> {
  const active = await getActive(database());
  // With lists merged in, a new bundle (an extension update) is merged with them, not installed alone.
  if (opts.force && active?.lists?.length) return rebuildFromLists(syncDeps(), await allSubscriptions(buildConfig));
  return ensureBundled(database(), loadBundledDataset, opts);
}

export function syncDeps(): SyncDeps {
  return { db: database(), fetch: (...a) => fetch(...a), now: () => Date.now(), loadBundled: loadBundledDataset };
}

export const SYNC_ALARM = 'tieline-sync';

/** Syncs every enabled list now, then schedules the next run. */
export async function runSync(): Promise<Map<string, SyncOutcome>> {
  await ensureDataset();
  const subs = await allSubscriptions(buildConfig);
  const out = await syncAll(syncDeps(), subs);
  await scheduleSync(subs);
  return out;
}

/**
 * The next alarm: the earliest of each list's retry time (after a failure) or its last success plus the
 * interval, with ±10% jitter so that installs do not all ask the server at once.
 */
export async function scheduleSync(subs?: Subscription[]): Promise<number | undefined> {
  const lists = (subs ?? (await allSubscriptions(buildConfig))).filter((s) => s.enabled);
  await browser.alarms.clear(SYNC_ALARM);
  if (!lists.length) return undefined;
  const interval = clampInterval(await settings.syncIntervalHours.getValue()) * 3600_000;
  const now = Date.now();
  let when = Infinity;
  for (const sub of lists) {
    const st = await getListStatus(database(), sub.id);
    const due = st.nextRetryAt ? Date.parse(st.nextRetryAt) : st.lastSuccessAt ? Date.parse(st.lastSuccessAt) + interval * (0.9 + 0.2 * Math.random()) : now;
    when = Math.min(when, due);
  }
  when = Math.max(when, now + 60_000);
  await browser.alarms.create(SYNC_ALARM, { when });
  return when;
}

/** At browser start: sync when a list has never synced or its last success is older than the interval. */
export async function syncIfStale(): Promise<void> {
  const subs = (await allSubscriptions(buildConfig)).filter((s) => s.enabled);
  const interval = clampInterval(await settings.syncIntervalHours.getValue()) * 3600_000;
  for (const sub of subs) {
    const st = await getListStatus(database(), sub.id);
    const last = st.lastSuccessAt ? Date.parse(st.lastSuccessAt) : 0;
    const retry = st.nextRetryAt ? Date.parse(st.nextRetryAt) : 0;
    if (Date.now() - last > interval && Date.now() >= retry) {
      await runSync();
      return;
    }
  }
  await scheduleSync(subs);
}

/** After the user adds, disables or removes a list: rebuild the data in use, then sync what is new. */
export async function applyListChanges(): Promise<Map<string, SyncOutcome>> {
  await ensureDataset();
  await rebuildFromLists(syncDeps(), await allSubscriptions(buildConfig));
  return runSync();
}

/** Messages the options page sends to the background, which alone runs syncs. */
export type BackgroundRequest = { type: 'sync-now' } | { type: 'lists-changed' } | { type: 'reschedule' };

export async function handleRequest(req: BackgroundRequest): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    if (req.type === 'sync-now') await runSync();
    else if (req.type === 'lists-changed') await applyListChanges();
    else if (req.type === 'reschedule') await scheduleSync();
    return { ok: true };
  } catch (err) {
    return { ok: false, error: String(err) };
  }
}
