/**
 * Sync: signed, incremental updates from subscribed lists. Nothing is trusted until verified: the list's
 * root of trust along its chain from the pinned key (root.ts), the manifest's signature against the
 * root's signing keys, the list id and URL it names, its version against the highest accepted for this
 * list (no rollback, no replay), its expiry (on every sync, a cached 304 included), each shard's size and
 * SHA-256, the decompressed sizes, and every record against the schema. Only then is a new generation
 * written and switched to (data/store/generations.ts). Any failure leaves the data in use exactly as it
 * was. A list's whole sync has a deadline, however many requests its manifest asks for.
 */
import { Manifest, SIGNATURE_SUFFIX, type ShardEntry } from '../model/manifest';
import { formatDate } from '../model/format';
import type { ListShardRow } from '../store/db';
import { META, forgetListsExcept, readMeta, writeMeta, type ActiveDataset, type ListState, type ListStatus } from '../store/meta';
import { metaEntry } from '../store/generations';
import { DEFAULT_LIMITS, SyncError, manifestUrl, sizeText, type Subscription, type SyncCtx, type SyncDeps, type SyncOutcome } from './list';
import { checkDeadline, fetchCapped } from './transport';
import { invalid, parseJson, signedByAny, verifyShard } from './verify';
import { mergedDataset } from './merge';
import { activate } from './activate';
import { getListStatus, retryDelayMs, successStatus } from './status';
import { trustedRoot } from './root';

/** Refuses data past its expiry: checked on every sync, whether the manifest is new or the server answered 304. */
function checkExpiry(ctx: SyncCtx, expiresAt: string, inUse: number | undefined): void {
  if (Date.parse(expiresAt) > ctx.now()) return;
  throw new SyncError(
    'expired',
    `the list expired on ${formatDate(expiresAt.slice(0, 10))} and offers nothing newer; ${inUse ? `version ${inUse} stays in use` : 'nothing from it is used'} until the publisher renews it`,
  );
}

const sameShards = (a: readonly ShardEntry[], b: ListState['shards']) =>
  a.length === b.length && a.every((x) => b.some((y) => y.index === x.index && y.sha256 === x.sha256));

