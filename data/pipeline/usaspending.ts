/**
 * USAspending importer: contract transactions (one CSV row each, streamed) grouped into awards by
 * `Generated Award ID`, then into one contract tie per company and agency. Memory grows with the number
 * of distinct awards, never with the number of rows: a row is folded into its award's running totals and
 * dropped.
 */
import { readCsv } from './input';
import { normalizeName } from '../model/names';
import { fnv1a } from '../model/hash';
import { ResellerRule, type ProductKeyword } from './reseller';

export const USASPENDING_COLUMNS = [
  'Agency',
  'Award ID',
  'Recipient Name',
  'Federal Action Obligation',
  'Action Date',
  'Modification',
  'Product/Service Description',
  'NAICS Description',
  'Transaction Description',
  'Generated Award ID',
] as const;

export const usaspendingAwardUrl = (generatedAwardId: string) =>
  `https://www.usaspending.gov/award/${encodeURIComponent(generatedAwardId)}`;

/** One award's running state. Strings are interned where they repeat (agency, recipient, categories). */
export interface AwardAgg {
  generatedId: string;
  piid: string;
  agency: string;
  recipient: string;
  /** Net obligation in cents: integer sums, so the total does not depend on row order. */
  cents: number;
  first: string;
  last: string;
  psc: string;
  naics: string;
  transactions: number;
  /**
   * FNV-1a hashes of the modification numbers seen (the first `modCount` slots), to drop repeated rows
   * of one transaction. A typed array costs 4 bytes a row, where a Set would cost ten times that.
   */
  mods: Uint32Array;
  modCount: number;
  /** Sum of the positive obligations (what was committed, before any money taken back). */
  positiveCents: number;
  /**
   * Registry companies whose product a transaction buys (by the reseller rule), each with the product
   * names used and the positive obligations of those transactions.
   */
  products?: Map<string, { names: Set<string>; cents: number }>;
  /** The order's opening transaction (modification 0, else the earliest seen): its date, and whom it credits. */
  opening?: { date: string; base: boolean; credits: string[] };
}

/**
 * The makers whose product the order as a whole buys: the order opened with that product, or the
 * transactions that buy it carry at least half of what was committed. A wireless-service order that
 * later adds a few iPads is not an order for Apple products.
 */
export function orderedProducts(a: AwardAgg): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [id, p] of a.products ?? []) {
    if (a.opening?.credits.includes(id) || (a.positiveCents > 0 && p.cents * 2 >= a.positiveCents)) out.set(id, p.names);
  }
  return out;
}

export type Keyword = ProductKeyword;

