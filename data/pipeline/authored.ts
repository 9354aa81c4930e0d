/** The hand-curated inputs in data/dataset/sources/: registry of companies, agencies, authored notes, release. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Agency, Company, Note, RegistrableDomain, Source, formatIssues } from '../model/schema';

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

/**
 * Why a domain is a company's website: the pages a person opens to check it (the site's own page about the
 * company's line of work, a major outlet or a government page naming the site, a parent's or partner's page
 * linking it). A wrong domain puts a company's contracts on someone else's website, so the evidence is kept
 * beside the registry, printed by `npm run data:audit` for that domain, and held to the source policy. It never
 * reaches the dataset.
 */
export const DomainEvidence = z.strictObject({
  domain: RegistrableDomain,
  /** How the sources tie the site to this company where none says it in so many words. */
  basis: z.string().trim().min(1).max(400).optional(),
  sources: z.array(Source).min(1, 'domain evidence needs at least one source'),
});
export type DomainEvidence = z.infer<typeof DomainEvidence>;

/** A company as the registry lists it: the dataset's record plus the evidence for its domains. */
export const SourceCompany = z
  .strictObject({
    ...Company._zod.innerType.shape,
    domainSources: z.array(DomainEvidence).min(1).optional(),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.domainSources?.forEach((e, i) => {
      if (!c.domains.includes(e.domain))
        ctx.addIssue({
          code: 'custom',
          path: ['domainSources', i, 'domain'],
          message: `"${e.domain}" is not one of this company's domains`,
        });
      if (seen.has(e.domain))
        ctx.addIssue({ code: 'custom', path: ['domainSources', i, 'domain'], message: `evidence for "${e.domain}" given twice` });
      seen.add(e.domain);
    });
  });
export type SourceCompany = z.infer<typeof SourceCompany>;

export const readSourceCompanies = (dir: string): SourceCompany[] => readJson(dir, 'companies.json', z.array(SourceCompany));

/** The dataset's record of a registry company: everything but the domains' evidence. */
export const companyRecord = ({ domainSources: _evidence, ...company }: SourceCompany): Company => company;

/** The evidence for each domain that has some, by domain (a domain belongs to one company). */
export function domainEvidence(companies: readonly SourceCompany[]): Map<string, DomainEvidence> {
  return new Map(companies.flatMap((c) => (c.domainSources ?? []).map((e) => [e.domain, e] as const)));
}

export interface Authored {
  release: z.infer<typeof Release>;
  agencies: Agency[];
  companies: Company[];
  /** What shows each domain is its company's site, where the registry records it (domainSources). */
  domainEvidence: Map<string, DomainEvidence>;
  notes: Note[];
}

/** A JSON file of the sources directory, parsed by its schema; an error names the file and the issues. */
export function readJson<T>(dir: string, file: string, schema: z.ZodType<T>): T {
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
  const companies = readSourceCompanies(dir);
  return {
    release: readJson(dir, 'release.json', Release),
    agencies: readSourceAgencies(dir).map(agencyRecord),
    companies: companies.map(companyRecord),
    domainEvidence: domainEvidence(companies),
    notes: readJson(dir, 'notes.json', z.array(Note)),
  };
}
