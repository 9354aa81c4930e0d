/**
 * npm run -s lookup -- <url-or-domain> [--json]
 * The extension's matcher on the bundled dataset, in a terminal. Exit 0 whether or not it matched;
 * exit 2 with a one-line reason for unusable input.
 */
import { readBundledDataset } from '../data/pipeline/bundled';
import { DatasetIndex } from '../data/model/domain-matcher';
import { targetFromInput } from '../data/model/domain';
import { matchToText } from '../data/model/text-report';
import { noteTitle } from '../data/model/describe';
import { nodeI18n } from '../data/pipeline/locale-files';
import { fail, runCli, runMain, type Io } from './cli';

const USAGE = 'usage: lookup <url-or-domain> [--json]';

export async function main(args: string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  const unknown = rest.find((a) => a.startsWith('--'));
  if (unknown) fail(`unknown option ${unknown} (${USAGE})`);
  if (rest.length !== 1) fail(`expected one URL or domain (${USAGE})`);
  const query = rest[0]!;
  const target = targetFromInput(query);
  if (!target.ok && target.unusable) fail(target.reason);

  const dataset = readBundledDataset();
  const result = new DatasetIndex(dataset).match(query);
  const i18n = nodeI18n();
  if (json) {
    // Each note with its title in words, as the popup heads it.
    const notes = result?.notes.map((n) => ({ ...n, title: noteTitle(n, i18n) }));
    const match = result && { company: result.company, via: result.via, related: result.related, notes };
    io.stdout(`${JSON.stringify({ query, match }, null, 2)}\n`);
  } else if (result) {
    io.stdout(`${matchToText(result, i18n)}\n\nData: version ${dataset.version} (${dataset.generatedAt.slice(0, 10)})\n`);
  } else {
    const why = target.ok ? `${target.target.domain} is not a listed company's domain` : target.reason;
    io.stdout(`No match for ${query}: ${why}.\n`);
  }
  return 0;
}

export const run = (args: string[], io: Io) => runMain('lookup', main, args, io);
await runCli(import.meta, 'lookup', main);
