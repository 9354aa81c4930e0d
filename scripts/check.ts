/**
 * npm run -s check -- <file.csv|-> [--column NAME ...] [--json|--jsonl|--csv [--no-bom]]
 * Screens a donor or vendor list (CSV or TSV; "-" reads standard input) with the lookup page's engine on
 * the bundled dataset: one result per input row, in input order, written as each row is checked.
 *
 * --json   one object, streamed: {"dataset", "rows": [one per line], "companies": {id: its notes, once}}
 * --jsonl  JSON Lines: a "company" line the first time a company appears, then a "row" line per row
 * --csv    the original columns and the match columns (UTF-8 with a byte-order mark; --no-bom omits it)
 *
 * Text for a terminal has control characters (escape sequences included) removed from everything the list
 * supplied. Exit 2 with a one-line reason when the list cannot be read.
 */
import { readFileSync } from 'node:fs';
import { readBundledDataset } from '../data/pipeline/bundled';
import { nodeI18n } from '../data/pipeline/locale-files';
import { DatasetIndex } from '../data/model/domain-matcher';
import { ScreenIndex } from '../data/model/name-matcher';
import { InputError, decodeBytes, guessRoles, parseTable, rolesForColumns } from '../data/model/list-input';
import { agenciesText, screenRow, summarizeResult, type CompanySummary, type RowResult } from '../data/model/screening';
import { exportCsv } from '../data/model/export-csv';
import { affiliateLabel, matchReason, notesText, STATE_KEYS } from '../data/model/screen-words';
import { noteTitle, ownerLabel } from '../data/model/describe';
import type { MatchResult } from '../data/model/result';
import { fail, runCli, runMain, type Io } from './cli';

const USAGE = 'usage: check <file.csv|-> [--column NAME ...] [--json|--jsonl|--csv [--no-bom]]';

/** C0 and C1 control characters (ESC included, so no escape sequence survives) and bidirectional overrides. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
export const forTerminal = (s: string) => s.replace(CONTROLS, ' ');
/** JSON.stringify leaves C1 controls raw; written as \u escapes, the output is the same JSON and inert in a terminal. */
const json = (v: unknown) =>
  JSON.stringify(v).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Output in chunks: one write per ~64 KB rather than per row. */
function buffered(io: Io) {
  let buf = '';
  return {
    write(s: string) {
      buf += s;
      if (buf.length > 65536) {
        io.stdout(buf);
        buf = '';
      }
    },
    flush() {
      if (buf) io.stdout(buf);
      buf = '';
    },
  };
}

