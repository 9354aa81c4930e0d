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
  /** How much of that rests on evidence that the site is its company's, when `backed` is given. */
  backing?: {
    /**
     * Share of net obligated dollars whose ties show on a site the registry records evidence for (domainSources: a page
     * on the site, or a filing or report naming it, says whose it is).
     */
    share: number;
    /** Sites (a company's first domain) whose results show the most dollars with no evidence recorded for any domain of it. */
    largestUnbacked: { domain: string; obligatedUsd: number }[];
    /** Companies with domains that record evidence for one of them, of all companies with domains. */
    sites: number;
    ofSites: number;
  };
}

export function contractReach(
  dataset: Pick<Dataset, 'companies' | 'agencies' | 'notes'>,
  centsByCompany: ReadonlyMap<string, number>,
  top = 25,
  backed?: (domain: string) => boolean,
): Reach {
  const index = new DatasetIndex(dataset);
  const shown = new Set<string>();
  const shownBacked = new Set<string>();
  const unbacked: { domain: string; cents: number }[] = [];
  let sites = 0;
  for (const c of dataset.companies) {
    // Every domain of a company gives the same result: one is enough.
    const site = c.domains[0];
    if (!site) continue;
    const companies = index.companiesShownFor(site);
    for (const x of companies) shown.add(x.id);
    if (!backed) continue;
    sites++;
    if (c.domains.some(backed)) for (const x of companies) shownBacked.add(x.id);
    else unbacked.push({ domain: site, cents: companies.reduce((sum, x) => sum + (centsByCompany.get(x.id) ?? 0), 0) });
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
  const share = (cents: number) => (all ? Math.round((cents / all) * 10000) / 10000 : 0);
  if (!backed) return { share: share(reached), largestNotShown };
  let reachedBacked = 0;
  for (const [id, cents] of centsByCompany) if (shownBacked.has(id)) reachedBacked += cents;
  return {
    share: share(reached),
    largestNotShown,
    backing: {
      share: share(reachedBacked),
      largestUnbacked: unbacked
        .filter((u) => u.cents > 0)
        .sort((a, b) => b.cents - a.cents || (a.domain < b.domain ? -1 : 1))
        .slice(0, top)
        .map(({ domain, cents }) => ({ domain, obligatedUsd: Math.round(cents) / 100 })),
      sites: sites - unbacked.length,
      ofSites: sites,
    },
  };
}
