/**
 * npm run -s lookup -- <url-or-domain> [--json]
 * The extension's matcher on the bundled dataset, in a terminal. Exit 0 whether or not it matched;
 * exit 2 with a one-line reason for unusable input.
 */
import { readBundledDataset } from '../data/pipeline/bundled';
import { DatasetIndex } from '../data/model/domain-matcher';
import { targetFromInput } from '../data/model/domain';
import { matchToText } from '../data/model/text-report';

function fail(message: string): never {
  process.stderr.write(`lookup: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const rest = args.filter((a) => a !== '--json');
const unknown = rest.find((a) => a.startsWith('--'));
if (unknown) fail(`unknown option ${unknown} (usage: lookup <url-or-domain> [--json])`);
if (rest.length !== 1) fail('expected one URL or domain (usage: lookup <url-or-domain> [--json])');
const query = rest[0]!;
const target = targetFromInput(query);
if (!target.ok && target.unusable) fail(target.reason);

const dataset = readBundledDataset();
const index = new DatasetIndex(dataset);
const result = index.match(query);
if (json) {
  const match = result && { company: result.company, via: result.via, notes: result.notes };
  process.stdout.write(`${JSON.stringify({ query, match }, null, 2)}\n`);
} else if (result) {
  process.stdout.write(`${matchToText(result)}\n\nData: version ${dataset.version} (${dataset.generatedAt.slice(0, 10)})\n`);
} else {
  const why = target.ok ? `${target.target.domain} is not a listed company's domain` : target.reason;
  process.stdout.write(`No match for ${query}: ${why}.\n`);
}
