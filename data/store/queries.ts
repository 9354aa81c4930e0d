/**
 * Reading the dataset in use. Lookups are indexed reads of one company's records: the service worker
 * never holds the whole dataset in memory and never re-parses the bundled JSON after install.
 */
import type { Agency, Company, Note } from '../model/schema';
import { assembleMatch, conflictsFor, ownershipChain, type CompanyHit, type MatchResult } from '../model/result';
import { followsLink, MAX_RELATED, relatedCompanies, type CompanyLink, type RelatedCompany } from '../model/links';

export type { CompanyHit };
import { normalizeName } from '../model/names';
import { targetFromInput, type Target } from '../model/domain';
import type { TielineDb } from './db';
import { ALL_COMPANIES, companyPartKey, mayFollow, notePartKey, partText, type CompanyPart, type DomainEntry } from './bundle';
import { META, getActive, readMeta, type ActiveDataset } from './meta';
import type { Conflict } from '../model/conflict';
import { inUseFrom, type InUse } from './in-use-read';

export { inUseFrom, type InUse };

const strip = <T extends { gen: number }>({ gen: _gen, ...rest }: T): Omit<T, 'gen'> => rest;

/**
 * The parts of one generation a query needs (see bundle.ts), each read, inflated (when stored deflated:
 * framed.ts) and parsed once per query. A company part is indexed on first use: its companies by id, its
 * links by target.
 */
class Parts {
  private readonly texts = new Map<string, string | undefined>();
  private readonly companyParts = new Map<
    string,
    { byId: Map<string, Company>; linksTo: Map<string, CompanyLink[]>; siteNotes: Map<string, string | null> | undefined }
  >();
  private readonly noteParts = new Map<string, Map<string, Note[]>>();

  constructor(
    private readonly db: TielineDb,
    private readonly gen: number,
  ) {}

  /**
   * Reads the parts not read yet, in one batched read, and inflates those stored deflated. Rejects with a
   * `BundleError` naming a part that does not inflate (the query fails; nothing else does).
   */
  async load(keys: readonly string[]): Promise<void> {
    const missing = [...new Set(keys)].filter((k) => !this.texts.has(k));
    if (!missing.length) return;
    const rows = await this.db.parts.bulkGet(missing.map((k) => [this.gen, k] as [number, string]));
    const texts = await Promise.all(rows.map((row) => (row ? partText(row) : undefined)));
    missing.forEach((k, i) => this.texts.set(k, texts[i]));
  }

  private companyPart(key: string) {
    let part = this.companyParts.get(key);
    if (!part) {
      const text = this.texts.get(key);
      const { companies, links, siteNotes }: CompanyPart = text ? (JSON.parse(text) as CompanyPart) : { companies: [], links: [] };
      const linksTo = new Map<string, CompanyLink[]>();
      for (const l of links) {
        const list = linksTo.get(l.to);
        if (list) list.push(l);
        else linksTo.set(l.to, [l]);
      }
      part = { byId: new Map(companies.map((c) => [c.id, c])), linksTo, siteNotes: siteNotes && new Map(Object.entries(siteNotes)) };
      this.companyParts.set(key, part);
    }
    return part;
  }

  /** A company, once its part is loaded. */
  company(id: string): Company | undefined {
    return this.companyPart(companyPartKey(id)).byId.get(id);
  }

  /** The links pointing at a company (sorted by their source), once its part is loaded. */
  linksTo(id: string): CompanyLink[] {
    return this.companyPart(companyPartKey(id)).linksTo.get(id) ?? [];
  }

  /**
   * The key of the part holding a company's notes (undefined: it has none), once its company part is
   * loaded: for a company some site shows, the part its company part names, else its bucket. Generations
   * packed in layout 1 (by an earlier version) name none: there every company's notes are in its bucket.
   */
  notePartOf(companyId: string): string | undefined {
    const site = this.companyPart(companyPartKey(companyId)).siteNotes;
    return site?.has(companyId) ? (site.get(companyId) ?? undefined) : notePartKey(companyId);
  }

  /** A company's notes (sorted by id), once its company part and its note part are loaded. */
  notesOf(companyId: string): Note[] {
    const key = this.notePartOf(companyId);
    if (key === undefined) return [];
    let byCompany = this.noteParts.get(key);
    if (!byCompany) {
      const text = this.texts.get(key);
      byCompany = new Map();
      for (const n of text ? (JSON.parse(text) as Note[]) : []) {
        const list = byCompany.get(n.companyId);
        if (list) list.push(n);
        else byCompany.set(n.companyId, [n]);
      }
      this.noteParts.set(key, byCompany);
    }
    return byCompany.get(companyId) ?? [];
  }

