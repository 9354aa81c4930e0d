/**
 * The IndexedDB store (Dexie). Records are kept in generations: a dataset is written whole under a new
 * generation number, then made active by one write to `meta`, then the old generation is deleted. A
 * reader always sees one complete generation, and a failed write leaves the active one untouched.
 */
import type { Dexie, EntityTable, Table } from 'dexie';
import { dexieLibrary } from './dexie.cjs';
import type { Agency, Company, Note } from '../model/schema';
import { linksOf, type CompanyLink } from '../model/links';
import { rowsOf, type StoredPart } from './bundle';
import { DB_NAME } from './db-name';

export type CompanyRow = Company & { gen: number };
export type NoteRow = Note & { gen: number };
export type AgencyRow = Agency & { gen: number };
export interface DomainRow {
  gen: number;
  domain: string;
  companyId: string;
  /** The parts a lookup of the domain reads (see DomainEntry in bundle.ts); absent in rows written before it. */
  parts?: string[];
  /** The badge's facts as JSON (see DomainEntry in bundle.ts); absent in rows written before them. */
  badge?: string;
}

/** A link between two companies (a parent link, a joint venture's membership), indexed by its target. */
export type LinkRow = CompanyLink & { gen: number };

/**
 * Companies, their links and notes, packed in parts of JSON text (see bundle.ts for why and how): deflated as
 * the bundle ships them (`deflated`, the bundled install since layout 4), or as text (`json`: a sync's merged
 * data, generations written by earlier versions, and the parts a site's lookup reads once the bundled install
 * has rewritten them: site-parts.ts). `partText` (framed.ts) reads either. Neither field is indexed, so both
 * shapes live in the same table, and in one generation, without a schema version.
 */
export type PartRow = StoredPart & { gen: number };

/** A verified shard of a subscribed list, kept so an update can reuse the shards that did not change. */
export interface ListShardRow {
  listId: string;
  sha256: string;
  index: number;
  agencies: Agency[];
  companies: Company[];
  notes: Note[];
}

/** Values are typed and parsed by the key registry in meta.ts; nothing else touches this table. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * The database. Dexie itself is loaded when the first one is made (./dexie.cjs says why: a service worker that
 * only sets badges never loads it), so the class is made then too, once; `new TielineDb()` reads as before.
 */
export interface TielineDb extends Dexie {
  domains: Table<DomainRow, [number, string]>;
  agencies: Table<AgencyRow, [number, string]>;
  parts: Table<PartRow, [number, string]>;
  meta: EntityTable<MetaRow, 'key'>;
  listShards: Table<ListShardRow, [string, string]>;
  /** The tables one generation of the dataset occupies. */
  readonly generationTables: readonly [
    Table<PartRow, [number, string]>,
    Table<DomainRow, [number, string]>,
    Table<AgencyRow, [number, string]>,
  ];
}

export { DB_NAME };

let made: (new (name: string) => TielineDb) | undefined;

function tielineDbClass(): new (name: string) => TielineDb {
  if (made) return made;
  class Db extends dexieLibrary() {
    domains!: Table<DomainRow, [number, string]>;
    agencies!: Table<AgencyRow, [number, string]>;
    parts!: Table<PartRow, [number, string]>;
    meta!: EntityTable<MetaRow, 'key'>;
    listShards!: Table<ListShardRow, [string, string]>;

    constructor(name = DB_NAME) {
      super(name);
      // Keep every version: a user's browser may hold any earlier one, and Dexie upgrades step by step.
      this.version(1).stores({
        companies: '[gen+id], gen',
        domains: '[gen+domain], gen',
        notes: '[gen+id], [gen+companyId], gen',
        agencies: '[gen+id], gen',
        meta: 'key',
      });
      // v2: subscribed lists' shards, content-addressed by list and SHA-256.
      this.version(2).stores({
        listShards: '[listId+sha256], listId',
      });
      // v3: links between companies by their target, so a company's result finds its subsidiaries and joint
      // ventures without a site of their own with one indexed read. Built from the stored companies on upgrade,
      // so the generation in use gains them without a reinstall.
      this.version(3)
        .stores({ links: '[gen+to+from], [gen+to], gen' })
        .upgrade(async (tx) => {
          const rows: LinkRow[] = [];
          await tx
            .table<CompanyRow>('companies')
            .toCollection()
            .each((c) => rows.push(...linksOf(c).map((l) => ({ ...l, gen: c.gen }))));
          await tx.table<LinkRow>('links').bulkPut(rows);
        });
      // v4: companies, links and notes packed in parts (about a hundred rows instead of 16,000: bundle.ts).
      // Every generation present is repacked from its rows, so the data in use survives without a reinstall.
      this.version(4)
        .stores({ parts: '[gen+key], gen', companies: null, notes: null, links: null })
        .upgrade(async (tx) => {
          const companies = new Map<number, Company[]>();
          const notes = new Map<number, Note[]>();
          const add = <T>(into: Map<number, T[]>, { gen, ...rest }: T & { gen: number }) => {
            const list = into.get(gen);
            if (list) list.push(rest as T);
            else into.set(gen, [rest as T]);
          };
          await tx.table<CompanyRow>('companies').each((c) => add(companies, c));
          await tx.table<NoteRow>('notes').each((n) => add(notes, n));
          const parts: PartRow[] = [];
          for (const [gen, cs] of companies) {
            for (const part of rowsOf({ agencies: [], companies: cs, notes: notes.get(gen) ?? [] }).parts) parts.push({ ...part, gen });
          }
          await tx.table<PartRow>('parts').bulkPut(parts);
        });
    }

    /** The tables one generation of the dataset occupies. */
    get generationTables() {
      return [this.parts, this.domains, this.agencies] as const;
    }
  }

  return (made = Db as unknown as new (name: string) => TielineDb);
}

/** A database named `name` (DB_NAME, the extension's; tests name their own). */
export const TielineDb = function TielineDb(name = DB_NAME) {
  return new (tielineDbClass())(name);
} as unknown as new (name?: string) => TielineDb;
