/**
 * Trust over time, over real HTTP on 127.0.0.1: the root of trust and its rotation (TUF's root chain),
 * fast-forward recovery, expiry checked on every sync (a 304 included), the list id and URL a manifest
 * names, rollback protection that survives removing and re-adding a list, and the caps on decompressed
 * bytes and on a whole sync's duration.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createPrivateKey, createHash, sign } from 'node:crypto';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateKeys } from '@/data/pipeline/publish';
import { publicKeyOf, rotateRoot, signEnvelope } from '@/data/pipeline/root';
import { lookupUrl } from '@/data/store/queries';
import { META, getActive, readMeta } from '@/data/store/meta';
import { rebuildFromLists, syncList } from '@/data/sync/sync';
import { getListStatus } from '@/data/sync/status';
import { keyFingerprint } from '@/data/sync/verify';
import type { Manifest } from '@/data/model/manifest';
import { syncFixture } from '../../helpers/sync-fixture';

const f = syncFixture();
const { keys, listDataset, publishTo, sub, deps, snapshot } = f;
const DAY = 86_400_000;

/** Rewrites a published manifest and signs it again with `key`: what a holder of a signing key can do. */
function resign(dir: string, mutate: (m: Manifest) => void, key = keys.privatePem) {
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  mutate(m);
  const bytes = Buffer.from(`${JSON.stringify(m, null, 2)}\n`);
  writeFileSync(join(dir, 'manifest.json'), bytes);
  writeFileSync(join(dir, 'manifest.json.sig'), sign(null, bytes, createPrivateKey(key)).toString('base64'));
}

/** Replaces shard `index` with other (gzip) bytes and re-signs the manifest to match. */
function replaceShard(dir: string, index: number, bytes: Buffer) {
  resign(dir, (m) => {
    const e = m.shards.find((s) => s.index === index)!;
    writeFileSync(join(dir, e.path), bytes);
    e.sha256 = createHash('sha256').update(bytes).digest('hex');
    e.size = bytes.length;
  });
}

