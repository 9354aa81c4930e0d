/**
 * Sync: signed, incremental updates from subscribed lists. Nothing is trusted until verified (verify.ts):
 * the manifest's signature against the list's pinned key, its version against the one in use (no
 * rollback, no replay), its expiry, each shard's size and SHA-256, and every record against the schema.
 * Only then is a new generation written and switched to (data/store/generations.ts). Any failure leaves
 * the data in use exactly as it was.
 */
import { Manifest, SIGNATURE_SUFFIX, type ShardEntry } from '../model/manifest';
import type { ListShardRow, TielineDb } from '../store/db';
import {
  META,
  allListStates,
  forgetListsExcept,
  readMeta,
  writeMeta,
  type ActiveDataset,
  type ListState,
  type ListStatus,
} from '../store/meta';
import { commitGeneration, metaEntry } from '../store/generations';
import {
  DEFAULT_LIMITS,
  SyncError,
  manifestUrl,
  sizeText,
  type Subscription,
  type SyncDeps,
  type SyncLimits,
  type SyncOutcome,
} from './list';
import { fetchCapped } from './transport';
import { invalid, parseJson, verifyShard, verifySignature } from './verify';
import { mergedDataset, type Merged } from './merge';
import { getListStatus, retryDelayMs } from './status';

/** Writes the merged data as a new generation and switches to it, with the list's new state if given. */
async function activate(
  deps: SyncDeps,
  merged: Merged,
  newShards: ListShardRow[],
  listUpdate?: { id: string; state: ListState },
): Promise<ActiveDataset> {
  const active = await commitGeneration(deps.db, merged.dataset, {
    origin: merged.lists.length ? 'lists' : 'bundled',
    extra: { bundledVersion: merged.bundledVersion, lists: merged.lists },
    shards: newShards,
    meta: listUpdate ? [metaEntry(META.listState(listUpdate.id), listUpdate.state)] : [],
    ...(deps.beforeSwitch ? { beforeSwitch: deps.beforeSwitch } : {}),
  });
  await pruneShards(deps.db);
  return active;
}

/** Deletes stored shards that no list state refers to. */
async function pruneShards(db: TielineDb): Promise<void> {
  const keep = new Set((await allListStates(db)).flatMap(([id, s]) => s.shards.map((x) => `${id}\u0000${x.sha256}`)));
  const all = await db.listShards.toCollection().primaryKeys();
  const drop = all.filter(([id, sha]) => !keep.has(`${id}\u0000${sha}`));
  if (drop.length) await db.listShards.bulkDelete(drop);
}

async function syncOne(deps: SyncDeps, sub: Subscription, subs: readonly Subscription[]): Promise<SyncOutcome> {
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const { db } = deps;
  const state = await readMeta(db, META.listState(sub.id));
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
    throw new SyncError(
      'bad-signature',
      "the manifest's signature does not match the list's public key: it was altered or signed by someone else",
    );
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) throw invalid('the manifest', raw, parsed.error);
  const manifest = parsed.data;
  if (Date.parse(manifest.expiresAt) <= deps.now()) {
    throw new SyncError(
      'expired',
      `the list's manifest expired on ${manifest.expiresAt.slice(0, 10)}; keeping version ${state?.version ?? 'in use'} until the publisher renews it`,
    );
  }
  if (state && manifest.version < state.version) {
    throw new SyncError(
      'rollback',
      `the list offers version ${manifest.version}, older than version ${state.version} in use: refused (rollback)`,
    );
  }
  if (state && manifest.version === state.version) {
    return { status: 'unchanged', version: state.version, bytes };
  }
  const declared = manifest.shards.reduce((s, x) => s + x.size, 0);
  if (declared > limits.totalBytes)
    throw new SyncError('too-large', `the list is ${sizeText(declared)}, over the ${sizeText(limits.totalBytes)} limit`);

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
  const merged = await mergedDataset(db, deps.loadBundled, subs, { sub, shards: rows, state: nextState });
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
  if (entry.size > limits.shardBytes)
    throw new SyncError('too-large', `${what} is ${sizeText(entry.size)}, over the ${sizeText(limits.shardBytes)} limit`);
  const url = new URL(entry.path, base);
  if (url.origin !== base.origin) throw new SyncError('bad-url', `${what} is on another server (${url.origin})`);
  const got = await fetchCapped(deps, limits, url, Math.min(entry.size, limits.shardBytes), what);
  return verifyShard(got.bytes, entry, shardCount, sub.id, limits.shardBytes * 10);
}

function describeError(err: unknown): { code: string; message: string } {
  if (err instanceof SyncError) return { code: err.code, message: err.message };
  const name = (err as { name?: string } | null)?.name ?? '';
  const inner = (err as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return {
      code: 'quota',
      message: 'not enough storage space to save the update; the data in use is kept. Free some disk space, then sync again.',
    };
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
    await writeMeta(db, META.listStatus(sub.id), next);
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
  await forgetListsExcept(deps.db, new Set(subs.map((s) => s.id)));
  const merged = await mergedDataset(deps.db, deps.loadBundled, subs);
  return activate(deps, merged, []);
}
