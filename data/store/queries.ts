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
import type { LinkRow, TielineDb } from './db';
import { META, getActive, readMeta } from './meta';

const strip = <T extends { gen: number }>({ gen: _gen, ...rest }: T): Omit<T, 'gen'> => rest;

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
  const fetchCompanies = async (ids: readonly string[]) => {
    const missing = [...new Set(ids)].filter((id) => !companies.has(id));
    const rows = missing.length ? await db.companies.bulkGet(missing.map((id) => [gen, id] as [number, string])) : [];
    for (const r of rows) if (r) companies.set(r.id, strip(r) as Company);
    return rows.flatMap((r) => (r ? [companies.get(r.id)!] : []));
  };
  // Upwards: owners level by level, and a joint venture's members.
  let level = await fetchCompanies(wanted.map((w) => w.id));
  while (level.length) {
    level = await fetchCompanies(level.flatMap((c) => [...(c.parent ? [c.parent.id] : []), ...(c.members ?? []).map((m) => m.id)]));
  }
  // Downwards: links pointing at the wanted companies, then at the linking companies the result follows
  // (subsidiaries and joint ventures without a site; see data/model/links.ts), level by level.
  const linksTo = new Map<string, CompanyLink[]>();
  let targets = [...new Set(wanted.map((w) => w.id))].filter((id) => companies.has(id));
  for (let depth = 0; targets.length && depth < MAX_RELATED; depth++) {
    const rows = (await db.links
      .where('[gen+to]')
      .anyOf(targets.map((to) => [gen, to]))
      .toArray()) as LinkRow[];
    for (const to of targets) linksTo.set(to, []);
    for (const { gen: _gen, ...l } of rows) linksTo.get(l.to)!.push(l);
    await fetchCompanies(rows.map((l) => l.from));
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
  const notes = await db.notes
    .where('[gen+companyId]')
    .anyOf([...shown].map((id) => [gen, id]))
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
export async function companyResults(db: TielineDb, ids: readonly string[]): Promise<Map<string, MatchResult>> {
  const active = await getActive(db);
  if (!active) return new Map();
  return resultsFor(
    db,
    active.gen,
    ids.map((id) => ({ id })),
  );
}

/** The result for a company chosen by id (from a search). */
export async function companyResult(db: TielineDb, id: string): Promise<MatchResult | null> {
  return (await companyResults(db, [id])).get(id) ?? null;
}

/** Every company of the data in use, for an in-memory name index (the lookup page and its worker). */
export async function allCompanies(db: TielineDb): Promise<Company[]> {
  const active = await getActive(db);
  if (!active) return [];
  return (await db.companies.where('gen').equals(active.gen).toArray()).map((r) => strip(r) as Company);
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

/** One note of the data in use by its id, with its company's name (the report page names what is reported). */
export async function noteById(db: TielineDb, id: string): Promise<{ note: Note; companyName: string; agency?: string } | null> {
  const active = await getActive(db);
  if (!active) return null;
  const row = await db.notes.get([active.gen, id]);
  if (!row) return null;
  const company = await db.companies.get([active.gen, row.companyId]);
  const agency = row.kind === 'contract' ? await db.agencies.get([active.gen, row.agencyId]) : undefined;
  return {
    note: strip(row) as Note,
    companyName: company?.name ?? row.companyId,
    ...(row.kind === 'contract' ? { agency: agency?.acronym ?? row.agencyId } : {}),
  };
}

/**
 * Adds to a result where lists the user added say otherwise about it (for the popup and the lookup page;
 * the badge never needs them). Conflicts of lists no longer in use are left out.
 */
export async function withConflicts(db: TielineDb, result: MatchResult | null): Promise<MatchResult | null> {
  if (!result) return result;
  const [stored, active] = await Promise.all([readMeta(db, META.conflicts), getActive(db)]);
  const inUse = new Set((active?.lists ?? []).map((l) => l.url));
  const mine = conflictsFor(
    result,
    (stored?.items ?? []).filter((c) => inUse.has(c.list)),
  );
  return mine.length ? { ...result, conflicts: mine } : result;
}
