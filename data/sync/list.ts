/**
 * What a list is (a static folder of signed, sharded updates), what syncing one may do, and how it fails.
 * Shared by every part of the sync.
 */
import type { TielineDb } from '../store/db';
import { MANIFEST_FILE } from '../model/manifest';
import type { Subscription } from '../model/state';

export type { Subscription };

export interface SyncLimits {
  manifestBytes: number;
  shardBytes: number;
  totalBytes: number;
  /** Time allowed for one request, body included. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: SyncLimits = {
  manifestBytes: 1 << 20,
  shardBytes: 20 << 20,
  totalBytes: 100 << 20,
  timeoutMs: 30_000,
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

export function manifestUrl(listUrl: string): URL {
  const u = checkUrl(listUrl);
  return u.pathname.endsWith('.json') ? u : new URL(MANIFEST_FILE, u.href.endsWith('/') ? u : `${u.href}/`);
}

/** "512 KB", "20 MB": sizes in messages. */
export const sizeText = (n: number) => (n < 1 << 20 ? `${Math.ceil(n / 1024)} KB` : `${(n / (1 << 20)).toFixed(0)} MB`);
