/**
 * npm run -s data:publish -- --out <dir> --key <private-key-file> [--dataset <envelope.json>]
 *   [--expires-days N] [--shards N] [--published-at ISO]
 * Writes manifest.json, manifest.json.sig and shards/ for any static host to serve.
 */
import { readFileSync } from 'node:fs';
import { readBundledDataset } from '../data/pipeline/bundled';
import { parseDataset } from '../data/model/schema';
import { publish } from '../data/pipeline/publish';

function fail(message: string): never {
  console.error(`data:publish: ${message}`);
  process.exit(2);
}
const opts: Record<string, string> = {};
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
  const k = args[i]!;
  if (!['--out', '--key', '--dataset', '--expires-days', '--shards', '--published-at'].includes(k)) fail(`unknown option ${k}`);
  opts[k] = args[i + 1] ?? fail(`${k} needs a value`);
}
if (!opts['--out'] || !opts['--key']) fail('usage: data:publish --out <dir> --key <private-key-file> [--dataset <envelope.json>]');
let dataset;
try {
  dataset = opts['--dataset'] ? parseDataset(JSON.parse(readFileSync(opts['--dataset'], 'utf8')), opts['--dataset']) : readBundledDataset();
} catch (err) {
  fail((err as Error).message);
}
let key: string;
try {
  key = readFileSync(opts['--key'], 'utf8');
} catch (err) {
  fail(`cannot read the key: ${(err as Error).message}`);
}
const { manifest, shards } = publish(dataset, {
  outDir: opts['--out'],
  privateKey: key,
  ...(opts['--expires-days'] ? { expiresInDays: Number(opts['--expires-days']) } : {}),
  ...(opts['--shards'] ? { shardCount: Number(opts['--shards']) } : {}),
  ...(opts['--published-at'] ? { publishedAt: new Date(opts['--published-at']) } : {}),
});
const bytes = shards.reduce((s, x) => s + x.bytes.length, 0);
console.log(
  `published version ${manifest.version} to ${opts['--out']}: ${shards.length} shards, ${bytes} bytes, expires ${manifest.expiresAt}`,
);
