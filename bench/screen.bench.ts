/**
 * npm run bench:screen — screening donor lists of 50,000 and 250,000 rows: the engine in Node beside an
 * exact-name Map (the floor: one normalised lookup per row, no other rule) measured in the same run on the
 * same rows; the CLI end to end; and the built extension's lookup page in Chromium, from "Check" to a
 * usable results table, with the page's longest main-thread stall (long tasks, and gaps between 20 ms
 * timer ticks) meanwhile. Goals: 50,000 rows < 2 s and 250,000 < 8 s in Chromium, stalls < 100 ms.
 * Figures, not assertions: this machine is shared and often loaded.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { readBundledDataset } from '../data/pipeline/bundled';
import { ScreenIndex } from '../data/model/name-matcher';
import { normalizeName } from '../data/model/names';
import { guessRoles, parseTable } from '../data/model/list-input';
import { screenRows } from '../data/model/screening';
import { launchWithExtension } from '../test/e2e/harness';

const SIZES = [50_000, 250_000];
const dataset = readBundledDataset();

/** A deterministic donor list: listed names as people type them, emails, websites, and unknown donors. */
function donorList(n: number): string {
  let seed = 7;
  const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const withDomains = dataset.companies.filter((c) => c.domains.length);
  const names = dataset.companies.flatMap((c) => [c.name, ...c.aliases]);
  const rows: string[][] = [['Donor', 'Email', 'Website', 'Amount']];
  for (let i = 0; i < n; i++) {
    const r = rand();
    const amount = String(Math.round(rand() * 5000));
    if (r < 0.15) rows.push([pick(names), '', '', amount]);
    else if (r < 0.2)
      rows.push([
        pick(names)
          .toLowerCase()
          .replace(/,? (inc|llc|corp)\.?$/i, ''),
        '',
        '',
        amount,
      ]);
    else if (r < 0.3) rows.push([`Person ${i}`, `person${i}@${pick(pick(withDomains).domains)}`, '', amount]);
    else if (r < 0.45)
      rows.push([`Person ${i}`, `person${i}@${pick(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com'])}`, '', amount]);
    else if (r < 0.5) rows.push([`Org ${i}`, '', `https://www.${pick(pick(withDomains).domains)}/`, amount]);
    else
      rows.push([
        `${pick(['Friends of', 'The', 'Community', 'Harbor', 'Maple'])} ${pick(['Garden', 'Arts', 'Library', 'Youth'])} Fund ${i}`,
        `info@fund${i}.example`,
        '',
        amount,
      ]);
  }
  return Papa.unparse(rows);
}

const dir = mkdtempSync(join(tmpdir(), 'tieline-screen-bench-'));
const files = SIZES.map((n) => {
  const csv = donorList(n);
  const path = join(dir, `donors-${n}.csv`);
  writeFileSync(path, csv);
  return { n, path, csv };
});
const fmt = (ms: number) => `${(ms / 1000).toFixed(2).padStart(6)} s`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
console.log(
  `Screening benchmark: ${dataset.companies.length.toLocaleString('en-US')} companies, node ${process.version}, ${availableParallelism()} cores, load average ${load()}`,
);
// CPU time of this process beside the wall clock: on a shared, loaded machine the first says what the code costs.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

console.log('\nIn Node, the engine alone (index build, then every row through every rule), beside the exact-name Map floor:');
let t = performance.now();
const index = new ScreenIndex(dataset.companies);
console.log(`  index build                              ${fmt(performance.now() - t)}`);
const exact = new Map(dataset.companies.flatMap((c) => [c.name, ...c.aliases].map((n) => [normalizeName(n), c.id] as const)));
for (const { n, csv } of files) {
  const table = parseTable(csv);
  const roles = guessRoles(table);
  t = performance.now();
  const cpu0 = cpuMs();
  const results = screenRows(index, table, roles);
  const engine = performance.now() - t;
  const engineCpu = cpuMs() - cpu0;
  t = performance.now();
  let floorHits = 0;
  for (const row of table.rows) if (exact.get(normalizeName(row[0]!))) floorHits++;
  const floor = performance.now() - t;
  const hits = results.filter((r) => r.match).length;
  console.log(
    `  ${n.toLocaleString('en-US').padStart(7)} rows: Tieline ${fmt(engine)} (CPU ${fmt(engineCpu)}, ${hits.toLocaleString('en-US')} matches)   exact-name Map ${fmt(floor)} (${floorHits.toLocaleString('en-US')})   ratio ${(engine / floor).toFixed(1)}×`,
  );
}

