/**
 * The domain matcher: URL in, result out, over a dataset held in memory (CLI, tests, benchmarks). The
 * extension answers the same question from IndexedDB (data/store/queries.ts) with the same rules.
 */
import type { Agency, Company, Dataset, Note } from './schema';
import { targetFromInput } from './domain';
import { assembleMatch, ownershipChain, type MatchResult } from './result';

interface Resolved {
  chain: Company[];
}

/**
 * An in-memory index of a whole dataset: one Map lookup from a registrable domain to the company and
 * its precomputed ownership chain. Used where the dataset is in memory anyway (CLI, tests, benches).
 */
export class DatasetIndex {
  readonly companies = new Map<string, Company>();
  readonly agencies = new Map<string, Agency>();
  private readonly byDomain = new Map<string, Resolved>();
  private readonly notesByCompany = new Map<string, Note[]>();

  constructor(readonly dataset: Pick<Dataset, 'companies' | 'agencies' | 'notes'>) {
    for (const a of dataset.agencies) this.agencies.set(a.id, a);
    for (const c of dataset.companies) this.companies.set(c.id, c);
    for (const n of dataset.notes) {
      const list = this.notesByCompany.get(n.companyId);
      if (list) list.push(n);
      else this.notesByCompany.set(n.companyId, [n]);
    }
    for (const c of dataset.companies) {
      if (!c.domains.length) continue;
      const resolved = { chain: ownershipChain(c, (id) => this.companies.get(id)) };
      for (const d of c.domains) this.byDomain.set(d, resolved);
    }
  }

  /** The matched company and its owners for a registrable domain. */
  lookupDomain(domain: string): Company[] | undefined {
    return this.byDomain.get(domain)?.chain;
  }

  notesOf = (companyId: string): Note[] => this.notesByCompany.get(companyId) ?? [];

  /** Result for a URL or domain; null when the input names no listed company (or no site at all). */
  match(input: string): MatchResult | null {
    const t = targetFromInput(input);
    if (!t.ok) return null;
    const chain = this.lookupDomain(t.target.domain);
    return chain ? assembleMatch(input, t.target, chain, this.notesOf, this.agencies) : null;
  }

  /** The result for a company picked by id (search results), with no domain involved. */
  companyResult(id: string, query = id): MatchResult | null {
    const c = this.companies.get(id);
    if (!c) return null;
    const chain = ownershipChain(c, (x) => this.companies.get(x));
    return assembleMatch(query, { hostname: c.domains[0] ?? '', domain: c.domains[0] ?? '' }, chain, this.notesOf, this.agencies);
  }
}
