/**
 * Sync: signed, incremental updates from subscribed lists. A list is a static folder (manifest.json, its
 * detached Ed25519 signature, gzip shards). Nothing is trusted until verified: the manifest's signature
 * against the list's pinned key, its version against the one in use (no rollback, no replay), its expiry,
 * each shard's size and SHA-256, and every record against the schema. Only then is a new generation
 * written and switched to atomically. Any failure leaves the data in use exactly as it was.
 */
import { z } from 'zod';
import type { TielineDb, ListShardRow, ActiveDataset } from '../store/db';
import { ACTIVE_KEY } from '../store/db';
import { Manifest, MANIFEST_FILE, SIGNATURE_SUFFIX, Shard, type ShardEntry } from '../model/manifest';
import { DatasetError, formatIssues, parseDataset, SCHEMA_VERSION, type Agency, type Company, type Dataset, type Note } from '../model/schema';
import { sha256Hex } from '../model/hash';
import { describeActive, getActive, nextGeneration, removeInactiveGenerations, writeGeneration } from '../store/queries';

export interface Subscription {
  id: string;
  /** The folder (ending in /) or the manifest.json URL. */
  url: string;
  /** Base64 of the raw 32-byte Ed25519 public key. */
  publicKey: string;
  enabled: boolean;
  /** Set for the list configured at build time (WXT_DATASET_URL); it can be disabled, not removed. */
  builtIn?: boolean;
}

/** What is in use from a list; written in the same transaction that switches generations. */
export interface ListState {
  url: string;
  version: number;
  publishedAt: string;
  expiresAt: string;
  etag?: string;
  shards: { index: number; sha256: string }[];
}

/** How the last attempts went; kept apart from the data so that writing it can never disturb the data. */
export interface ListStatus {
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  lastError?: string;
  /** Consecutive failures, for backoff. */
  failures: number;
  nextRetryAt?: string;
  /** Bytes downloaded by the last successful sync (manifest, signature, changed shards). */
  lastBytes?: number;
  lastResult?: string;
}

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

const stateKey = (id: string) => `list:${id}`;
const statusKey = (id: string) => `status:${id}`;

export async function getListState(db: TielineDb, id: string): Promise<ListState | undefined> {
  return (await db.meta.get(stateKey(id)))?.value as ListState | undefined;
}

export async function getListStatus(db: TielineDb, id: string): Promise<ListStatus> {
  return ((await db.meta.get(statusKey(id)))?.value as ListStatus | undefined) ?? { failures: 0 };
}

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

const mb = (n: number) => (n < 1 << 20 ? `${Math.ceil(n / 1024)} KB` : `${(n / (1 << 20)).toFixed(0)} MB`);

interface Fetched {
  status: number;
  bytes: Uint8Array;
  etag?: string;
}

/**
 * GET with no cookies, a deadline for headers and body together, and a size cap enforced while the body
 * streams in (a lying Content-Length or an endless body is cut off, not buffered).
 */
async function fetchCapped(
  deps: SyncDeps,
  limits: SyncLimits,
  url: URL,
  maxBytes: number,
  what: string,
  headers: Record<string, string> = {},
): Promise<Fetched> {
  checkUrl(url.href);
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), limits.timeoutMs);
  try {
    let res: Response;
    try {
      res = await deps.fetch(url.href, { credentials: 'omit', cache: 'no-store', redirect: 'error', headers, signal: ctrl.signal });
    } catch (err) {
      if (ctrl.signal.aborted) throw new SyncError('timeout', `${what}: no answer within ${limits.timeoutMs / 1000} s (${url.href})`);
      throw new SyncError('network', `${what}: the server could not be reached (${url.href}): ${(err as Error).message}`);
    }
    if (res.status === 304) return { status: 304, bytes: new Uint8Array() };
    if (!res.ok) {
      void res.body?.cancel().catch(() => undefined);
      throw new SyncError(`http-${res.status}`, `${what}: the server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} (${url.href})`);
    }
    const declared = Number(res.headers.get('content-length'));
    if (declared > maxBytes) {
      void res.body?.cancel().catch(() => undefined);
      throw new SyncError('too-large', `${what} is ${mb(declared)}, over the ${mb(maxBytes)} limit`);
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (res.body) {
      const reader = res.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.byteLength;
          if (total > maxBytes) {
            void reader.cancel().catch(() => undefined);
            throw new SyncError('too-large', `${what} is over the ${mb(maxBytes)} limit`);
          }
          chunks.push(value);
        }
      } catch (err) {
        if (err instanceof SyncError) throw err;
        if (ctrl.signal.aborted) throw new SyncError('timeout', `${what}: the download did not finish within ${limits.timeoutMs / 1000} s (${url.href})`);
        throw new SyncError('network', `${what}: the download broke off (${(err as Error).message})`);
      }
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    const etag = res.headers.get('etag') ?? undefined;
    return { status: res.status, bytes, ...(etag ? { etag } : {}) };
  } finally {
    clearTimeout(timer);
  }
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s.trim());
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function verifySignature(publicKey: string, signature: Uint8Array, message: Uint8Array): Promise<boolean> {
  let key: CryptoKey;
  try {
    const raw = fromBase64(publicKey);
    if (raw.length !== 32) throw new Error('not 32 bytes');
    key = await crypto.subtle.importKey('raw', raw as BufferSource, { name: 'Ed25519' }, false, ['verify']);
  } catch {
    throw new SyncError('bad-key', "the list's public key is not a base64 Ed25519 key");
  }
  let sig: Uint8Array;
  try {
    sig = fromBase64(new TextDecoder().decode(signature));
  } catch {
    return false;
  }
  return crypto.subtle.verify({ name: 'Ed25519' }, key, sig as BufferSource, message as BufferSource);
}

