/** The hand-curated inputs in data/dataset/sources/: registry of companies, agencies, authored notes, release. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Agency, Company, Note, formatIssues } from '../model/schema';

export const Release = z.strictObject({
  version: z.number().int().positive(),
  generatedAt: z.iso.datetime(),
});

export interface Authored {
  release: z.infer<typeof Release>;
  agencies: Agency[];
  companies: Company[];
  notes: Note[];
}

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const path = join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${path}: ${formatIssues(raw, parsed.error).join('; ')}`);
  return parsed.data;
}

export function readAuthored(dir: string): Authored {
  return {
    release: readJson(dir, 'release.json', Release),
    agencies: readJson(dir, 'agencies.json', z.array(Agency)),
    companies: readJson(dir, 'companies.json', z.array(Company)),
    notes: readJson(dir, 'notes.json', z.array(Note)),
  };
}
