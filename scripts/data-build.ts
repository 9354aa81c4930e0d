/**
 * npm run data:build [-- options]
 *   --inputs <dir>          public-data folder in the standard layout (default: ../shared/data)
 *   --usaspending <path|url> (repeatable), --cait <path|url>, --nlrb <path|url> (repeatable), --lat <path|url>:
 *                           inputs one by one
 *   --report <file.json>    also write the coverage report as JSON
 *   --out <file>            write the dataset there instead of data/dataset/dataset.json (a release's build)
 *   --check                 build in memory and fail if data/dataset/dataset.json differs (skipped, with a
 *                           message, when the inputs are absent)
 * Prints a coverage report and the bundle budget (install time is measured in Chromium: see the e2e
 * test and bench:browser).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDataset, defaultInputs, type Inputs } from '../data/pipeline/build';
import { serializeDataset } from '../data/pipeline/serialize';
import { bundleBudget, formatCoverage } from '../data/pipeline/coverage-report';
import { BUNDLED_DATASET_PATH } from '../data/pipeline/bundled';
import { SourcePolicyError } from '../data/pipeline/sources';
import { parseDataset } from '../data/model/schema';
import { SHIPPED_BUNDLE_FILE, shippedBundle } from './shipped-bundle';
import { fail, runCli, runMain, type Io } from './cli';

export interface BuildCliOptions {
  /** Where the curated registry is (tests point it at fixtures). */
  sourcesDir?: string;
  /** The committed bundle to write or check. */
  outPath?: string;
}

export async function main(args: string[], io: Io, opts: BuildCliOptions = {}): Promise<number> {
  let outPath = opts.outPath ?? BUNDLED_DATASET_PATH;
  let check = false;
  let reportPath: string | undefined;
  let inputsDir = resolve('../shared/data');
  const single: Partial<Inputs> & { usaspending: string[]; nlrb: string[] } = { usaspending: [], nlrb: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => args[++i] ?? fail(`${a} needs a value`);
    if (a === '--check') check = true;
    else if (a === '--report') reportPath = value();
    else if (a === '--inputs') inputsDir = resolve(value());
    else if (a === '--out') outPath = resolve(value());
    else if (a === '--usaspending') single.usaspending.push(value());
    else if (a === '--cait') single.cait = value();
    else if (a === '--nlrb') single.nlrb.push(value());
    else if (a === '--lat') single.lat = value();
    else fail(`unknown option ${a}`);
  }

  const given = single.usaspending.length || single.cait || single.nlrb.length || single.lat;
  const inputs: Inputs | null = given ? single : defaultInputs(inputsDir);
  if (!inputs) {
    if (check) {
      io.stdout(`data:build --check: skipped — the public inputs (${inputsDir}) are absent, so the bundle cannot be rebuilt here.\n`);
      return 0;
    }
    fail(`the public inputs are not at ${inputsDir}: pass --inputs <dir> (see README, "Dataset pipeline")`);
  }

  const started = performance.now();
  let built: Awaited<ReturnType<typeof buildDataset>>;
  try {
    built = await buildDataset({ sourcesDir: opts.sourcesDir ?? 'data/dataset/sources', inputs });
  } catch (err) {
    // A curated source that breaks the source policy: every offender listed, to be fixed by hand.
    if (err instanceof SourcePolicyError) {
      io.stderr(`data:build: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const { dataset, report } = built;
  const buildMs = performance.now() - started;
  const text = serializeDataset(dataset as unknown as Record<string, unknown>);
  const budget = bundleBudget(text, shippedBundle(parseDataset(JSON.parse(text), outPath)), SHIPPED_BUNDLE_FILE);
  io.stdout(`${formatCoverage(report, budget, buildMs)}\n`);
  if (reportPath) writeFileSync(reportPath, `${JSON.stringify({ ...report, budget }, null, 2)}\n`);

  if (check) {
    const committed = existsSync(outPath) ? readFileSync(outPath, 'utf8') : '';
    if (committed !== text) {
      io.stderr(`data:build --check: ${outPath} is out of date with its inputs; run \`npm run data:build\` and commit it.\n`);
      return 1;
    }
    io.stdout(`data:build --check: ${outPath} is up to date with its inputs.\n`);
  } else {
    writeFileSync(outPath, text);
    io.stdout(`wrote ${outPath}\n`);
  }
  return 0;
}

export const run = (args: string[], io: Io, opts?: BuildCliOptions) => runMain('data:build', (a, i) => main(a, i, opts), args, io);
await runCli(import.meta, 'data:build', main);
