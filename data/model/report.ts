/**
 * What the printable report says, in the order a board reads it: the rows that matched (or await review),
 * heaviest first — companies with contracts of their own before those with none, then by amount — and the
 * companies they name, once each, in that order. Pure; PrintReport lays it out.
 */
import type { Table } from './list-input';
import type { AffiliateKind, ReviewState } from './screen-outcome';
import { decidedState, type CompanySummary, type Decision, type RowResult } from './screening';

export interface ReportEntry {
  row: number;
  /** The row's cells as the list has them, joined. */
  input: string;
  state: Exclude<ReviewState, 'none'>;
  company: CompanySummary;
  affiliate?: AffiliateKind;
}

/** Heaviest first: direct contracts, then their amount, then resold amounts, then labour actions. */
export function byWeight(a: CompanySummary, b: CompanySummary): number {
  return (
    Number(b.directUsd > 0) - Number(a.directUsd > 0) ||
    b.directUsd - a.directUsd ||
    b.resoldUsd - a.resoldUsd ||
    b.laborActions - a.laborActions ||
    a.name.localeCompare(b.name)
  );
}

export function reportEntries(
  table: Pick<Table, 'rows'>,
  results: readonly RowResult[],
  summaries: ReadonlyMap<string, CompanySummary>,
  decisions: ReadonlyMap<number, Decision>,
): ReportEntry[] {
  const out: ReportEntry[] = [];
  for (const r of results) {
    const state = decidedState(r, decisions.get(r.row));
    const company = r.match && summaries.get(r.match.companyId);
    if (state === 'none' || !company) continue;
    out.push({
      row: r.row,
      input: (table.rows[r.row] ?? [])
        .map((c) => c.trim())
        .filter(Boolean)
        .join(' · ')
        .slice(0, 200),
      state,
      company,
      ...(r.match?.affiliate ? { affiliate: r.match.affiliate } : {}),
    });
  }
  return out.sort((a, b) => byWeight(a.company, b.company) || Number(a.state === 'review') - Number(b.state === 'review') || a.row - b.row);
}

/** The companies of the entries, once each, heaviest first. */
export const reportCompanyIds = (entries: readonly ReportEntry[]) => [...new Set(entries.map((e) => e.company.id))];
