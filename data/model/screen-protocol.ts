/**
 * The messages between the lookup page and the bulk check's worker: plain data, structured-cloned. A list
 * of a quarter of a million rows never crosses in one message: the worker keeps the table and sends rows
 * and their results in batches as it checks them, so no single message stalls the page.
 */
import type { Role } from './list-input';
import type { CompanySummary, RowResult } from './screening';
import type { ActiveDataset } from './state';

export type JobRequest = { type: 'parse'; bytes?: ArrayBuffer; text?: string } | { type: 'run'; roles: Role[] };

/** What the page needs to let the user pick columns: not the rows themselves. */
export interface ParsedList {
  header: string[] | null;
  width: number;
  rowCount: number;
  /** The first rows, cut to the columns the picker shows. */
  preview: string[][];
  roles: Role[];
}

export type JobError = { key: string; params: Record<string, string | number> } | { message: string };

export type JobEvent =
  | { type: 'reading'; rows: number }
  | ({ type: 'parsed' } & ParsedList)
  | { type: 'progress'; done: number; total: number }
  /** Rows `from`… of the table, as the list has them, with their results (in order, no gaps). */
  | { type: 'rows'; from: number; rows: string[][]; results: RowResult[] }
  /** Summaries of companies matched so far, sent as they are read so the end of a long list carries few. */
  | { type: 'summaries'; summaries: [string, CompanySummary][] }
  /** The rest of the summaries (with those sent before, one per matched company). */
  | { type: 'done'; summaries: [string, CompanySummary][]; dataset: ActiveDataset | undefined; ms: number }
  /** An unusable list (a message key of locales/*.yml and its values), or an unexpected failure's own text. */
  | { type: 'error'; error: JobError };

/**
 * Between the bulk check's worker and its helper workers (one per spare core): each helper builds its own
 * name index from the same generation of the data and matches the chunks of rows it is given, so a long
 * list is checked on every core. Results come back by chunk; the lead sends them to the page in order.
 */
export type HelperRequest = { type: 'warm'; gen: number } | { type: 'match'; gen: number; from: number; rows: string[][]; roles: Role[] };
export type HelperEvent = { type: 'matched'; from: number; results: RowResult[] } | { type: 'failed'; message: string };

/** Rows per 'rows' message: small enough that cloning one never holds the page for long. */
export const BATCH_ROWS = 5000;
/** Columns the picker draws (the rest are found by name): a list 600,000 columns wide must not draw 600,000 menus. */
export const PICKER_COLUMNS = 40;
