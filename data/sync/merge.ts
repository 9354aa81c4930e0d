/** The data in use: the bundled dataset with each enabled list's stored shards laid over it, validated whole. */
import { DatasetError, parseDataset, SCHEMA_VERSION, type Agency, type Company, type Dataset, type Note } from '../model/schema';
import type { ListShardRow, TielineDb } from '../store/db';
import { META, readMeta, type ActiveDataset, type ListState } from '../store/meta';
import type { Records } from '../store/generations';
import { SyncError, type Subscription } from './list';

/** The bundled dataset with each list's records laid over it: a list's company replaces the bundle's. */
export function mergeSources(bundled: Dataset, lists: { sub: Subscription; shards: ListShardRow[] }[]): Records {
  const agencies = new Map<string, Agency>(bundled.agencies.map((a) => [a.id, a]));
  const companies = new Map<string, Company>(bundled.companies.map((c) => [c.id, c]));
  const notes = new Map<string, Note[]>();
  for (const n of bundled.notes) notes.set(n.companyId, [...(notes.get(n.companyId) ?? []), n]);
  for (const { sub, shards } of lists) {
    for (const s of [...shards].sort((a, b) => a.index - b.index)) {
      for (const a of s.agencies) agencies.set(a.id, a);
      const mine = new Map<string, Note[]>();
      for (const n of s.notes) mine.set(n.companyId, [...(mine.get(n.companyId) ?? []), { ...n, list: sub.url }]);
      for (const c of s.companies) {
        companies.set(c.id, c);
        notes.set(c.id, mine.get(c.id) ?? []);
      }
      // Notes for a company the list does not itself describe are added to the bundle's.
      for (const [id, ns] of mine) if (!s.companies.some((c) => c.id === id)) notes.set(id, [...(notes.get(id) ?? []), ...ns]);
    }
  }
  return {
    agencies: [...agencies.values()],
    companies: [...companies.values()],
    notes: [...notes.values()].flat(),
  };
}

export interface Merged {
  dataset: Dataset;
  lists: NonNullable<ActiveDataset['lists']>;
  bundledVersion: number;
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
  const merged = mergeSources(bundled, lists);
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
    bundledVersion: bundled.version,
    lists: lists.map((l) => ({ id: l.sub.id, url: l.sub.url, version: l.state.version })),
  };
}
