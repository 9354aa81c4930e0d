/**
 * npm run -s data:publish -- --out <dir> --key <signing-key.pem> [--dataset <envelope.json>]
 *   [--expires-days N] [--shards N] [--published-at ISO]
 *   [--root-key <root-key.pem> --list-id <id> --url <list URL>]   (first publish: writes the list's root)
 * Writes manifest.json, manifest.json.sig and shards/ (and, the first time, root.json and 1.root.json)
 * for any static host to serve.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundledDataset } from '../data/pipeline/bundled';
import { parseDataset, type Dataset } from '../data/model/schema';
import { publish } from '../data/pipeline/publish';
import { readRoot } from '../data/pipeline/root';
import { MANIFEST_FILE } from '../data/model/manifest';
import { fail, readNeeded, runCli, runMain, valueOptions, type Io } from './cli';

const OPTIONS = ['--out', '--key', '--dataset', '--expires-days', '--shards', '--published-at', '--root-key', '--list-id', '--url'];
const USAGE =
  'usage: data:publish --out <dir> --key <signing-key.pem> [--dataset <envelope.json>] [--expires-days N] ' +
  '(the first time also --root-key <root-key.pem> --list-id <id> --url <list URL>)';

export async function main(args: string[], io: Io): Promise<number> {
  const opts = valueOptions(args, OPTIONS);
  const out = opts['--out'];
  const keyFile = opts['--key'];
  if (!out || !keyFile) fail(USAGE);
  // The cheap checks first: a missing key should not wait for the dataset to be read and validated.
  const key = readNeeded(keyFile, 'signing key');
  let dataset: Dataset;
  try {
    const file = opts['--dataset'];
    dataset = file ? parseDataset(JSON.parse(readFileSync(file, 'utf8')), file) : readBundledDataset();
  } catch (err) {
    fail((err as Error).message);
  }
  let root;
  try {
    root = readRoot(out);
  } catch (err) {
    fail(`${join(out, 'root.json')} is not a valid root: ${(err as Error).message}`);
  }
  const newRoot: { listId: string; url: string; rootKey: string } | undefined = root
    ? undefined
    : {
        listId: opts['--list-id'] ?? fail(`${out} has no root.json yet: the first publish needs --list-id, --url and --root-key`),
        url: opts['--url'] ?? fail('the first publish needs --url (where the list will be served)'),
        rootKey: readNeeded(opts['--root-key'] ?? fail('the first publish needs --root-key'), 'root key'),
      };
  // Clients refuse anything older than what they have (rollback), so publishing it would reach nobody.
  const previous = join(out, MANIFEST_FILE);
  if (existsSync(previous)) {
    const was = (JSON.parse(readFileSync(previous, 'utf8')) as { version?: number }).version ?? 0;
    if (dataset.version < was)
      fail(`version ${dataset.version} is older than version ${was} already published in ${out}: bump the version in release.json`);
  }
  let result;
  try {
    result = publish(dataset, {
      outDir: out,
      privateKey: key,
      ...(newRoot ? { root: newRoot } : {}),
      ...(opts['--expires-days'] ? { expiresInDays: Number(opts['--expires-days']) } : {}),
      ...(opts['--shards'] ? { shardCount: Number(opts['--shards']) } : {}),
      ...(opts['--published-at'] ? { publishedAt: new Date(opts['--published-at']) } : {}),
    });
  } catch (err) {
    fail((err as Error).message);
  }
  const { manifest, shards } = result;
  const bytes = shards.reduce((s, x) => s + x.bytes.length, 0);
  io.stdout(
    `published version ${manifest.version} of list "${manifest.listId}" (${manifest.url}) to ${out}: ${shards.length} shards, ${bytes} bytes, expires ${manifest.expiresAt}\n`,
  );
  return 0;
}

export const run = (args: string[], io: Io) => runMain('data:publish', main, args, io);
await runCli(import.meta, 'data:publish', main);
