/**
 * The popup's search box, run in the popup's page and loaded on its first use (a dynamic import from
 * popup.ts): it reads the store itself, so the popup's first view does not load Dexie, Zod and tldts.
 */
import { database } from './extension';
import { datasetReady } from './messages';
import { askLookup } from './ask';
import { lookupUrl, pickedCompany, searchCompanies, withConflicts, type CompanyHit } from '../store/queries';
import { inputKind } from '../model/input-kind';
import type { MatchResult } from '../model/result';

export interface SearchOutcome {
  /** Set when the query was a domain or URL of a listed company. */
  direct: MatchResult | null;
  hits: CompanyHit[];
}

/** A domain or URL is matched like a site, anything else searched by name. */
export async function searchPopup(query: string): Promise<SearchOutcome> {
  await datasetReady();
  const db = database();
  const direct = inputKind(query) === 'site' ? await withConflicts(db, await lookupUrl(db, query)) : null;
  if (direct) return { direct, hits: [] };
  const hits = await searchCompanies(db, query);
  if (hits.length || query.trim().length < 4) return { direct: null, hits };
  // Nothing starts with those words: ask the lookup page's matcher (legal suffixes, typos, emails), which
  // the background runs and keeps (name-lookup.ts).
  return { direct: (await askLookup(query)).result, hits: [] };
}

/** A company picked from the search's hits. */
export const companyResult = (id: string) => pickedCompany(database(), id);
