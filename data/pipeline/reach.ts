/**
 * Coverage measured the way users meet the data: a company's contract dollars count as reachable when its
 * ties show on some website's result — its own domain, an owner's or subsidiary's (through the ownership
 * chain), or, for a subsidiary or joint venture without a site, the site of the company it belongs to.
 * Computed with the same matcher the extension uses (data/model/domain-matcher.ts), so the figure cannot
 * claim more than users see.
 */
import { DatasetIndex } from '../model/domain-matcher';
import type { Dataset } from '../model/schema';

export interface Reach {
  /** Share of net obligated dollars whose company's ties show on some site. */
  share: number;
  /** The largest recipients whose ties show on no site. */
  largestNotShown: { id: string; name: string; obligatedUsd: number }[];
}

export function contractReach(
  dataset: Pick<Dataset, 'companies' | 'agencies' | 'notes'>,
  centsByCompany: ReadonlyMap<string, number>,
  top = 25,
): Reach {
  const index = new DatasetIndex(dataset);
  const shown = new Set<string>();
  for (const c of dataset.companies) {
    // Every domain of a company gives the same result: one is enough.
    if (c.domains[0]) for (const x of index.companiesShownFor(c.domains[0])) shown.add(x.id);
  }
  let all = 0;
  let reached = 0;
  for (const [id, cents] of centsByCompany) {
    all += cents;
    if (shown.has(id)) reached += cents;
  }
  const largestNotShown = [...centsByCompany]
    .filter(([id]) => !shown.has(id))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([id, cents]) => ({ id, name: index.companies.get(id)?.name ?? id, obligatedUsd: Math.round(cents) / 100 }));
  return { share: all ? Math.round((reached / all) * 10000) / 10000 : 0, largestNotShown };
}
