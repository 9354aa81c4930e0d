/** Making merged data the data in use: one generation switch, with the stored state that must change with it. */
import type { ListShardRow, TielineDb } from '../store/db';
import { META, allListStates, type ActiveDataset } from '../store/meta';
import { commitGeneration, metaEntry, type MetaEntry } from '../store/generations';
import type { SyncDeps } from './list';
import type { Merged } from './merge';

/** Writes the merged data as a new generation and switches to it, with the stored state that changes with it. */
export async function activate(
  deps: SyncDeps,
  merged: Merged,
  newShards: ListShardRow[] = [],
  meta: MetaEntry[] = [],
): Promise<ActiveDataset> {
  const active = await commitGeneration(deps.db, merged.dataset, {
    origin: merged.lists.length ? 'lists' : 'bundled',
    extra: { bundledVersion: merged.bundledVersion, lists: merged.lists },
    shards: newShards,
    // The conflicts describe this generation: they switch with it.
    meta: [...meta, metaEntry(META.conflicts, merged.conflicts)],
    ...(deps.beforeSwitch ? { beforeSwitch: deps.beforeSwitch } : {}),
  });
  await pruneShards(deps.db);
  return active;
}

/** Deletes stored shards that no list state refers to. */
async function pruneShards(db: TielineDb): Promise<void> {
  const keep = new Set((await allListStates(db)).flatMap(([id, s]) => s.shards.map((x) => `${id}\u0000${x.sha256}`)));
  const all = await db.listShards.toCollection().primaryKeys();
  const drop = all.filter(([id, sha]) => !keep.has(`${id}\u0000${sha}`));
  if (drop.length) await db.listShards.bulkDelete(drop);
}
