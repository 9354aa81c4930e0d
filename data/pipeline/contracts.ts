/**
 * USAspending awards into contract ties: one per company and agency. Recipients the registry does not
 * know become companies by name. An award is counted once per company even when its recipient was
 * renamed between transactions. Orders held by resellers that buy a registry company's product (see
 * reseller.ts) are listed with the maker, marked with the reseller and product, and never added to the
 * maker's own total.
 */
import type { Agency, Award, Company, ContractTie, Note, Source } from '../model/schema';
import { normalizeName, slugify } from '../model/names';
import { ownershipChain } from '../model/result';
import { formatDate } from '../model/format';
import type { NameIndex } from './name-index';
import { UsaspendingAggregator, awardDescription, orderedProducts, usaspendingAwardUrl, type AwardAgg } from './usaspending';

export interface ContractsReport {
  rows: number;
  duplicateRows: number;
  skippedRows: number;
  skippedExamples: { line: string; reason: string }[];
  awards: number;
  /** "FY2021–FY2025 and FY2026 to 20 Aug 2026" */
  period: string;
  obligatedUsd: number;
  /** Share of net obligated dollars held by companies with a domain of their own. */
  shareWithOwnDomain: number;
  /** The same, counting a company whose owner has a domain (its ties show on the owner's site). */
  shareWithDomainOrOwnerDomain: number;
  shareInRegistry: number;
  /** Awards listed under a product maker because a reseller's order buys its product. */
  resellerAwards: number;
  /** Transactions that name a registry company's product, and those the reseller rule credited. */
  productMentions: number;
  productCredits: number;
  /** Orders credited per maker, most first. */
  resellerByMaker: { companyId: string; orders: number; resellers: number }[];
  /** Awards whose recipient was renamed: counted once, not once per spelling. */
  renamedRecipientAwards: number;
  largestUnmapped: { recipient: string; obligatedUsd: number }[];
}

