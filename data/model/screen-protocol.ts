/** The messages between the lookup page and the bulk check's worker: plain data, structured-cloned. */
import type { Role, Table } from './list-input';
import type { CompanySummary, RowResult } from './screening';
import type { ActiveDataset } from './state';

export type JobRequest = { type: 'parse'; bytes?: ArrayBuffer; text?: string } | { type: 'run'; roles: Role[] };

export type JobEvent =
  /** The whole table travels here, while the user picks columns, so the result message stays small. */
  | { type: 'parsed'; table: Table; rowCount: number; preview: string[][]; roles: Role[] }
  | { type: 'progress'; done: number; total: number }
  | {
      type: 'done';
      results: RowResult[];
      summaries: [string, CompanySummary][];
      dataset: ActiveDataset | undefined;
      ms: number;
    }
  /** An unusable list (a message key of locales/*.yml and its values), or an unexpected failure's own text. */
  | { type: 'error'; error: JobError };

export type JobError = { key: string; params: Record<string, string | number> } | { message: string };