  /** Every company of the generation, sorted by id. */
  async allCompanies(): Promise<Company[]> {
    await this.load([ALL_COMPANIES]);
    const text = this.texts.get(ALL_COMPANIES);
    return text ? (JSON.parse(text) as Company[]) : [];
  }
}

interface Wanted {
  id: string;
  /** What was asked; the company's name when it was picked by id. */
  query?: string;
  /** The site that matched; for a company picked by id, its first domain. */
  target?: Target;
}

/** What a lookup may already have in hand: the parts it will read, the agencies. */
interface Known {
  /** Parts to read with the first request (a domain's `parts`: bundle.ts). */
  prefetch?: readonly string[] | undefined;
  agencies?: ReadonlyMap<string, Agency> | undefined;
}

/**
 * Results for one or many companies from generation `gen`, with one batched read per table (owners
 * level by level), never a scan: the badge's lookup and a screened list of thousands share this path.
 * With `known.prefetch` (a domain's lookup) the first read usually brings every part needed, and with
 * `known.agencies` the agencies cost no read: the badge's lookup is then one IndexedDB request.
 */
async function resultsFor(
  db: TielineDb,
  gen: number,
  wanted: readonly Wanted[],
  known: Known = {},
  parts = new Parts(db, gen),
): Promise<Map<string, MatchResult>> {
  const out = new Map<string, MatchResult>();
  if (!wanted.length) return out;
  if (known.prefetch?.length) await parts.load([...wanted.map((w) => companyPartKey(w.id)), ...known.prefetch]);
  const companies = new Map<string, Company>();
  const fetchCompanies = async (ids: readonly string[]) => {
    const missing = [...new Set(ids)].filter((id) => !companies.has(id));
    await parts.load(missing.map(companyPartKey));
    const found: Company[] = [];
    for (const id of missing) {
      const c = parts.company(id);
      if (!c) continue;
      companies.set(id, c);
      found.push(c);
    }
    return found;
  };
  // Upwards: owners level by level, and a joint venture's members.
  let level = await fetchCompanies(wanted.map((w) => w.id));
  while (level.length) {
    level = await fetchCompanies(level.flatMap((c) => [...(c.parent ? [c.parent.id] : []), ...(c.members ?? []).map((m) => m.id)]));
  }
  // Downwards: links pointing at the wanted companies, then at the linking companies the result follows
  // (subsidiaries and joint ventures without a site; see data/model/links.ts), level by level. A company's
  // links travel in its own part, loaded with it.
  const linksTo = new Map<string, CompanyLink[]>();
  let targets = [...new Set(wanted.map((w) => w.id))].filter((id) => companies.has(id));
  for (let depth = 0; targets.length && depth < MAX_RELATED; depth++) {
    const rows = targets.flatMap((to) => parts.linksTo(to));
    for (const to of targets) linksTo.set(to, parts.linksTo(to));
    // Companies with a site are never followed (links.ts): layout 2 says so on the link, sparing their parts.
    await fetchCompanies(rows.filter(mayFollow).map((l) => l.from));
    targets = [...new Set(rows.filter((l) => followsLink(l, companies.get(l.from))).map((l) => l.from))].filter((id) => !linksTo.has(id));
  }
  // The owners and members of companies reached downwards are not needed: their results are not assembled.
  const get = (id: string) => companies.get(id);
  const resolved = new Map<string, { chain: Company[]; related: RelatedCompany[] }>();
  for (const w of wanted) {
    const c = companies.get(w.id);
    if (!c || resolved.has(w.id)) continue;
    const chain = ownershipChain(c, get);
    resolved.set(w.id, { chain, related: relatedCompanies(c, get, (id) => linksTo.get(id) ?? [], new Set(chain.map((x) => x.id))) });
  }
  const shown = new Set([...resolved.values()].flatMap((r) => [...r.chain, ...r.related.map((x) => x.company)].map((c) => c.id)));
  await parts.load([...shown].flatMap((id) => parts.notePartOf(id) ?? []));
  const byCompany = new Map([...shown].map((id) => [id, parts.notesOf(id)]));
  const agencyIds = [...new Set([...byCompany.values()].flatMap((ns) => ns.flatMap((n) => (n.kind === 'contract' ? [n.agencyId] : []))))];
  const inMemory = known.agencies;
  const agencies =
    inMemory && agencyIds.every((id) => inMemory.has(id))
      ? inMemory
      : new Map<string, Agency>(
          (await db.agencies.bulkGet(agencyIds.map((id) => [gen, id] as [number, string]))).flatMap((a) =>
            a ? [[a.id, strip(a) as Agency]] : [],
          ),
        );
  for (const w of wanted) {
    const r = resolved.get(w.id);
    if (!r || out.has(w.id)) continue;
    const c = r.chain[0]!;
    const domain = c.domains[0] ?? '';
    out.set(
      w.id,
      assembleMatch(
        w.query ?? c.name,
        w.target ?? { hostname: domain, domain },
        r.chain,
        r.related,
        (x) => byCompany.get(x) ?? [],
        agencies,
      ),
    );
  }
  return out;
}

