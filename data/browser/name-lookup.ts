/**
 * One query typed by a person — a name, domain, URL or email address — answered with the name matcher
 * over the data in use. The lookup page asks it; the popup's search box falls back to it.
 */
import { companyResult, allCompanies, searchCompanies, withConflicts, type CompanyHit } from '../store/queries';
import { ScreenIndex, type ScreenOutcome } from '../model/name-matcher';
import { inputKind } from '../model/input-kind';
import type { MatchResult } from '../model/result';
import { database } from './extension';
import { datasetReady } from './messages';

let index: Promise<ScreenIndex> | undefined;
const screenIndex = () => (index ??= datasetReady().then(async () => new ScreenIndex(await allCompanies(database()))));

/** Starts building the name index now (the lookup page, while it mounts), so its first query finds it. */
export function prepareLookups(): void {
  screenIndex().catch(() => undefined); // the query reports the failure
}

export interface QueryAnswer {
  outcome: ScreenOutcome;
  result: MatchResult | null;
  /** Other companies whose names contain the words typed, for a second look. */
  others: CompanyHit[];
}

/** A name, domain, URL or email address → the matched company with its notes, how, and a confidence. */
export async function lookupQuery(query: string): Promise<QueryAnswer> {
  const outcome = (await screenIndex()).matchAny(query);
  const id = outcome.match?.companyId;
  const result = id ? await withConflicts(database(), await companyResult(database(), id)) : null;
  // Other companies by name only when a name was typed: an email or a site names one company or none.
  const others = inputKind(query) !== 'name' ? [] : (await searchCompanies(database(), query, 8)).filter((h) => h.id !== id);
  return { outcome, result, others };
}
