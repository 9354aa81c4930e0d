/** Installing the bundled dataset: on first run, after an update that ships a newer bundle, or after storage was cleared. */
import { parseDataset } from '../model/schema';
import type { TielineDb } from './db';
import { commitGeneration } from './generations';
import { getActive, type ActiveDataset } from './meta';

/**
 * Validates and installs a dataset as the new active generation. Throws (leaving the active data
 * untouched) when the dataset is invalid.
 */
export async function installDataset(
  db: TielineDb,
  input: unknown,
  origin: string,
  extra: Pick<ActiveDataset, 'bundledVersion' | 'lists'> = {},
  onProgress?: (percent: number) => void,
): Promise<ActiveDataset> {
  const startedAt = performance.now();
  const dataset = parseDataset(input, origin === 'bundled' ? 'bundled dataset' : `dataset from ${origin}`);
  onProgress?.(INSTALL_STEPS.checked);
  const span = INSTALL_STEPS.written - INSTALL_STEPS.checked;
  const active = await commitGeneration(db, dataset, {
    origin,
    extra,
    startedAt,
    ...(onProgress ? { onProgress: (share: number) => onProgress(INSTALL_STEPS.checked + Math.round(share * span)) } : {}),
  });
  onProgress?.(100);
  return active;
}

/**
 * Where an install stands, in percent, at the end of each step: reading the packaged file, checking every
 * record, writing them (the longest part, reported as it goes), switching to the new data.
 */
export const INSTALL_STEPS = { read: 10, checked: 35, written: 95 } as const;

/**
 * Makes sure the bundled dataset is installed: on first install, after an update that ships a newer
 * bundle, or when the store was cleared. A synced dataset newer than the bundle is kept.
 */
export async function ensureBundled(
  db: TielineDb,
  loadBundled: () => Promise<unknown>,
  opts: { force?: boolean; onProgress?: (percent: number) => void } = {},
): Promise<ActiveDataset> {
  const active = await getActive(db);
  if (active && !opts.force) return active;
  const input = await loadBundled();
  opts.onProgress?.(INSTALL_STEPS.read);
  const version = (input as { version?: unknown } | null)?.version;
  if (active && active.origin !== 'bundled' && typeof version === 'number' && active.version >= version) return active;
  if (active && active.origin === 'bundled' && active.version === version) {
    // Same bundle: nothing to do unless the store lost records (counted cheaply by the domain index).
    const domains = await db.domains.where('gen').equals(active.gen).count();
    if (domains === active.counts.domains) return active;
  }
  return installDataset(db, input, 'bundled', {}, opts.onProgress);
}