export interface UsaspendingStats {
  rows: number;
  duplicates: number;
  skipped: { line: string; reason: string }[];
  skippedCount: number;
  awards: number;
  /** First and last action dates read: what period the records cover. */
  firstDate?: string;
  lastDate?: string;
  /** Transactions naming a registry company's product, and how many of them the reseller rule credited. */
  productMentions: number;
  productCredits: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A copy of `s` that owns its characters. The CSV parser hands out fields as slices of its input chunk,
 * and V8 keeps a slice's whole parent alive: an award that kept its id as a slice kept that chunk of CSV,
 * so memory grew with the input instead of with the awards (found by bench:pipeline's streamed run).
 */
const own = (s: string): string => JSON.parse(JSON.stringify(s)) as string;
const MAX_SKIP_EXAMPLES = 20;

export class UsaspendingAggregator {
  /** Keyed by Generated Award ID and normalised recipient name. */
  readonly awards = new Map<string, AwardAgg>();
  readonly stats: UsaspendingStats = {
    rows: 0,
    duplicates: 0,
    skipped: [],
    skippedCount: 0,
    awards: 0,
    productMentions: 0,
    productCredits: 0,
  };
  private readonly strings = new Map<string, string>();
  private readonly awardIds = new Set<string>();
  private readonly rule: ResellerRule;

  constructor(keywords: readonly Keyword[] = []) {
    this.rule = new ResellerRule(keywords);
  }

  private intern(s: string): string {
    const hit = this.strings.get(s);
    if (hit !== undefined) return hit;
    const kept = own(s);
    this.strings.set(kept, kept);
    return kept;
  }

  private skip(where: string, reason: string) {
    this.stats.skippedCount++;
    if (this.stats.skipped.length < MAX_SKIP_EXAMPLES) this.stats.skipped.push({ line: where, reason });
  }

  add(row: Record<string, string>, where: string): void {
    this.stats.rows++;
    const gid = row['Generated Award ID']?.trim() ?? '';
    const recipient = row['Recipient Name']?.trim() ?? '';
    const agency = row['Agency']?.trim() ?? '';
    const date = row['Action Date']?.trim() ?? '';
    const amountText = row['Federal Action Obligation']?.trim() ?? '';
    const amount = amountText === '' ? 0 : Number(amountText);
    if (!gid) return this.skip(where, 'no Generated Award ID');
    if (!recipient) return this.skip(where, 'no Recipient Name');
    if (!agency) return this.skip(where, 'no Agency');
    if (!DAY.test(date)) return this.skip(where, `Action Date "${date}" is not YYYY-MM-DD`);
    if (!Number.isFinite(amount)) return this.skip(where, `Federal Action Obligation "${amountText}" is not a number`);
    const mod = fnv1a(row['Modification']?.trim() ?? '');
    // An award moved to another company (a novation) is split by recipient: each company is credited with
    // the obligations made to it, under the same award record.
    const key = `${gid}\u0000${normalizeName(recipient)}`;
    let award = this.awards.get(key);
    if (!award) {
      const generatedId = own(gid);
      award = {
        generatedId,
        piid: own(row['Award ID']?.trim() || gid),
        agency: this.intern(agency),
        recipient: this.intern(recipient),
        cents: 0,
        first: date,
        last: date,
        psc: this.intern(row['Product/Service Description']?.trim() ?? ''),
        naics: this.intern(row['NAICS Description']?.trim() ?? ''),
        transactions: 0,
        mods: new Uint32Array(2),
        modCount: 0,
        positiveCents: 0,
      };
      this.awards.set(own(key), award);
      this.awardIds.add(generatedId);
    } else if (award.mods.subarray(0, award.modCount).includes(mod)) {
      // The same modification of the same award again: one transaction listed twice.
      this.stats.duplicates++;
      return;
    }
    if (award.modCount === award.mods.length) {
      const grown = new Uint32Array(award.mods.length * 2);
      grown.set(award.mods);
      award.mods = grown;
    }
    award.mods[award.modCount++] = mod;
    award.transactions++;
    const cents = Math.round(amount * 100);
    award.cents += cents;
    if (cents > 0) award.positiveCents += cents;
    if (date < award.first) award.first = date;
    if (date > award.last) award.last = date;
    if (!this.stats.firstDate || date < this.stats.firstDate) this.stats.firstDate = date;
    if (!this.stats.lastDate || date > this.stats.lastDate) this.stats.lastDate = date;
    const text = row['Transaction Description'] ?? '';
    let credited: string[] = [];
    if (this.rule.namesProduct(text)) {
      this.stats.productMentions++;
      const credits = this.rule.credits({
        text,
        psc: row['Product/Service Description'] ?? '',
        naics: row['NAICS Description'] ?? '',
        date,
      });
      if (credits.length) this.stats.productCredits++;
      for (const c of credits) {
        award.products ??= new Map();
        const p = award.products.get(c.companyId) ?? { names: new Set<string>(), cents: 0 };
        p.names.add(this.intern(c.product));
        if (cents > 0) p.cents += cents;
        award.products.set(c.companyId, p);
      }
      credited = credits.map((c) => c.companyId);
    }
    const base = (row['Modification']?.trim() ?? '') === '0';
    const o = award.opening;
    if (!o || (base && !o.base) || (base === o.base && date < o.date)) award.opening = { date, base, credits: credited };
  }

  async addFile(source: string): Promise<void> {
    let line = 1;
    for await (const row of readCsv(source, USASPENDING_COLUMNS)) {
      line++;
      this.add(row, `${source}:${line}`);
    }
    this.stats.awards = this.awardIds.size;
  }
}

/** Abbreviations kept in capitals when a category is written in sentence case. */
const ACRONYMS = new Set([
  'IT',
  'R&D',
  'ADP',
  'CPU',
  'HW',
  'SW',
  'ITSM',
  'RF',
  'C&A',
  'EPG',
  'HPC',
  'ATV',
  'RV',
  'GOGO',
  'GOCO',
  'TV',
  'US',
  'U.S.',
  'AV',
  'HVAC',
]);

/**
 * A category label written in sentence case, abbreviations kept: "IT AND TELECOM- OTHER IT AND
 * TELECOMMUNICATIONS" → "IT and telecom – other IT and telecommunications".
 */
export function categoryText(s: string, capitalise = true): string {
  const words = s
    .replace(/\s*-\s+|\s+-\s*/g, ' – ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((w) =>
      w
        .split('/')
        .map((part) => (ACRONYMS.has(part.replace(/[,;:()-]/g, '')) ? part : part.toLowerCase()))
        .join('/'),
    );
  const text = words.join(' ');
  return capitalise && !ACRONYMS.has(words[0]?.replace(/[,;:()]/g, '') ?? '') ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * An award's description, written by our code from its category fields (product/service and industry
 * classification), never copied from a transaction's free text.
 */
export function awardDescription(a: Pick<AwardAgg, 'psc' | 'naics'>): string | undefined {
  const parts = [a.psc && categoryText(a.psc), a.naics && `industry: ${categoryText(a.naics, false)}`].filter(Boolean);
  return parts.length ? parts.join('; ').slice(0, 300) : undefined;
}
