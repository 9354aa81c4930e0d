/**
 * The data in use read without Dexie: the active generation (META.active, checked as its schema would check it,
 * without Zod: model/active-shape.ts) and that generation's domain and agency rows, with IndexedDB's own API — the same rows, in the
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
import type { AgencyRow, DomainRow, MetaRow } from './db';
import type { DomainEntry } from './bundle';
import type { Agency } from '../model/schema';
import { ACTIVE_KEY, DB_NAME } from './db-name';
import { isActiveDataset } from '../model/active-shape';
import type { ActiveDataset } from '../model/state';

/** The data in use as the background keeps it (./queries.ts reads through it). */
export interface InUse {
  gen: number;
  domains?: ReadonlyMap<string, Omit<DomainEntry, 'domain'>>;
  agencies?: ReadonlyMap<string, Agency>;
}

const strip = <T extends { gen: number }>({ gen: _gen, ...rest }: T): Omit<T, 'gen'> => rest;

/** The data in use from generation `gen`'s domain and agency rows, however they were read (here, or through Dexie: ./queries.ts). */
export function inUseFrom(gen: number, domainRows: readonly DomainRow[], agencyRows: readonly AgencyRow[]): Required<InUse> {
  // A company's domains carry the same badge text and parts: kept once (structured clone gives each row its own copy).
  const badges = new Map<string, string>();
  const partLists = new Map<string, string[]>();
  const once = <T>(m: Map<string, T>, key: string, value: T): T => m.get(key) ?? (m.set(key, value), value);
  return {
    gen,
    domains: new Map(
      domainRows.map(({ domain, companyId, parts, badge }: DomainRow) => [
        domain,
        {
          companyId,
          ...(parts ? { parts: once(partLists, companyId, parts) } : {}),
          ...(badge !== undefined ? { badge: once(badges, companyId, badge) } : {}),
        },
      ]),
    ),
    agencies: new Map(agencyRows.map((a) => [a.id, strip(a) as Agency])),
  };
}

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
    // META.active, checked as its schema would (model/active-shape.ts: without Zod, which the badge's code does not load).
    const value = (await request(tx.objectStore('meta').get(ACTIVE_KEY) as IDBRequest<MetaRow | undefined>))?.value;
    if (!isActiveDataset(value)) return undefined;
    const active = value as ActiveDataset;
    // Both requests are made before either is awaited: the transaction must not go idle between them.
    const only = IDBKeyRange.only(active.gen);
    const domains = request(tx.objectStore('domains').index('gen').getAll(only) as IDBRequest<DomainRow[]>);
    const agencies = request(tx.objectStore('agencies').index('gen').getAll(only) as IDBRequest<AgencyRow[]>);
    return inUseFrom(active.gen, await domains, await agencies);
  } finally {
    db.close();
  }
}
