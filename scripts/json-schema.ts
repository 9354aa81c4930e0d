/** npm run data:schema — writes data/dataset/dataset.schema.json from the Zod schema. */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../data/pipeline/json-schema';
import { runCli, type Io } from './cli';

export const SCHEMA_PATH = 'data/dataset/dataset.schema.json';

export async function main(_args: string[], io: Io): Promise<number> {
  writeFileSync(SCHEMA_PATH, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
  io.stdout(`wrote ${SCHEMA_PATH}\n`);
  return 0;
}

await runCli(import.meta, 'data:schema', main);
