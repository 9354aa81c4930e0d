/**
 * One vendor's awards as a table: every award of every contract tie in a result (its own, its owners',
 * and those bought through resellers, marked), totals by U.S. federal fiscal year and by agency with
 * direct and resold apart, the period the awards cover, and a CSV of them. Pure.
 */
import Papa from 'papaparse';
import type { MatchResult } from './result';
import type { I18n } from './i18n';
import { safeCell } from './export-csv';
import { fiscalYear } from './headline';

export interface AwardRow {
  awardId: string;
  url: string;
  agency: string;
  /** Whose award list it comes from (the matched company or an owner). */
  company: string;
  amountUsd: number;
  firstDate?: string;
  lastDate?: string;
  description?: string;
  /** The contractor that held the award when the company's product was bought through it. */
  reseller?: string;
}

export function awardRows(r: MatchResult): AwardRow[] {
  return r.notes.flatMap((n) =>
    n.kind !== 'contract'
      ? []
      : n.awards.map((a) => ({
          awardId: a.awardId,
          url: a.url,
          agency: n.agency.acronym,
          company: n.company.name,
          amountUsd: a.amountUsd,
          ...(a.startDate ? { firstDate: a.startDate } : {}),
          ...(a.endDate || a.startDate ? { lastDate: (a.endDate ?? a.startDate)! } : {}),
          ...(a.description ? { description: a.description } : {}),
          ...(a.reseller ? { reseller: a.reseller } : {}),
        })),
  );
}

export { fiscalYear };

export interface Totals {
  key: string;
  directUsd: number;
  resoldUsd: number;
  awards: number;
}

const cents = (x: number) => Math.round(x * 100) / 100;

function totalsBy(rows: readonly AwardRow[], keyOf: (r: AwardRow) => string): Totals[] {
  const m = new Map<string, Totals>();
  for (const r of rows) {
    const key = keyOf(r);
    const t = m.get(key) ?? { key, directUsd: 0, resoldUsd: 0, awards: 0 };
    if (r.reseller) t.resoldUsd += r.amountUsd;
    else t.directUsd += r.amountUsd;
    t.awards++;
    m.set(key, t);
  }
  return [...m.values()].map((t) => ({ ...t, directUsd: cents(t.directUsd), resoldUsd: cents(t.resoldUsd) }));
}

/** By the fiscal year of each award's first action ("" when the record has no date), oldest first. */
export const totalsByFiscalYear = (rows: readonly AwardRow[]) =>
  totalsBy(rows, (r) => (r.firstDate ? `FY${fiscalYear(r.firstDate)}` : '')).sort((a, b) => a.key.localeCompare(b.key));

/** By agency, the largest direct total first. */
export const totalsByAgency = (rows: readonly AwardRow[]) =>
  totalsBy(rows, (r) => r.agency).sort((a, b) => b.directUsd - a.directUsd || b.resoldUsd - a.resoldUsd || a.key.localeCompare(b.key));

/** The first and last action dates the awards record. */
export function periodCovered(rows: readonly AwardRow[]): { first?: string; last?: string } {
  let first: string | undefined;
  let last: string | undefined;
  for (const r of rows) {
    if (r.firstDate && (!first || r.firstDate < first)) first = r.firstDate;
    const end = r.lastDate ?? r.firstDate;
    if (end && (!last || end > last)) last = end;
  }
  return { ...(first ? { first } : {}), ...(last ? { last } : {}) };
}

export type AwardSort = 'amount' | 'award' | 'agency' | 'first' | 'last' | 'reseller';

export function sortAwards(rows: readonly AwardRow[], by: AwardSort, descending: boolean): AwardRow[] {
  const key: Record<AwardSort, (r: AwardRow) => string | number> = {
    amount: (r) => r.amountUsd,
    award: (r) => r.awardId,
    agency: (r) => r.agency,
    first: (r) => r.firstDate ?? '',
    last: (r) => r.lastDate ?? '',
    reseller: (r) => r.reseller ?? '',
  };
  const k = key[by];
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = k(a);
    const y = k(b);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * c || a.awardId.localeCompare(b.awardId);
  });
}

export const AWARD_COLUMNS = [
  'award_id',
  'agency',
  'amount_usd',
  'direct_or_resold',
  'first_action',
  'last_action',
  'fiscal_year_of_first_action',
  'reseller',
  'description',
  'company',
  'source_url',
] as const;

/** One line per award, amounts as plain numbers, formulas escaped, with a UTF-8 byte-order mark unless told not to. */
export function awardsCsv(rows: readonly AwardRow[], opts: { bom?: boolean } = {}): string {
  const lines = rows.map((r) =>
    [
      r.awardId,
      r.agency,
      String(r.amountUsd),
      r.reseller ? 'resold' : 'direct',
      r.firstDate ?? '',
      r.lastDate ?? '',
      r.firstDate ? String(fiscalYear(r.firstDate)) : '',
      r.reseller ?? '',
      r.description ?? '',
      r.company,
      r.url,
    ].map(safeCell),
  );
  const csv = `${Papa.unparse([[...AWARD_COLUMNS], ...lines], { newline: '\r\n', escapeFormulae: false })}\r\n`;
  return opts.bom === false ? csv : `\uFEFF${csv}`;
}

/** "3 Feb 2021 – 9 Sep 2025" in the reader's words, or "" without dates. */
export const periodText = (rows: readonly AwardRow[], i18n: I18n) => {
  const p = periodCovered(rows);
  return i18n.fmt.dateRange(p.first, p.last);
};

/**
 * The contract number inside USAspending's generated award id ("CONT_AWD_70CDCR21FR0000079_7012_…" →
 * "70CDCR21FR0000079"), for a printed list where the full id would take two lines; the CSV and the links
 * keep the full id.
 */
export const shortAwardId = (id: string) => /^CONT_(?:AWD|IDV)_([^_]+)_/.exec(id)?.[1] ?? id;
