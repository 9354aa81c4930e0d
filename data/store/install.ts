/**
 * Installing a dataset: the bundled one (on first run, after an update that ships another bundle, or after
 * storage was cleared), unpacked from the shape it ships in and written as it is; or any dataset given as
 * plain JSON, validated first (tests, tools).
 */
import { parseDataset } from '../model/schema';
import type { TielineDb } from './db';
import { commitGeneration, commitPrepared } from './generations';
import { bundleFacts } from './active-record';
import { checkBundle, type OpenedBundle } from './bundle';
import { getActive, type ActiveDataset } from './meta';
import { INSTALL_STEPS } from './install-steps';

export { INSTALL_STEPS };

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

/** The bundled dataset as packaged with the extension (see bundle.ts). */
export interface BundleSource {
  /** The SHA-256 the build computed over the shipped file: tiny, read first. */
  checksum(): Promise<string>;
  /** The shipped file, opened: its hashing begun (`openBundle`), nothing of it used yet. */
  open(): Promise<OpenedBundle>;
}

/**
 * Makes sure the bundled dataset is installed: on first install, after an update that ships another
 * bundle, or when the store was cleared. A synced dataset newer than the bundle is kept. Whether the
 * bundle in use is the one shipped is told by the shipped checksum alone, without reading the bundle.
 */
export async function ensureBundled(
  db: TielineDb,
  source: BundleSource,
  opts: { force?: boolean; onProgress?: (percent: number) => void } = {},
): Promise<ActiveDataset> {
  let startedAt = performance.now();
  const active = await getActive(db);
  if (active && !opts.force) return active;
  // With no data at all, both files are needed: read them at once.
  const reading = active ? undefined : source.open();
  reading?.catch(() => undefined); // its failure is reported where it is awaited, below
  const expected = await source.checksum();
  if (active && active.origin === 'bundled' && active.checksum === expected) {
    // Same bundle: nothing to do unless the store lost records (counted cheaply by the domain index).
    const domains = await db.domains.where('gen').equals(active.gen).count();
    if (domains === active.counts.domains) return active;
  }
  const opened = await (reading ?? source.open());
  // A bundle read ahead (on a fresh install, while the database opened) counts from when its read began.
  startedAt = Math.min(startedAt, opened.startedAt);
  opts.onProgress?.(INSTALL_STEPS.read);
  const bundle = await checkBundle(opened, expected);
  const { header } = bundle;
  if (active && active.origin !== 'bundled' && active.version >= header.version) return active;
  opts.onProgress?.(INSTALL_STEPS.checked);
  const span = INSTALL_STEPS.written - INSTALL_STEPS.checked;
  // The parts are written deflated, as they ship (inflated when a lookup reads them: framed.ts), in one
  // transaction: a failed write leaves nothing of the new generation and the data in use as it was.
  const installed = await commitPrepared(
    db,
    {
      rows: { agencies: header.agencies, domains: header.domains, parts: bundle.parts },
      ...bundleFacts(bundle),
      owned: true,
    },
    {
      origin: 'bundled',
      startedAt,
      ...(opts.onProgress ? { onProgress: (share: number) => opts.onProgress?.(INSTALL_STEPS.checked + Math.round(share * span)) } : {}),
    },
  );
  opts.onProgress?.(100);
  return installed;
}