export interface ContractsContext {
  registry: readonly Company[];
  names: NameIndex;
  agencies: readonly Agency[];
  /** All companies so far; companies known only by name are added to it. */
  companies: Company[];
  /** All notes so far; authored contract notes are completed in place, pipeline ties appended. */
  notes: Note[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const usd = (cents: number) => Math.round(cents) / 100;

/** Fiscal year of a date: FY2026 runs 1 Oct 2025 – 30 Sep 2026. */
export const fiscalYear = (day: string) => Number(day.slice(0, 4)) + (Number(day.slice(5, 7)) >= 10 ? 1 : 0);

/**
 * The period the records cover. The last fiscal year is "open" (still being added to) when its last
 * action is more than a week before the year's end: "FY2021–FY2025 and FY2026 to 20 Aug 2026".
 */
export function coveragePeriod(first: string, last: string): string {
  const a = fiscalYear(first);
  const b = fiscalYear(last);
  const open = last < `${b}-09-23`;
  const closed = open ? b - 1 : b;
  const span = closed < a ? '' : closed === a ? `FY${a}` : `FY${a}–FY${closed}`;
  if (!open) return span;
  return `${span ? `${span} and ` : ''}FY${b} to ${formatDate(last)}`;
}

/** One award of one company: transactions under renamed recipients merged. */
interface CompanyAward {
  agg: AwardAgg;
  cents: number;
  first: string;
  last: string;
  holders: Set<string>;
  products: Set<string>;
}

function addAward(list: Map<string, CompanyAward>, a: AwardAgg, holder: string, products?: Set<string>): boolean {
  const prev = list.get(a.generatedId);
  if (!prev) {
    list.set(a.generatedId, {
      agg: a,
      cents: a.cents,
      first: a.first,
      last: a.last,
      holders: new Set([holder]),
      products: new Set(products),
    });
    return false;
  }
  prev.cents += a.cents;
  if (a.first < prev.first) prev.first = a.first;
  if (a.last > prev.last) prev.last = a.last;
  prev.holders.add(holder);
  for (const p of products ?? []) prev.products.add(p);
  return true;
}

/** "iPad", "iPads" → "iPad"; "Motorola … radios" → "Motorola radios". */
export function productNames(products: Iterable<string>): string[] {
  const names = [...new Set([...products].map((p) => p.replace(/\s*(?:…|\.\.\.)\s*/g, ' ')))];
  const lower = new Set(names.map((n) => n.toLowerCase()));
  // "AWS" beside "Amazon Web Services" is the same product.
  const initials = new Set(
    names
      .filter((n) => n.includes(' '))
      .map((n) =>
        n
          .split(/\s+/)
          .map((w) => w[0]!.toUpperCase())
          .join(''),
      ),
  );
  return names
    .filter((n) => !(/s$/i.test(n) && lower.has(n.toLowerCase().slice(0, -1))) && !initials.has(n))
    .sort((x, y) => cmp(x.toLowerCase(), y.toLowerCase()));
}

function list(xs: readonly string[], max = 3): string {
  const shown = xs.length > max ? [...xs.slice(0, max), 'others'] : xs;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

function contractSummary(agency: Agency, period: string, own: number, resold: CompanyAward[], holderName: (r: string) => string): string {
  const parts: string[] = [];
  if (own) {
    parts.push(
      `From USAspending's ${agency.acronym} contract records, ${period}. Amounts are what ${agency.acronym} committed to pay, minus any money it later took back.`,
    );
  }
  if (resold.length) {
    const resellers = [...new Set(resold.flatMap((a) => [...a.holders].map(holderName)))].sort(cmp);
    const products = productNames(resold.flatMap((a) => [...a.products]));
    parts.push(
      `${own ? 'Also listed: ' : ''}${resold.length} ${agency.acronym} order${resold.length === 1 ? '' : 's'} through ${list(resellers)} that name${resold.length === 1 ? 's' : ''} ${list(products, 4)}${own ? '' : ` (USAspending, ${period})`}. ${resold.length === 1 ? 'The amount shown is the whole order’s' : 'Each amount shown is the whole order’s'}, which may include other items.`,
    );
  }
  return parts.join(' ');
}

export async function importContracts(files: readonly string[], ctx: ContractsContext): Promise<ContractsReport> {
  const { registry, names, agencies } = ctx;
  const byCompanyId = new Map(ctx.companies.map((c) => [c.id, c]));
  const agencyByAcronym = new Map(agencies.map((a) => [a.acronym.toUpperCase(), a]));
  const keywords = registry.flatMap((c) => (c.keywords ?? []).map((keyword) => ({ companyId: c.id, keyword })));
  const agg = new UsaspendingAggregator(keywords);
  for (const file of files) await agg.addFile(file);
  const period = agg.stats.firstDate && agg.stats.lastDate ? coveragePeriod(agg.stats.firstDate, agg.stats.lastDate) : '';

  // Recipients the registry does not know still become companies, by name, so every contractor can be
  // found. Spellings that differ only in case or punctuation are one company; its most used spelling
  // names it.
  const unknown = new Map<string, { spellings: Map<string, number>; id?: string }>();
  for (const a of agg.awards.values()) {
    if (names.byLegalName(a.recipient)) continue;
    const key = normalizeName(a.recipient);
    const u = unknown.get(key) ?? { spellings: new Map<string, number>() };
    u.spellings.set(a.recipient, (u.spellings.get(a.recipient) ?? 0) + 1);
    unknown.set(key, u);
  }
  const taken = new Set(ctx.companies.map((c) => c.id));
  for (const key of [...unknown.keys()].sort(cmp)) {
    const u = unknown.get(key)!;
    const spellings = [...u.spellings.entries()].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0])).map(([s]) => s);
    let id = slugify(spellings[0]!);
    for (let i = 2; taken.has(id); i++) id = `${slugify(spellings[0]!)}-${i}`;
    taken.add(id);
    u.id = id;
    const company: Company = { id, name: spellings[0]!, aliases: spellings.slice(1), domains: [] };
    ctx.companies.push(company);
    byCompanyId.set(id, company);
  }
  const companyOf = (recipient: string): Company =>
    names.byLegalName(recipient) ?? byCompanyId.get(unknown.get(normalizeName(recipient))!.id!)!;
  const chainIds = (c: Company) => new Set(ownershipChain(c, (id) => byCompanyId.get(id)).map((x) => x.id));

  const ties = new Map<string, { company: Company; agency: Agency; own: Map<string, CompanyAward>; resold: Map<string, CompanyAward> }>();
  const tie = (company: Company, agency: Agency) => {
    const key = `${company.id}\u0000${agency.id}`;
    let t = ties.get(key);
    if (!t) ties.set(key, (t = { company, agency, own: new Map(), resold: new Map() }));
    return t;
  };
  const skippedAgencies = new Map<string, number>();
  const renamed = new Set<string>();
  const byMaker = new Map<string, { orders: Set<string>; resellers: Set<string> }>();
  for (const a of agg.awards.values()) {
    const agency = agencyByAcronym.get(a.agency.toUpperCase());
    if (!agency) {
      skippedAgencies.set(a.agency, (skippedAgencies.get(a.agency) ?? 0) + 1);
      continue;
    }
    const holder = companyOf(a.recipient);
    if (addAward(tie(holder, agency).own, a, a.recipient)) renamed.add(a.generatedId);
    const ordered = orderedProducts(a);
    if (!ordered.size) continue;
    // A product the holder's own group makes is not resold: neither the maker nor its owner holding it,
    // nor the maker's owner.
    const holderChain = chainIds(holder);
    for (const [makerId, products] of [...ordered].sort((x, y) => cmp(x[0], y[0]))) {
      const maker = byCompanyId.get(makerId)!;
      if (holderChain.has(makerId) || chainIds(maker).has(holder.id)) continue;
      addAward(tie(maker, agency).resold, a, a.recipient, products);
      const m = byMaker.get(makerId) ?? { orders: new Set(), resellers: new Set() };
      m.orders.add(`${agency.id}\u0000${a.generatedId}`);
      m.resellers.add(holder.id);
      byMaker.set(makerId, m);
    }
  }
  for (const [name, count] of skippedAgencies) {
    agg.stats.skippedCount += count;
    agg.stats.skipped.push({ line: `(${count} awards)`, reason: `agency "${name}" is not in data/dataset/sources/agencies.json` });
  }