/**
 * What a caller already knows of the data in use: its generation and, optionally, its domains and
 * agencies (the background keeps them in memory: 400-odd domains, 30-odd agencies), which saves a read
 * per lookup each.
 */

/**
 * The result for a URL or domain from the store, or null when nothing matches. `target`: the input's, when
 * the caller has found it already (the badge, without the public suffix list: data/model/known-site.ts).
 */
export async function lookupUrl(db: TielineDb, input: string, inUse?: InUse, target?: Target): Promise<MatchResult | null> {
  const t = target ? ({ ok: true, target } as const) : targetFromInput(input);
  if (!t.ok) return null;
  const active: InUse | undefined = inUse ?? (await getActive(db));
  if (!active) return null;
  const entry: Omit<DomainEntry, 'domain'> | undefined = active.domains
    ? active.domains.get(t.target.domain)
    : await db.domains.get([active.gen, t.target.domain]);
  if (!entry) return null;
  const { companyId } = entry;
  const found = await resultsFor(db, active.gen, [{ id: companyId, query: input, target: t.target }], {
    prefetch: entry.parts,
    agencies: active.agencies,
  });
  return found.get(companyId) ?? null;
}

/**
 * The data in use of generation `gen` as a lookup can keep it in memory: every domain with its company and
 * the parts its lookup reads, and every agency (two indexed range reads in one read transaction).
 */
export async function inUseOf(db: TielineDb, gen: number): Promise<Required<InUse>> {
  const [domainRows, agencyRows] = await db.transaction('r', db.domains, db.agencies, () =>
    Promise.all([db.domains.where('gen').equals(gen).toArray(), db.agencies.where('gen').equals(gen).toArray()]),
  );
  return inUseFrom(gen, domainRows, agencyRows);
}

/** Results for companies chosen by id (a search, a screened list). */
export async function companyResults(db: TielineDb, ids: readonly string[]): Promise<Map<string, MatchResult>> {
  const active = await getActive(db);
  if (!active) return new Map();
  return resultsFor(
    db,
    active.gen,
    ids.map((id) => ({ id })),
  );
}

/**
 * companyResults over many calls on one generation — a long list's companies read as they first match —
 * with each part read and parsed once for all of them.
 */
export function companyResultsReader(db: TielineDb, gen: number): (ids: readonly string[]) => Promise<Map<string, MatchResult>> {
  const parts = new Parts(db, gen);
  return (ids) =>
    resultsFor(
      db,
      gen,
      ids.map((id) => ({ id })),
      {},
      parts,
    );
}

/**
 * The result for a company chosen by id (from a search). With `inUse` (the data in use as the background keeps
 * it), read as the badge's lookup reads a site: the parts a domain of the company names and the agencies in
 * memory, so one IndexedDB request usually brings all it needs instead of one per level (owners, linked
 * companies, notes, agencies); the same result either way, the parts being a hint only.
 */
export async function companyResult(db: TielineDb, id: string, inUse?: InUse): Promise<MatchResult | null> {
  if (!inUse) return (await companyResults(db, [id])).get(id) ?? null;
  let prefetch: readonly string[] | undefined;
  for (const entry of inUse.domains?.values() ?? []) {
    if (entry.companyId === id && entry.parts) {
      prefetch = entry.parts;
      break;
    }
  }
  const found = await resultsFor(db, inUse.gen, [{ id }], { prefetch, agencies: inUse.agencies });
  return found.get(id) ?? null;
}

