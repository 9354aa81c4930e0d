/**
 * The first install's write without Dexie: on a database this code creates, the schema Dexie's `TielineDb`
 * would create (./db.ts, its last version), then the checked bundle's rows in one transaction and `meta.active`
 * after them, with IndexedDB's own API — the same rows, in the same tables, that `ensureBundled` writes through
 * Dexie (./install.ts).
 *
 * Why: in Chrome's service worker, Dexie (97 KB) and the install code are scripts of their own
 * (data/browser/late-script.sw.ts), compiled whole when imported; on a fresh install that compile (~100 ms on the
 * benchmark's machine) came before the first byte was written (bench/results/2026-12-01-worker11.md). This
 * writer is small and loads neither Dexie nor the schema, so the first install starts at once and the rest is
 * compiled once the data is in use. Only a database that does not exist yet is written here; every other case (an
 * update, a database of an earlier version, data cleared from an existing database) stays Dexie's, with its
 * upgrades, generations and checks. The schema is held to Dexie's by test/unit/store/first-write.test.ts.
 */
import type { CheckedBundle } from './bundle';
import type { ActiveDataset } from '../model/state';
import { ACTIVE_KEY, DB_NAME } from './db-name';
import { activeRecord, bundleFacts } from './active-record';

/**
 * IndexedDB's version of the database: Dexie's `db.version(4)` times ten (Dexie's native versions). Raised with
 * each Dexie version (./db.ts), which the test compares.
 */
export const NATIVE_VERSION = 40;

/**
 * The tables of Dexie's last version (./db.ts): each one's primary key and indexes as Dexie makes them (a
 * compound key `[a+b]` is the key path ['a', 'b']; an index is named by its key path).
 */
export const TABLES: Record<string, { key: string | string[]; indexes: string[] }> = {
  domains: { key: ['gen', 'domain'], indexes: ['gen'] },
  agencies: { key: ['gen', 'id'], indexes: ['gen'] },
  meta: { key: 'key', indexes: [] },
  listShards: { key: ['listId', 'sha256'], indexes: ['listId'] },
  parts: { key: ['gen', 'key'], indexes: ['gen'] },
};

/** The generation the first install writes: the database is new, so nothing else is in it. */
export const FIRST_GEN = 1;

/**
 * Creates database `name` with Dexie's schema and opens it, or resolves undefined when a database of that name
 * exists already (of any version: nothing is changed then) or cannot be opened at this version.
 */
export function createDatabase(name = DB_NAME, idb: IDBFactory = indexedDB): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    let created = false;
    const req = idb.open(name, NATIVE_VERSION);
    req.onupgradeneeded = (e) => {
      // An earlier version's database is Dexie's to upgrade: undone here.
      if (e.oldVersion !== 0) {
        req.transaction?.abort();
        return;
      }
      const db = req.result;
      for (const [table, { key, indexes }] of Object.entries(TABLES)) {
        const store = db.createObjectStore(table, { keyPath: key });
        for (const index of indexes) store.createIndex(index, index);
      }
      created = true;
    };
    req.onsuccess = () => {
      const db = req.result;
      if (!created) {
        db.close();
        resolve(undefined);
        return;
      }
      // An upgrade by Dexie (a new version of the extension) must not wait on this connection.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = (e) => {
      // The upgrade undone above, or a database of a later version: Dexie's, not an error of this install.
      if (req.error?.name === 'AbortError' || req.error?.name === 'VersionError') {
        e.preventDefault();
        resolve(undefined);
      } else reject(req.error ?? new Error(`creating ${name} failed`));
    };
    req.onblocked = () => undefined;
  });
}

const done = (tx: IDBTransaction, what: string): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error(`${what} failed`));
    tx.onabort = () => reject(tx.error ?? new Error(`${what} was aborted`));
  });

/**
 * Writes the checked bundle as generation FIRST_GEN of a database `createDatabase` made, in one transaction,
 * then makes it the data in use by writing `meta.active`, as `commitPrepared` does through Dexie
 * (./generations.ts): a failure before the switch leaves no data in use, and rows Dexie's next install
 * removes. `startedAt` is when reading the file began: `installMs` means what it means there.
 */
export async function writeFirstGeneration(db: IDBDatabase, bundle: CheckedBundle, startedAt: number): Promise<ActiveDataset> {
  const { header, parts } = bundle;
  const gen = FIRST_GEN;
  const tx = db.transaction(['parts', 'domains', 'agencies'], 'readwrite');
  const written = done(tx, 'writing the first install');
  const put = (table: string, rows: readonly object[]) => {
    const store = tx.objectStore(table);
    // The rows are this install's own (freshly parsed and cut): the generation is set on them in place.
    for (const row of rows) store.put(Object.assign(row, { gen }));
  };
  put('agencies', header.agencies);
  put('domains', header.domains);
  put('parts', parts);
  await written;
  const active = activeRecord(gen, bundleFacts(bundle), 'bundled', startedAt);
  const sw = db.transaction(['meta'], 'readwrite');
  const switched = done(sw, 'switching to the first install');
  sw.objectStore('meta').put({ key: ACTIVE_KEY, value: active });
  await switched;
  return active;
}
