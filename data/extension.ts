/**
 * The extension's side of the model: one database per extension context, and the bundled dataset
 * loaded from the packaged file. Entry points call these; they hold no logic of their own.
 */
import { browser } from 'wxt/browser';
import { TielineDb } from './db';
import { ensureBundled, lookupUrl } from './store';
import type { ActiveDataset } from './db';
import type { MatchResult } from './matcher';

let db: TielineDb | undefined;
export function database(): TielineDb {
  db ??= new TielineDb();
  return db;
}

/** Reads the dataset file packaged with the extension (see the build hook in wxt.config.ts). */
export async function loadBundledDataset(): Promise<unknown> {
  // The file is added by a build hook rather than public/, so WXT's PublicPath type does not list it.
  const res = await fetch((browser.runtime.getURL as (path: string) => string)('/dataset.json'));
  if (!res.ok) throw new Error(`bundled dataset missing: HTTP ${res.status}`);
  return res.json();
}

let ready: Promise<ActiveDataset> | undefined;
/**
 * Installs the bundled dataset when the store has none (first run, cleared storage). Concurrent callers
 * share one install; a failed one can be retried by the next call.
 */
export function ensureDataset(opts: { force?: boolean } = {}): Promise<ActiveDataset> {
  if (!ready || opts.force) {
    ready = ensureBundled(database(), loadBundledDataset, opts).catch((err: unknown) => {
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
