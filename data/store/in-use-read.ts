/**
 * The data in use read without Dexie: the active generation (META.active, parsed with its schema as every
 * stored key is) and that generation's domain and agency rows, with IndexedDB's own API — the same rows, in the
 * same database, that Dexie writes and `inUseOf` (./queries.ts) reads.
 *
 * Why a second reader: the service worker reads these once per wake-up, and most wake-ups do nothing else (a
 * tab's badge comes from them: data/model/badge.ts). Dexie is loaded when the first database is made
 * (./dexie.cjs), and in the worker it is a script of its own (./dexie-script.cjs), so a wake-up that only sets
 * badges no longer compiles or evaluates Dexie's 97 KB. Everything else — installs, syncs, lookups, every
 * write and every schema version — stays Dexie's. This reader only opens an existing database at whatever
 * version it has, reads in one read-only transaction, and closes: it never creates the database (a first run
 * reads nothing and the install, through Dexie, creates it) and never holds a connection an upgrade would wait on.
 */
import { DB_NAME, type AgencyRow, type DomainRow, type MetaRow } from './db';
import { META, parseMeta } from './meta';
import { inUseFrom, type InUse } from './queries';

/** Opens `name` as it is, or resolves undefined if it does not exist (the open is undone, creating nothing). */
function openExisting(idb: IDBFactory, name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const req = idb.open(name);
    req.onupgradeneeded = () => {
      // Only a database that does not exist yet asks for an upgrade when opened without a version: undo it.
      req.transaction?.abort();
    };
    req.onsuccess = () => {
      const db = req.result;
      // A Dexie upgrade (a new version of the extension) must not wait on this connection.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = (e) => {
      // The aborted creation: not an error of the read.
      if (req.error?.name === 'AbortError') {
        e.preventDefault();
        resolve(undefined);
      } else reject(req.error ?? new Error(`opening ${name} failed`));
    };
    req.onblocked = () => undefined;
  });
}

const request = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });

/**
 * The data in use of database `name`, or undefined when there is none (no database, no active generation, or
 * an active key that does not parse). Throws when the database exists but cannot be read as expected (a table
 * missing): the caller reads through Dexie then.
 */
export async function readInUse(name = DB_NAME, idb: IDBFactory = indexedDB): Promise<InUse | undefined> {
  const db = await openExisting(idb, name);
  if (!db) return undefined;
  try {
    const tx = db.transaction(['meta', 'domains', 'agencies'], 'readonly');
    const active = parseMeta(META.active, await request(tx.objectStore('meta').get(META.active.key) as IDBRequest<MetaRow | undefined>));
    if (!active) return undefined;
    // Both requests are made before either is awaited: the transaction must not go idle between them.
    const only = IDBKeyRange.only(active.gen);
    const domains = request(tx.objectStore('domains').index('gen').getAll(only) as IDBRequest<DomainRow[]>);
    const agencies = request(tx.objectStore('agencies').index('gen').getAll(only) as IDBRequest<AgencyRow[]>);
    return inUseFrom(active.gen, await domains, await agencies);
  } finally {
    db.close();
  }
}
