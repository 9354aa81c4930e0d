/**
 * npm run data:fetch -- --out <dir> [options]
 *   --out <dir>             where the CSVs go (`<agency id>-contract-transactions-FY<year>.csv`); `data:build
 *                           --inputs <parent>` reads them when <dir> is the inputs folder's `usaspending/`
 *   --agency <id>           an agency of data/dataset/sources/agencies.json (repeatable; default: those
 *                           marked "fetch": true)
 *   --fy <year>|<from>-<to> fiscal years (repeatable; default: 2021 to the current fiscal year)
 *   --api <url>             the API's origin (default https://api.usaspending.gov; http only on 127.0.0.1)
 *   --interval-ms <n>       at least this long between two requests (default 500)
 *   --timeout-ms <n>, --attempts <n>   per request (defaults 120000, 6)
 *   --allow-shrink          accept a file with far fewer rows than the one it replaces
 *   --list                  print the agencies and their USAspending names, then stop
 * Fetches USAspending's contract transactions (award types A–D) one agency and fiscal year at a time,
 * resumably; see data/pipeline/fetch/fetch.ts for what it guarantees.
 */
import { resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { readSourceAgencies } from '../data/pipeline/authored';
import { DEFAULT_API, fiscalYearOf } from '../data/pipeline/fetch/api';
import { DEFAULT_CLIENT, FetchError, JsonClient, realDeps, type ClientDeps } from '../data/pipeline/fetch/client';
import { DEFAULT_FETCH, csvName, fetchAgencyYear, type FetchTarget } from '../data/pipeline/fetch/fetch';
import { fail, runCli, runMain, type Io } from './cli';

/** The first fiscal year of the files in ../shared/data: what a full refresh covers. */
export const FIRST_FISCAL_YEAR = 2021;

export interface FetchCliOptions {
  sourcesDir?: string;
  /** Replaces the network, clock and sleep (tests). */
  deps?: Partial<ClientDeps>;
  /** Overrides for the fetch (tests shrink the API's result window). */
  fetch?: Partial<typeof DEFAULT_FETCH>;
}

function years(spec: string, current: number): number[] {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(spec);
  if (!m) fail(`--fy takes a year or a range such as 2021-2026, not "${spec}"`);
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  if (from < 2001 || to > current + 1 || from > to) fail(`--fy ${spec}: fiscal years run from 2001 to ${current + 1}`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function apiOrigin(spec: string): string {
  let u: URL;
  try {
    u = new URL(spec);
  } catch {
    fail(`--api: "${spec}" is not a URL`);
  }
  const local = u.hostname === '127.0.0.1' || u.hostname === 'localhost';
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && local)) fail('--api: https only (http for 127.0.0.1 and localhost)');
  return u.origin;
}

const positive = (flag: string, v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) fail(`${flag} takes a whole number, not "${v}"`);
  return n;
};

export async function main(args: string[], io: Io, opts: FetchCliOptions = {}): Promise<number> {
  const deps: ClientDeps = { ...realDeps((l) => io.stdout(`${l}\n`)), ...opts.deps };
  const current = fiscalYearOf(new Date(deps.now()));
  let out: string | undefined;
  let api = DEFAULT_API;
  let list = false;
  const ids: string[] = [];
  const fys: number[] = [];
  const client = { ...DEFAULT_CLIENT };
  const fetchOpts = { ...DEFAULT_FETCH, ...opts.fetch };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => args[++i] ?? fail(`${a} needs a value`);
    if (a === '--out') out = resolve(value());
    else if (a === '--agency') ids.push(value());
    else if (a === '--fy') fys.push(...years(value(), current));
    else if (a === '--api') api = apiOrigin(value());
    else if (a === '--interval-ms') client.intervalMs = positive(a, value());
    else if (a === '--timeout-ms') client.timeoutMs = Math.max(1, positive(a, value()));
    else if (a === '--attempts') client.attempts = Math.max(1, positive(a, value()));
    else if (a === '--allow-shrink') fetchOpts.maxShrink = 1;
    else if (a === '--list') list = true;
    else fail(`unknown option ${a}`);
  }

  let agencies;
  try {
    agencies = readSourceAgencies(opts.sourcesDir ?? 'data/dataset/sources');
  } catch (err) {
    fail((err as Error).message);
  }
  if (list) {
    for (const a of agencies)
      io.stdout(
        `${a.id.padEnd(10)} ${a.acronym.padEnd(11)} ${a.fetch ? 'fetch' : '     '} ${a.usaspendingSubtier ?? '(no USAspending sub-agency)'}\n`,
      );
    return 0;
  }
  if (!out) fail('usage: data:fetch --out <dir> [--agency <id>]… [--fy <year>|<from>-<to>]… (see README, "Dataset pipeline")');

  const chosen = ids.length
    ? ids.map((id) => agencies.find((a) => a.id === id) ?? fail(`no agency "${id}" in agencies.json (see --list)`))
    : agencies.filter((a) => a.fetch);
  if (!chosen.length) fail('no agency is marked "fetch": true in agencies.json; name one with --agency');
  const targets: FetchTarget[] = [];
  for (const a of chosen) {
    if (!a.usaspendingSubtier) fail(`agency "${a.id}" has no usaspendingSubtier in agencies.json: USAspending cannot be asked for it`);
    for (const fiscalYear of fys.length ? [...new Set(fys)].sort() : years(`${FIRST_FISCAL_YEAR}-${current}`, current))
      targets.push({ agency: { id: a.id, acronym: a.acronym, usaspendingSubtier: a.usaspendingSubtier }, fiscalYear });
  }

  mkdirSync(out, { recursive: true });
  const http = new JsonClient(client, deps);
  io.stdout(`data:fetch: ${targets.length} file(s) from ${api} into ${out}\n`);
  let total = 0;
  for (const t of targets) {
    try {
      const r = await fetchAgencyYear(t, http, { ...fetchOpts, api, out, now: deps.now, log: deps.log });
      total += r.rows;
      const was = r.previousRows === null ? 'new' : `was ${r.previousRows}`;
      const resumed = r.resumedPages ? `, ${r.resumedPages} from an earlier run` : '';
      io.stdout(
        `  ${csvName(t)}: ${r.rows} rows (${was}); ${r.pages} page(s)${resumed}${r.windows > 1 ? `, ${r.windows} date windows` : ''}\n`,
      );
      if (r.rows === 0)
        io.stdout(
          `  note: no ${t.agency.acronym} contract transactions in FY${t.fiscalYear} — check the USAspending name "${t.agency.usaspendingSubtier}"\n`,
        );
    } catch (err) {
      if (!(err instanceof FetchError)) throw err;
      io.stderr(`data:fetch: ${err.message}\n`);
      io.stderr(`data:fetch: stopped; files already written are complete, and pages saved so far are reused by the next run\n`);
      return 1;
    }
  }
  io.stdout(`data:fetch: ${total} rows in ${targets.length} file(s); ${http.requests} request(s), ${http.retries} retried\n`);
  return 0;
}

export const run = (args: string[], io: Io, opts?: FetchCliOptions) => runMain('data:fetch', (a, i) => main(a, i, opts), args, io);
await runCli(import.meta, 'data:fetch', main);
