/**
 * Fetching one sub-agency's contract transactions for one fiscal year into one CSV file in the layout
 * `data:build` reads (`<id>-contract-transactions-FY<year>.csv`, `USASPENDING_COLUMNS`).
 *
 * Resumable: every page is saved (written whole, then renamed) under `<out>/.pages/` as it arrives, and a
 * page already saved is not asked for again, so a run stopped by a crash or an outage continues where it
 * stopped. Saved pages older than `maxPageAgeMs` are dropped (the result set moves every day; pages of
 * different days would not line up).
 *
 * Never overwrites a good file with a partial one: the CSV is assembled into a temporary file beside the
 * target, read back with the importer's own reader and checked (columns, row count, agency, dates), and
 * only then renamed over the old file — and not at all when it would replace rows with none, or with far
 * fewer (`maxShrink`), which is what an API answering "no results" by mistake looks like.
 *
 * Past 50,000 rows the API refuses to page on. Pages are sorted by action date, so a window that fills
 * up is continued by a new window starting on the last row's date; rows of that date are taken from the
 * new window only. A single day with more rows than the API's window cannot be fetched this way: the
 * error says so (use the bulk download archives then, see README "Dataset pipeline").
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import Papa from 'papaparse';
import { readCsv } from '../input';
import { USASPENDING_COLUMNS } from '../usaspending';
import type { SourceAgency } from '../authored';
import { FetchError, type JsonClient } from './client';
import {
  MAX_RESULT_WINDOW,
  PAGE_SIZE,
  SEARCH_PATH,
  fiscalYearWindow,
  readPage,
  searchBody,
  type CsvRow,
  type SavedPage,
  type Window,
} from './api';

export interface FetchTarget {
  agency: Pick<SourceAgency, 'id' | 'acronym'> & { usaspendingSubtier: string };
  fiscalYear: number;
}

export interface FetchOptions {
  api: string;
  out: string;
  pageSize: number;
  /** The API's result window; tests make it small. */
  maxResultWindow: number;
  maxPageAgeMs: number;
  /** Refuse to replace a file when the new one has fewer than (1 − maxShrink) × its rows. */
  maxShrink: number;
  now: () => number;
  log: (line: string) => void;
}

export const DEFAULT_FETCH = {
  pageSize: PAGE_SIZE,
  maxResultWindow: MAX_RESULT_WINDOW,
  maxPageAgeMs: 20 * 3600_000,
  maxShrink: 0.5,
};

export interface FetchResult {
  file: string;
  rows: number;
  pages: number;
  /** Pages read from an earlier, interrupted run instead of the API. */
  resumedPages: number;
  windows: number;
  previousRows: number | null;
}

export const csvName = (t: FetchTarget) => `${t.agency.id}-contract-transactions-FY${t.fiscalYear}.csv`;

const pad = (n: number) => String(n).padStart(5, '0');

/** Saved pages: `<dir>/<window start>/<page>.json`, each `{page, hasNext, rows}`. */
class PageStore {
  constructor(readonly dir: string) {}

  windows(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .sort();
  }

  read(start: string, page: number): SavedPage | null {
    const file = join(this.dir, start, `${pad(page)}.json`);
    if (!existsSync(file)) return null;
    try {
      const p = JSON.parse(readFileSync(file, 'utf8')) as SavedPage;
      if (p.page === page && typeof p.hasNext === 'boolean' && Array.isArray(p.rows)) return p;
    } catch {
      // unreadable: fetched again below
    }
    return null;
  }

  write(start: string, p: SavedPage): void {
    mkdirSync(join(this.dir, start), { recursive: true });
    const file = join(this.dir, start, `${pad(p.page)}.json`);
    writeFileSync(`${file}.tmp`, JSON.stringify(p));
    renameSync(`${file}.tmp`, file);
  }

  openWindow(start: string): void {
    mkdirSync(join(this.dir, start), { recursive: true });
  }
}

