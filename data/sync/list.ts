/**
 * What a list is (a static folder of signed, sharded updates), what syncing one may do, and how it fails.
 * Shared by every part of the sync.
 */
import type { TielineDb } from '../store/db';
import { MANIFEST_FILE } from '../model/manifest';
import { listBaseUrl } from '../model/root';
import type { Subscription } from '../model/state';

export type { Subscription };

export interface SyncLimits {
  manifestBytes: number;
  /** One shard as downloaded (gzip) and as decompressed. */
  shardBytes: number;
  shardExpandedBytes: number;
  /** A whole list as downloaded and as decompressed (reused shards included). */
  totalBytes: number;
  listExpandedBytes: number;
  /** Time allowed for one request, body included. */
  timeoutMs: number;
  /** Time allowed for one list's whole sync: however many requests a manifest asks for, it ends. */
  syncTimeoutMs: number;
}

/**
 * The bundled dataset is 11 MB of JSON (about 1.5 MB gzipped, 0.7 MB a shard): the caps leave room to
 * grow roughly tenfold and stop a "zip bomb" (a small shard that inflates to hundreds of MB) early.
 */
export const DEFAULT_LIMITS: SyncLimits = {
  manifestBytes: 1 << 20,
  shardBytes: 8 << 20,
  shardExpandedBytes: 32 << 20,
  totalBytes: 64 << 20,
  listExpandedBytes: 128 << 20,
  timeoutMs: 30_000,
  syncTimeoutMs: 5 * 60_000,
};

export interface SyncDeps {
  db: TielineDb;
  fetch: typeof fetch;
  now: () => number;
  /** The bundled dataset (the base every list is merged over). */
  loadBundled: () => Promise<unknown>;
  limits?: Partial<SyncLimits>;
  /** Test hook: runs after the new generation is written and before it is switched to. */
  beforeSwitch?: () => Promise<void>;
}

/** One list's sync in progress: the dependencies, its limits and the signal its overall deadline fires. */
export interface SyncCtx extends SyncDeps {
  limits: SyncLimits;
  /** Aborted when the list's sync runs past `syncTimeoutMs`. */
  deadline: AbortSignal;
}

export class SyncError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export type SyncOutcome =
  | { status: 'updated'; version: number; bytes: number; shardsDownloaded: number; shardsReused: number }
  | { status: 'unchanged'; version: number; bytes: number }
  | { status: 'failed'; error: string; code: string };

/** https only, except plain http to this machine (for tests and local mirrors). */
export function checkUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new SyncError('bad-url', `"${url}" is not a URL`);
  }
  const local = u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost');
  if (u.protocol !== 'https:' && !local) throw new SyncError('bad-url', `${u.origin} is not https (only https lists are accepted)`);
  if (u.username || u.password) throw new SyncError('bad-url', 'list URLs may not carry credentials');
  return u;
}

/** The list's folder URL (canonical, ending in "/"), after the checks of checkUrl. */
export function listBase(listUrl: string): URL {
  return new URL(listBaseUrl(checkUrl(listUrl).href));
}

export function manifestUrl(listUrl: string): URL {
  return new URL(MANIFEST_FILE, listBase(listUrl));
}

/** "512 KB", "20 MB": sizes in messages. */
export const sizeText = (n: number) => (n < 1 << 20 ? `${Math.ceil(n / 1024)} KB` : `${(n / (1 << 20)).toFixed(0)} MB`);

/** "45 s", "5 min": durations in messages. */
export const durationText = (ms: number) => (ms < 120_000 ? `${ms / 1000} s` : `${Math.round(ms / 60_000)} min`);
