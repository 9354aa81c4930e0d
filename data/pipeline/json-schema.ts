/** The JSON Schema for outside contributors, generated from the Zod schema (cross-record rules aside). */
import { z } from 'zod';
import { Dataset } from '../model/schema';

export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Dataset, { io: 'input', unrepresentable: 'any' }),
    title: 'Tieline dataset',
    description:
      'A Tieline dataset envelope. Beyond this schema, the extension also checks: unique ids, each domain listed for one company, parents and note companies/agencies that exist, no ownership cycles, one contract tie per company and agency.',
  };
}
