/**
 * The extension's side of the data: one database per extension context, and the bundled dataset loaded
 * from the packaged file. Entry points and the other browser modules call these; they hold no logic of
 * their own.
 */
import { BUNDLED_CHECKSUM_FILE, BUNDLED_FILE, openPackaged, readChecksum } from './packaged';
import { ensureBundled, type BundleSource } from '../store/install';
import { datasetOf, readBundle, type OpenedBundle } from '../store/bundle';
import { companyResult, inUseOf, lookupUrl, type InUse } from '../store/queries';
import { ensureSitePartsText } from '../store/site-parts';
import { getActive, type ActiveDataset } from '../store/meta';
import type { MatchResult } from '../model/result';
import { knownTarget } from '../model/known-site';
import { withPsl } from './psl';
import { rebuildFromLists } from '../sync/sync';
import type { SyncDeps } from '../sync/list';
import { allSubscriptions, type BuildConfig } from './settings';
import { progressReporter } from './install-progress';
import { afterFirstInstall, badgeAnswer, dataInUse, readThroughStore, type BadgeAnswer } from './in-use';
import { TielineDb } from '../store/db';

export { warmUp, type BadgeAnswer } from './in-use';

/** Build-time settings (.env or the environment when building): the default list and its key, the report address. */
export const buildConfig: BuildConfig & { reportUrl?: string | undefined } = {
  datasetUrl: import.meta.env.WXT_DATASET_URL as string | undefined,
  datasetPublicKey: import.meta.env.WXT_DATASET_PUBLIC_KEY as string | undefined,
  reportUrl: import.meta.env.WXT_REPORT_URL as string | undefined,
};

let db: TielineDb | undefined;
export function database(): TielineDb {
  db ??= new TielineDb();
  return db;
}

/** The data in use read through Dexie: what the background's read without it falls back on (./in-use.ts). */
export async function inUseThroughStore(): Promise<InUse | undefined> {
  const active = await getActive(database());
  return active && inUseOf(database(), active.gen);
}
readThroughStore(inUseThroughStore);

export { BUNDLED_CHECKSUM_FILE, BUNDLED_FILE };

let prefetchedBundle: Promise<OpenedBundle> | undefined;
let prefetchedChecksum: Promise<string> | undefined;

/**
 * On a fresh install the bundle is needed for certain: reading and hashing it and reading its
 * checksum start at once, while the database is created (nothing of it is used before the checksum matches).
 */
export function prefetchBundle(): void {
  prefetchedBundle ??= openPackaged();
  prefetchedChecksum ??= readChecksum();
  // A failure is reported by the install that takes them.
  prefetchedBundle.catch(() => undefined);
  prefetchedChecksum.catch(() => undefined);
}

/** The dataset packaged with the extension (see the build hook in wxt.config.ts); what was prefetched is taken once. */
export const bundleSource: BundleSource = {
  checksum: () => {
    const checksum = prefetchedChecksum ?? readChecksum();
    prefetchedChecksum = undefined;
    return checksum;
  },
  open: () => {
    const opened = prefetchedBundle ?? openPackaged();
    prefetchedBundle = undefined;
    return opened;
  },
};

/** The packaged dataset as plain records, checked against its shipped checksum (what a sync merges lists over). */
export async function loadBundledDataset(): Promise<unknown> {
  const [expected, opened] = await Promise.all([bundleSource.checksum(), bundleSource.open()]);
  return datasetOf(await readBundle(opened, expected));
}

export function syncDeps(): SyncDeps {
  return { db: database(), fetch: (input, init) => fetch(input, init), now: () => Date.now(), loadBundled: loadBundledDataset };
}

let installing: Promise<ActiveDataset> | undefined;
/**
 * Installs the bundled dataset when the store has none (first run, cleared storage); with `force` (an
 * install or update event), also when the packaged bundle is not the one in use. Callers share one
 * install; a forced call waits for one already running and then checks again, so two installs never
 * write at once. A failed one is retried by the next call.
 */