async function gunzip(bytes: Uint8Array, maxBytes: number, what: string): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      // A small file that inflates enormously (a "zip bomb") is stopped here.
      if (total > maxBytes) throw new SyncError('too-large', `${what} decompresses to over ${mb(maxBytes)}`);
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof SyncError) throw err;
    throw new SyncError('bad-gzip', `${what} is not valid gzip data (truncated or corrupt)`);
  }
  const dec = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  for (const c of chunks) text += dec.decode(c, { stream: true });
  return text + dec.decode();
}

function parseJson(bytes: Uint8Array | string, what: string): unknown {
  const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    const looksHtml = /^\s*</.test(text);
    throw new SyncError('not-json', `${what} is not JSON${looksHtml ? ' (the server sent an HTML page)' : ''}`);
  }
}

function invalid(what: string, input: unknown, error: z.ZodError): SyncError {
  return new SyncError('invalid', `${what} failed validation: ${formatIssues(input, error, 5).join('; ')}`);
}

/** The bundled dataset with each list's records laid over it: a list's company replaces the bundle's. */
export function mergeSources(
  bundled: Dataset,
  lists: { sub: Subscription; shards: ListShardRow[] }[],
): Pick<Dataset, 'agencies' | 'companies' | 'notes'> {
  const agencies = new Map<string, Agency>(bundled.agencies.map((a) => [a.id, a]));
  const companies = new Map<string, Company>(bundled.companies.map((c) => [c.id, c]));
  const notes = new Map<string, Note[]>();
  for (const n of bundled.notes) notes.set(n.companyId, [...(notes.get(n.companyId) ?? []), n]);
  for (const { sub, shards } of lists) {
    for (const s of [...shards].sort((a, b) => a.index - b.index)) {
      for (const a of s.agencies) agencies.set(a.id, a);
      const mine = new Map<string, Note[]>();
      for (const n of s.notes) mine.set(n.companyId, [...(mine.get(n.companyId) ?? []), { ...n, list: sub.url }]);
      for (const c of s.companies) {
        companies.set(c.id, c);
        notes.set(c.id, mine.get(c.id) ?? []);
      }
      // Notes for a company the list does not itself describe are added to the bundle's.
      for (const [id, ns] of mine) if (!s.companies.some((c) => c.id === id)) notes.set(id, [...(notes.get(id) ?? []), ...ns]);
    }
  }
  return {
    agencies: [...agencies.values()],
    companies: [...companies.values()],
    notes: [...notes.values()].flat(),
  };
}

export type SyncOutcome =
  | { status: 'updated'; version: number; bytes: number; shardsDownloaded: number; shardsReused: number }
  | { status: 'unchanged'; version: number; bytes: number }
  | { status: 'failed'; error: string; code: string };

