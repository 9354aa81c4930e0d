/**
 * npm run data:bump -- --dataset <file> [--base <dataset.json>] [--previous <manifest url|file>]
 *   [--max-drop 0.1] [--now <ISO time>]
 * Checks a freshly built dataset against the one it replaces (by default the bundled dataset; fewer
 * companies, contract ties, labor actions or context notes than 90% of it stops the release, exit 1), then
 * gives it a version above the published list's, the bundle's and its own, and the current time as
 * `generatedAt`, and writes it back for `data:publish --dataset`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { parseDataset, type Dataset } from '../data/model/schema';
import { readBundledDataset } from '../data/pipeline/bundled';
import { serializeDataset } from '../data/pipeline/serialize';
import { compareDatasets, nextVersion, readPreviousManifest } from '../data/pipeline/release';
import { fail, runCli, runMain, valueOptions, type Io } from './cli';

/** Only what the bump needs of a manifest, so a richer manifest format still reads. */
const Versioned = z.object({ version: z.number().int().positive() });

function readDataset(file: string): Dataset {
  try {
    return parseDataset(JSON.parse(readFileSync(file, 'utf8')), file);
  } catch (err) {
    fail((err as Error).message);
  }
}

export async function main(args: string[], io: Io): Promise<number> {
  const opts = valueOptions(args, ['--dataset', '--base', '--previous', '--max-drop', '--now']);
  const file = opts['--dataset'] ?? fail('usage: data:bump --dataset <file> [--base <dataset.json>] [--previous <manifest url|file>]');
  const maxDrop = Number(opts['--max-drop'] ?? 0.1);
  if (!(maxDrop >= 0 && maxDrop <= 1)) fail('--max-drop takes a share between 0 and 1');
  const now = new Date(opts['--now'] ?? Date.now());
  if (Number.isNaN(now.getTime())) fail(`--now: "${opts['--now']}" is not a time`);

  const next = readDataset(file);
  const base = opts['--base'] ? readDataset(opts['--base']) : readBundledDataset();
  let previous: number | null = null;
  if (opts['--previous']) {
    let raw: unknown;
    try {
      raw = await readPreviousManifest(opts['--previous']);
    } catch (err) {
      fail((err as Error).message);
    }
    if (raw !== null) {
      const parsed = Versioned.safeParse(raw);
      if (!parsed.success) fail(`${opts['--previous']}: not a manifest with a version`);
      previous = parsed.data.version;
    }
  }

  const cmp = compareDatasets(base, next, maxDrop);
  io.stdout(`data:bump: against ${opts['--base'] ?? 'the bundled dataset'}\n${cmp.lines.map((l) => `  ${l}\n`).join('')}`);
  if (cmp.problems.length) {
    for (const p of cmp.problems) io.stderr(`data:bump: ${p}; not publishing (raise --max-drop if this is intended)\n`);
    return 1;
  }
  const version = nextVersion(previous, base.version, next.version);
  const bumped = { ...next, version, generatedAt: now.toISOString() };
  writeFileSync(file, serializeDataset(bumped as unknown as Record<string, unknown>));
  io.stdout(
    `data:bump: version ${version} (published: ${previous ?? 'none yet'}, bundle: ${base.version}), generated ${bumped.generatedAt}; wrote ${file}\n`,
  );
  return 0;
}

export const run = (args: string[], io: Io) => runMain('data:bump', main, args, io);
await runCli(import.meta, 'data:bump', main);
