/** How each list's syncs have gone, for the schedule and the settings page. */
import type { TielineDb } from '../store/db';
import { META, getActive, readMeta, type ListStatus } from '../store/meta';
import type { Subscription } from './list';

export async function getListStatus(db: TielineDb, id: string): Promise<ListStatus> {
  return (await readMeta(db, META.listStatus(id))) ?? { failures: 0 };
}

/** Backoff after consecutive failures: 15 min, 30, 60 … up to a day, with ±20% jitter. */
export function retryDelayMs(failures: number, random = Math.random): number {
  const base = Math.min(24 * 3600_000, 15 * 60_000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * For the settings page: the data in use, and each list with its state and status, read in one
 * transaction so that a sync finishing meanwhile cannot show the new list version beside the old data.
 */
export async function listsOverview(db: TielineDb, subs: readonly Subscription[]) {
  return db.transaction('r', db.meta, async () => ({
    active: await getActive(db),
    lists: await Promise.all(
      subs.map(async (sub) => ({ sub, state: await readMeta(db, META.listState(sub.id)), status: await getListStatus(db, sub.id) })),
    ),
  }));
}

/** The status after a successful sync (no error: a failure is shown until the next success). */
export function successStatus(at: string, outcome: { status: 'updated' | 'unchanged'; version: number; bytes: number }): ListStatus {
  return {
    lastAttemptAt: at,
    lastSuccessAt: at,
    failures: 0,
    lastBytes: outcome.bytes,
    lastResult: outcome.status === 'updated' ? `updated to version ${outcome.version}` : `up to date (version ${outcome.version})`,
  };
}
