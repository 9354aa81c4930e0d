/**
 * Screening a whole list and what comes out of it: per-row results with their review state, the
 * reviewer's decisions, and a per-company summary (contract agencies and totals kept apart by who held
 * the award, labour actions). Shared by the lookup page's worker and the `check` CLI; the CSV export is
 * in export-csv.ts.
 */
import type { ScreenIndex } from './name-matcher';
import type { ReviewState, ScreenMatch, ScreenNote } from './screen-outcome';
import { rowFields, type Role, type Table } from './list-input';
import type { MatchResult, Owner } from './result';
import type { I18n } from './i18n';
import { othersRelation, type OthersRelation } from './describe';

export interface RowResult {
  /** Index into the table's rows. */
  row: number;
  match: ScreenMatch | null;
  state: ReviewState;
  /** Companies that fit about as well as each other (state `review`, no single match). */
  candidates?: ScreenMatch[];
  notes?: ScreenNote[];
}

/** What a reviewer said about a row's match; absent until someone looks. */
export type Decision = 'confirmed' | 'rejected';

/** The state a row is in once the reviewer's decision is applied: a confirmed suggestion is a match. */
export function decidedState(r: RowResult, decision: Decision | undefined): ReviewState {
  if (decision === 'rejected') return 'none';
  if (decision === 'confirmed' && r.match) return 'match';
  return r.state;
}

export interface CompanySummary {
  id: string;
  name: string;
  /** Owners, nearest first (names; what each link is, in `via`). */
  owners: string[];
  /** The links up the chain, nearest first: owner, foundation or PAC of, and since when. */
  via: { name: string; relation: Owner['relation']; asOf?: string }[];
  /**
   * Per agency: `totalUsd` is what the company (and, when it rolls up, its listed owners) held directly;
   * `resoldUsd` is awards held by resellers whose orders name its products, never added to the first.
   */
  agencies: { acronym: string; totalUsd: number; resoldUsd: number; awards: number }[];
  directUsd: number;
  resoldUsd: number;
  laborActions: number;
  /** Of `laborActions`, those whose people were not the company's own workers, by relation (absent: none). */
  laborOthers?: Partial<Record<OthersRelation, number>>;
  contextNotes: number;
  /** Source links of the notes, most relevant first, without repeats. */
  sources: string[];
}

const cents = (x: number) => Math.round(x * 100) / 100;

export function summarizeResult(r: MatchResult): CompanySummary {
  const others: Partial<Record<OthersRelation, number>> = {};
  for (const n of r.notes) {
    const o = n.kind === 'labor' ? othersRelation(n.laborRelation) : undefined;
    if (o) others[o] = (others[o] ?? 0) + 1;
  }
  const agencies = new Map<string, CompanySummary['agencies'][number]>();
  for (const n of r.notes) {
    if (n.kind !== 'contract') continue;
    const a = agencies.get(n.agency.acronym) ?? { acronym: n.agency.acronym, totalUsd: 0, resoldUsd: 0, awards: 0 };
    a.totalUsd += n.totalUsd;
    a.resoldUsd += n.resoldUsd;
    a.awards += n.awards.length;
    agencies.set(a.acronym, a);
  }
  const list = [...agencies.values()].map((a) => ({ ...a, totalUsd: cents(a.totalUsd), resoldUsd: cents(a.resoldUsd) }));
  return {
    id: r.company.id,
    name: r.company.name,
    owners: r.via.map((v) => v.name),
    via: r.via.map((v) => ({ name: v.name, relation: v.relation, ...(v.asOf ? { asOf: v.asOf } : {}) })),
    agencies: list,
    directUsd: cents(list.reduce((s, a) => s + a.totalUsd, 0)),
    resoldUsd: cents(list.reduce((s, a) => s + a.resoldUsd, 0)),
    laborActions: r.notes.filter((n) => n.kind === 'labor').length,
    ...(Object.keys(others).length ? { laborOthers: others } : {}),
    contextNotes: r.notes.filter((n) => n.kind === 'context').length,
    sources: [...new Set(r.notes.flatMap((n) => n.sources.map((s) => s.url)))],
  };
}