describe('the root of trust and key rotation', () => {
  it('follows a rotation of the signing key: the new key’s versions are accepted, the old key’s refused', async () => {
    const rootKeys = generateKeys();
    const next = generateKeys();
    const dir = publishTo('rot', listDataset(5), { rootKey: rootKeys.privatePem });
    const s = sub('rot', rootKeys.publicKeyBase64);
    expect(await syncList(deps(), s)).toMatchObject({ status: 'updated', version: 5 });

    rotateRoot(dir, { rootKey: rootKeys.privatePem, signingKeys: [next.privatePem] });
    publishTo('rot', listDataset(6), { key: next.privatePem });
    expect(await syncList(deps(), s)).toMatchObject({ status: 'updated', version: 6 });
    const trust = await readMeta(f.db, META.trust(await keyFingerprint(rootKeys.publicKeyBase64), 'rot'));
    expect(trust).toMatchObject({ root: { version: 2, signingKeys: [next.publicKeyBase64] }, version: 6 });

    // The old signing key is no longer trusted, whatever version it signs.
    resign(dir, (m) => (m.version = 7), keys.privatePem);
    const before = await snapshot();
    expect(await syncList(deps(), s)).toMatchObject({ status: 'failed', code: 'bad-signature' });
    expect(await snapshot()).toEqual(before);
  });

  it('recovers from a fast-forward attack: a stolen key’s version 2^53−1 stops blocking the publisher after a rotation', async () => {
    const rootKeys = generateKeys();
    const genuine = generateKeys();
    const dir = publishTo('ff', listDataset(5), { rootKey: rootKeys.privatePem });
    const s = sub('ff', rootKeys.publicKeyBase64);
    await syncList(deps(), s);
    // The signing key is stolen; the thief publishes the highest version there is.
    publishTo('ff', listDataset(Number.MAX_SAFE_INTEGER));
    expect(await syncList(deps(), s)).toMatchObject({ status: 'updated', version: Number.MAX_SAFE_INTEGER });
    // Without a rotation, the publisher's next genuine version is a "rollback"…
    publishTo('ff', listDataset(10));
    expect(await syncList(deps(), s)).toMatchObject({ status: 'failed', code: 'rollback' });
    // …after one (signed offline with the root key), it is accepted.
    rotateRoot(dir, { rootKey: rootKeys.privatePem, signingKeys: [genuine.privatePem] });
    publishTo('ff', listDataset(10), { key: genuine.privatePem });
    expect(await syncList(deps(), s)).toMatchObject({ status: 'updated', version: 10 });
    expect((await getListStatus(f.db, 'ff')).lastResult).toBe('updated to version 10');
    // And rollback protection holds again under the new key.
    publishTo('ff', listDataset(9), { key: genuine.privatePem });
    expect(await syncList(deps(), s)).toMatchObject({ status: 'failed', code: 'rollback' });
  });

  it('walks several root versions, each signed by the root key before it, from a key pinned before the rotations', async () => {
    const r1 = generateKeys();
    const r2 = generateKeys();
    const r3 = generateKeys();
    const dir = publishTo('walk', listDataset(5), { rootKey: r1.privatePem });
    rotateRoot(dir, { rootKey: r1.privatePem, newRootKey: r2.privatePem });
    rotateRoot(dir, { rootKey: r2.privatePem, newRootKey: r3.privatePem });
    publishTo('walk', listDataset(6));
    // A copy built with r1 pinned: root.json (version 3) is not signed by r1, so it starts at 1.root.json.
    f.server.requests.length = 0;
    expect(await syncList(deps(), sub('walk', r1.publicKeyBase64))).toMatchObject({ status: 'updated', version: 6 });
    expect(f.server.requests.filter((p) => p.includes('root.json'))).toEqual([
      '/walk/root.json',
      '/walk/1.root.json',
      '/walk/2.root.json',
      '/walk/3.root.json',
      '/walk/4.root.json',
    ]);
  });

  it.each([
    [
      'a next root signed only by its own new key',
      (dir: string, _r1: string, r2: string) => {
        const next = { ...root(dir), version: 2, rootKeys: [publicKeyOf(r2)] };
        writeFileSync(join(dir, '2.root.json'), JSON.stringify(signEnvelope(next, [r2])));
      },
      /root version 2 is not signed by a root key of version 1: refused/,
    ],
    [
      'a next root that is not signed by its own root key',
      (dir: string, r1: string, r2: string) => {
        const next = { ...root(dir), version: 2, rootKeys: [publicKeyOf(r2)] };
        writeFileSync(join(dir, '2.root.json'), JSON.stringify(signEnvelope(next, [r1])));
      },
      /root version 2 is not signed by its own root key: refused/,
    ],
    [
      'a next root with the wrong version number',
      (dir: string, r1: string) => {
        writeFileSync(join(dir, '2.root.json'), JSON.stringify(signEnvelope({ ...root(dir), version: 7 }, [r1])));
      },
      /2\.root\.json says it is root version 7: refused/,
    ],
    [
      'a next root for another list',
      (dir: string, r1: string) => {
        writeFileSync(join(dir, '2.root.json'), JSON.stringify(signEnvelope({ ...root(dir), version: 2, listId: 'staging' }, [r1])));
      },
      /2\.root\.json names another list \(staging at .*\): refused/,
    ],
  ])('refuses %s and keeps the data in use', async (_label, tamper, cause) => {
    const r1 = generateKeys();
    const r2 = generateKeys();
    const name = `chain-${Math.random().toString(36).slice(2, 8)}`;
    const dir = publishTo(name, listDataset(5), { rootKey: r1.privatePem });
    const s = sub(name, r1.publicKeyBase64);
    await syncList(deps(), s);
    const before = await snapshot();
    tamper(dir, r1.privatePem, r2.privatePem);
    const out = await syncList(deps(), s);
    expect(out.status).toBe('failed');
    expect((await getListStatus(f.db, name)).lastError).toMatch(cause);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a list whose root of trust has expired (a freeze), however fresh its manifest', async () => {
    const dir = publishTo('oldroot', listDataset(5));
    rotateRoot(dir, { rootKey: keys.privatePem, expiresInDays: 10 });
    const out = await syncList(deps({ now: () => Date.now() + 11 * DAY }), sub('oldroot'));
    expect(out).toMatchObject({ status: 'failed', code: 'expired' });
    expect((await getListStatus(f.db, 'oldroot')).lastError).toMatch(
      /root of trust \(version 2\) expired on .*; the publisher must renew it/,
    );
  });
});

