/**
 * Every key the `meta` table holds, declared once with its type and parsed with Zod on every read (the
 * model is Bitwarden's state definitions). Nothing else reads or writes `meta`: a misspelt key or a
 * value of the wrong shape cannot reach the rest of the code. A stored value that no longer parses (an
 * old format, a damaged database) reads as absent, so callers fall back to the safe default.
 */
import type { z } from '../model/zod';
import type { MetaRow, TielineDb } from './db';
import { ActiveDataset, LastRun, ListState, ListStatus, SitePartsText, TrustState } from '../model/state';
import { Conflicts } from '../model/conflict';
import { ACTIVE_KEY } from './db-name';

export { ActiveDataset, LastRun, ListState, ListStatus, SitePartsText, TrustState };

/** A typed key: its name in the table and the schema its value must satisfy. */
export interface MetaKey<T> {
  readonly key: string;
  readonly schema: z.ZodMiniType<T>;
}

const LIST_STATE = 'list:';
const LIST_STATUS = 'status:';
const TRUST = 'trust:';

export const META = {
  active: { key: ACTIVE_KEY, schema: ActiveDataset } as MetaKey<ActiveDataset>,
  listState: (listId: string): MetaKey<ListState> => ({ key: `${LIST_STATE}${listId}`, schema: ListState }),
  listStatus: (listId: string): MetaKey<ListStatus> => ({ key: `${LIST_STATUS}${listId}`, schema: ListStatus }),
  /**
   * Trust in a list, by the pinned key's fingerprint and the list id its root names. Not tied to a
   * subscription: it outlives the list's removal (rollback protection must survive remove and re-add).
   */
  trust: (keyFingerprint: string, listId: string): MetaKey<TrustState> => ({
    key: `${TRUST}${keyFingerprint}:${listId}`,
    schema: TrustState,
  }),
  lastRun: { key: 'last-run', schema: LastRun } as MetaKey<LastRun>,
  /** Where lists the user added say otherwise than the data in use: written with each generation switch. */
  conflicts: { key: 'conflicts', schema: Conflicts } as MetaKey<Conflicts>,
  /** The generation whose site parts are all stored as text (data/store/site-parts.ts). */
  sitePartsText: { key: 'site-parts-text', schema: SitePartsText } as MetaKey<SitePartsText>,
};

export async function readMeta<T>(db: TielineDb, k: MetaKey<T>): Promise<T | undefined> {
  return parseMeta(k, await db.meta.get(k.key));
}

/** A stored row's value as its key declares it, or undefined when absent or not parsing (see above). */
export function parseMeta<T>(k: MetaKey<T>, row: MetaRow | undefined): T | undefined {
  if (!row) return undefined;
  const parsed = k.schema.safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

/** Writes a value after checking it against its schema (inside the caller's transaction, if any). */
export async function writeMeta<T>(db: TielineDb, k: MetaKey<T>, value: T): Promise<void> {
  await db.meta.put({ key: k.key, value: k.schema.parse(value) });
}

export const getActive = (db: TielineDb) => readMeta(db, META.active);

/** Every list id that has a stored state, with that state (lists whose state no longer parses are skipped). */
export async function allListStates(db: TielineDb): Promise<[string, ListState][]> {
  const rows = await db.meta.where('key').startsWith(LIST_STATE).toArray();
  return rows.flatMap((r) => {
    const parsed = ListState.safeParse(r.value);
    return parsed.success ? [[r.key.slice(LIST_STATE.length), parsed.data] as [string, ListState]] : [];
  });
}

/** Forgets the data state and status of lists no longer subscribed (their trust, under META.trust, is kept). */
export async function forgetListsExcept(db: TielineDb, keep: ReadonlySet<string>): Promise<void> {
  const keys = await db.meta.where('key').startsWith(LIST_STATE).primaryKeys();
  const stale = keys.map((k) => k.slice(LIST_STATE.length)).filter((id) => !keep.has(id));
  if (stale.length) await db.meta.bulkDelete(stale.flatMap((id) => [META.listState(id).key, META.listStatus(id).key]));
}
