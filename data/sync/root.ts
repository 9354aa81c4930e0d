/**
 * The root of trust, as TUF's client workflow ("update the root role") does it for one publisher. Start
 * from the newest root trusted for this pinned key and list id (kept across syncs and across removing
 * and re-adding the list); with none, from the list's `root.json` (or `1.root.json`) signed by the pinned
 * key. Then follow `N+1.root.json` while it exists: each must be version N+1 of the same list, signed by a
 * root key of version N and by one of its own. The newest root must not have expired (a freeze), and
 * when its signing keys differ from the ones trusted before, the rollback floor is dropped (fast-forward
 * recovery: versions inflated with a stolen key must not block the genuine ones after a rotation).
 * Each verified root is kept at once, whatever happens to the rest of the sync.
 */
import { MAX_ROOT_BYTES, MAX_ROOT_STEPS, ROOT_FILE, rootFile, sameKeys, type Root } from '../model/root';
import type { TrustState } from '../model/state';
import { META, readMeta, writeMeta } from '../store/meta';
import { formatDate } from '../model/format';
import { SyncError, listBase, type Subscription, type SyncCtx } from './list';
import { fetchCapped } from './transport';
import { envelopeSignedBy, keyFingerprint, parseRootFile } from './verify';

export interface TrustedRoot {
  root: Root;
  trust: TrustState;
  /** Names the trust record: the pinned key's fingerprint. */
  fingerprint: string;
  /** The signing keys changed since the last sync: the manifest's ETag and the rollback floor no longer apply. */
  rotated: boolean;
}

/** A root file, or its HTTP status when the server has none. */
async function fetchRoot(ctx: SyncCtx, base: URL, file: string) {
  const what = `the list's root (${file})`;
  const got = await fetchCapped(ctx, new URL(file, base), MAX_ROOT_BYTES, what, { absentOk: true });
  if (got.status !== 200) return { absent: got.status };
  return parseRootFile(got.bytes, what);
}

/** The first root: the list's newest root or its first, signed by the pinned key and naming it as a root key. */
async function bootstrap(ctx: SyncCtx, sub: Subscription, base: URL): Promise<Root> {
  let absent: number | undefined;
  let found = false;
  for (const file of [ROOT_FILE, rootFile(1)]) {
    const got = await fetchRoot(ctx, base, file);
    if ('absent' in got) {
      absent ??= got.absent;
      continue;
    }
    found = true;
    if (file !== ROOT_FILE && got.root.version !== 1) throw new SyncError('invalid', `${file} says it is root version ${got.root.version}`);
    if (got.root.rootKeys.includes(sub.publicKey) && (await envelopeSignedBy(got.env, [sub.publicKey]))) return got.root;
  }
  if (!found)
    throw new SyncError(
      'no-root',
      `the list has no ${ROOT_FILE} at ${base.href} (HTTP ${absent}): the address is wrong, or the list was published without a root of trust (publish it again with data:publish)`,
    );
  throw new SyncError(
    'bad-signature',
    "the list's root of trust is not signed by the list's public key: it was altered, or the list belongs to someone else",
  );
}

export async function trustedRoot(ctx: SyncCtx, sub: Subscription, knownListId?: string): Promise<TrustedRoot> {
  const fingerprint = await keyFingerprint(sub.publicKey);
  const base = listBase(sub.url);
  let trust = knownListId ? await readMeta(ctx.db, META.trust(fingerprint, knownListId)) : undefined;
  let changed = false;
  if (!trust) {
    const boot = await bootstrap(ctx, sub, base);
    trust = await readMeta(ctx.db, META.trust(fingerprint, boot.listId));
    if (!trust) {
      trust = { root: boot, version: 0 };
      changed = true;
    }
  }
  const start = trust.root;
  let current = start;
  for (let step = 0; step < MAX_ROOT_STEPS; step++) {
    const n = current.version + 1;
    const next = await fetchRoot(ctx, base, rootFile(n));
    if ('absent' in next) break;
    if (next.root.version !== n) throw new SyncError('rollback', `${rootFile(n)} says it is root version ${next.root.version}: refused`);
    if (next.root.listId !== current.listId || next.root.url !== current.url)
      throw new SyncError('wrong-list', `${rootFile(n)} names another list (${next.root.listId} at ${next.root.url}): refused`);
    if (!(await envelopeSignedBy(next.env, current.rootKeys)))
      throw new SyncError('bad-signature', `root version ${n} is not signed by a root key of version ${current.version}: refused`);
    if (!(await envelopeSignedBy(next.env, next.root.rootKeys)))
      throw new SyncError('bad-signature', `root version ${n} is not signed by its own root key: refused`);
    current = next.root;
  }
  if (current.url !== base.href)
    throw new SyncError('wrong-list', `the list's root names its address as ${current.url}, not ${base.href}: refused`);
  const rotated = !sameKeys(start.signingKeys, current.signingKeys);
  if (current !== start) {
    trust = { root: current, version: rotated ? 0 : trust.version };
    changed = true;
  }
  // Kept before anything else is checked: a verified rotation must survive a failure later in the sync.
  if (changed) await writeMeta(ctx.db, META.trust(fingerprint, current.listId), trust);
  if (Date.parse(current.expiresAt) <= ctx.now())
    throw new SyncError(
      'expired',
      `the list's root of trust (version ${current.version}) expired on ${formatDate(current.expiresAt.slice(0, 10))}; the publisher must renew it`,
    );
  return { root: current, trust, fingerprint, rotated };
}
