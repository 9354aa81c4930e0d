/** The registry's spellings of company names, for the importers: legal names exactly, brand names without legal suffixes. */
import type { Company } from '../model/schema';
import { coreName, normalizeName } from '../model/names';

/** Name → company, by every spelling the registry lists. Two companies claiming one spelling is an error. */
export class NameIndex {
  private readonly exact = new Map<string, Company>();
  private readonly core = new Map<string, Company | null>();

  constructor(companies: readonly Company[]) {
    for (const c of companies) {
      for (const n of [c.name, ...c.aliases]) {
        const key = normalizeName(n);
        const prev = this.exact.get(key);
        if (prev && prev.id !== c.id) throw new Error(`registry: "${n}" is listed for both "${prev.id}" and "${c.id}"`);
        this.exact.set(key, c);
        const k2 = coreName(n);
        const p2 = this.core.get(k2);
        // An ambiguous core name matches nothing rather than the wrong company.
        this.core.set(k2, p2 === undefined || p2?.id === c.id ? c : null);
      }
    }
  }

  /** Exact spelling (case and punctuation aside): for legal names in contract and NLRB records. */
  byLegalName(name: string): Company | undefined {
    return this.exact.get(normalizeName(name));
  }

  /** Also without legal suffixes: for the brand names CAIT uses ("google", "amazon"). */
  byBrand(name: string): Company | undefined {
    return this.byLegalName(name) ?? this.core.get(coreName(name)) ?? undefined;
  }
}
