import { describe, expect, it } from 'vitest';
import { freshDb } from '../../helpers/db';
import { inUseOf } from '@/data/store/queries';
import { installDataset } from '@/data/store/install';
import { writeGeneration } from '@/data/store/generations';
import { rowsOf } from '@/data/store/bundle';
import { parseDataset } from '@/data/model/schema';
import { META, writeMeta } from '@/data/store/meta';
import { readInUse } from '@/data/store/in-use-read';
import { TielineDb } from '@/data/store/db';
import { linkedDataset, miniDataset } from '../../fixtures/datasets';

const fresh = freshDb('in-use-read');

/** Whether a database of that name exists (IndexedDB's own list). */
const exists = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);

describe('the data in use read without Dexie', () => {
  it('reads what inUseOf reads through Dexie: the active generation, its domains with their facts and parts, its agencies', async () => {
    const active = await installDataset(fresh.current, linkedDataset(), 'bundled');
    // Another generation's rows beside it (a generation being written) are not the data in use.
    await writeGeneration(fresh.current, active.gen + 5, rowsOf(parseDataset(miniDataset())));
    expect(
      await fresh.current.domains
        .where('gen')
        .equals(active.gen + 5)
        .count(),
    ).toBeGreaterThan(0);
    const read = await readInUse(fresh.current.name);
    expect(read).toEqual(await inUseOf(fresh.current, active.gen));
    expect(read!.domains!.size).toBe(active.counts.domains);
    expect([...read!.domains!.values()].every((d) => d.badge !== undefined && d.parts)).toBe(true);
  });

  it('follows a switch to another generation', async () => {
    await installDataset(fresh.current, miniDataset(), 'bundled');
    const second = await installDataset(fresh.current, linkedDataset(), 'bundled');
    expect((await readInUse(fresh.current.name))!.gen).toBe(second.gen);
    expect(await readInUse(fresh.current.name)).toEqual(await inUseOf(fresh.current, second.gen));
  });

  it('finds nothing, and creates nothing, where no database exists; Dexie then creates it as usual', async () => {
    const name = `${fresh.current.name}-never`;
    expect(await readInUse(name)).toBeUndefined();
    expect(await exists(name)).toBe(false);
    const db = new TielineDb(name);
    try {
      const active = await installDataset(db, miniDataset(), 'bundled');
      expect((await readInUse(name))!.gen).toBe(active.gen);
    } finally {
      await db.delete();
    }
  });

  it('finds nothing when no generation is active, or the active key does not parse (read as absent, as readMeta does)', async () => {
    await fresh.current.open();
    expect(await readInUse(fresh.current.name)).toBeUndefined();
    const active = await installDataset(fresh.current, miniDataset(), 'bundled');
    await fresh.current.meta.put({ key: META.active.key, value: { gen: 'one' } });
    expect(await readInUse(fresh.current.name)).toBeUndefined();
    await writeMeta(fresh.current, META.active, active);
    expect((await readInUse(fresh.current.name))!.gen).toBe(active.gen);
  });

  it('fails, for the caller to read through Dexie, when the database lacks a table it reads', async () => {
    const name = `${fresh.current.name}-other`;
    await new Promise<void>((ok, fail) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore('meta', { keyPath: 'key' });
      req.onsuccess = () => (req.result.close(), ok());
      req.onerror = () => fail(req.error);
    });
    try {
      await expect(readInUse(name)).rejects.toThrow();
    } finally {
      await new Promise((ok) => (indexedDB.deleteDatabase(name).onsuccess = ok));
    }
  });

  it('holds no connection: Dexie can delete (or upgrade) the database right after a read', async () => {
    await installDataset(fresh.current, miniDataset(), 'bundled');
    await readInUse(fresh.current.name);
    fresh.current.close();
    await fresh.current.delete();
    expect(await exists(fresh.current.name)).toBe(false);
  });
});
