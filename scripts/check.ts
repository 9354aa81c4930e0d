/**
 * npm run -s check -- <file.csv|-> [--column NAME ...] [--json|--csv]
 * Screens a donor or vendor list (CSV or TSV; "-" reads standard input) with the lookup page's engine on
 * the bundled dataset: one result per input row, in input order. Exit 2 with a one-line reason when the
 * list cannot be read.
 */
import { readFileSync } from 'node:fs';
import { readBundledDataset } from '../data/pipeline/bundled';
import { DatasetIndex } from '../data/model/domain-matcher';
import { ScreenIndex, HOW_LABELS } from '../data/model/name-matcher';
import { InputError, decodeBytes, guessRoles, parseTable, rolesForColumns } from '../data/model/list-input';
import { agenciesText, exportCsv, screenRows, summarizeResult, type CompanySummary } from '../data/model/screening';
import type { MatchResult } from '../data/model/result';
import { fail, runCli, runMain, type Io } from './cli';

const USAGE = 'usage: check <file.csv|-> [--column NAME ...] [--json|--csv]';

export async function main(args: string[], io: Io): Promise<number> {
  const columns: string[] = [];
  let format: 'text' | 'json' | 'csv' = 'text';
  let source: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--column') columns.push(args[++i] ?? fail('--column needs a column name'));
    else if (a === '--json') format = 'json';
    else if (a === '--csv') format = 'csv';
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

  try {
    const table = parseTable(decodeBytes(bytes));
    const roles = columns.length ? rolesForColumns(table, columns) : guessRoles(table);
    const dataset = readBundledDataset();
    const screen = new ScreenIndex(dataset.companies);
    const index = new DatasetIndex(dataset);
    const results = screenRows(screen, table, roles);
    const matches = new Map<string, MatchResult>();
    for (const r of results)
      if (r.match && !matches.has(r.match.companyId)) matches.set(r.match.companyId, index.companyResult(r.match.companyId)!);
    const summaries = new Map<string, CompanySummary>([...matches].map(([id, m]) => [id, summarizeResult(m)]));
    const inputOf = (i: number) => {
      const row = table.rows[i]!;
      if (table.header) return Object.fromEntries(table.header.map((h, j) => [h, row[j] ?? '']));
      return row.length === 1 ? row[0]! : row;
    };
    if (format === 'json') {
      const out = results.map((r) => {
        const m = r.match && matches.get(r.match.companyId)!;
        return {
          input: inputOf(r.row),
          match: m && {
            company: m.company,
            via: m.via,
            notes: m.notes,
            matchedBy: { how: r.match!.how, value: r.match!.matched, confidence: r.match!.confidence },
          },
          ...(r.note && !m ? { note: r.note } : {}),
        };
      });
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    } else if (format === 'csv') {
      io.stdout(exportCsv(table, results, summaries));
    } else {
      let hits = 0;
      for (const r of results) {
        const label = table.rows[r.row]!.filter(Boolean).join(' | ');
        if (!r.match) {
          io.stdout(`${String(r.row + 1).padStart(5)}  ${label}  →  no match${r.note ? ` (${r.note})` : ''}\n`);
          continue;
        }
        hits++;
        const s = summaries.get(r.match.companyId)!;
        const owner = s.owners.length ? `, owned by ${s.owners.join(', owned by ')}` : '';
        const facts = [
          agenciesText(s),
          s.laborActions ? `${s.laborActions} labor action(s)` : '',
          s.contextNotes ? `${s.contextNotes} context note(s)` : '',
        ]
          .filter(Boolean)
          .join('; ');
        io.stdout(
          `${String(r.row + 1).padStart(5)}  ${label}  →  ${s.name}${owner} [${HOW_LABELS[r.match.how]} "${r.match.matched}", confidence ${r.match.confidence}]${facts ? ` — ${facts}` : ''}\n`,
        );
      }
      io.stdout(`\n${hits} of ${results.length} rows matched (dataset version ${dataset.version}, ${dataset.generatedAt.slice(0, 10)}).\n`);
    }
  } catch (err) {
    if (err instanceof InputError) fail(err.message);
    throw err;
  }
  return 0;
}

export const run = (args: string[], io: Io) => runMain('check', main, args, io);
await runCli(import.meta, 'check', main);
