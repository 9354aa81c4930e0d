/** Node-side access to the bundled dataset file (CLI, pipeline, tests, benchmarks). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDataset, type Dataset } from '../model/schema';

export const BUNDLED_DATASET_PATH = fileURLToPath(new URL('../dataset/dataset.json', import.meta.url));

export function readBundledDataset(path = BUNDLED_DATASET_PATH): Dataset {
  return parseDataset(JSON.parse(readFileSync(path, 'utf8')), path);
}
