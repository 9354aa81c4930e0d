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
import { formatDate, formatDateRange } from '../model/format';
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
  /**
   * Share held by companies whose ties show on some site's result, measured with the extension's own
   * matcher: own domain, an owner's or subsidiary's, or the site of the company a subsidiary or joint
   * venture without a site belongs to (data/pipeline/reach.ts). The coverage goal is ≥ 85%.
   */
  shareShownOnASite?: number;
  /** The 25 largest recipients whose ties show on no site. */
  largestNotShown?: { id: string; name: string; obligatedUsd: number }[];
  /** Share of those dollars shown on a site whose evidence the registry records (reach.ts). */
  shareShownOnABackedSite?: number;
  /** The sites showing the most dollars with no evidence recorded. */
  largestUnbacked?: { domain: string; obligatedUsd: number }[];
  /** Curated companies with domains, and how many record evidence for one. */
  sitesBacked?: { backed: number; withDomains: number };
}

export interface ContractsContext {
  registry: readonly Company[];
  names: NameIndex;
  agencies: readonly Agency[];
  /** All companies so far; companies known only by name are added to it. */
  companies: Company[];
  /** All notes so far; authored contract notes are completed in place, pipeline ties appended. */
  notes: Note[];
  /** Filled with net obligated cents per company (for the coverage measured on the finished dataset). */
  centsByCompany?: Map<string, number>;
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

/**
 * The same period as days: fiscal years alone are jargon to a shopper (words sweep, docs/words-sweep.md), so a note
 * leads with the days and keeps the fiscal years beside them, the open year as "FY2026 to <last action date>"
 * (issue 9). A fiscal year runs from 1 Oct to 30 Sep: "1 Oct 2020 – 20 Aug 2026"; a closed last year ends on its 30 Sep.
 */
export function coverageDays(first: string, last: string): string {
  const a = fiscalYear(first);
  const b = fiscalYear(last);
  const open = last < `${b}-09-23`;
  return formatDateRange(`${a - 1}-10-01`, open ? last : `${b}-09-30`);
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

const display = (p: string) => p.replace(/\s*(?:…|\.\.\.)\s*/g, ' ');
const initials = (n: string) =>
  n
    .split(/\s+/)
    .map((w) => w[0]!.toUpperCase())
    .join('');

/**
 * One name per product among those given: "iPad" is "iPads", "TLK100" is "TLK 100", "AWS" beside
 * "Amazon Web Services" is the latter, "Motorola … radios" reads "Motorola radios". Returns each given
 * name's display name.
 */
export function productNaming(products: Iterable<string>): Map<string, string> {
  const given = [...new Set(products)];
  const names = [...new Set(given.map(display))].sort((x, y) => y.length - x.length || cmp(x, y));
  const squash = (n: string) => n.toLowerCase().replace(/[^a-z0-9]/g, '');
  const bySquash = new Map<string, string>();
  for (const n of names) if (!bySquash.has(squash(n))) bySquash.set(squash(n), n);
  const byInitials = new Map(names.filter((n) => n.includes(' ')).map((n) => [initials(n), n]));
  const out = new Map<string, string>();
  for (const g of given) {
    const n = display(g);
    const plural = bySquash.get(`${squash(n)}s`);
    out.set(g, plural ?? byInitials.get(n) ?? bySquash.get(squash(n)) ?? n);
  }
  return out;
}

/** The products named, once each, sorted. */
export function productNames(products: Iterable<string>): string[] {
  return [...new Set(productNaming(products).values())].sort((x, y) => cmp(x.toLowerCase(), y.toLowerCase()));
}

/**
 * The tie's own words: where the records come from and what the amounts mean. The figures, dates,
 * resellers and products are in the award records, and the views write them once from there.
 */
function contractSummary(agency: Agency, days: string, period: string, own: number, resold: number): string {
  const from = `From USAspending's ${agency.acronym} contract records${days ? ` of ${days}` : ''}${period ? ` (${period})` : ''}`;
  const whole = 'listed with the whole order’s amount, which may include other items';
  if (own) {
    const amounts = `Amounts are what ${agency.acronym} committed to pay, minus any money it later took back`;
    return `${from}. ${amounts}${resold ? `; an order through a reseller that names the company’s products is ${whole}` : ''}.`;
  }
  return `${from}: orders through resellers that name the company’s products, each ${whole}.`;
}

export async function importContracts(files: readonly string[], ctx: ContractsContext): Promise<ContractsReport> {
  const { registry, names, agencies } = ctx;
  const byCompanyId = new Map(ctx.companies.map((c) => [c.id, c]));
  const agencyByAcronym = new Map(agencies.map((a) => [a.acronym.toUpperCase(), a]));
  const keywords = registry.flatMap((c) => (c.keywords ?? []).map((keyword) => ({ companyId: c.id, keyword })));
  const agg = new UsaspendingAggregator(keywords);
  for (const file of files) await agg.addFile(file);
  const period = agg.stats.firstDate && agg.stats.lastDate ? coveragePeriod(agg.stats.firstDate, agg.stats.lastDate) : '';
  const days = agg.stats.firstDate && agg.stats.lastDate ? coverageDays(agg.stats.firstDate, agg.stats.lastDate) : '';

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
  const toAward = (a: CompanyAward, resold: boolean, naming?: Map<string, string>): Award => {
    const description = awardDescription(a.agg);
    const products = resold
      ? [...new Set([...a.products].map((p) => naming?.get(p) ?? p))].sort((x, y) => cmp(x.toLowerCase(), y.toLowerCase()))
      : [];
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
    // One name per product across the tie's orders, so the summary and each order agree.
    const naming = productNaming(resold.flatMap((a) => [...a.products]));
    const awards = [...own.map((a) => toAward(a, false)), ...resold.map((a) => toAward(a, true, naming))].sort(
      (x, y) => y.amountUsd - x.amountUsd || cmp(x.url, y.url),
    );
    // The award records themselves are the sources: the three largest, linked to their public pages.
    const sources: Source[] = awards.slice(0, 3).map((a) => ({
      url: a.url,
      publisher: 'USAspending.gov',
      title: `Contract award ${a.awardId} (${t.agency.acronym})${a.reseller ? `, an order through ${a.reseller}` : ''}`,
      ...(a.endDate ? { date: a.endDate } : {}),
    }));
    const summary = contractSummary(t.agency, days, period, own.length, resold.length);
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
  const centsByCompany = ctx.centsByCompany ?? new Map<string, number>();
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
