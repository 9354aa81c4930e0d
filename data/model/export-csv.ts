/**
 * The screened list as CSV: the original columns, then Tieline's. Safe to open in a spreadsheet: every
 * cell, ours and the list's own, that a spreadsheet would read as a formula (OWASP "CSV injection": it
 * starts with =, +, -, @, a tab or a carriage return) is prefixed with ' — a plain number such as -12.5
 * stays a number. A UTF-8 byte-order mark leads by default, so Excel reads "José Núñez" as written.
 * Amount columns are plain numbers (no $, no grouping), direct and resold apart, so they add up.
 */
import Papa from 'papaparse';
import type { Table } from './list-input';
import type { I18n } from './i18n';
import { affiliateLabel, howLabel, matchReason, notesText } from './screen-words';
import { decidedState, agenciesText, laborOthersText, type CompanySummary, type Decision, type RowResult } from './screening';

export const EXPORT_COLUMNS = [
  'tieline_state',
  'tieline_decision',
  'tieline_company',
  'tieline_company_id',
  'tieline_relation',
  'tieline_owned_by',
  'tieline_matched_by',
  'tieline_matched_value',
  'tieline_confidence',
  'tieline_match_reason',
  'tieline_contract_agencies',
  'tieline_direct_total_usd',
  'tieline_resold_total_usd',
  'tieline_labor_actions',
  'tieline_labor_not_own_workers',
  'tieline_context_notes',
  'tieline_sources',
  'tieline_note',
] as const;

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** OWASP's rule, as Papa Parse's `escapeFormulae` applies it, minus plain numbers (which no spreadsheet runs). */
export function safeCell(v: string): string {
  return /^[=+\-@\t\r]/.test(v) && !PLAIN_NUMBER.test(v) ? `'${v}` : v;
}

export interface ExportOptions {
  /** Reviewer decisions by row index. */
  decisions?: ReadonlyMap<number, Decision>;
  /** A UTF-8 byte-order mark first (default): Excel needs it to read UTF-8. */
  bom?: boolean;
}

/** One line per input row, in order; `i18n` writes the words (relation, how, reason, notes). */
export function exportCsv(
  t: Pick<Table, 'header' | 'rows' | 'width'>,
  results: readonly RowResult[],
  summaries: ReadonlyMap<string, CompanySummary>,
  i18n: I18n,
  opts: ExportOptions = {},
): string {
  const header = [...(t.header ?? Array.from({ length: t.width }, (_, i) => `column_${i + 1}`)), ...EXPORT_COLUMNS];
  const lines = results.map((r) => {
    const row = t.rows[r.row]!;
    const original = Array.from({ length: t.width }, (_, i) => row[i] ?? '');
    const decision = opts.decisions?.get(r.row);
    const m = r.match;
    const s = m ? summaries.get(m.companyId) : undefined;
    const counted = s && decision !== 'rejected';
    const relation = m?.affiliate && s ? affiliateLabel(m.affiliate, s.name, i18n) : '';
    return [
      ...original,
      decidedState(r, decision),
      decision ?? '',
      s?.name ?? '',
      m?.companyId ?? '',
      relation,
      s?.owners.join(' > ') ?? '',
      m ? howLabel(m.how, i18n) : '',
      m?.matched ?? '',
      m ? String(m.confidence) : '',
      m ? matchReason(m, i18n) : '',
      s ? agenciesText(s, i18n) : '',
      counted ? String(s.directUsd) : '',
      counted ? String(s.resoldUsd) : '',
      counted ? String(s.laborActions) : '',
      counted ? laborOthersText(s, i18n) : '',
      counted ? String(s.contextNotes) : '',
      s ? s.sources.slice(0, 10).join(' ') : '',
      notesText(r.notes, i18n),
    ].map(safeCell);
  });
  const csv = `${Papa.unparse([header.map(safeCell), ...lines], { newline: '\r\n', escapeFormulae: false })}\r\n`;
  return opts.bom === false ? csv : `\uFEFF${csv}`;
}
