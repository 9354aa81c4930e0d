/**
 * The extension's side of the data: one database per extension context, and the bundled dataset loaded
 * from the packaged file. Entry points and the other browser modules call these; they hold no logic of
 * their own.
 */
import { browser } from 'wxt/browser';
import { TielineDb } from '../store/db';
import { ensureBundled } from '../store/install';
import { lookupUrl } from '../store/queries';
import { getActive, type ActiveDataset } from '../store/meta';
import type { MatchResult } from '../model/result';
import { rebuildFromLists } from '../sync/sync';
import type { SyncDeps } from '../sync/list';
import { allSubscriptions, type BuildConfig } from './settings';
import { progressReporter } from './install-progress';

/** Build-time settings (.env or the environment when building): the default list and its key, the report address. */
export const buildConfig: BuildConfig & { reportUrl?: string | undefined } = {
  datasetUrl: import.meta.env.WXT_DATASET_URL as string | undefined,
  datasetPublicKey: import.meta.env.WXT_DATASET_PUBLIC_KEY as string | undefined,
  reportUrl: import.meta.env.WXT_REPORT_URL as string | undefined,
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

export function syncDeps(): SyncDeps {
  return { db: database(), fetch: (input, init) => fetch(input, init), now: () => Date.now(), loadBundled: loadBundledDataset };
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

async function installOrRebuild(opts: { force?: boolean }): Promise<ActiveDataset> {
  const active = await getActive(database());
  // With lists merged in, a new bundle (an extension update) is merged with them, not installed alone.
  if (opts.force && active?.lists?.length) return rebuildFromLists(syncDeps(), await allSubscriptions(buildConfig));
  // Pages opened meanwhile show how far the install is (data/browser/install-progress.ts).
  const progress = progressReporter();
  try {
    const installed = await ensureBundled(database(), loadBundledDataset, { ...opts, onProgress: progress.report });
    await progress.finish();
    return installed;
  } catch (err) {
    await progress.finish(err);
    throw err;
  }
}

/** Lookup used by the badge and the popup: indexed reads only, after the dataset is in place. */
export async function lookup(url: string): Promise<MatchResult | null> {
  await ensureDataset();
  return lookupUrl(database(), url);
}
