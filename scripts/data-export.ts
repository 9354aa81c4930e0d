/** npm run -s data:export -- <file> — the bundled dataset as one JSON envelope. */
import { writeFileSync } from 'node:fs';
import { readBundledDataset } from '../data/pipeline/bundled';

const args = process.argv.slice(2);
if (args.length !== 1 || args[0]!.startsWith('--')) {
  console.error('data:export: usage: data:export <file>');
  process.exit(2);
}
const d = readBundledDataset();
writeFileSync(args[0]!, `${JSON.stringify(d)}\n`);
console.log(`wrote ${args[0]} (version ${d.version}: ${d.companies.length} companies, ${d.notes.length} notes)`);