async function syncOne(ctx: SyncCtx, sub: Subscription, subs: readonly Subscription[], at: string): Promise<SyncOutcome> {
  const { db, limits } = ctx;
  const stored = await readMeta(db, META.listState(sub.id));
  const { root, trust, fingerprint, rotated } = await trustedRoot(ctx, sub, stored?.listId);
  // A state written for another list id (the URL now serves another list) says nothing about this one.
  const state = stored?.listId === root.listId ? stored : undefined;
  const mUrl = manifestUrl(sub.url);
  let bytes = 0;

  const conditional = state?.etag && !rotated ? { headers: { 'If-None-Match': state.etag } } : {};
  const m = await fetchCapped(ctx, mUrl, limits.manifestBytes, 'the manifest', conditional);
  bytes += m.bytes.byteLength;
  if (m.status === 304 && state) {
    checkExpiry(ctx, state.expiresAt, state.version);
    return { status: 'unchanged', version: state.version, bytes };
  }
  // Parsed before the signature is checked only to name the more useful error (an HTML error page, say);
  // nothing from it is used until the signature holds.
  const raw = parseJson(m.bytes, 'the manifest');
  const sig = await fetchCapped(ctx, new URL(mUrl.href + SIGNATURE_SUFFIX), 4096, 'the signature');
  bytes += sig.bytes.byteLength;
  if (!(await signedByAny(root.signingKeys, sig.bytes, m.bytes))) {
    throw new SyncError(
      'bad-signature',
      "the manifest's signature does not match a signing key of the list's root: it was altered or signed by someone else",
    );
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) throw invalid('the manifest', raw, parsed.error);
  const manifest = parsed.data;
  if (manifest.listId !== root.listId || manifest.url !== root.url) {
    throw new SyncError(
      'wrong-list',
      `the manifest is for list "${manifest.listId}" at ${manifest.url}, not "${root.listId}" at ${root.url}: refused`,
    );
  }
  checkExpiry(ctx, manifest.expiresAt, state?.version);
  if (manifest.version < trust.version) {
    throw new SyncError(
      'rollback',
      `the list offers version ${manifest.version}, older than version ${trust.version} already accepted: refused (rollback)`,
    );
  }
  if (state && manifest.version === state.version) {
    if (!sameShards(manifest.shards, state.shards))
      throw new SyncError('invalid', `the list offers version ${manifest.version} again with other content: refused`);
    // The same content re-signed: a later expiry renews it (an earlier one, replayed, never shortens it).
    const renewed = { ...state, ...(m.etag ? { etag: m.etag } : {}) };
    if (manifest.expiresAt > state.expiresAt) Object.assign(renewed, { expiresAt: manifest.expiresAt, publishedAt: manifest.publishedAt });
    await writeMeta(db, META.listState(sub.id), renewed);
    return { status: 'unchanged', version: state.version, bytes };
  }
  const declared = manifest.shards.reduce((s, x) => s + x.size, 0);
  if (declared > limits.totalBytes)
    throw new SyncError('too-large', `the list is ${sizeText(declared)}, over the ${sizeText(limits.totalBytes)} limit`);

  const have = new Map((state?.shards ?? []).map((s) => [s.sha256, s]));
  const rows: ListShardRow[] = [];
  const fresh: ListShardRow[] = [];
  const expanded: number[] = [];
  let downloaded = 0;
  for (const entry of [...manifest.shards].sort((a, b) => a.index - b.index)) {
    const kept = have.get(entry.sha256);
    const reused = kept ? await db.listShards.get([sub.id, entry.sha256]) : undefined;
    if (reused) {
      rows.push(reused);
      expanded.push(kept?.expandedBytes ?? JSON.stringify(reused).length);
    } else {
      const got = await downloadShard(ctx, sub, mUrl, entry, manifest.shardCount);
      bytes += entry.size;
      downloaded++;
      rows.push(got.row);
      fresh.push(got.row);
      expanded.push(got.expandedBytes);
    }
    const total = expanded.reduce((s, x) => s + x, 0);
    if (total > limits.listExpandedBytes)
      throw new SyncError('too-large', `the list decompresses to over ${sizeText(limits.listExpandedBytes)}, the limit for one list`);
  }
  const nextState: ListState = {
    url: sub.url,
    listId: root.listId,
    version: manifest.version,
    publishedAt: manifest.publishedAt,
    expiresAt: manifest.expiresAt,
    ...(m.etag ? { etag: m.etag } : {}),
    shards: rows.map((r, i) => ({ index: r.index, sha256: r.sha256, expandedBytes: expanded[i]! })),
  };
  checkDeadline(ctx);
  const merged = await mergedDataset(db, ctx.loadBundled, subs, { sub, shards: rows, state: nextState });
  checkDeadline(ctx);
  const outcome = {
    status: 'updated',
    version: manifest.version,
    bytes,
    shardsDownloaded: downloaded,
    shardsReused: rows.length - downloaded,
  } as const;
  // The list's state, its trust and its status change with the data, in the switch's transaction: no
  // reader sees the new version beside the old data, or the new data beside the last sync's error.
  await activate(ctx, merged, fresh, [
    metaEntry(META.listState(sub.id), nextState),
    metaEntry(META.trust(fingerprint, root.listId), { root, version: manifest.version }),
    metaEntry(META.listStatus(sub.id), successStatus(at, outcome)),
  ]);
  return outcome;
}

async function downloadShard(ctx: SyncCtx, sub: Subscription, base: URL, entry: ShardEntry, shardCount: number) {
  const { limits } = ctx;
  const what = `shard ${entry.index}`;
  if (entry.size > limits.shardBytes)
    throw new SyncError('too-large', `${what} is ${sizeText(entry.size)}, over the ${sizeText(limits.shardBytes)} limit`);
  const url = new URL(entry.path, base);
  if (url.origin !== base.origin) throw new SyncError('bad-url', `${what} is on another server (${url.origin})`);
  const got = await fetchCapped(ctx, url, Math.min(entry.size, limits.shardBytes), what);
  return verifyShard(got.bytes, entry, shardCount, sub.id, limits.shardExpandedBytes);
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
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const overall = new AbortController();
  const timer = setTimeout(() => overall.abort(), limits.syncTimeoutMs);
  let outcome: SyncOutcome;
  try {
    outcome = await syncOne({ ...deps, limits, deadline: overall.signal }, sub, subs, at);
  } catch (err) {
    const e = describeError(err);
    outcome = { status: 'failed', error: e.message, code: e.code };
  } finally {
    clearTimeout(timer);
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
      : successStatus(at, outcome);
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
  return activate(deps, merged);
}
