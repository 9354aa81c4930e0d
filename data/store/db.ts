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

/** What is in use: written last, in the same transaction that makes a generation active. */
export interface ActiveDataset {
  gen: number;
  version: number;
  generatedAt: string;
  /** "bundled" or the URL of the list it was synced from. */
  origin: string;
  activatedAt: string;
  counts: { companies: number; notes: number; agencies: number; domains: number };
  /** SHA-256 over the dataset's canonical JSON, to prove that a failed update changed nothing. */
  checksum: string;
  /** Time taken to validate and write this generation, in milliseconds. */
  installMs?: number;
  /** The bundled dataset's version, and each subscribed list merged over it. */
  bundledVersion?: number;
  lists?: { id: string; url: string; version: number }[];
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
}

export const ACTIVE_KEY = 'active';
