/**
 * The domain matcher: URL in, result out, over a dataset held in memory (CLI, tests, benchmarks). The
 * extension answers the same question from IndexedDB (data/store/queries.ts) with the same rules.
 */
import type { Agency, Company, Dataset, Note } from './schema';
import { targetFromInput } from './domain';
import { assembleMatch, ownershipChain, type MatchResult } from './result';
import { linksOf, relatedCompanies, type CompanyLink, type RelatedCompany } from './links';

interface Resolved {
  chain: Company[];
  related: RelatedCompany[];
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
  private readonly linksByTarget = new Map<string, CompanyLink[]>();

  constructor(readonly dataset: Pick<Dataset, 'companies' | 'agencies' | 'notes'>) {
    for (const a of dataset.agencies) this.agencies.set(a.id, a);
    for (const c of dataset.companies) this.companies.set(c.id, c);
    for (const n of dataset.notes) {
      const list = this.notesByCompany.get(n.companyId);
      if (list) list.push(n);
      else this.notesByCompany.set(n.companyId, [n]);
    }
    for (const c of dataset.companies) {
      for (const l of linksOf(c)) {
        const list = this.linksByTarget.get(l.to);
        if (list) list.push(l);
        else this.linksByTarget.set(l.to, [l]);
      }
    }
    for (const c of dataset.companies) {
      if (!c.domains.length) continue;
      const resolved = this.resolve(c);
      for (const d of c.domains) this.byDomain.set(d, resolved);
    }
  }

  private resolve(c: Company): Resolved {
    const get = (id: string) => this.companies.get(id);
    const chain = ownershipChain(c, get);
    const related = relatedCompanies(c, get, (id) => this.linksByTarget.get(id) ?? [], new Set(chain.map((x) => x.id)));
    return { chain, related };
  }

  /** The matched company and its owners for a registrable domain. */
  lookupDomain(domain: string): Company[] | undefined {
    return this.byDomain.get(domain)?.chain;
  }

  /** Every company whose notes the result for a domain shows: the chain, then related companies. */
  companiesShownFor(domain: string): Company[] {
    const r = this.byDomain.get(domain);
    return r ? [...r.chain, ...r.related.map((x) => x.company)] : [];
  }

  notesOf = (companyId: string): Note[] => this.notesByCompany.get(companyId) ?? [];

  /** Result for a URL or domain; null when the input names no listed company (or no site at all). */
  match(input: string): MatchResult | null {
    const t = targetFromInput(input);
    if (!t.ok) return null;
    const r = this.byDomain.get(t.target.domain);
    return r ? assembleMatch(input, t.target, r.chain, r.related, this.notesOf, this.agencies) : null;
  }

  /** The result for a company picked by id (search results), with no domain involved. */
  companyResult(id: string, query = id): MatchResult | null {
    const c = this.companies.get(id);
    if (!c) return null;
    const r = this.resolve(c);
    return assembleMatch(
      query,
      { hostname: c.domains[0] ?? '', domain: c.domains[0] ?? '' },
      r.chain,
      r.related,
      this.notesOf,
      this.agencies,
    );
  }
}
