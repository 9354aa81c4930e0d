/** npm run data:schema — writes data/dataset/dataset.schema.json from the Zod schema. */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../data/pipeline/json-schema';

writeFileSync('data/dataset/dataset.schema.json', `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log('wrote data/dataset/dataset.schema.json');