/** Merges the bundle with every enabled list's stored shards (and `override` for one list) and validates. */
async function mergedDataset(
  deps: SyncDeps,
  subs: readonly Subscription[],
  override?: { sub: Subscription; shards: ListShardRow[]; state: ListState },
): Promise<{ dataset: Dataset; lists: NonNullable<ActiveDataset['lists']>; bundledVersion: number }> {
  const bundled = parseDataset(await deps.loadBundled(), 'bundled dataset');
  const lists: { sub: Subscription; shards: ListShardRow[]; state: ListState }[] = [];
  for (const sub of subs) {
    if (!sub.enabled) continue;
    if (override && sub.id === override.sub.id) {
      lists.push(override);
      continue;
    }
    const state = await getListState(deps.db, sub.id);
    if (!state) continue;
    const rows = await deps.db.listShards.bulkGet(state.shards.map((s) => [sub.id, s.sha256] as [string, string]));
    if (rows.some((r) => !r)) continue; // incomplete: the next sync of that list repairs it
    lists.push({ sub, shards: rows as ListShardRow[], state });
  }
  const merged = mergeSources(bundled, lists);
  const version = Math.max(bundled.version, ...lists.map((l) => l.state.version));
  const generatedAt = [bundled.generatedAt, ...lists.map((l) => l.state.publishedAt)].sort().pop()!;
  let dataset: Dataset;
  try {
    dataset = parseDataset({ schemaVersion: SCHEMA_VERSION, version, generatedAt, ...merged }, 'merged dataset');
  } catch (err) {
    if (err instanceof DatasetError) throw new SyncError('invalid', `the list's records conflict with the data in use: ${err.problems.slice(0, 3).join('; ')}`);
    throw err;
  }
  return {
    dataset,
    bundledVersion: bundled.version,
    lists: lists.map((l) => ({ id: l.sub.id, url: l.sub.url, version: l.state.version })),
  };
}

/**
 * Writes a merged dataset as a new generation, switches to it in one transaction together with the list
 * state, then deletes what is no longer used. The switch is the only write that changes what readers see.
 */
async function activate(
  deps: SyncDeps,
  merged: Awaited<ReturnType<typeof mergedDataset>>,
  newShards: ListShardRow[],
  listUpdate?: { id: string; state: ListState },
): Promise<ActiveDataset> {
  const { db } = deps;
  const gen = await nextGeneration(db);
  const described = await describeActive(merged.dataset, gen, merged.lists.length ? 'lists' : 'bundled', {
    bundledVersion: merged.bundledVersion,
    lists: merged.lists,
  });
  await db.transaction('rw', [db.companies, db.domains, db.notes, db.agencies, db.listShards], async () => {
    await writeGeneration(db, gen, merged.dataset);
    await db.listShards.bulkPut(newShards);
  });
  await deps.beforeSwitch?.();
  await db.transaction('rw', [db.meta], async () => {
    await db.meta.put({ key: ACTIVE_KEY, value: described });
    if (listUpdate) await db.meta.put({ key: stateKey(listUpdate.id), value: listUpdate.state });
  });
  // Clean-up: a failure here leaves only unused rows, removed by the next sync.
  await removeInactiveGenerations(db);
  await pruneShards(db);
  return described;
}

/** Deletes stored shards that no list state refers to. */
async function pruneShards(db: TielineDb): Promise<void> {
  const states = (await db.meta.where('key').startsWith('list:').toArray()).map((r) => [r.key.slice(5), r.value as ListState] as const);
  const keep = new Set(states.flatMap(([id, s]) => s.shards.map((x) => `${id}\u0000${x.sha256}`)));
  const all = await db.listShards.toCollection().primaryKeys();
  const drop = all.filter(([id, sha]) => !keep.has(`${id}\u0000${sha}`));
  if (drop.length) await db.listShards.bulkDelete(drop);
}

