import { describe, expect, it, vi } from 'vitest';
import { TielineDb } from '@/data/store/db';
import { NATIVE_VERSION, createDatabase, writeFirstGeneration } from '@/data/store/first-write';
import { checkBundle, openBundle } from '@/data/store/bundle';
import { ensureBundled } from '@/data/store/install';
import { getActive } from '@/data/store/meta';
import { inUseOf, lookupUrl } from '@/data/store/queries';
import { readInUse } from '@/data/store/in-use-read';
import { linkedDataset } from '../../fixtures/datasets';
import { bundleSource, packBundle } from '../../helpers/bundle';

let n = 0;
const name = () => `first-write-${++n}-${Date.now()}`;

/** Every table of a database as IndexedDB holds it: its key path, auto-increment, and each index's shape. */
async function shape(dbName: string) {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open(dbName);
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  const stores = [...db.objectStoreNames].sort();
  const tx = db.transaction(stores, 'readonly');
  const tables = Object.fromEntries(
    stores.map((s) => {
      const store = tx.objectStore(s);
      const indexes = [...store.indexNames].sort().map((i) => {
        const index = store.index(i);
        return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
      });
      return [s, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
    }),
  );
  const version = db.version;
  db.close();
  return { version, tables };
}

const deleteDb = (dbName: string) =>
  new Promise<void>((ok) => {
    const req = indexedDB.deleteDatabase(dbName);
    req.onsuccess = req.onerror = () => ok();
  });

describe('the first install without Dexie (store/first-write.ts)', () => {
  it("creates the very schema Dexie's TielineDb creates, at its version, which Dexie then opens as its own", async () => {
    const [raw, dexie] = [name(), name()];
    const byDexie = new TielineDb(dexie);
    await byDexie.open();
    expect(NATIVE_VERSION).toBe(byDexie.verno * 10);
    byDexie.close();
    (await createDatabase(raw))!.close();
    expect(await shape(raw)).toEqual(await shape(dexie));
    // Dexie finds nothing to patch: no warning, no new native version.
    const warn = vi.spyOn(console, 'warn');
    const opened = new TielineDb(raw);
    await opened.open();
    expect(warn).not.toHaveBeenCalled();
    expect(opened.backendDB().version).toBe(NATIVE_VERSION);
    warn.mockRestore();
    await opened.delete();
    await deleteDb(dexie);
  });

  it('touches no database that exists: of this version, of an earlier one, of a later one', async () => {
    const existing = new TielineDb(name());
    await existing.open();
    expect(await createDatabase(existing.name)).toBeUndefined();
    expect(existing.backendDB().version).toBe(NATIVE_VERSION);
    await existing.delete();
    for (const version of [30, NATIVE_VERSION + 10]) {
      const other = name();
      await new Promise<void>((ok, fail) => {
        const req = indexedDB.open(other, version);
        req.onupgradeneeded = () => req.result.createObjectStore('kept');
        req.onsuccess = () => (req.result.close(), ok());
        req.onerror = () => fail(req.error);
      });
      expect(await createDatabase(other)).toBeUndefined();
      expect(await shape(other)).toEqual({ version, tables: { kept: { keyPath: null, autoIncrement: false, indexes: [] } } });
      await deleteDb(other);
    }
  });

  it('writes what the install through Dexie writes: the same rows and data in use, the same answers', async () => {
    const packed = packBundle(linkedDataset());
    const viaDexie = new TielineDb(name());
    await ensureBundled(viaDexie, bundleSource(packed));
    const raw = name();
    const db = (await createDatabase(raw))!;
    const opened = openBundle(packed.bytes.slice(), performance.now());
    const active = await writeFirstGeneration(db, await checkBundle(opened, packed.sha256), opened.startedAt);
    db.close();
    const viaRaw = new TielineDb(raw);
    const dexieActive = (await getActive(viaDexie))!;
    // What meta.active says, read back through its schema (Zod), is the same but for when and how fast.
    const { activatedAt: _a, installMs: _i, ...same } = dexieActive;
    expect(await getActive(viaRaw)).toEqual({ ...same, activatedAt: active.activatedAt, installMs: active.installMs });
    expect(active.gen).toBe(dexieActive.gen);
    for (const table of ['parts', 'domains', 'agencies'] as const) {
      expect(await viaRaw.table(table).toArray()).toEqual(await viaDexie.table(table).toArray());
    }
    expect(await readInUse(raw)).toEqual(await inUseOf(viaDexie, dexieActive.gen));
    for (const site of ['https://www.acme.example/', 'laborco.example', 'nothing.example']) {
      expect(await lookupUrl(viaRaw, site)).toEqual(await lookupUrl(viaDexie, site));
    }
    await viaRaw.delete();
    await viaDexie.delete();
  });
});
