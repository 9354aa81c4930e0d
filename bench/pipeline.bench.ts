/**
 * npm run bench:pipeline — the USAspending importer on synthetic rows in the real format, each measured
 * run in a fresh process so peak RSS is its own, printed beside a baseline measured in the same run: the
 * CSV parser alone, with no aggregation.
 * - 250,000 and 1,000,000 rows over 40,000 awards, from files. Goal: peak RSS under 300 MB, flat as the
 *   input grows (memory follows distinct awards, not rows).
 * - 10,000,000 rows over 1,000,000 awards, streamed through a named pipe from a generator process (no
 *   file, no disk): the size of a large agency's multi-year archive. Its bytes per award say how far the
 *   in-memory aggregation goes before an embedded analytical engine should take over (README, "Scale").
 * - then the published shards: what one day's changes cost each install (bench/publish-scale.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSynthetic } from './synthetic';
import { publishScale } from './publish-scale';

interface Measured {
  rows: number;
  ms: number;
  peakRssMb: number;
  liveHeapMb: number;
  awards?: number;
}

const TSX = 'node_modules/.bin/tsx';
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const rate = (m: { rows: number; ms: number }) => fmt((m.rows / m.ms) * 1000).padStart(10);

function parseLast(stdout: string): Measured {
  return JSON.parse(stdout.trim().split('\n').pop()!) as Measured;
}

function measureFile(mode: 'import' | 'parse', file: string): Measured {
  const r = spawnSync(TSX, ['bench/pipeline-worker.ts', mode, file], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '--expose-gc' },
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return parseLast(r.stdout);
}

/** Runs a command to completion, collecting its standard output. */
function runAsync(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(TSX, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('close', (code) => (code === 0 ? ok(out) : fail(new Error(`${args.join(' ')}: exit ${code}\n${err}`))));
  });
}

/** The generator writes into a named pipe while the measured process reads it: the rows exist only in flight. */
async function measureStreamed(mode: 'import' | 'parse', dir: string, rows: number, awards: number): Promise<Measured> {
  const fifo = join(dir, `rows-${mode}.fifo`);
  const made = spawnSync('mkfifo', [fifo]);
  if (made.status !== 0) throw new Error(`mkfifo: ${made.stderr}`);
  try {
    const [, measured] = await Promise.all([
      runAsync(['bench/synthetic.ts', fifo, String(rows), String(awards)]),
      runAsync(['bench/pipeline-worker.ts', mode, fifo], { ...process.env, NODE_OPTIONS: '--expose-gc' }),
    ]);
    return parseLast(measured);
  } finally {
    rmSync(fifo, { force: true });
  }
}

const dir = mkdtempSync(join(tmpdir(), 'tieline-bench-'));
try {
  console.log(`USAspending importer benchmark (node ${process.version})`);
  for (const rows of [250_000, 1_000_000]) {
    const file = join(dir, `synthetic-${rows}.csv`);
    await writeSynthetic(file, rows, 40_000);
    const mb = statSync(file).size / 2 ** 20;
    const parse = measureFile('parse', file);
    const imp = measureFile('import', file);
    console.log(`\n${fmt(rows)} rows over 40,000 awards, from a file (${mb.toFixed(0)} MB):`);
    console.log(`  CSV parser alone (baseline)  ${rate(parse)} rows/s   peak RSS ${parse.peakRssMb.toFixed(0)} MB`);
    console.log(
      `  Tieline importer             ${rate(imp)} rows/s   peak RSS ${imp.peakRssMb.toFixed(0)} MB (goal < 300 MB), live heap after GC ${imp.liveHeapMb.toFixed(0)} MB, ${fmt(imp.awards ?? 0)} awards`,
    );
    rmSync(file);
  }

  const ROWS = 10_000_000;
  const AWARDS = 1_000_000;
  const gen = JSON.parse((await runAsync(['bench/synthetic.ts', '/dev/null', String(ROWS), String(AWARDS)])).trim()) as Measured;
  const parse = await measureStreamed('parse', dir, ROWS, AWARDS);
  const imp = await measureStreamed('import', dir, ROWS, AWARDS);
  const perAward = ((imp.liveHeapMb - parse.liveHeapMb) * 2 ** 20) / (imp.awards ?? 1);
  console.log(`\n${fmt(ROWS)} rows over ${fmt(AWARDS)} awards, streamed through a pipe from a generator process (never on disk):`);
  console.log(`  generator alone              ${rate(gen)} rows/s   (the pipe's ceiling; it runs beside the measured process)`);
  console.log(`  CSV parser alone (baseline)  ${rate(parse)} rows/s   peak RSS ${parse.peakRssMb.toFixed(0)} MB`);
  console.log(
    `  Tieline importer             ${rate(imp)} rows/s   peak RSS ${imp.peakRssMb.toFixed(0)} MB, live heap after GC ${imp.liveHeapMb.toFixed(0)} MB, ${fmt(imp.awards ?? 0)} awards`,
  );
  console.log(
    `  → ${fmt(perAward)} bytes of live heap per distinct award; ${(imp.ms / 1000).toFixed(0)} s for ${fmt(ROWS)} rows (parser alone: ${(parse.ms / 1000).toFixed(0)} s)`,
  );
  console.log(
    `  → at this rate: 100 million rows take ${(((1e8 / imp.rows) * imp.ms) / 60_000).toFixed(0)} min; 10 million distinct awards hold ≈ ${((perAward * 1e7) / 2 ** 30).toFixed(1)} GB`,
  );

  await publishScale((line) => console.log(line));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
