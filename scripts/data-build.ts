/**
 * npm run data:build [-- options]
 *   --inputs <dir>          public-data folder in the standard layout (default: ../shared/data)
 *   --usaspending <path|url> (repeatable), --cait <path|url>, --nlrb <path|url>: inputs one by one
 *   --report <file.json>    also write the coverage report as JSON
 *   --check                 build in memory and fail if data/dataset/dataset.json differs (skipped, with a
 *                           message, when the inputs are absent)
 * Prints a coverage report and the bundle budget (install time is measured in Chromium: see the e2e test and bench:browser).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDataset, defaultInputs, type Inputs } from '../data/pipeline/build';
import { serializeDataset } from '../data/pipeline/serialize';
import { bundleBudget, formatCoverage } from '../data/pipeline/coverage-report';
import { BUNDLED_DATASET_PATH } from '../data/pipeline/bundled';

function fail(message: string): never {
  console.error(`data:build: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
let check = false;
let reportPath: string | undefined;
let inputsDir = resolve('../shared/data');
const single: Partial<Inputs> & { usaspending: string[] } = { usaspending: [] };
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  const value = () => args[++i] ?? fail(`${a} needs a value`);
  if (a === '--check') check = true;
  else if (a === '--report') reportPath = value();
  else if (a === '--inputs') inputsDir = resolve(value());
  else if (a === '--usaspending') single.usaspending.push(value());
  else if (a === '--cait') single.cait = value();
  else if (a === '--nlrb') single.nlrb = value();
  else fail(`unknown option ${a}`);
}

const given = single.usaspending.length || single.cait || single.nlrb;
const inputs: Inputs | null = given ? single : defaultInputs(inputsDir);
if (!inputs) {
  if (check) {
    console.log(`data:build --check: skipped — the public inputs (${inputsDir}) are absent, so the bundle cannot be rebuilt here.`);
    process.exit(0);
  }
  fail(`the public inputs are not at ${inputsDir}: pass --inputs <dir> (see README, "Dataset pipeline")`);
}

const started = performance.now();
const { dataset, report } = await buildDataset({ sourcesDir: 'data/dataset/sources', inputs });
const buildMs = performance.now() - started;
const text = serializeDataset(dataset as unknown as Record<string, unknown>);
const budget = bundleBudget(text);
console.log(formatCoverage(report, budget, buildMs));
if (reportPath) writeFileSync(reportPath, `${JSON.stringify({ ...report, budget }, null, 2)}\n`);

if (check) {
  const committed = existsSync(BUNDLED_DATASET_PATH) ? readFileSync(BUNDLED_DATASET_PATH, 'utf8') : '';
  if (committed !== text) {
    console.error('data:build --check: data/dataset/dataset.json is out of date with its inputs; run `npm run data:build` and commit it.');
    process.exit(1);
  }
  console.log('data:build --check: data/dataset/dataset.json is up to date with its inputs.');
} else {
  writeFileSync(BUNDLED_DATASET_PATH, text);
  console.log(`wrote ${BUNDLED_DATASET_PATH}`);
}