export async function main(args: string[], io: Io): Promise<number> {
  const columns: string[] = [];
  let format: 'text' | 'json' | 'jsonl' | 'csv' = 'text';
  let bom = true;
  let source: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--column') columns.push(args[++i] ?? fail('--column needs a column name'));
    else if (a === '--json') format = 'json';
    else if (a === '--jsonl') format = 'jsonl';
    else if (a === '--csv') format = 'csv';
    else if (a === '--no-bom') bom = false;
    else if (a.startsWith('--')) fail(`unknown option ${a} (${USAGE})`);
    else if (source === undefined) source = a;
    else fail(`expected one file (${USAGE})`);
  }
  if (source === undefined) fail(`expected a file, or - for standard input (${USAGE})`);

  let bytes: Uint8Array;
  try {
    bytes = source === '-' ? io.stdin() : readFileSync(source);
  } catch (err) {
    fail(`cannot read ${source}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }

  const i18n = nodeI18n();
  const { t } = i18n;
  try {
    const table = parseTable(decodeBytes(bytes));
    const roles = columns.length ? rolesForColumns(table, columns) : guessRoles(table);
    const dataset = readBundledDataset();
    const screen = new ScreenIndex(dataset.companies);
    const index = new DatasetIndex(dataset);
    const results = new Map<string, MatchResult>();
    const summaries = new Map<string, CompanySummary>();
    /** The company's result and summary, read once, the first time a row matches it. */
    const companyOf = (id: string) => {
      let r = results.get(id);
      if (!r) {
        r = index.companyResult(id)!;
        results.set(id, r);
        summaries.set(id, summarizeResult(r));
      }
      return { result: r, summary: summaries.get(id)! };
    };
    const inputOf = (i: number) => {
      const row = table.rows[i]!;
      if (table.header) return Object.fromEntries(table.header.map((h, j) => [h, row[j] ?? '']));
      return row.length === 1 ? row[0]! : row;
    };
    const rowJson = (r: RowResult) => ({
      row: r.row + 1,
      input: inputOf(r.row),
      state: r.state,
      match: r.match && {
        company: r.match.companyId,
        name: companyOf(r.match.companyId).result.company.name,
        how: r.match.how,
        value: r.match.matched,
        confidence: r.match.confidence,
        ...(r.match.affiliate ? { affiliate: r.match.affiliate } : {}),
        ...(r.match.part ? { part: r.match.part } : {}),
        reason: matchReason(r.match, i18n),
      },
      ...(r.candidates ? { candidates: r.candidates.map((c) => ({ company: c.companyId, confidence: c.confidence })) } : {}),
      ...(r.notes?.length ? { notes: notesText(r.notes, i18n) } : {}),
    });
    const companyJson = (id: string) => {
      const m = companyOf(id).result;
      return { company: m.company, via: m.via, notes: m.notes.map((n) => ({ ...n, title: noteTitle(n, i18n) })) };
    };
    const out = buffered(io);
    const counts = { match: 0, review: 0, none: 0 };
    const each = (f: (r: RowResult) => void) => {
      for (let i = 0; i < table.rows.length; i++) {
        const r = screenRow(screen, table.rows[i]!, roles, i);
        counts[r.state]++;
        f(r);
      }
    };
    const datasetInfo = { version: dataset.version, generatedAt: dataset.generatedAt };

    if (format === 'json') {
      out.write(`{"dataset":${json(datasetInfo)},"rows":[`);
      let first = true;
      each((r) => {
        out.write(`${first ? '\n' : ',\n'}${json(rowJson(r))}`);
        first = false;
      });
      out.write('\n],"companies":{');
      [...results.keys()].forEach((id, k) => out.write(`${k ? ',\n' : '\n'}${json(id)}:${json(companyJson(id))}`));
      out.write('\n}}\n');
    } else if (format === 'jsonl') {
      out.write(`${json({ type: 'dataset', ...datasetInfo })}\n`);
      const sent = new Set<string>();
      each((r) => {
        for (const id of [r.match?.companyId].filter((x): x is string => !!x && !sent.has(x))) {
          sent.add(id);
          out.write(`${json({ type: 'company', id, ...companyJson(id) })}\n`);
        }
        out.write(`${json({ type: 'row', ...rowJson(r) })}\n`);
      });
    } else if (format === 'csv') {
      const all: RowResult[] = [];
      each((r) => {
        if (r.match) companyOf(r.match.companyId);
        all.push(r);
      });
      out.write(exportCsv(table, all, summaries, i18n, { bom }));
    } else {
      each((r) => {
        const label = forTerminal(
          table.rows[r.row]!.map((c) => c.trim())
            .filter(Boolean)
            .join(' | '),
        );
        const head = `${String(r.row + 1).padStart(6)}  ${label}  →  `;
        const notes = forTerminal(notesText(r.notes, i18n));
        if (!r.match) {
          out.write(`${head}${t(STATE_KEYS[r.state])}${notes ? ` (${notes})` : ''}\n`);
          return;
        }
        const { summary: s } = companyOf(r.match.companyId);
        const owner = s.via.map((o) => ownerLabel(o, i18n)).join('');
        const affiliate = r.match.affiliate ? ` (${affiliateLabel(r.match.affiliate, s.name, i18n)})` : '';
        const facts = [
          agenciesText(s, i18n),
          s.laborActions ? t('check.laborActions', { count: s.laborActions }) : '',
          s.contextNotes ? t('check.contextNotes', { count: s.contextNotes }) : '',
        ]
          .filter(Boolean)
          .join('; ');
        const state = r.state === 'review' ? `${t('screen.state.review')}: ` : '';
        out.write(
          `${head}${state}${s.name}${owner}${affiliate} [${forTerminal(matchReason(r.match, i18n))}]${facts ? ` — ${facts}` : ''}\n`,
        );
      });
      out.write(
        `\n${t('check.summary', { count: table.rows.length, match: i18n.fmt.number(counts.match), review: i18n.fmt.number(counts.review), none: i18n.fmt.number(counts.none), version: dataset.version, date: dataset.generatedAt.slice(0, 10) })}\n`,
      );
    }
    out.flush();
  } catch (err) {
    if (err instanceof InputError) fail(err.text(i18n));
    throw err;
  }
  return 0;
}

export const run = (args: string[], io: Io) => runMain('check', main, args, io);
await runCli(import.meta, 'check', main);
