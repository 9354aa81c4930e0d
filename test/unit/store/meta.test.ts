import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TielineDb } from '@/data/store/db';
import { META, allListStates, forgetListsExcept, readMeta, writeMeta } from '@/data/store/meta';

let db: TielineDb;
let n = 0;
beforeEach(() => {
  db = new TielineDb(`meta-test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const state = {
  url: 'https://lists.example.org/a/',
  version: 3,
  publishedAt: '2026-01-01T00:00:00Z',
  expiresAt: '2026-02-01T00:00:00Z',
  shards: [],
};

describe('typed meta keys', () => {
  it('writes and reads a value through its schema', async () => {
    await writeMeta(db, META.listState('a'), state);
    expect(await readMeta(db, META.listState('a'))).toEqual(state);
    expect(await readMeta(db, META.listState('b'))).toBeUndefined();
  });

  it('reads a stored value of the wrong shape as absent, and refuses to write one', async () => {
    await db.meta.put({ key: 'status:a', value: { failures: 'many' } });
    expect(await readMeta(db, META.listStatus('a'))).toBeUndefined();
    await db.meta.put({ key: 'active', value: 'not a record' });
    expect(await readMeta(db, META.active)).toBeUndefined();
    await expect(writeMeta(db, META.listStatus('a'), { failures: -1 })).rejects.toThrow();
  });

  it('lists stored list states and forgets those of lists no longer subscribed', async () => {
    await writeMeta(db, META.listState('a'), state);
    await writeMeta(db, META.listState('b'), { ...state, version: 4 });
    await writeMeta(db, META.listStatus('b'), { failures: 2 });
    await db.meta.put({ key: 'list:broken', value: { version: 'x' } });
    expect((await allListStates(db)).map(([id, s]) => [id, s.version])).toEqual([
      ['a', 3],
      ['b', 4],
    ]);
    await forgetListsExcept(db, new Set(['a']));
    expect(await readMeta(db, META.listState('b'))).toBeUndefined();
    expect(await readMeta(db, META.listStatus('b'))).toBeUndefined();
    expect(await readMeta(db, META.listState('a'))).toEqual(state);
  });
});