/** The newest root payload in a folder. */
function root(dir: string) {
  return JSON.parse(JSON.parse(readFileSync(join(dir, 'root.json'), 'utf8')).payload);
}

describe('the manifest names its list', () => {
  it('refuses a staging manifest served at the production URL (same keys, other list id and URL)', async () => {
    publishTo('prod', listDataset(5));
    await syncList(deps(), sub('prod'));
    const staging = publishTo('staging', listDataset(9));
    const prod = f.dirOf('prod');
    for (const file of ['manifest.json', 'manifest.json.sig']) cpSync(join(staging, file), join(prod, file));
    cpSync(join(staging, 'shards'), join(prod, 'shards'), { recursive: true });
    const before = await snapshot();
    const out = await syncList(deps(), sub('prod'));
    expect(out).toMatchObject({ status: 'failed', code: 'wrong-list' });
    expect((await getListStatus(f.db, 'prod')).lastError).toMatch(
      /the manifest is for list "staging" at http:\/\/127\.0\.0\.1:\d+\/staging\/, not "prod" at http:\/\/127\.0\.0\.1:\d+\/prod\/: refused/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a list served at another URL than its root names', async () => {
    const dir = publishTo('home', listDataset(5));
    f.server.mount('mirror', dir);
    const out = await syncList(deps(), { ...sub('home'), id: 'mirror', url: f.urlOf('mirror') });
    expect(out).toMatchObject({ status: 'failed', code: 'wrong-list' });
    expect((await getListStatus(f.db, 'mirror')).lastError).toMatch(
      /the list's root names its address as .*\/home\/, not .*\/mirror\/: refused/,
    );
  });
});

describe('expiry, every time', () => {
  it('refuses an expired list even when the server answers 304, and says so until the publisher renews it', async () => {
    const dir = publishTo('exp', listDataset(5), { expiresInDays: 30 });
    await syncList(deps(), sub('exp'));
    const first = ['manifest.json', 'manifest.json.sig'].map((file) => [file, readFileSync(join(dir, file))] as const);
    const before = await snapshot();
    f.server.requests.length = 0;
    const later = deps({ now: () => Date.now() + 40 * DAY });
    const out = await syncList(later, sub('exp'));
    expect(f.server.requests).toContain('/exp/manifest.json'); // answered 304: nothing new
    expect(out).toMatchObject({ status: 'failed', code: 'expired' });
    expect((await getListStatus(f.db, 'exp')).lastError).toMatch(
      /the list expired on .* and offers nothing newer; version 5 stays in use until the publisher renews it/,
    );
    expect(await snapshot()).toEqual(before);

    // The publisher re-signs the same version with a later expiry: accepted as a renewal, nothing re-downloaded.
    publishTo('exp', listDataset(5), { publishedAt: new Date(Date.now() + 39 * DAY), expiresInDays: 30 });
    f.server.requests.length = 0;
    expect(await syncList(later, sub('exp'))).toMatchObject({ status: 'unchanged', version: 5 });
    expect(f.server.requests.some((p) => p.endsWith('.json.gz'))).toBe(false);
    expect(Date.parse((await readMeta(f.db, META.listState('exp')))!.expiresAt)).toBeGreaterThan(Date.now() + 60 * DAY);
    const renewed = (await readMeta(f.db, META.listState('exp')))!.expiresAt;
    // A replay of the first manifest (expired by now) is refused as a freeze, and does not shorten the renewal.
    for (const [file, bytes] of first) writeFileSync(join(dir, file), bytes);
    expect(await syncList(later, sub('exp'))).toMatchObject({ status: 'failed', code: 'expired' });
    expect((await readMeta(f.db, META.listState('exp')))!.expiresAt).toBe(renewed);
  });

  it('refuses the same version published again with other content', async () => {
    publishTo('same-v', listDataset(5));
    await syncList(deps(), sub('same-v'));
    const other = listDataset(5);
    other.companies.find((c) => c.id === 'newco')!.name = 'Newco Changed';
    publishTo('same-v', other);
    expect(await syncList(deps(), sub('same-v'))).toMatchObject({ status: 'failed', code: 'invalid' });
    expect((await getListStatus(f.db, 'same-v')).lastError).toMatch(/offers version 5 again with other content: refused/);
  });
});

describe('rollback protection survives removing and re-adding a list', () => {
  it('refuses an older version after the list is removed and added again (a new subscription id)', async () => {
    publishTo('readd', listDataset(6));
    await syncList(deps(), sub('readd', undefined, 'first-id'));
    await rebuildFromLists(deps(), []); // removed: its data and state are gone
    expect(await lookupUrl(f.db, 'newco.example')).toBeNull();
    expect(await readMeta(f.db, META.listState('first-id'))).toBeUndefined();
    publishTo('readd', listDataset(5)); // an old, validly signed version replayed
    const again = sub('readd', undefined, 'second-id');
    const out = await syncList(deps(), again, [again]);
    expect(out).toMatchObject({ status: 'failed', code: 'rollback' });
    expect((await getListStatus(f.db, 'second-id')).lastError).toMatch(/older than version 6 already accepted/);
    expect(await lookupUrl(f.db, 'newco.example')).toBeNull();
  });
});

describe('caps', () => {
  it('stops a shard that inflates past the per-shard cap (a zip bomb), with the default limits', async () => {
    const dir = publishTo('bomb', listDataset(5));
    const shard = readdirSync(join(dir, 'shards'))[0]!;
    const index = Number(shard.slice(0, 3));
    // 40 MB of spaces after valid JSON: about 40 KB gzipped.
    const bomb = gzipSync(Buffer.concat([Buffer.from('{}'), Buffer.alloc(40 << 20, 0x20)]), { level: 9 });
    expect(bomb.length).toBeLessThan(200 << 10);
    replaceShard(dir, index, bomb);
    const before = await snapshot();
    const out = await syncList(deps(), sub('bomb'));
    expect(out).toMatchObject({ status: 'failed', code: 'too-large' });
    expect((await getListStatus(f.db, 'bomb')).lastError).toMatch(new RegExp(`shard ${index} decompresses to over 32 MB`));
    expect(await snapshot()).toEqual(before);
  });

  it('stops a list whose shards together inflate past the per-list cap', async () => {
    publishTo('wide', listDataset(5));
    const out = await syncList(deps({ limits: { listExpandedBytes: 2000 } }), sub('wide'));
    expect(out).toMatchObject({ status: 'failed', code: 'too-large' });
    expect((await getListStatus(f.db, 'wide')).lastError).toMatch(/the list decompresses to over 2 KB, the limit for one list/);
  });

  it('refuses a manifest that lists more shards than a client will fetch', async () => {
    const dir = publishTo('many', listDataset(5));
    resign(dir, (m) => (m.shardCount = 5000));
    const out = await syncList(deps(), sub('many'));
    expect(out).toMatchObject({ status: 'failed', code: 'invalid' });
    expect((await getListStatus(f.db, 'many')).lastError).toMatch(/shardCount/);
  });

  it('ends a sync that runs past its overall deadline, though each request is within its own', async () => {
    publishTo('drip', listDataset(5));
    // Every shard trickles in: each request alone would finish well within 30 s; the sync as a whole may not.
    f.server.fault('.json.gz', { kind: 'slow', bytesPerTick: 64, tickMs: 100 });
    const before = await snapshot();
    const out = await syncList(deps({ limits: { syncTimeoutMs: 1500 } }), sub('drip'));
    expect(out).toMatchObject({ status: 'failed', code: 'deadline' });
    expect((await getListStatus(f.db, 'drip')).lastError).toMatch(/the sync did not finish within 1\.5 s, so it was stopped/);
    expect(await snapshot()).toEqual(before);
    expect((await getActive(f.db))?.lists ?? []).toEqual([]);
  });
});
