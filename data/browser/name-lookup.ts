/**
 * One query typed by a person — a name, domain, URL or email address — answered with the name matcher
 * over the data in use. Runs in the background, which answers the pages' 'lookup-query' message with it
 * (messages.ts; the lookup page and the popup's search box ask with askLookup, ask.ts): the background has
 * the store open, so a page shows its answer without loading Dexie, Zod and tldts or building the index.
 *
 * Building the name index reads every company and takes a few hundred milliseconds, so it is kept for the
 * next query — but only while queries come: it is dropped IDLE_MS after the last one (and when the data in
 * use changes), so the service worker does not keep the registry's names in memory for long.
 */
import { companyResult, allCompanies, searchIn, withConflicts, type CompanyHit } from '../store/queries';
import { getActive } from '../store/meta';
import { onGenerationSwitch } from '../store/generations';
import { ScreenIndex, type ScreenOutcome } from '../model/name-matcher';
import { inputKind } from '../model/input-kind';
import type { Company } from '../model/schema';
import type { MatchResult } from '../model/result';
import { database, ensureDataset } from './extension';

export const IDLE_MS = 2 * 60_000;

interface Names {
  index: ScreenIndex;
  companies: Company[];
}

let names: Promise<Names> | undefined;
let idle: ReturnType<typeof setTimeout> | undefined;

function namesInUse(): Promise<Names> {
  const reading = (names ??= (async () => {
    // The data in use answers at once; only before the first install does a query wait for it.
    const { gen } = (await getActive(database())) ?? (await ensureDataset());
    const companies = await allCompanies(database(), gen);
    return { index: new ScreenIndex(companies), companies };
  })());
  // Nothing kept from a failed read: the next query tries again.
  reading.catch(() => {
    if (names === reading) names = undefined;
  });
  clearTimeout(idle);
  idle = setTimeout(() => (names = undefined), IDLE_MS);
  return reading;
}
onGenerationSwitch(() => (names = undefined));

/**
 * Starts building the name index when a person is about to query: the lookup page opened from a menu or
 * the popup. The page's first query (the selected text, or what is typed) then finds it built or under way
 * instead of starting it; it is dropped IDLE_MS later if no query comes.
 */
export function prepareNames(): void {
  namesInUse().catch(() => undefined); // a failure is reported to the query that meets it
}

export interface QueryAnswer {
  outcome: ScreenOutcome;
  result: MatchResult | null;
  /** Other companies whose names contain the words typed, for a second look. */
  others: CompanyHit[];
}

/** A name, domain, URL or email address → the matched company with its notes, how, and a confidence. */
export async function lookupQuery(query: string): Promise<QueryAnswer> {
  const { index, companies } = await namesInUse();
  const outcome = index.matchAny(query);
  const id = outcome.match?.companyId;
  const result = id ? await withConflicts(database(), await companyResult(database(), id)) : null;
  // Other companies by name only when a name was typed: an email or a site names one company or none.
  const others = inputKind(query) !== 'name' ? [] : searchIn(companies, query, 8).filter((h) => h.id !== id);
  return { outcome, result, others };
}
