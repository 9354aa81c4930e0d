/**
 * Generations: how a whole dataset replaces another without a reader ever seeing half of it. A new
 * dataset is written under a fresh generation number, made active by one write of `meta.active`, and the
 * old generation deleted. `commitGeneration` is the one switch: the bundled install and every sync use it.
 */
import type { Dataset } from '../model/schema';
import { sha256Hex } from '../model/hash';
import { MARKS, measure } from '../model/marks';
import { coverageOf, type Coverage } from '../model/coverage';
import type { ListShardRow, TielineDb } from './db';
import { countsOf, rowsOf, type Counts, type GenerationRows, type StoredPart } from './bundle';
import { META, getActive, writeMeta, type ActiveDataset, type MetaKey } from './meta';
import { generationSwitched } from './switch';
import { activeRecord } from './active-record';

export { onGenerationSwitch } from './switch';

export type Records = Pick<Dataset, 'agencies' | 'companies' | 'notes'>;

/** Canonical JSON of the records (sorted by id) and its SHA-256, hex. */
export async function datasetChecksum(d: Records): Promise<string> {
  const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const text = JSON.stringify({ agencies: byId(d.agencies), companies: byId(d.companies), notes: byId(d.notes) });
  return sha256Hex(new TextEncoder().encode(text));
}

/** Sets the generation on rows: in place when they are the caller's own (freshly parsed), else on copies. */
function stamped<T extends object>(rows: readonly T[], gen: number, owned: boolean): (T & { gen: number })[] {
  if (!owned) return rows.map((r) => ({ ...r, gen }));
  for (const r of rows) (r as T & { gen: number }).gen = gen;
  return rows as (T & { gen: number })[];
}

/** Parts are written in slices of this many, so a first install can say how far it is. */
const PART_SLICE = 16;

/**
 * Writes all rows of one generation under `gen`, in one transaction (the caller's, or its own). Every
 * part is issued at once: IndexedDB runs them in order without a round trip to this script between them.
 * `onProgress` hears the share written so far (0–1) as the slices land. With `owned`, the rows are the
 * caller's to change (a freshly parsed bundle) and get their generation number in place, without copies.
 */
export async function writeGeneration(
  db: TielineDb,
  gen: number,
  rows: GenerationRows<StoredPart>,
  opts: { onProgress?: ((share: number) => void) | undefined; owned?: boolean } = {},
): Promise<void> {
  const owned = opts.owned ?? false;
  // Each generation's parts are all text or all deflated: its share of them written, in their own unit.
  const size = (p: StoredPart) => ('json' in p ? p.json.length : p.deflated.length);
  const total = rows.parts.reduce((s, p) => s + size(p), 0) || 1;
  let done = 0;
  await db.transaction('rw', db.generationTables, async () => {
    const writes: Promise<unknown>[] = [
      db.agencies.bulkPut(stamped(rows.agencies, gen, owned)),
      db.domains.bulkPut(stamped(rows.domains, gen, owned)),
    ];
    for (let i = 0; i < rows.parts.length; i += PART_SLICE) {
      const slice = rows.parts.slice(i, i + PART_SLICE);
      writes.push(
        db.parts.bulkPut(stamped(slice, gen, owned)).then(() => {
          done += slice.reduce((s, p) => s + size(p), 0);
          opts.onProgress?.(done / total);
        }),
      );
    }
    await Promise.all(writes);
  });
}

export async function deleteGeneration(db: TielineDb, gen: number): Promise<void> {
  await db.transaction('rw', db.generationTables, async () => {
    for (const t of db.generationTables) await t.where('gen').equals(gen).delete();
  });
}

/** Generations present in the store other than the active one: leftovers of an interrupted write. */
async function strayGenerations(db: TielineDb, active: number | undefined): Promise<number[]> {
  const gens = (await db.parts.orderBy('gen').uniqueKeys()) as number[];
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

/** A generation ready to write: its rows and what `meta.active` will say about it. */
export interface PreparedGeneration {
  rows: GenerationRows<StoredPart>;
  version: number;
  generatedAt: string;
  counts: Counts;
  coverage: Coverage;
  /** Identifies the data: the shipped bundle's SHA-256, or the canonical hash of merged records. */
  checksum: string;
  /** The rows are the caller's own (freshly parsed or cut): the generation number is set on them in place. */
  owned?: boolean;
}

/**
 * Writes `dataset` as a new generation, switches to it in one transaction (with any `meta` entries that
 * must change together with it), then deletes what is no longer used. The switch is the only write that
 * changes what readers see; a failure before it leaves the data in use exactly as it was, and a failure
 * after it leaves only unused rows, removed by the next commit. Used by sync, whose merged records have no
 * shipped checksum: their canonical hash is computed here.
 */
export async function commitGeneration(db: TielineDb, dataset: Dataset, opts: CommitOptions): Promise<ActiveDataset> {
  const started = opts.startedAt ?? performance.now();
  const checksumStart = performance.now();
  const checksum = await datasetChecksum(dataset);
  measure(MARKS.checksum, checksumStart);
  const prepared: PreparedGeneration = {
    rows: rowsOf(dataset),
    version: dataset.version,
    generatedAt: dataset.generatedAt,
    counts: countsOf(dataset),
    coverage: coverageOf(dataset),
    checksum,
  };
  return commitPrepared(db, prepared, { ...opts, startedAt: started });
}

/** `commitGeneration` for rows already in the stored shape. */
export async function commitPrepared(db: TielineDb, p: PreparedGeneration, opts: CommitOptions): Promise<ActiveDataset> {
  const started = opts.startedAt ?? performance.now();
  const gen = await nextGeneration(db);
  await db.transaction('rw', [...db.generationTables, db.listShards], async () => {
    await writeGeneration(db, gen, p.rows, { onProgress: opts.onProgress, owned: p.owned ?? false });
    if (opts.shards?.length) await db.listShards.bulkPut([...opts.shards]);
  });
  return switchTo(db, gen, p, opts, started);
}

/** Makes generation `gen`, written whole, the data in use; then deletes what is no longer used. */
async function switchTo(
  db: TielineDb,
  gen: number,
  p: Omit<PreparedGeneration, 'rows' | 'owned'>,
  opts: CommitOptions,
  started: number,
): Promise<ActiveDataset> {
  await opts.beforeSwitch?.();
  const active = activeRecord(gen, p, opts.origin, started, opts.extra);
  await db.transaction('rw', [db.meta], async () => {
    await writeMeta(db, META.active, active);
    for (const m of opts.meta ?? []) await m.write(db);
  });
  generationSwitched();
  await removeInactiveGenerations(db);
  return active;
}
