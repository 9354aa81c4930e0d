/**
 * "This site is X's" is a claim like any other: the extension shows a company's ties on its domains, so each domain
 * needs evidence (companies.json `domainSources`: a page served from the site that says whose it is, or a filing or
 * report naming it). The registry's first 460 companies were curated before evidence was recorded; the domains still
 * without it are listed in unbacked-domains.json, and the list only shrinks:
 * - a domain added to the registry without evidence fails the build;
 * - a listed domain whose evidence has landed fails the build until it is taken off the list;
 * - a listed domain no company has any longer fails the build too.
 * The build report prints the share of dollars shown on backed sites and the unbacked sites that show the most.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { Company } from '../model/schema';
import { readJson } from './authored';

const UnbackedList = z.object({
  /** Why the list exists (kept with the data, since JSON has no comments). */
  about: z.string().min(1),
  domains: z.array(z.string().min(1)),
});

/** The domains curated before evidence was required that still have none (data/dataset/sources/unbacked-domains.json). */
export function readUnbackedDomains(dir: string): ReadonlySet<string> {
  const { domains } = readJson(dir, 'unbacked-domains.json', UnbackedList);
  if (new Set(domains).size !== domains.length) throw new Error(`${join(dir, 'unbacked-domains.json')}: a domain is listed twice`);
  return new Set(domains);
}

/** What is wrong with the registry's domain evidence against the list of domains still without it; empty when nothing. */
export function domainEvidenceProblems(
  companies: readonly Pick<Company, 'id' | 'domains'>[],
  backed: (domain: string) => boolean,
  unbacked: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const all = new Set<string>();
  for (const c of companies)
    for (const d of c.domains) {
      all.add(d);
      if (!backed(d) && !unbacked.has(d))
        problems.push(
          `${c.id}: domain ${d} has no evidence (add a domainSources entry: a page on the site, or a filing or report naming it)`,
        );
      if (backed(d) && unbacked.has(d)) problems.push(`${c.id}: domain ${d} now has evidence: take it off unbacked-domains.json`);
    }
  for (const d of unbacked) if (!all.has(d)) problems.push(`unbacked-domains.json lists ${d}, which no registry company has`);
  return problems;
}
