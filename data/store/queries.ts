/**
 * Reading and writing the dataset in IndexedDB. Lookups are indexed reads of one company's records: the
 * service worker never holds the whole dataset in memory and never re-parses the bundled JSON after
 * install.
 */
import type { Dataset } from '../model/schema';
import { parseDataset } from '../model/schema';
import { ACTIVE_KEY, type ActiveDataset, type TielineDb } from './db';
import { assembleMatch, ownershipChain, type MatchResult } from '../model/matcher';
import { sha256Hex } from '../model/hash';
import { normalizeName } from '../model/names';
import { targetFromInput, type Target } from '../model/domain';
import type { Agency, Company, Note } from '../model/schema';

const strip = <T extends { gen: number }>({ gen: _gen, ...rest }: T): Omit<T, 'gen'> => rest;

/** Canonical JSON of the records (sorted by id) and its SHA-256, hex. */
export async function datasetChecksum(d: Pick<Dataset, 'agencies' | 'companies' | 'notes'>): Promise<string> {
  const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const text = JSON.stringify({ agencies: byId(d.agencies), companies: byId(d.companies), notes: byId(d.notes) });
  return sha256Hex(new TextEncoder().encode(text));
}

export async function getActive(db: TielineDb): Promise<ActiveDataset | undefined> {
  return (await db.meta.get(ACTIVE_KEY))?.value as ActiveDataset | undefined;
}

/** Writes all records of `d` under generation `gen` (inside the caller's transaction, or its own). */
export async function writeGeneration(db: TielineDb, gen: number, d: Pick<Dataset, 'agencies' | 'companies' | 'notes'>) {
  await db.transaction('rw', [db.companies, db.domains, db.notes, db.agencies], async () => {
    await db.agencies.bulkPut(d.agencies.map((a) => ({ ...a, gen })));
    await db.companies.bulkPut(d.companies.map((c) => ({ ...c, gen })));
    await db.domains.bulkPut(d.companies.flatMap((c) => c.domains.map((domain) => ({ gen, domain, companyId: c.id }))));
    await db.notes.bulkPut(d.notes.map((n) => ({ ...n, gen })));
  });
}

export async function deleteGeneration(db: TielineDb, gen: number) {
  await db.transaction('rw', [db.companies, db.domains, db.notes, db.agencies], async () => {
    for (const t of [db.companies, db.domains, db.notes, db.agencies] as const) {
      await t.where('gen').equals(gen).delete();
    }
  });
}

/** Generations present in the store other than the active one: leftovers of an interrupted write. */
export async function strayGenerations(db: TielineDb, active: number | undefined): Promise<number[]> {
  const gens = (await db.companies.orderBy('gen').uniqueKeys()) as number[];
  return gens.filter((g) => g !== active);
}

/** What `meta.active` says of a dataset about to become active as generation `gen`. */
export async function describeActive(
  dataset: Dataset,
  gen: number,
  origin: string,
  extra: Pick<ActiveDataset, 'bundledVersion' | 'lists'> = {},
): Promise<ActiveDataset> {
  return {
    gen,
    version: dataset.version,
    generatedAt: dataset.generatedAt,
    origin,
    activatedAt: new Date().toISOString(),
    counts: {
      companies: dataset.companies.length,
      notes: dataset.notes.length,
      agencies: dataset.agencies.length,
      domains: dataset.companies.reduce((s, c) => s + c.domains.length, 0),
    },
    checksum: await datasetChecksum(dataset),
    ...extra,
  };
}

/** The next free generation number: above the active one and any leftover of an interrupted write. */
export async function nextGeneration(db: TielineDb): Promise<number> {
  const active = await getActive(db);
  const stray = await strayGenerations(db, active?.gen);
  return Math.max(active?.gen ?? 0, ...stray) + 1;
}

/** Deletes every generation but the active one (leftovers of replaced or interrupted writes). */
export async function removeInactiveGenerations(db: TielineDb): Promise<void> {
  const active = await getActive(db);
  for (const g of await strayGenerations(db, active?.gen)) await deleteGeneration(db, g);
}

/**
 * Validates and installs a dataset as the new active generation in one transaction, then removes the
 * old generation. Throws (leaving the active data untouched) when the dataset is invalid.
 */
export async function installDataset(
  db: TielineDb,
  input: unknown,
  origin: string,
  extra: Pick<ActiveDataset, 'bundledVersion' | 'lists'> = {},
): Promise<ActiveDataset> {
  const started = performance.now();
  const dataset = parseDataset(input, origin === 'bundled' ? 'bundled dataset' : `dataset from ${origin}`);
  const described = await describeActive(dataset, 0, origin, extra);
  return db.transaction('rw', [db.companies, db.domains, db.notes, db.agencies, db.meta], async () => {
    const next = { ...described, gen: await nextGeneration(db) };
    await writeGeneration(db, next.gen, dataset);
    next.installMs = Math.round(performance.now() - started);
    await db.meta.put({ key: ACTIVE_KEY, value: next });
    await removeInactiveGenerations(db);
    return next;
  });
}

/**
 * Makes sure the bundled dataset is installed: on first install, after an update that ships a newer
 * bundle, or when the store was cleared. A synced dataset newer than the bundle is kept.
 */