/** Backoff after consecutive failures: 15 min, 30, 60 … up to a day, with ±20% jitter. */
export function retryDelayMs(failures: number, random = Math.random): number {
  const base = Math.min(24 * 3600_000, 15 * 60_000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

async function syncOne(deps: SyncDeps, sub: Subscription, subs: readonly Subscription[]): Promise<SyncOutcome> {
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const { db } = deps;
  const state = await getListState(db, sub.id);
  const mUrl = manifestUrl(sub.url);
  let bytes = 0;

  const m = await fetchCapped(deps, limits, mUrl, limits.manifestBytes, 'the manifest', state?.etag ? { 'If-None-Match': state.etag } : {});
  bytes += m.bytes.byteLength;
  if (m.status === 304 && state) return { status: 'unchanged', version: state.version, bytes };
  // Parsed before the signature is checked only to name the more useful error (an HTML error page, say);
  // nothing from it is used until the signature holds.
  const raw = parseJson(m.bytes, 'the manifest');
  const sig = await fetchCapped(deps, limits, new URL(mUrl.href + SIGNATURE_SUFFIX), 4096, 'the signature');
  bytes += sig.bytes.byteLength;
  if (!(await verifySignature(sub.publicKey, sig.bytes, m.bytes))) {
    throw new SyncError('bad-signature', "the manifest's signature does not match the list's public key: it was altered or signed by someone else");
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) throw invalid('the manifest', raw, parsed.error);
  const manifest = parsed.data;
  if (Date.parse(manifest.expiresAt) <= deps.now()) {
    throw new SyncError('expired', `the list's manifest expired on ${manifest.expiresAt.slice(0, 10)}; keeping version ${state?.version ?? 'in use'} until the publisher renews it`);
  }
  if (state && manifest.version < state.version) {
    throw new SyncError('rollback', `the list offers version ${manifest.version}, older than version ${state.version} in use: refused (rollback)`);
  }
  if (state && manifest.version === state.version) {
    return { status: 'unchanged', version: state.version, bytes };
  }
  const declared = manifest.shards.reduce((s, x) => s + x.size, 0);
  if (declared > limits.totalBytes) throw new SyncError('too-large', `the list is ${mb(declared)}, over the ${mb(limits.totalBytes)} limit`);

  const have = new Set((state?.shards ?? []).map((s) => s.sha256));
  const rows: ListShardRow[] = [];
  const fresh: ListShardRow[] = [];
  let downloaded = 0;
  for (const entry of [...manifest.shards].sort((a, b) => a.index - b.index)) {
    if (have.has(entry.sha256)) {
      const row = await db.listShards.get([sub.id, entry.sha256]);
      if (row) {
        rows.push(row);
        continue;
      }
    }
    const row = await downloadShard(deps, limits, sub, mUrl, entry, manifest.shardCount);
    bytes += entry.size;
    downloaded++;
    rows.push(row);
    fresh.push(row);
  }
  const nextState: ListState = {
    url: sub.url,
    version: manifest.version,
    publishedAt: manifest.publishedAt,
    expiresAt: manifest.expiresAt,
    ...(m.etag ? { etag: m.etag } : {}),
    shards: rows.map((r) => ({ index: r.index, sha256: r.sha256 })),
  };
  const merged = await mergedDataset(deps, subs, { sub, shards: rows, state: nextState });
  await activate(deps, merged, fresh, { id: sub.id, state: nextState });
  return { status: 'updated', version: manifest.version, bytes, shardsDownloaded: downloaded, shardsReused: rows.length - downloaded };
}

async function downloadShard(
  deps: SyncDeps,
  limits: SyncLimits,
  sub: Subscription,
  base: URL,
  entry: ShardEntry,
  shardCount: number,
): Promise<ListShardRow> {
  const what = `shard ${entry.index}`;
  if (entry.size > limits.shardBytes) throw new SyncError('too-large', `${what} is ${mb(entry.size)}, over the ${mb(limits.shardBytes)} limit`);
  const url = new URL(entry.path, base);
  if (url.origin !== base.origin) throw new SyncError('bad-url', `${what} is on another server (${url.origin})`);
  const got = await fetchCapped(deps, limits, url, Math.min(entry.size, limits.shardBytes), what);
  if (got.bytes.byteLength !== entry.size) {
    throw new SyncError('truncated', `${what} has ${got.bytes.byteLength} bytes where the manifest promises ${entry.size} (truncated download?)`);
  }
  if ((await sha256Hex(got.bytes)) !== entry.sha256) {
    throw new SyncError('checksum', `${what}'s SHA-256 does not match the signed manifest: the file was altered or corrupted`);
  }
  const raw = parseJson(await gunzip(got.bytes, limits.shardBytes * 10, what), what);
  const parsed = Shard.safeParse(raw);
  if (!parsed.success) throw invalid(what, raw, parsed.error);
  const s = parsed.data;
  if (s.index !== entry.index || s.shardCount !== shardCount) throw new SyncError('invalid', `${what} says it is shard ${s.index} of ${s.shardCount}`);
  return { listId: sub.id, sha256: entry.sha256, index: s.index, agencies: s.agencies, companies: s.companies, notes: s.notes };
}

function describeError(err: unknown): { code: string; message: string } {
  if (err instanceof SyncError) return { code: err.code, message: err.message };
  const name = (err as { name?: string } | null)?.name ?? '';
  const inner = (err as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return { code: 'quota', message: 'not enough storage space to save the update; the data in use is kept. Free some disk space, then sync again.' };
  }
  return { code: 'internal', message: `unexpected error: ${(err as Error)?.message ?? String(err)}` };
}

/** Syncs one list and records how it went. Never throws: the outcome says what happened. */
export async function syncList(deps: SyncDeps, sub: Subscription, subs: readonly Subscription[] = [sub]): Promise<SyncOutcome> {
  const { db } = deps;
  const status = await getListStatus(db, sub.id);
  const at = new Date(deps.now()).toISOString();
  let outcome: SyncOutcome;
  try {
    outcome = await syncOne(deps, sub, subs);
  } catch (err) {
    const e = describeError(err);
    outcome = { status: 'failed', error: e.message, code: e.code };
  }
  const next: ListStatus =
    outcome.status === 'failed'
      ? {
          ...status,
          lastAttemptAt: at,
          lastError: outcome.error,
          failures: status.failures + 1,
          nextRetryAt: new Date(deps.now() + retryDelayMs(status.failures + 1)).toISOString(),
          lastResult: `failed: ${outcome.code}`,
        }
      : {
          lastAttemptAt: at,
          lastSuccessAt: at,
          failures: 0,
          lastBytes: outcome.bytes,
          lastResult: outcome.status === 'updated' ? `updated to version ${outcome.version}` : `up to date (version ${outcome.version})`,
        };
  try {
    await db.meta.put({ key: statusKey(sub.id), value: next });
  } catch {
    /* a full disk can refuse even this; the outcome is still returned */
  }
  return outcome;
}

interface RunningSync {
  promise: Promise<Map<string, SyncOutcome>>;
  /** Set at the first request: from then on the server may have changed since this sync asked. */
  fetched: boolean;
}
let running: RunningSync | undefined;
let queued: Promise<Map<string, SyncOutcome>> | undefined;

/**
 * Syncs every enabled list, one after another; two syncs never run at once in one context. A trigger
 * that arrives before the running sync has asked the server anything shares its result; one that
 * arrives later (the server may have changed since) gets one follow-up sync, shared by all such triggers.
 */
export function syncAll(deps: SyncDeps, subs: readonly Subscription[]): Promise<Map<string, SyncOutcome>> {
  if (running && !running.fetched) return running.promise;
  if (running) {
    queued ??= running.promise
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return syncAll(deps, subs);
      });
    return queued;
  }
  const run: RunningSync = { promise: Promise.resolve(new Map()), fetched: false };
  const watched: SyncDeps = {
    ...deps,
    fetch: (...args) => {
      run.fetched = true;
      return deps.fetch(...args);
    },
  };
  run.promise = (async () => {
    const out = new Map<string, SyncOutcome>();
    try {
      for (const sub of subs) if (sub.enabled) out.set(sub.id, await syncList(watched, sub, subs));
    } finally {
      running = undefined;
    }
    return out;
  })();
  running = run;
  return run.promise;
}

/**
 * Rebuilds the data in use from the bundle and the lists still enabled (after a list is disabled or
 * removed, or the extension ships a newer bundle). Forgets the state of lists no longer subscribed.
 */
export async function rebuildFromLists(deps: SyncDeps, subs: readonly Subscription[]): Promise<ActiveDataset> {
  const known = new Set(subs.map((s) => s.id));
  const stale = (await deps.db.meta.where('key').startsWith('list:').primaryKeys()).filter((k) => !known.has(k.slice(5)));
  if (stale.length) await deps.db.meta.bulkDelete([...stale, ...stale.map((k) => `status:${k.slice(5)}`)]);
  const merged = await mergedDataset(deps, subs);
  return activate(deps, merged, []);
}

/** For the options page: each list with its state and status. */
export async function listReport(db: TielineDb, subs: readonly Subscription[]) {
  const active = await getActive(db);
  return {
    active,
    lists: await Promise.all(
      subs.map(async (sub) => ({ sub, state: await getListState(db, sub.id), status: await getListStatus(db, sub.id) })),
    ),
  };
}