export async function fetchAgencyYear(target: FetchTarget, client: JsonClient, opts: FetchOptions): Promise<FetchResult> {
  const fy = fiscalYearWindow(target.fiscalYear);
  const name = csvName(target);
  const final = join(opts.out, name);
  const store = new PageStore(join(opts.out, '.pages', name.replace(/\.csv$/, '')));
  const stamp = join(store.dir, 'started-at');
  if (existsSync(stamp) && opts.now() - Number(readFileSync(stamp, 'utf8')) > opts.maxPageAgeMs) {
    opts.log(`  ${name}: saved pages are older than ${Math.round(opts.maxPageAgeMs / 3600_000)} h; starting over`);
    rmSync(store.dir, { recursive: true, force: true });
  }
  if (!existsSync(stamp)) {
    mkdirSync(store.dir, { recursive: true });
    writeFileSync(stamp, String(opts.now()));
  }

  const pagesPerWindow = Math.floor(opts.maxResultWindow / opts.pageSize);
  const url = new URL(SEARCH_PATH, opts.api).href;
  let fetched = 0;
  let resumed = 0;
  const windows = store.windows();
  if (!windows.length) windows.push(fy.start);
  for (;;) {
    const start = windows[windows.length - 1]!;
    store.openWindow(start);
    const window: Window = { start, end: fy.end };
    let next: string | null = null;
    for (let page = 1; ; page++) {
      let p = store.read(start, page);
      if (p) resumed++;
      else {
        const what = `${target.agency.acronym} FY${target.fiscalYear} ${start}…, page ${page}`;
        const want = { page, limit: opts.pageSize, subtier: target.agency.usaspendingSubtier, acronym: target.agency.acronym, window };
        p = await client.post(url, searchBody(want.subtier, window, page, opts.pageSize), what, (json) => readPage(json, want));
        store.write(start, p);
        fetched++;
      }
      if (!p.hasNext) break;
      if (page >= pagesPerWindow) {
        const last = p.rows[p.rows.length - 1]!['Action Date'];
        if (last <= start)
          throw new FetchError(
            `${target.agency.acronym} FY${target.fiscalYear}: more than ${opts.maxResultWindow} transactions on ${start}, more than the API pages through; use USAspending's bulk download for this agency`,
          );
        next = last;
        break;
      }
    }
    if (!next) break;
    opts.log(`  ${name}: ${opts.maxResultWindow} rows reached; continuing from ${next}`);
    windows.push(next);
  }

  const rows = await assemble(store, windows, `${final}.partial`, pagesPerWindow);
  const check = await verify(`${final}.partial`, target, fy);
  if (check !== rows) throw new FetchError(`${name}: wrote ${rows} rows but read back ${check}`);
  const previousRows = existsSync(final) ? await countRows(final) : null;
  if (previousRows !== null && previousRows > 0 && rows < previousRows * (1 - opts.maxShrink)) {
    // The pages go too: the next run asks the API again instead of repeating this answer.
    rmSync(`${final}.partial`);
    rmSync(store.dir, { recursive: true, force: true });
    throw new FetchError(
      `${name}: the API returned ${rows} rows where the file has ${previousRows}; keeping the file (a partial answer?). Check the agency name, or remove the file to accept it`,
    );
  }
  renameSync(`${final}.partial`, final);
  rmSync(store.dir, { recursive: true, force: true });
  return { file: final, rows, pages: fetched + resumed, resumedPages: resumed, windows: windows.length, previousRows };
}

/** Writes the saved pages' rows as one CSV; rows of a continued window's first day come from the next window. */
async function assemble(store: PageStore, windows: string[], file: string, pagesPerWindow: number): Promise<number> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${Papa.unparse([USASPENDING_COLUMNS as unknown as string[]], { newline: '\n' })}\n`);
  let count = 0;
  for (let w = 0; w < windows.length; w++) {
    const before = windows[w + 1];
    for (let page = 1; ; page++) {
      const p = store.read(windows[w]!, page);
      if (!p) throw new FetchError(`${store.dir}/${windows[w]}: page ${page} is missing`);
      const rows: CsvRow[] = before ? p.rows.filter((r) => r['Action Date'] < before) : p.rows;
      if (rows.length) await write(`${Papa.unparse(rows, { header: false, columns: [...USASPENDING_COLUMNS], newline: '\n' })}\n`);
      count += rows.length;
      if (!p.hasNext || (before && page >= pagesPerWindow)) break;
    }
  }
  out.end();
  await once(out, 'finish');
  return count;
}

/** Reads the file back as the importer will, and checks each row belongs to the agency and year. */
async function verify(file: string, target: FetchTarget, fy: Window): Promise<number> {
  let n = 0;
  for await (const row of readCsv(file, USASPENDING_COLUMNS)) {
    n++;
    const date = row['Action Date'] ?? '';
    if (row['Agency'] !== target.agency.acronym || date < fy.start || date > fy.end || !row['Generated Award ID'])
      throw new FetchError(`${file}: row ${n} does not read back as written`);
  }
  return n;
}

async function countRows(file: string): Promise<number> {
  if (statSync(file).size === 0) return 0;
  let n = 0;
  for await (const _row of readCsv(file)) n++;
  return n;
}