/** One row through the matcher. */
export function screenRow(index: ScreenIndex, row: readonly string[], roles: readonly Role[], at: number): RowResult {
  const o = index.matchRow(rowFields(row, roles));
  return {
    row: at,
    match: o.match,
    state: o.state,
    ...(o.candidates ? { candidates: o.candidates } : {}),
    ...(o.notes?.length ? { notes: o.notes } : {}),
  };
}

/** Matches every row; reports progress every `every` rows. Synchronous: run it off the UI thread. */
export function screenRows(
  index: ScreenIndex,
  t: Pick<Table, 'rows'>,
  roles: readonly Role[],
  onProgress?: (done: number, total: number) => void,
  every = 1000,
): RowResult[] {
  const out: RowResult[] = [];
  for (let i = 0; i < t.rows.length; i++) {
    out.push(screenRow(index, t.rows[i]!, roles, i));
    if (onProgress && (i + 1) % every === 0) onProgress(i + 1, t.rows.length);
  }
  onProgress?.(t.rows.length, t.rows.length);
  return out;
}

/** How many rows are in each state, decisions applied. */
export function stateCounts(
  results: readonly RowResult[],
  decisions: ReadonlyMap<number, Decision> = new Map(),
  /** The rows' own states, counted already (the page counts them as the results arrive). */
  base?: Readonly<Record<ReviewState, number>>,
): Record<ReviewState, number> {
  // Counted by state, then moved for the few rows a reviewer decided (results are in row order, so a
  // decided row is found by its index): no lookup per row.
  const c = { ...(base ?? countStates(results)) };
  for (const [row, d] of decisions) {
    const r = results[row]?.row === row ? results[row] : results.find((x) => x.row === row);
    if (!r) continue;
    c[r.state]--;
    c[decidedState(r, d)]++;
  }
  return c;
}

/** The rows' own states, before any decision. */
export function countStates(results: Iterable<RowResult>, into: Record<ReviewState, number> = { match: 0, review: 0, none: 0 }) {
  for (const r of results) into[r.state]++;
  return into;
}

/**
 * Of a company's labour actions, those not by its own workers, in words: "Contract workers: 3; Not its employees: 1".
 * Empty when every one was its own workers' (or the records do not say).
 */
export function laborOthersText(s: Pick<CompanySummary, 'laborOthers'>, { t, fmt }: I18n): string {
  const o = s.laborOthers ?? {};
  return (['client', 'platform', 'target'] as const)
    .filter((r) => o[r])
    .map((r) => t('screen.laborOthers', { label: t(`labor.relation.${r}`), number: fmt.number(o[r]!) }))
    .join('; ');
}

/**
 * "CBP $1,200, $80 in whole orders through resellers; ICE $5" in the reader's language. A resold amount is
 * the whole orders' (they may cover other makers' items) and never part of the company's own: it is written
 * beside the direct amount, never as "+$80" to it.
 */
export function agenciesText(s: CompanySummary, i18n: I18n): string {
  return s.agencies
    .map((a) => {
      // A tie our authors sourced without award records (e.g. a contract reported in the news) has no
      // amount in the data: said so, never written as "$0".
      if (!a.awards && !a.totalUsd && !a.resoldUsd) return `${a.acronym} ${i18n.t('screen.noAmount')}`;
      const direct = a.totalUsd || !a.resoldUsd ? i18n.fmt.usd(a.totalUsd) : '';
      const resold = a.resoldUsd ? i18n.t('screen.viaResellers', { amount: i18n.fmt.usd(a.resoldUsd) }) : '';
      return `${a.acronym} ${[direct, resold].filter(Boolean).join(', ')}`;
    })
    .join('; ');
}
