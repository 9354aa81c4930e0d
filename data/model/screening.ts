/**
 * Screening a whole list and what comes out of it: per-row results, a per-company summary (contract
 * agencies and totals, labour actions), and the CSV export. Shared by the lookup page's worker and the
 * `check` CLI.
 */
import Papa from 'papaparse';
import type { ScreenIndex, ScreenMatch } from './name-matcher';
import { HOW_LABELS } from './name-matcher';
import { rowFields, type Role, type Table } from './list-input';
import type { MatchResult } from './result';

export interface RowResult {
  /** Index into the table's rows. */
  row: number;
  match: ScreenMatch | null;
  note?: string;
}

export interface CompanySummary {
  id: string;
  name: string;
  /** Owners, nearest first. */
  owners: string[];
  agencies: { acronym: string; totalUsd: number; resoldUsd: number; awards: number }[];
  contractTotalUsd: number;
  laborActions: number;
  contextNotes: number;
  /** Source links of the notes, most relevant first, without repeats. */
  sources: string[];
}

export function summarizeResult(r: MatchResult): CompanySummary {
  const agencies = new Map<string, CompanySummary['agencies'][number]>();
  for (const n of r.notes) {
    if (n.kind !== 'contract') continue;
    const a = agencies.get(n.agency.acronym) ?? { acronym: n.agency.acronym, totalUsd: 0, resoldUsd: 0, awards: 0 };
    a.totalUsd += n.totalUsd;
    a.resoldUsd += n.resoldUsd;
    a.awards += n.awards.length;
    agencies.set(a.acronym, a);
  }
  const list = [...agencies.values()].map((a) => ({
    ...a,
    totalUsd: Math.round(a.totalUsd * 100) / 100,
    resoldUsd: Math.round(a.resoldUsd * 100) / 100,
  }));
  return {
    id: r.company.id,
    name: r.company.name,
    owners: r.via.map((v) => v.name),
    agencies: list,
    contractTotalUsd: Math.round(list.reduce((s, a) => s + a.totalUsd, 0) * 100) / 100,
    laborActions: r.notes.filter((n) => n.kind === 'labor').length,
    contextNotes: r.notes.filter((n) => n.kind === 'context').length,
    sources: [...new Set(r.notes.flatMap((n) => n.sources.map((s) => s.url)))],
  };
}

/** Matches every row; reports progress every `every` rows. Synchronous: run it off the UI thread. */
export function screenRows(
  index: ScreenIndex,
  t: Table,
  roles: readonly Role[],
  onProgress?: (done: number, total: number) => void,
  every = 1000,
): RowResult[] {
  const out: RowResult[] = [];
  for (let i = 0; i < t.rows.length; i++) {
    const r = index.matchRow(rowFields(t.rows[i]!, roles));
    out.push({ row: i, match: r.match, ...(r.note ? { note: r.note } : {}) });
    if (onProgress && (i + 1) % every === 0) onProgress(i + 1, t.rows.length);
  }
  onProgress?.(t.rows.length, t.rows.length);
  return out;
}

export const EXPORT_COLUMNS = [
  'tieline_match',
  'tieline_company',
  'tieline_company_id',
  'tieline_owned_by',
  'tieline_matched_by',
  'tieline_matched_value',
  'tieline_confidence',
  'tieline_contract_agencies',
  'tieline_contract_total_usd',
  'tieline_labor_actions',
  'tieline_context_notes',
  'tieline_sources',
  'tieline_note',
] as const;

export function agenciesText(s: CompanySummary): string {
  return s.agencies
    .map((a) => {
      const usd = (x: number) => `$${Math.round(x).toLocaleString('en-US')}`;
      const via = a.resoldUsd ? `${usd(a.resoldUsd)} via resellers` : '';
      return `${a.acronym} ${a.totalUsd || !via ? usd(a.totalUsd) : ''}${a.totalUsd && via ? ` (+${via})` : via}`;
    })
    .join('; ');
}

/** The original columns, then the match columns, with source URLs; one line per input row, in order. */
export function exportCsv(t: Table, results: readonly RowResult[], summaries: ReadonlyMap<string, CompanySummary>): string {
  const header = [...(t.header ?? Array.from({ length: t.width }, (_, i) => `column_${i + 1}`)), ...EXPORT_COLUMNS];
  const lines = results.map((r) => {
    const row = t.rows[r.row]!;
    const original = Array.from({ length: t.width }, (_, i) => row[i] ?? '');
    const s = r.match ? summaries.get(r.match.companyId) : undefined;
    return [
      ...original,
      r.match ? 'yes' : 'no',
      s?.name ?? '',
      r.match?.companyId ?? '',
      s?.owners.join(' > ') ?? '',
      r.match ? HOW_LABELS[r.match.how] : '',
      r.match?.matched ?? '',
      r.match ? String(r.match.confidence) : '',
      s ? agenciesText(s) : '',
      s ? String(s.contractTotalUsd) : '',
      s ? String(s.laborActions) : '',
      s ? String(s.contextNotes) : '',
      s ? s.sources.slice(0, 10).join(' ') : '',
      r.note ?? '',
    ];
  });
  return `${Papa.unparse([header, ...lines], { newline: '\r\n' })}\r\n`;
}
