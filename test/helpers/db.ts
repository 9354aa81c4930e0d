/** A fresh IndexedDB database (fake-indexeddb) for each test, deleted after it. */
import { afterEach, beforeEach } from 'vitest';
import { TielineDb } from '@/data/store/db';

let n = 0;

/** Call at the top of a test file; read `.current` inside tests. */
export function freshDb(prefix = 'test'): { current: TielineDb } {
  const ref = {} as { current: TielineDb };
  beforeEach(() => {
    ref.current = new TielineDb(`${prefix}-${++n}-${Date.now()}`);
  });
  afterEach(async () => {
    await ref.current.delete();
  });
  return ref;
}
