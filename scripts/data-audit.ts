/**
 * npm run -s data:audit [-- --seed N] [--notes N] [--links N] [--domains N] [--markdown | --json]
 * Draws a reproducible random sample of the bundle's claims (notes, ownership and joint-venture links,
 * domains) and prints each with its sources, for a person to verify. `--markdown` prints the table an audit
 * record starts from (docs/audit-<date>.md), with an empty verdict column.
 */
import { readBundledDataset } from '../data/pipeline/bundled';
import { domainEvidence, readSourceCompanies } from '../data/pipeline/authored';
import { auditSample, DEFAULT_AUDIT, type AuditItem, type AuditOptions } from '../data/pipeline/audit';
import { formatDate } from '../data/model/format';
import { fail, runCli, runMain, type Io } from './cli';

const count = (flag: string, v: string | undefined) => {
  const n = Number(v);
  if (!v || !Number.isInteger(n) || n < 0 || n > 10_000) fail(`${flag} needs a whole number from 0 to 10000`);
  return n;
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function text(items: AuditItem[]): string {
  return items
    .map((it, i) => {
      const lines = [`${String(i + 1).padStart(3)}. [${it.kind}] ${it.key}`, `     ${it.claim}`];
      for (const s of it.sources)
        lines.push(`     - ${s.publisher}${s.date ? `, ${formatDate(s.date)}` : ''}: ${s.title}`, `       ${s.url}`);
      if (it.check) lines.push(`     - check: ${it.check}`);
      return lines.join('\n');
    })
    .join('\n\n');
}

function markdown(items: AuditItem[]): string {
  const rows = items.map(
    (it, i) =>
      `| ${i + 1} | ${it.kind} | \`${it.key}\` | ${cell(it.claim)} | ${[...it.sources.map((s) => `[${cell(s.publisher)}](${s.url})`), ...(it.check ? [it.check] : [])].join('<br>')} |  |  |`,
  );
  return ['| # | kind | item | claim | sources | verdict | finding |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

export async function main(args: string[], io: Io): Promise<number> {
  const o: AuditOptions = { ...DEFAULT_AUDIT };
  let format: 'text' | 'markdown' | 'json' = 'text';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--seed') o.seed = count(a, args[++i]);
    else if (a === '--notes') o.notes = count(a, args[++i]);
    else if (a === '--links') o.links = count(a, args[++i]);
    else if (a === '--domains') o.domains = count(a, args[++i]);
    else if (a === '--markdown') format = 'markdown';
    else if (a === '--json') format = 'json';
    else fail(`unknown option ${a}`);
  }
  const d = readBundledDataset();
  // The registry's evidence for domains lives beside the bundle, not in it (data/pipeline/authored.ts).
  const items = auditSample(d, o, domainEvidence(readSourceCompanies('data/dataset/sources')));
  const head = `Truth audit sample: seed ${o.seed}, dataset version ${d.version} (${d.generatedAt.slice(0, 10)}); ${items.length} items (${o.notes} notes, ${o.links} links, ${o.domains} domains requested). Verify each claim against its sources: true / partly / false / unverifiable.`;
  if (format === 'json') io.stdout(`${JSON.stringify({ seed: o.seed, version: d.version, items }, null, 2)}\n`);
  else io.stdout(`${format === 'markdown' ? `${head}\n\n${markdown(items)}` : `${head}\n\n${text(items)}`}\n`);
  return 0;
}

export const run = (args: string[], io: Io) => runMain('data:audit', main, args, io);
await runCli(import.meta, 'data:audit', main);