export function ensureDataset(opts: { force?: boolean } = {}): Promise<ActiveDataset> {
  if (installing && !opts.force) return installing;
  // The service worker's first install, written without Dexie (./first-install.ts), is waited for: two installs never write at once.
  const before = Promise.all([afterFirstInstall(), installing?.catch(() => undefined)]);
  const run = before
    .then(() => installOrRebuild(opts))
    .finally(() => {
      // A prefetched bundle (1.8 MB) is for the install event's own run: taken by it, or dropped now.
      if (opts.force) prefetchedBundle = prefetchedChecksum = undefined;
    });
  installing = run;
  // Kept only while it runs: afterwards the store itself says whether data is in place.
  const done = () => {
    if (installing === run) installing = undefined;
  };
  run.then(done, done);
  // Once the data is in use, the parts the badge reads become text, in the background (store/site-parts.ts).
  run.then(
    () => void textSiteParts(),
    () => undefined,
  );
  return run;
}

let rewriting: Promise<void> | undefined;
/**
 * Rewrites the parts a site's lookup reads as text when the data in use still has them deflated (after a
 * bundled install, or at a browser's start after a rewrite that stopped midway), in batches with a task
 * between them so tab events go first. One at a time; a failure is logged and loses nothing (the parts stay
 * deflated, and readable). The promise is for tests.
 */
export function textSiteParts(): Promise<void> {
  rewriting ??= ensureSitePartsText(database(), { pause: () => new Promise<void>((ok) => setTimeout(ok, 0)) })
    .then(
      () => undefined,
      (err: unknown) => console.error('Tieline: writing the site parts as text failed', err),
    )
    .finally(() => (rewriting = undefined));
  return rewriting;
}

async function installOrRebuild(opts: { force?: boolean }): Promise<ActiveDataset> {
  const active = await getActive(database());
  if (active && !opts.force) return active;
  // With lists merged in, a new bundle (an extension update) is merged with them, not installed alone.
  if (opts.force && active?.lists?.length) {
    const subs = await allSubscriptions(buildConfig);
    return withPsl(() => rebuildFromLists(syncDeps(), subs));
  }
  // Pages opened meanwhile show how far the install is (data/browser/install-progress.ts).
  const progress = progressReporter();
  try {
    const installed = await ensureBundled(database(), bundleSource, { ...opts, onProgress: progress.report });
    await progress.finish();
    return installed;
  } catch (err) {
    await progress.finish(err);
    throw err;
  }
}

/**
 * Lookup used by the badge: indexed reads only. The data in use answers at once, whatever runs meanwhile
 * (an update being installed, a sync); only before the first install has written anything does a lookup
 * wait for it, and then it is answered as soon as that install switches to its data. A tab's site is
 * found among the domains in use by its host's labels (data/model/known-site.ts), so a wake-up that only
 * sets badges never loads the public suffix list (./psl.ts): only a URL the walk cannot read (not a plain
 * host name, or a host under a domain with too many rules to ship) needs it.
 */
export async function lookup(url: string): Promise<MatchResult | null> {
  let data = await dataInUse();
  if (!data) {
    await ensureDataset();
    data = await dataInUse();
  }
  if (!data) return null;
  const domains = data.domains;
  const target = domains ? knownTarget(url, (d) => domains.has(d)) : undefined;
  if (target === null) return null;
  const inUse = data;
  return target ? lookupUrl(database(), url, inUse, target) : withPsl(() => lookupUrl(database(), url, inUse));
}

/**
 * A company's result by id from generation `gen` (the name lookup's answer), read as a site's is: with the data
 * in use kept here, the parts one of its domains names come in one request with the agencies in memory
 * (store/queries.ts, companyResult); read level by level when that data is of another generation.
 */
export async function companyLookup(id: string, gen: number): Promise<MatchResult | null> {
  const data = await dataInUse().catch(() => undefined);
  return data?.gen === gen ? companyResult(database(), id, data) : companyResult(database(), id);
}

/** The badge's lookup (./in-use.ts, `badgeAnswer`), falling back on `lookup` above. */
export const badgeLookup = (url: string): Promise<BadgeAnswer> => badgeAnswer(url, lookup);