/**
 * Every company of the data in use (or of generation `gen`: the bulk check's helper workers build their
 * index from the same generation as the worker that leads them), for an in-memory name index.
 */
export async function allCompanies(db: TielineDb, gen?: number): Promise<Company[]> {
  const at = gen ?? (await getActive(db))?.gen;
  if (at === undefined) return [];
  return new Parts(db, at).allCompanies();
}

/**
 * Simple name search for the popup: every word of the query must start a word of the name, an alias
 * or a domain. Reads the active generation's list of companies (one part), which a popup can afford; the
 * lookup page (vendor and donor checks) has its own fuzzy index.
 */
export async function searchCompanies(db: TielineDb, query: string, limit = 20): Promise<CompanyHit[]> {
  const active = await getActive(db);
  if (!normalizeName(query).trim() || !active) return [];
  return searchIn(await new Parts(db, active.gen).allCompanies(), query, limit);
}

/** searchCompanies over companies already read (the background's name index keeps them). */
export function searchIn(companies: readonly Company[], query: string, limit = 20): CompanyHit[] {
  const words = normalizeName(query).split(' ').filter(Boolean);
  if (!words.length) return [];
  const hits: (CompanyHit & { rank: number })[] = [];
  for (const c of companies) {
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
  }
  hits.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
  return hits.slice(0, limit).map(({ rank: _rank, ...h }) => h);
}

/**
 * One note of the data in use by its id, with its company's name (the report page names what is reported).
 * Notes are filed by company, so the note parts are searched as text first, one after another until the
 * id is found, and only the one holding it is parsed (a report is rare; the badge never comes here).
 */
export async function noteById(db: TielineDb, id: string): Promise<{ note: Note; companyName: string; agency?: string } | null> {
  const active = await getActive(db);
  if (!active) return null;
  const needle = `"id":${JSON.stringify(id)}`;
  let note: Note | undefined;
  const rows = await db.parts.where('[gen+key]').between([active.gen, 'n:'], [active.gen, 'n:\uffff']).toArray();
  for (const row of rows) {
    const text = await partText(row);
    if (text.includes(needle)) note = (JSON.parse(text) as Note[]).find((n) => n.id === id);
    if (note) break;
  }
  if (!note) return null;
  const parts = new Parts(db, active.gen);
  await parts.load([companyPartKey(note.companyId)]);
  const company = parts.company(note.companyId);
  const agency = note.kind === 'contract' ? await db.agencies.get([active.gen, note.agencyId]) : undefined;
  return {
    note,
    companyName: company?.name ?? note.companyId,
    ...(note.kind === 'contract' ? { agency: agency?.acronym ?? note.agencyId } : {}),
  };
}

/**
 * Adds to a result where lists the user added say otherwise about it (for the popup and the lookup page;
 * the badge never needs them). Conflicts of lists no longer in use are left out.
 */
export async function withConflicts(db: TielineDb, result: MatchResult | null): Promise<MatchResult | null> {
  if (!result) return result;
  return addConflicts(result, await conflictsInUse(db));
}

/** A company picked by id (a search's hit, a screened list's row) as the pages show it: with its lists' conflicts. */
export const pickedCompany = async (db: TielineDb, id: string): Promise<MatchResult | null> =>
  withConflicts(db, await companyResult(db, id));

/**
 * The conflicts of the lists in use (the data in use's record: read here, or the one the caller holds). None,
 * and nothing read, when no list is in use: a conflict is a list's. Read beside a result's own reads by the
 * popup and the lookup page (withConflicts reads them after it), then applied with addConflicts.
 */
export async function conflictsInUse(db: TielineDb, active?: Promise<ActiveDataset | undefined>): Promise<Conflict[]> {
  const record = await (active ?? getActive(db));
  if (!record?.lists?.length) return [];
  const inUse = new Set(record.lists.map((l) => l.url));
  return ((await readMeta(db, META.conflicts))?.items ?? []).filter((c) => inUse.has(c.list));
}

/** A result with the conflicts (of the lists in use: conflictsInUse) that concern it. */
export function addConflicts(result: MatchResult, inUse: readonly Conflict[]): MatchResult {
  const mine = conflictsFor(result, inUse);
  return mine.length ? { ...result, conflicts: mine } : result;
}
