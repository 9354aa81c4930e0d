/**
 * Generations: how a whole dataset replaces another without a reader ever seeing half of it. A new
 * dataset is written under a fresh generation number, made active by one write of `meta.active`, and the
 * old generation deleted. `commitGeneration` is the one switch: the bundled install and every sync use it.
 */
import type { Dataset } from '../model/schema';
import { sha256Hex } from '../model/hash';
import { linksOf } from '../model/links';
import { MARKS, measure } from '../model/marks';
import { coverageOf } from '../model/coverage';
import type { ListShardRow, TielineDb } from './db';
import { META, getActive, writeMeta, type ActiveDataset, type MetaKey } from './meta';

export type Records = Pick<Dataset, 'agencies' | 'companies' | 'notes'>;

/** Canonical JSON of the records (sorted by id) and its SHA-256, hex. */
export async function datasetChecksum(d: Records): Promise<string> {
  const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const text = JSON.stringify({ agencies: byId(d.agencies), companies: byId(d.companies), notes: byId(d.notes) });
  return sha256Hex(new TextEncoder().encode(text));
}

/** Notes are written in slices of this many, so a first install can say how far it is. */
const NOTE_SLICE = 1000;

/**
 * Writes all records of `d` under generation `gen` (inside the caller's transaction, or its own).
 * `onProgress` hears the share written so far (0–1) after each part.
 */
export async function writeGeneration(db: TielineDb, gen: number, d: Records, onProgress?: (share: number) => void): Promise<void> {
  const total = d.agencies.length + d.companies.length * 2 + d.notes.length || 1;
  await db.transaction('rw', db.generationTables, async () => {
    await db.agencies.bulkPut(d.agencies.map((a) => ({ ...a, gen })));
    await db.companies.bulkPut(d.companies.map((c) => ({ ...c, gen })));
    await db.domains.bulkPut(d.companies.flatMap((c) => c.domains.map((domain) => ({ gen, domain, companyId: c.id }))));
    let done = d.agencies.length + d.companies.length * 2;
    onProgress?.(done / total);
    for (let i = 0; i < d.notes.length; i += NOTE_SLICE) {
      const slice = d.notes.slice(i, i + NOTE_SLICE);
      await db.notes.bulkPut(slice.map((n) => ({ ...n, gen })));
      done += slice.length;
      onProgress?.(done / total);
    }
    await db.links.bulkPut(d.companies.flatMap((c) => linksOf(c).map((l) => ({ ...l, gen }))));
  });
}

export async function deleteGeneration(db: TielineDb, gen: number): Promise<void> {
  await db.transaction('rw', db.generationTables, async () => {
    for (const t of db.generationTables) await t.where('gen').equals(gen).delete();
  });
}

/** Generations present in the store other than the active one: leftovers of an interrupted write. */
async function strayGenerations(db: TielineDb, active: number | undefined): Promise<number[]> {
  const gens = (await db.companies.orderBy('gen').uniqueKeys()) as number[];
  return gens.filter((g) => g !== active);
}

/** The next free generation number: above the active one and any leftover of an interrupted write. */
async function nextGeneration(db: TielineDb): Promise<number> {
  const active = await getActive(db);
  const stray = await strayGenerations(db, active?.gen);
  return Math.max(active?.gen ?? 0, ...stray) + 1;
}

/**
 * Deletes the generations below the active one (replaced data, leftovers of interrupted writes). A
 * generation above it may be one being written right now, so it is left alone; once a later generation
 * becomes active it is below that one, and goes.
 */
export async function removeInactiveGenerations(db: TielineDb): Promise<void> {
  const active = await getActive(db);
  if (!active) return;
  for (const g of await strayGenerations(db, active.gen)) if (g < active.gen) await deleteGeneration(db, g);
}

/** A typed `meta` write that travels with the switch (a list's new state). */
export interface MetaEntry {
  write(db: TielineDb): Promise<void>;
}
export const metaEntry = <T>(key: MetaKey<T>, value: T): MetaEntry => ({ write: (db) => writeMeta(db, key, value) });

export interface CommitOptions {
  /** "bundled", "lists" or a list URL: where the data in use came from. */
  origin: string;
  extra?: Pick<ActiveDataset, 'bundledVersion' | 'lists'>;
  /** List shards stored with the generation, in the same transaction. */
  shards?: readonly ListShardRow[];
  /** Written in the switch's transaction, together with `meta.active`. */
  meta?: readonly MetaEntry[];
  /** Test hook: runs after the new generation is written and before it is switched to. */
  beforeSwitch?: () => Promise<void>;
  /** When the work that produced this dataset began (validation included), for `installMs`. */
  startedAt?: number;
  /** Hears the share of the records written so far (0–1), for a "Preparing data… n%" display. */
  onProgress?: (share: number) => void;
}

/**
 * Writes `dataset` as a new generation, switches to it in one transaction (with any `meta` entries that
 * must change together with it), then deletes what is no longer used. The switch is the only write that
 * changes what readers see; a failure before it leaves the data in use exactly as it was, and a failure
 * after it leaves only unused rows, removed by the next commit.
 */
export async function commitGeneration(db: TielineDb, dataset: Dataset, opts: CommitOptions): Promise<ActiveDataset> {
  const started = opts.startedAt ?? performance.now();
  const checksumStart = performance.now();
  const checksum = await datasetChecksum(dataset);
  measure(MARKS.checksum, checksumStart);
  const gen = await nextGeneration(db);
  await db.transaction('rw', [...db.generationTables, db.listShards], async () => {
    await writeGeneration(db, gen, dataset, opts.onProgress);
    if (opts.shards?.length) await db.listShards.bulkPut([...opts.shards]);
  });
  await opts.beforeSwitch?.();
  const active: ActiveDataset = {
    gen,
    version: dataset.version,
    generatedAt: dataset.generatedAt,
    origin: opts.origin,
    activatedAt: new Date().toISOString(),
    counts: {
      companies: dataset.companies.length,
      notes: dataset.notes.length,
      agencies: dataset.agencies.length,
      domains: dataset.companies.reduce((s, c) => s + c.domains.length, 0),
    },
    checksum,
    coverage: coverageOf(dataset),
    installMs: Math.round(performance.now() - started),
    ...opts.extra,
  };
  await db.transaction('rw', [db.meta], async () => {
    await writeMeta(db, META.active, active);
    for (const m of opts.meta ?? []) await m.write(db);
  });
  await removeInactiveGenerations(db);
  return active;
}
