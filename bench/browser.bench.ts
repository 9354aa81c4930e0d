/**
 * npm run bench:browser — the extension in Debian's Chromium beside a floor extension, measured in the same
 * run (see README, "Benchmarks"). Builds Tieline (or takes a build: --extension <dir> or
 * TIELINE_BENCH_EXTENSION), assembles the floor extension from bench/floor-extension/, then runs fresh
 * browser sessions, alternating Tieline and the floor, and prints each measure's median with its spread
 * and the ratio to the floor as a Markdown table. A benchmark, not a test: nothing here fails on a time.
 *
 *   npm run bench:browser -- [--runs 5] [--extension .output/chrome-mv3] [--out bench/results/x.md]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getDomain } from 'tldts';
import { chromiumPath, startTestSite } from '../test/e2e/harness';
import { buildFloor, buildTieline, laterScripts, pageScripts } from './browser/build';
import { table } from './browser/report';
import { KNOWN_HOSTS, emptySamples, runSession, type Samples } from './browser/session';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    extension: { type: 'string' },
    out: { type: 'string' },
    /** Also writes every sample, as JSON (to pool runs made apart). */
    raw: { type: 'string' },
    warm: { type: 'string', default: '8' },
    cold: { type: 'string', default: '3' },
    pages: { type: 'string', default: '3' },
    'heap-navigations': { type: 'string', default: '30' },
  },
});
const count = (name: string, v: string | undefined, min: number) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min} (got ${v})`);
  return n;
};
const runs = count('runs', args.runs, 1);
const opts = {
  warm: count('warm', args.warm, 1),
  cold: count('cold', args.cold, 1),
  pages: count('pages', args.pages, 1),
  heapNavigations: count('heap-navigations', args['heap-navigations'], 1),
};

const log = (line: string) => console.error(line);
const given = args.extension ?? process.env.TIELINE_BENCH_EXTENSION;
let extensionDir: string;
if (given) {
  extensionDir = resolve(given);
  log(`Taking the built extension in ${extensionDir}`);
} else {
  log('Building the extension (wxt build → .output/bench/chrome-mv3)…');
  extensionDir = buildTieline(resolve('.output/bench'));
}
const floorDir = buildFloor(
  resolve('.output/bench/floor'),
  extensionDir,
  KNOWN_HOSTS.map((h) => getDomain(h)!),
);

const git = (...a: string[]) => {
  try {
    return execFileSync('git', a, { encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
};
const chromium = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).trim();
const loadBefore = loadavg()[0]!;

const site = await startTestSite();
const tieline: Samples = emptySamples();
const floor: Samples = emptySamples();
const failures: string[] = [];
try {
  for (let run = 1; run <= runs; run++) {
    // Alternate which goes first, so a change in the machine's load falls on both alike.
    const order = run % 2 ? (['tieline', 'floor'] as const) : (['floor', 'tieline'] as const);
    for (const kind of order) {
      log(`run ${run}/${runs}: ${kind}`);
      try {
        const got = await runSession({ kind, extensionDir: kind === 'tieline' ? extensionDir : floorDir, site, log, ...opts });
        const into = kind === 'tieline' ? tieline : floor;
        for (const k of Object.keys(got) as (keyof Samples)[]) into[k].push(...got[k]);
      } catch (err) {
        // A session that times out on a loaded machine is reported and left out; the others still count.
        failures.push(`run ${run} ${kind}: ${err instanceof Error ? err.message : String(err)}`);
        log(`  failed: ${failures.at(-1)}`);
      }
    }
  }
} finally {
  await site.close();
}
if (!tieline.install.length || !floor.install.length) {
  console.error(`No complete session for ${tieline.install.length ? 'the floor' : 'Tieline'}:\n${failures.join('\n')}`);
  process.exit(1);
}

const dirty = git('status', '--porcelain', '--untracked-files=no') ? ' (uncommitted changes)' : '';
const header = [
  `Browser benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — commit ${git('rev-parse', '--short', 'HEAD')}${dirty}${given ? ` (extension taken from ${given})` : ''}`,
  `${chromium}, headless; ${cpus().length} cores, load average ${loadBefore.toFixed(1)} before and ${loadavg()[0]!.toFixed(1)} after; ` +
    `${runs} fresh-profile sessions each, Tieline and floor alternating; per session ${opts.warm} warm navigations per kind of site, ${opts.cold} cold starts, ${opts.pages} page opens.`,
  'Medians, with (min–max, p90 when n ≥ 10; n samples). Ratio = Tieline median / floor median.',
];
const popupScripts = pageScripts(extensionDir, 'popup.html');
const body = table(tieline, floor, {
  popupScripts,
  popupLaterScripts: laterScripts(extensionDir, popupScripts, /full-view(-[\w-]+)?\.js$/),
  floorPageScripts: pageScripts(floorDir, 'page.html'),
  heapNavigations: opts.heapNavigations,
});
const text = `${header.join('\n')}\n\n${body}\n${failures.length ? `\nLeft out (failed sessions):\n${failures.map((f) => `- ${f}`).join('\n')}\n` : ''}`;
console.log(text);
if (args.raw) {
  mkdirSync(dirname(resolve(args.raw)), { recursive: true });
  writeFileSync(args.raw, JSON.stringify({ header, tieline, floor }));
}
if (args.out) {
  mkdirSync(dirname(resolve(args.out)), { recursive: true });
  writeFileSync(args.out, text);
  log(`written to ${args.out}`);
}
