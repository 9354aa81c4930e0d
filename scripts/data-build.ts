/**
 * npm run data:build [-- --check] [--report <file.json>]
 * Writes data/dataset.json. With --check, fails when the committed file differs from a fresh build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildDataset } from '../data/pipeline/build';
import { serializeDataset } from '../data/pipeline/serialize';
import { BUNDLED_DATASET_PATH } from '../data/bundled';

const args = process.argv.slice(2);
const check = args.includes('--check');
const reportAt = args.indexOf('--report');
const reportPath = reportAt >= 0 ? args[reportAt + 1] : undefined;
if (reportAt >= 0 && !reportPath) {
  console.error('data:build: --report needs a file path');
  process.exit(2);
}

const { dataset, report } = await buildDataset({ sourcesDir: 'data/sources' });
const text = serializeDataset(dataset as unknown as Record<string, unknown>);
console.log(JSON.stringify(report, null, 2));
if (reportPath) writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
if (check) {
  let committed = '';
  try {
    committed = readFileSync(BUNDLED_DATASET_PATH, 'utf8');
  } catch {
    /* missing counts as out of date */
  }
  if (committed !== text) {
    console.error('data:build --check: data/dataset.json is out of date; run `npm run data:build` and commit it.');
    process.exit(1);
  }
  console.log('data:build --check: data/dataset.json is up to date.');
} else {
  writeFileSync(BUNDLED_DATASET_PATH, text);
  console.log(`wrote ${BUNDLED_DATASET_PATH} (${text.length} bytes)`);
}
