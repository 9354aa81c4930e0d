/** What the lookup page asks of the model: one query, and the worker for the bulk check. */
import { database, ensureDataset } from './extension';
import { allCompanies, getActive, lookupCompanies, searchCompanies, type CompanyHit } from '../store/queries';
import { ScreenIndex, type ScreenOutcome } from '../model/name-matcher';
import type { MatchResult } from '../model/matcher';
import ScreenWorker from '../../entrypoints/lookup/screen.worker.ts?worker';

let index: Promise<ScreenIndex> | undefined;
const screenIndex = () => (index ??= ensureDataset().then(async () => new ScreenIndex(await allCompanies(database()))));

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
  const result = id ? ((await lookupCompanies(database(), [id])).get(id) ?? null) : null;
  const others = /[@/]|\.[a-z]{2,}$/i.test(query.trim()) ? [] : (await searchCompanies(database(), query, 8)).filter((h) => h.id !== id);
  return { outcome, result, others };
}

export const companiesById = (ids: string[]) => lookupCompanies(database(), ids);

export async function companyById(id: string): Promise<MatchResult | null> {
  return (await lookupCompanies(database(), [id])).get(id) ?? null;
}

export const activeDatasetInfo = () => ensureDataset().then(() => getActive(database()));

/** The bulk check's worker, bundled by Vite as a file of its own. */
export function startScreenWorker(): Worker {
  return new ScreenWorker();
}
