/**
 * The data in use: the bundled dataset with each enabled list's stored shards laid over it in order of
 * trust (data/model/conflict.ts: the built-in list replaces, a list the user added only adds), validated
 * whole. Where a list the user added contradicts what is held, the held record stays and a conflict says so.
 */
import { DatasetError, parseDataset, SCHEMA_VERSION, type Dataset } from '../model/schema';
import { layerLists, type Conflicts, type Layer } from '../model/conflict';
import type { ListShardRow, TielineDb } from '../store/db';
import { META, readMeta, type ActiveDataset, type ListState } from '../store/meta';
import type { Records } from '../store/generations';
import { SyncError, type Subscription } from './list';

/**
 * The bundled dataset with each list's records laid over it: the built-in list first (it replaces the
 * bundle's records), then the lists the user added in the order they were added (they may only add).
 */
export function mergeSources(bundled: Dataset, lists: { sub: Subscription; shards: ListShardRow[] }[]): Records & { conflicts: Conflicts } {
  const ordered = [...lists.filter((l) => l.sub.builtIn), ...lists.filter((l) => !l.sub.builtIn)];
  const layers: Layer[] = [
    { authoritative: true, agencies: bundled.agencies, companies: bundled.companies, notes: bundled.notes },
    ...ordered.map(({ sub, shards }) => {
      const sorted = [...shards].sort((a, b) => a.index - b.index);
      return {
        url: sub.url,
        authoritative: !!sub.builtIn,
        agencies: sorted.flatMap((s) => s.agencies),
        companies: sorted.flatMap((s) => s.companies),
        notes: sorted.flatMap((s) => s.notes),
      };
    }),
  ];
  return layerLists(layers);
}

export interface Merged {
  dataset: Dataset;
  lists: NonNullable<ActiveDataset['lists']>;
  bundledVersion: number;
  /** Where a list the user added says otherwise than the data kept. */
  conflicts: Conflicts;
}

/** Merges the bundle with every enabled list's stored shards (and `override` for one list) and validates. */
export async function mergedDataset(
  db: TielineDb,
  loadBundled: () => Promise<unknown>,
  subs: readonly Subscription[],
  override?: { sub: Subscription; shards: ListShardRow[]; state: ListState },
): Promise<Merged> {
  const bundled = parseDataset(await loadBundled(), 'bundled dataset');
  const lists: { sub: Subscription; shards: ListShardRow[]; state: ListState }[] = [];
  for (const sub of subs) {
    if (!sub.enabled) continue;
    if (override && sub.id === override.sub.id) {
      lists.push(override);
      continue;
    }
    const state = await readMeta(db, META.listState(sub.id));
    if (!state) continue;
    const rows = await db.listShards.bulkGet(state.shards.map((s) => [sub.id, s.sha256] as [string, string]));
    if (rows.some((r) => !r)) continue; // incomplete: the next sync of that list repairs it
    lists.push({ sub, shards: rows as ListShardRow[], state });
  }
  const { conflicts, ...merged } = mergeSources(bundled, lists);
  const version = Math.max(bundled.version, ...lists.map((l) => l.state.version));
  const generatedAt = [bundled.generatedAt, ...lists.map((l) => l.state.publishedAt)].sort().pop()!;
  let dataset: Dataset;
  try {
    dataset = parseDataset({ schemaVersion: SCHEMA_VERSION, version, generatedAt, ...merged }, 'merged dataset');
  } catch (err) {
    if (err instanceof DatasetError)
      throw new SyncError('invalid', `the list's records conflict with the data in use: ${err.problems.slice(0, 3).join('; ')}`);
    throw err;
  }
  return {
    dataset,
    conflicts,
    bundledVersion: bundled.version,
    lists: lists.map((l) => ({ id: l.sub.id, url: l.sub.url, version: l.state.version })),
  };
}
