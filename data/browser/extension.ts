/**
 * The extension's side of the data: one database per extension context, and the bundled dataset loaded
 * from the packaged file. Entry points and the other browser modules call these; they hold no logic of
 * their own.
 */
import { browser } from 'wxt/browser';
import { TielineDb } from '../store/db';
import { ensureBundled, type BundleSource } from '../store/install';
import { datasetOf, openBundle, parseChecksumLine, readBundle, type OpenedBundle } from '../store/bundle';
import { companyResult, inUseOf, lookupUrl, type InUse } from '../store/queries';
import { onGenerationSwitch } from '../store/generations';
import { ensureSitePartsText } from '../store/site-parts';
import { getActive, type ActiveDataset } from '../store/meta';
import { readInUse } from '../store/in-use-read';
import { dexieLibrary } from '../store/dexie.cjs';
import type { MatchResult } from '../model/result';
import { knownTarget } from '../model/known-site';
import { badgeFacts, type BadgeFacts } from '../model/headline';
import { withPsl } from './psl';
import { rebuildFromLists } from '../sync/sync';
import type { SyncDeps } from '../sync/list';
import { allSubscriptions, type BuildConfig } from './settings';
import { progressReporter } from './install-progress';

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

export const BUNDLED_FILE = '/dataset.bin';
/** The SHA-256 of BUNDLED_FILE, computed by the build (see data/store/bundle.ts for why it is checked). */
export const BUNDLED_CHECKSUM_FILE = '/dataset.bin.sha256';

async function packaged(path: string): Promise<Response> {
  // Both files are added by a build hook rather than public/, so WXT's PublicPath type does not list them.
  const res = await fetch((browser.runtime.getURL as (path: string) => string)(path));
  if (!res.ok) throw new Error(`${path} missing from the extension: HTTP ${res.status}`);
  return res;
}

/** The packaged bundle, its hashing begun as soon as its bytes are read. */
async function openPackaged(): Promise<OpenedBundle> {
  const startedAt = performance.now();
  return openBundle(new Uint8Array(await (await packaged(BUNDLED_FILE)).arrayBuffer()), startedAt);
}
const readChecksum = async () => parseChecksumLine(await (await packaged(BUNDLED_CHECKSUM_FILE)).text());
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
  const before = installing?.catch(() => undefined) ?? Promise.resolve();
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

let inUse: Promise<InUse | undefined> | undefined;
/**
 * The data in use as the background's lookups need it: its generation, its domains (with the parts each
 * lookup reads) and its agencies in memory (a few hundred small entries), read once per wake-up and
 * dropped when a generation switch happens in this context. Read without Dexie (store/in-use-read.ts: a
 * wake-up that only sets badges never loads it); through Dexie if that read fails.
 */
function dataInUse(): Promise<InUse | undefined> {
  const reading = (inUse ??= readInUse().catch(async (err: unknown) => {
    console.warn('Tieline: reading the data in use without Dexie failed; reading it through Dexie', err);
    const db = database();
    const active = await getActive(db);
    return active && inUseOf(db, active.gen);
  }));
  // Nothing kept from a failed read, nor "no data yet": the next lookup asks the store again.
  const forget = () => {
    if (inUse === reading) inUse = undefined;
  };
  reading.then((v) => v ?? forget(), forget);
  return reading;
}
onGenerationSwitch(() => (inUse = undefined));

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

/** A tab's badge, and the whole result, built only when something asks for it (the popup opened on the tab). */
export interface BadgeAnswer {
  facts: BadgeFacts | null;
  result: () => Promise<MatchResult | null>;
}

/**
 * The badge's lookup: a site's badge facts (headline.ts), which the data in use keeps in memory with its
 * domains (written with the generation's rows: bundle.ts), so a tab event on a known site reads nothing and
 * builds no result; the result itself is looked up when `result` is called. A URL the walk cannot read, and
 * a generation written before the facts existed, are looked up whole, as `lookup` does, and the facts taken
 * from the result.
 */
export async function badgeLookup(url: string): Promise<BadgeAnswer> {
  const data = await dataInUse();
  const domains = data?.domains;
  const target = domains ? knownTarget(url, (d) => domains.has(d)) : undefined;
  if (target === null) return { facts: null, result: () => Promise.resolve(null) };
  const badge = target && domains?.get(target.domain)?.badge;
  if (badge !== undefined) return { facts: JSON.parse(badge) as BadgeFacts, result: () => lookup(url) };
  const result = await lookup(url);
  return { facts: result && badgeFacts(result), result: () => Promise.resolve(result) };
}

/**
 * Registers, in a service worker, the import of Dexie's script while the worker installs: the browser lets a
 * service worker import after its installation only scripts it imported while installing (store/dexie-script.cjs).
 * Elsewhere (Firefox's background page, where Dexie is bundled; Node) the event never comes.
 */
export function keepStoreScript(): void {
  const scope = globalThis as Partial<Pick<EventTarget, 'addEventListener'>>;
  scope.addEventListener?.('install', () => void dexieLibrary());
}

/** Starts reading what lookups need, so the first tab event of a wake-up finds it (nearly) ready. */
export const warmUp = () => dataInUse().then(() => undefined);
