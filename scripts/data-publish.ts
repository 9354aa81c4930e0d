/**
 * npm run -s data:publish -- --out <dir> --key <private-key-file> [--dataset <envelope.json>]
 *   [--expires-days N] [--shards N] [--published-at ISO]
 * Writes manifest.json, manifest.json.sig and shards/ for any static host to serve.
 */
import { readFileSync } from 'node:fs';
import { readBundledDataset } from '../data/pipeline/bundled';
import { parseDataset, type Dataset } from '../data/model/schema';
import { publish } from '../data/pipeline/publish';
import { fail, runCli, runMain, type Io } from './cli';

const OPTIONS = ['--out', '--key', '--dataset', '--expires-days', '--shards', '--published-at'];

export async function main(args: string[], io: Io): Promise<number> {
  const opts: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const k = args[i]!;
    if (!OPTIONS.includes(k)) fail(`unknown option ${k}`);
    opts[k] = args[i + 1] ?? fail(`${k} needs a value`);
  }
  const out = opts['--out'];
  const keyFile = opts['--key'];
  if (!out || !keyFile) fail('usage: data:publish --out <dir> --key <private-key-file> [--dataset <envelope.json>]');
  let dataset: Dataset;
  try {
    const file = opts['--dataset'];
    dataset = file ? parseDataset(JSON.parse(readFileSync(file, 'utf8')), file) : readBundledDataset();
  } catch (err) {
    fail((err as Error).message);
  }
  let key: string;
  try {
    key = readFileSync(keyFile, 'utf8');
  } catch (err) {
    fail(`cannot read the key: ${(err as Error).message}`);
  }
  const { manifest, shards } = publish(dataset, {
    outDir: out,
    privateKey: key,
    ...(opts['--expires-days'] ? { expiresInDays: Number(opts['--expires-days']) } : {}),
    ...(opts['--shards'] ? { shardCount: Number(opts['--shards']) } : {}),
    ...(opts['--published-at'] ? { publishedAt: new Date(opts['--published-at']) } : {}),
  });
  const bytes = shards.reduce((s, x) => s + x.bytes.length, 0);
  io.stdout(`published version ${manifest.version} to ${out}: ${shards.length} shards, ${bytes} bytes, expires ${manifest.expiresAt}\n`);
  return 0;
}

export const run = (args: string[], io: Io) => runMain('data:publish', main, args, io);
await runCli(import.meta, 'data:publish', main);
