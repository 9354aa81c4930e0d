import { describe, expect, it } from 'vitest';
import { freshDb } from '../../helpers/db';
import { META, allListStates, forgetListsExcept, readMeta, writeMeta } from '@/data/store/meta';

const fresh = freshDb('meta');

const state = {
  url: 'https://lists.example.org/a/',
  version: 3,
  publishedAt: '2026-01-01T00:00:00Z',
  expiresAt: '2026-02-01T00:00:00Z',
  shards: [],
};

describe('typed meta keys', () => {
  it('writes and reads a value through its schema', async () => {
    await writeMeta(fresh.current, META.listState('a'), state);
    expect(await readMeta(fresh.current, META.listState('a'))).toEqual(state);
    expect(await readMeta(fresh.current, META.listState('b'))).toBeUndefined();
  });

  it('reads a stored value of the wrong shape as absent, and refuses to write one', async () => {
    await fresh.current.meta.put({ key: 'status:a', value: { failures: 'many' } });
    expect(await readMeta(fresh.current, META.listStatus('a'))).toBeUndefined();
    await fresh.current.meta.put({ key: 'active', value: 'not a record' });
    expect(await readMeta(fresh.current, META.active)).toBeUndefined();
    await expect(writeMeta(fresh.current, META.listStatus('a'), { failures: -1 })).rejects.toThrow();
  });

  it('lists stored list states and forgets those of lists no longer subscribed', async () => {
    await writeMeta(fresh.current, META.listState('a'), state);
    await writeMeta(fresh.current, META.listState('b'), { ...state, version: 4 });
    await writeMeta(fresh.current, META.listStatus('b'), { failures: 2 });
    await fresh.current.meta.put({ key: 'list:broken', value: { version: 'x' } });
    expect((await allListStates(fresh.current)).map(([id, s]) => [id, s.version])).toEqual([
      ['a', 3],
      ['b', 4],
    ]);
    await forgetListsExcept(fresh.current, new Set(['a']));
    expect(await readMeta(fresh.current, META.listState('b'))).toBeUndefined();
    expect(await readMeta(fresh.current, META.listStatus('b'))).toBeUndefined();
    expect(await readMeta(fresh.current, META.listState('a'))).toEqual(state);
  });
});