export async function ensureBundled(
  db: TielineDb,
  loadBundled: () => Promise<unknown>,
  opts: { force?: boolean } = {},
): Promise<ActiveDataset> {
  const active = await getActive(db);
  if (active && !opts.force) return active;
  const input = await loadBundled();
  const version = (input as { version?: unknown } | null)?.version;
  if (active && active.origin !== 'bundled' && typeof version === 'number' && active.version >= version) return active;
  if (active && active.origin === 'bundled' && active.version === version) {
    // Same bundle: nothing to do unless the store lost records (counted cheaply by the domain index).
    const domains = await db.domains.where('gen').equals(active.gen).count();
    if (domains === active.counts.domains) return active;
  }
  return installDataset(db, input, 'bundled');
}

interface Wanted {
  id: string;
  /** What was asked; the company's name when it was picked by id. */
  query?: string;
  /** The site that matched; for a company picked by id, its first domain. */
  target?: Target;
}

/**
 * Results for one or many companies from generation `gen`, with one batched read per table (owners
 * level by level), never a scan: the badge's lookup and a screened list of thousands share this path.
 */
async function resultsFor(db: TielineDb, gen: number, wanted: readonly Wanted[]): Promise<Map<string, MatchResult>> {
  const out = new Map<string, MatchResult>();
  if (!wanted.length) return out;
  const companies = new Map<string, Company>();
  let level = [...new Set(wanted.map((w) => w.id))];
  while (level.length) {
    const rows = await db.companies.bulkGet(level.map((id) => [gen, id] as [number, string]));
    const next: string[] = [];
    for (const r of rows) {
      if (!r) continue;
      const c = strip(r) as Company;
      companies.set(c.id, c);
      if (c.parent && !companies.has(c.parent.id)) next.push(c.parent.id);
    }
    level = [...new Set(next)].filter((id) => !companies.has(id));
  }
  const notes = await db.notes
    .where('[gen+companyId]')
    .anyOf([...companies.keys()].map((id) => [gen, id]))
    .toArray();
  const byCompany = new Map<string, Note[]>();
  for (const n of notes) {
    const list = byCompany.get(n.companyId);
    if (list) list.push(strip(n) as Note);
    else byCompany.set(n.companyId, [strip(n) as Note]);
  }
  const agencyIds = [...new Set(notes.flatMap((n) => (n.kind === 'contract' ? [n.agencyId] : [])))];
  const agencyRows = await db.agencies.bulkGet(agencyIds.map((id) => [gen, id] as [number, string]));
  const agencies = new Map<string, Agency>(agencyRows.flatMap((a) => (a ? [[a.id, strip(a) as Agency]] : [])));
  for (const w of wanted) {
    const c = companies.get(w.id);
    if (!c || out.has(w.id)) continue;
    const chain = ownershipChain(c, (x) => companies.get(x));
    const domain = c.domains[0] ?? '';
    out.set(w.id, assembleMatch(w.query ?? c.name, w.target ?? { hostname: domain, domain }, chain, (x) => byCompany.get(x) ?? [], agencies));
  }
  return out;
}

/** The result for a URL or domain from the store, or null when nothing matches. */
export async function lookupUrl(db: TielineDb, input: string): Promise<MatchResult | null> {
  const t = targetFromInput(input);
  if (!t.ok) return null;
  const active = await getActive(db);
  if (!active) return null;
  const hit = await db.domains.get([active.gen, t.target.domain]);
  if (!hit) return null;
  return (await resultsFor(db, active.gen, [{ id: hit.companyId, query: input, target: t.target }])).get(hit.companyId) ?? null;
}

/** Results for companies chosen by id (a search, a screened list). */
export async function lookupCompanies(db: TielineDb, ids: readonly string[]): Promise<Map<string, MatchResult>> {
  const active = await getActive(db);
  if (!active) return new Map();
  return resultsFor(
    db,
    active.gen,
    ids.map((id) => ({ id })),
  );
}

/** The result for a company chosen by id (from a search). */
export async function lookupCompany(db: TielineDb, id: string): Promise<MatchResult | null> {
  return (await lookupCompanies(db, [id])).get(id) ?? null;
}

/** Every company of the data in use, for an in-memory name index (the lookup page and its worker). */
export async function allCompanies(db: TielineDb): Promise<Company[]> {
  const active = await getActive(db);
  if (!active) return [];
  return (await db.companies.where('gen').equals(active.gen).toArray()).map((r) => strip(r) as Company);
}

export interface CompanyHit {
  id: string;
  name: string;
  domains: string[];
  /** The alias or domain that matched, when it was not the name. */
  matched?: string;
}

/**
 * Simple name search for the popup: every word of the query must start a word of the name, an alias
 * or a domain. Scans the active generation's companies, which a popup can afford; the lookup page
 * (vendor and donor checks) has its own fuzzy index.
 */
export async function searchCompanies(db: TielineDb, query: string, limit = 20): Promise<CompanyHit[]> {
  const words = normalizeName(query).split(' ').filter(Boolean);
  const active = await getActive(db);
  if (!words.length || !active) return [];
  const hits: (CompanyHit & { rank: number })[] = [];
  await db.companies
    .where('gen')
    .equals(active.gen)
    .each((c) => {
      const fields = [c.name, ...c.aliases, ...c.domains];
      for (let i = 0; i < fields.length; i++) {
        const f = ` ${normalizeName(fields[i]!)}`;
        if (words.every((w) => f.includes(` ${w}`))) {
          hits.push({
            id: c.id,
            name: c.name,
            domains: c.domains,
            ...(i > 0 ? { matched: fields[i] } : {}),
            // Name hits before alias hits; companies with a web presence before bare contractor names.
            rank: (i === 0 ? 0 : 2) + (c.domains.length ? 0 : 1),
          });
          break;
        }
      }
    });
  hits.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
  return hits.slice(0, limit).map(({ rank: _rank, ...h }) => h);
}