  const authoredTies = new Map(
    ctx.notes.flatMap((n, i) => (n.kind === 'contract' ? [[`${n.companyId}\u0000${n.agencyId}`, i] as const] : [])),
  );
  const holderName = (recipient: string) => companyOf(recipient).name;
  const toAward = (a: CompanyAward, resold: boolean): Award => {
    const description = awardDescription(a.agg);
    const products = resold ? productNames(a.products) : [];
    return {
      awardId: a.agg.piid,
      amountUsd: usd(a.cents),
      startDate: a.first,
      endDate: a.last,
      ...(description ? { description } : {}),
      ...(resold ? { reseller: [...new Set([...a.holders].map(holderName))].sort(cmp).join(', ') } : {}),
      ...(products.length ? { products } : {}),
      url: usaspendingAwardUrl(a.agg.generatedId),
    };
  };
  let resellerAwards = 0;
  for (const t of [...ties.values()].sort((x, y) => cmp(x.company.id, y.company.id) || cmp(x.agency.id, y.agency.id))) {
    const own = [...t.own.values()];
    const resold = [...t.resold.values()];
    resellerAwards += resold.length;
    const awards = [...own.map((a) => toAward(a, false)), ...resold.map((a) => toAward(a, true))].sort(
      (x, y) => y.amountUsd - x.amountUsd || cmp(x.url, y.url),
    );
    // The award records themselves are the sources: the three largest, linked to their public pages.
    const sources: Source[] = awards.slice(0, 3).map((a) => ({
      url: a.url,
      publisher: 'USAspending.gov',
      title: `Contract award ${a.awardId} (${t.agency.acronym})${a.reseller ? `, an order through ${a.reseller}` : ''}`,
      ...(a.endDate ? { date: a.endDate } : {}),
    }));
    const summary = contractSummary(t.agency, period, own.length, resold, holderName);
    const at = authoredTies.get(`${t.company.id}\u0000${t.agency.id}`);
    const existing = at === undefined ? undefined : (ctx.notes[at] as ContractTie);
    if (existing) {
      // Our authors' summary and sources first; the public award records added to them.
      ctx.notes[at!] = {
        ...existing,
        summary: [existing.summary, summary].filter(Boolean).join(' '),
        awards,
        sources: [...existing.sources, ...sources.filter((s) => !existing.sources.some((e) => e.url === s.url))],
      };
    } else {
      ctx.notes.push({
        id: `${t.company.id}-${t.agency.id}`,
        kind: 'contract',
        companyId: t.company.id,
        agencyId: t.agency.id,
        summary,
        awards,
        sources,
      });
    }
  }

  // Coverage: net dollars per company, and whether users can reach its ties through a domain.
  const centsByCompany = new Map<string, number>();
  for (const a of agg.awards.values()) {
    if (!agencyByAcronym.has(a.agency.toUpperCase())) continue;
    const c = companyOf(a.recipient);
    centsByCompany.set(c.id, (centsByCompany.get(c.id) ?? 0) + a.cents);
  }
  let all = 0;
  let withOwn = 0;
  let reach = 0;
  let inRegistry = 0;
  for (const [id, cents] of centsByCompany) {
    all += cents;
    const c = byCompanyId.get(id)!;
    if (c.domains.length) withOwn += cents;
    if (ownershipChain(c, (x) => byCompanyId.get(x)).some((x) => x.domains.length)) reach += cents;
    if (names.byLegalName(c.name)) inRegistry += cents;
  }
  const share = (x: number) => (all ? Math.round((x / all) * 10000) / 10000 : 0);
  return {
    rows: agg.stats.rows,
    duplicateRows: agg.stats.duplicates,
    skippedRows: agg.stats.skippedCount,
    skippedExamples: agg.stats.skipped,
    awards: agg.stats.awards,
    period,
    obligatedUsd: usd(all),
    shareWithOwnDomain: share(withOwn),
    shareWithDomainOrOwnerDomain: share(reach),
    shareInRegistry: share(inRegistry),
    resellerAwards,
    productMentions: agg.stats.productMentions,
    productCredits: agg.stats.productCredits,
    resellerByMaker: [...byMaker]
      .map(([companyId, m]) => ({ companyId, orders: m.orders.size, resellers: m.resellers.size }))
      .sort((x, y) => y.orders - x.orders || cmp(x.companyId, y.companyId)),
    renamedRecipientAwards: renamed.size,
    largestUnmapped: [...unknown.values()]
      .map((u) => ({ recipient: byCompanyId.get(u.id!)!.name, obligatedUsd: usd(centsByCompany.get(u.id!) ?? 0) }))
      .sort((x, y) => y.obligatedUsd - x.obligatedUsd || cmp(x.recipient, y.recipient))
      .slice(0, 25),
  };
}
