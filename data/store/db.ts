/**
 * The IndexedDB store (Dexie). Records are kept in generations: a dataset is written whole under a new
 * generation number, then made active by one write to `meta`, then the old generation is deleted. A
 * reader always sees one complete generation, and a failed write leaves the active one untouched.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Agency, Company, Note } from '../model/schema';

export type CompanyRow = Company & { gen: number };
export type NoteRow = Note & { gen: number };
export type AgencyRow = Agency & { gen: number };
export interface DomainRow {
  gen: number;
  domain: string;
  companyId: string;
}

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

export class TielineDb extends Dexie {
  companies!: Table<CompanyRow, [number, string]>;
  domains!: Table<DomainRow, [number, string]>;
  notes!: Table<NoteRow, [number, string]>;
  agencies!: Table<AgencyRow, [number, string]>;
  meta!: EntityTable<MetaRow, 'key'>;
  listShards!: Table<ListShardRow, [string, string]>;

  constructor(name = 'tieline') {
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
  }

  /** The tables one generation of the dataset occupies. */
  get generationTables() {
    return [this.companies, this.domains, this.notes, this.agencies] as const;
  }
}
