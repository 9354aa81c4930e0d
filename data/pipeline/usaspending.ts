/**
 * USAspending importer: contract transactions (one CSV row each, streamed) grouped into awards by
 * `Generated Award ID`, then into one contract tie per company and agency. Memory grows with the number
 * of distinct awards, never with the number of rows: a row is folded into its award's running totals and
 * dropped.
 */
import { readCsv } from './input';
import { normalizeName } from '../model/names';
import { fnv1a } from '../model/hash';

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
  /** Registry companies whose product keyword a transaction description names. */
  keywordCompanies?: Set<string>;
}

export interface Keyword {
  companyId: string;
  keyword: string;
}

export interface UsaspendingStats {
  rows: number;
  duplicates: number;
  skipped: { line: string; reason: string }[];
  skippedCount: number;
  awards: number;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One regular expression for all keywords, matched on whole words only ("CISCO" must not match
 * "SAN FRANCISCO"). Longer keywords first, so "AMAZON WEB SERVICES" wins over a shorter overlap.
 */
export function keywordMatcher(keywords: readonly Keyword[]): (text: string) => Set<string> {
  const owner = new Map<string, string>();
  for (const k of keywords) owner.set(k.keyword.toUpperCase(), k.companyId);
  if (!owner.size) return () => new Set();
  const alternatives = [...owner.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRe);
  const re = new RegExp(`(?<![A-Z0-9])(?:${alternatives.join('|')})(?![A-Z0-9])`, 'g');
  return (text) => {
    const found = new Set<string>();
    for (const m of text.toUpperCase().matchAll(re)) {
      const id = owner.get(m[0]);
      if (id) found.add(id);
    }
    return found;
  };
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
  readonly stats: UsaspendingStats = { rows: 0, duplicates: 0, skipped: [], skippedCount: 0, awards: 0 };
  private readonly strings = new Map<string, string>();
  private readonly awardIds = new Set<string>();
  private readonly matchKeywords: (text: string) => Set<string>;

  constructor(keywords: readonly Keyword[] = []) {
    this.matchKeywords = keywordMatcher(keywords);
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
    award.cents += Math.round(amount * 100);
    if (date < award.first) award.first = date;
    if (date > award.last) award.last = date;
    const keywordHits = this.matchKeywords(row['Transaction Description'] ?? '');
    if (keywordHits.size) {
      award.keywordCompanies ??= new Set();
      for (const id of keywordHits) award.keywordCompanies.add(id);
    }
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

/** "IT AND TELECOM- OTHER IT AND TELECOMMUNICATIONS" → "It and telecom- other it and telecommunications". */
function sentenceCase(s: string): string {
  const lower = s.toLowerCase().replace(/\s+/g, ' ').trim();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * An award's description, written by our code from its category fields (product/service and industry
 * classification), never copied from a transaction's free text.
 */
export function awardDescription(a: Pick<AwardAgg, 'psc' | 'naics'>): string | undefined {
  const parts = [a.psc && sentenceCase(a.psc), a.naics && `industry: ${a.naics.toLowerCase()}`].filter(Boolean);
  return parts.length ? parts.join('; ').slice(0, 300) : undefined;
}
