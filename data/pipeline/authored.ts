/** The hand-curated inputs in data/dataset/sources/: registry of companies, agencies, authored notes, release. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Agency, Company, Note, formatIssues } from '../model/schema';

export const Release = z.strictObject({
  version: z.number().int().positive(),
  generatedAt: z.iso.datetime(),
});

/**
 * An agency as the registry lists it: the dataset's record plus what only the pipeline needs. The extra
 * fields never reach the dataset (its schema, and every installed extension's, is strict). `Agency` is
 * built on first use (data/model/schema.ts), so its fields are those of the schema it builds.
 */
export const SourceAgency = z.strictObject({
  ...Agency._zod.innerType.shape,
  /** The awarding sub-agency exactly as USAspending spells it: the fetcher's `subtier` filter. */
  usaspendingSubtier: z.string().trim().min(1).optional(),
  /** Fetched by `npm run data:fetch` when no agency is named on its command line. */
  fetch: z.boolean().optional(),
});
export type SourceAgency = z.infer<typeof SourceAgency>;

/**
 * The importer maps a CSV row's `Agency` column to a record by acronym, and the fetcher asks for each
 * sub-agency by name: both must be unique.
 */
export const SourceAgencies = z.array(SourceAgency).superRefine((list, ctx) => {
  const seen = new Map<string, number>();
  list.forEach((a, i) => {
    for (const [field, value] of [
      ['id', a.id],
      ['acronym', a.acronym.toUpperCase()],
      ['usaspendingSubtier', a.usaspendingSubtier],
    ] as const) {
      if (value === undefined) continue;
      const key = `${field}\u0000${value}`;
      const first = seen.get(key);
      if (first !== undefined)
        ctx.addIssue({ code: 'custom', path: [i, field], message: `the same ${field} as agency "${list[first]!.id}"` });
      else seen.set(key, i);
    }
  });
});

export const readSourceAgencies = (dir: string): SourceAgency[] => readJson(dir, 'agencies.json', SourceAgencies);

/** The dataset's record of a source agency. */
export const agencyRecord = ({ id, name, acronym, department }: SourceAgency): Agency => ({ id, name, acronym, department });

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
    agencies: readSourceAgencies(dir).map(agencyRecord),
    companies: readJson(dir, 'companies.json', z.array(Company)),
    notes: readJson(dir, 'notes.json', z.array(Note)),
  };
}
