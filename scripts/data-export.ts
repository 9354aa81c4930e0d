/** npm run -s data:export -- <file> — the bundled dataset as one JSON envelope. */
import { writeFileSync } from 'node:fs';
import { readBundledDataset } from '../data/pipeline/bundled';
import { fail, runCli, runMain, type Io } from './cli';

export async function main(args: string[], io: Io): Promise<number> {
  if (args.length !== 1 || args[0]!.startsWith('--')) fail('usage: data:export <file>');
  const d = readBundledDataset();
  writeFileSync(args[0]!, `${JSON.stringify(d)}\n`);
  io.stdout(`wrote ${args[0]} (version ${d.version}: ${d.companies.length} companies, ${d.notes.length} notes)\n`);
  return 0;
}

export const run = (args: string[], io: Io) => runMain('data:export', main, args, io);
await runCli(import.meta, 'data:export', main);