// The CLI end to end: start-up, reading the bundled dataset, parsing, matching, CSV output.
t = performance.now();
const cli = spawnSync('node_modules/.bin/tsx', ['scripts/check.ts', files[0]!.path, '--csv'], { encoding: 'utf8', maxBuffer: 1 << 30 });
if (cli.status !== 0) throw new Error(cli.stderr);
console.log(`\nCLI: check -- donors-50000.csv --csv        ${fmt(performance.now() - t)} wall clock (start-up and dataset load included)`);

// Chromium: the built extension's lookup page.
const build = spawnSync('node_modules/.bin/wxt', ['build'], { encoding: 'utf8' });
if (build.status !== 0) throw new Error(build.stderr);
const ext = await launchWithExtension();
try {
  console.log(
    `\nChromium, the lookup page (the worker matches with one helper worker per spare core; the page draws a virtualised table); load average ${load()}:`,
  );
  for (const { n, path } of files) {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/lookup.html`);
    // Warm: the first visit installs the bundled dataset into IndexedDB.
    await page.getByTestId('lookup-input').fill('salesforce');
    await page.getByTestId('lookup-submit').click();
    await page.getByTestId('company-name').first().waitFor({ timeout: 120_000 });
    await page.getByTestId('file-input').setInputFiles(path);
    await page.getByTestId('run-check').waitFor({ timeout: 120_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __tick: number; __long: number[]; __clickAt: number; __tableAt: number };
      w.__gaps = [];
      w.__long = [];
      // Timed in the page, from the click event to the table's first row in the document: Playwright's
      // click first waits for the button to be "stable" over animation frames, which took 1.5–2 s here.
      document.addEventListener(
        'click',
        (e) => {
          if ((e.target as Element | null)?.closest?.('[data-testid="run-check"]')) w.__clickAt = performance.now();
        },
        true,
      );
      new MutationObserver((_, obs) => {
        if (document.querySelector('[data-testid="results-count"]') && document.querySelector('[data-testid="result-row"]')) {
          w.__tableAt = performance.now();
          obs.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
      let last = performance.now();
      w.__tick = window.setInterval(() => {
        const now = performance.now();
        w.__gaps.push(now - last);
        last = now;
      }, 20);
    });
    const start = Date.now();
    await page.getByTestId('run-check').click();
    await page.getByTestId('results-count').waitFor({ timeout: 300_000 });
    await page.getByTestId('result-row').first().waitFor();
    const outside = Date.now() - start;
    const wall = await page.evaluate(() => {
      const w = window as unknown as { __clickAt: number; __tableAt: number };
      return w.__tableAt - w.__clickAt;
    });
    // Usable: a filter answers and the table scrolls.
    const t0 = Date.now();
    await page.getByTestId('filter-match').click();
    await page.getByTestId('result-row').first().waitFor();
    await page.getByTestId('filter-all').click();
    const filterMs = Date.now() - t0;
    const { gap, long } = await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __tick: number; __long: number[] };
      clearInterval(w.__tick);
      return { gap: Math.max(0, ...w.__gaps) - 20, long: Math.max(0, ...w.__long) };
    });
    console.log(
      `  ${n.toLocaleString('en-US').padStart(7)} rows: ${fmt(wall)} from "Check" to the table (goal < ${n > 50_000 ? 8 : 2} s; ${fmt(outside)} as Playwright waits); longest main-thread task ${long.toFixed(0)} ms, longest timer delay ${gap.toFixed(0)} ms (goal < 100 ms); a filter answers in ${filterMs} ms`,
    );
    console.log(`           ${(await page.getByTestId('results-count').textContent())!}`);
    await page.close();
  }
} finally {
  await ext.close();
}
console.log(`\nload average at the end: ${load()}`);
