/**
 * npm run bench:pipeline — the USAspending importer on synthetic files in the real format (250,000 and
 * 1,000,000 rows over the same pool of awards), each in a fresh process so peak RSS is its own. Printed
 * beside a baseline measured in the same run: the CSV parser alone, with no aggregation.
 * Goal: peak RSS under 300 MB, flat as the input grows.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { USASPENDING_COLUMNS } from '../data/pipeline/usaspending';

const AWARDS = 40_000;
const RECIPIENTS = 3_000;

/** A deterministic pseudo-random generator, so every run writes the same file. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

async function writeSynthetic(path: string, rows: number) {
  const out = createWriteStream(path);
  const rand = rng(42);
  out.write(`${USASPENDING_COLUMNS.join(',')}\n`);
  const mods = new Map<number, number>();
  for (let i = 0; i < rows; i++) {
    const award = Math.floor(rand() * AWARDS);
    const mod = mods.get(award) ?? 0;
    mods.set(award, mod + 1);
    const recipient = `"SYNTHETIC CONTRACTOR ${award % RECIPIENTS}, LLC"`;
    const amount = (rand() * 2_000_000 - 200_000).toFixed(2);
    const day = `20${21 + Math.floor(rand() * 5)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
    const agency = award % 3 ? 'CBP' : 'ICE';
    const line = `${agency},70X${award},${recipient},${amount},${day},${mod ? `P${String(mod).padStart(5, '0')}` : '0'},IT AND TELECOM- OTHER IT AND TELECOMMUNICATIONS,COMPUTER SYSTEMS DESIGN SERVICES,"SUPPORT SERVICES, OPTION YEAR ${mod}",CONT_AWD_70X${award}_7014_-NONE-_-NONE-\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function run(mode: 'import' | 'parse', file: string) {
  const r = spawnSync('node_modules/.bin/tsx', ['bench/pipeline-worker.ts', mode, file], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '--expose-gc' },
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as {
    rows: number;
    ms: number;
    peakRssMb: number;
    liveHeapMb: number;
    awards?: number;
  };
}

const dir = mkdtempSync(join(tmpdir(), 'tieline-bench-'));
try {
  console.log(`USAspending importer benchmark (node ${process.version}); synthetic rows over ${AWARDS.toLocaleString('en-US')} awards`);
  for (const rows of [250_000, 1_000_000]) {
    const file = join(dir, `synthetic-${rows}.csv`);
    await writeSynthetic(file, rows);
    const mb = statSync(file).size / 2 ** 20;
    const parse = run('parse', file);
    const imp = run('import', file);
    console.log(`\n${rows.toLocaleString('en-US')} rows (${mb.toFixed(0)} MB):`);
    console.log(
      `  CSV parser alone (baseline)  ${Math.round((parse.rows / parse.ms) * 1000)
        .toLocaleString('en-US')
        .padStart(10)} rows/s   peak RSS ${parse.peakRssMb.toFixed(0)} MB`,
    );
    console.log(
      `  Tieline importer             ${Math.round((imp.rows / imp.ms) * 1000)
        .toLocaleString('en-US')
        .padStart(
          10,
        )} rows/s   peak RSS ${imp.peakRssMb.toFixed(0)} MB (goal < 300 MB), live heap after GC ${imp.liveHeapMb.toFixed(0)} MB, ${imp.awards?.toLocaleString('en-US')} awards`,
    );
    rmSync(file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
