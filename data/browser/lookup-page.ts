/**
 * What the lookup page reads from the store itself, once its first view is shown (loaded after it): companies
 * by id (a pick, a screened list's row, the report) and the data in use. Queries are asked of the background
 * (askLookup in ask.ts, answered by name-lookup.ts).
 */
import { companyResults as storedCompanyResults, pickedCompany } from '../store/queries';
import { database } from './extension';
import { datasetReady } from './messages';
import { freshnessOf } from './freshness';

export const companyResults = (ids: string[]) => storedCompanyResults(database(), ids);
export const companyResult = (id: string) => pickedCompany(database(), id);
/** The data in use and how current it is (for the footer). */
export async function activeDatasetInfo() {
  const dataset = await datasetReady();
  return { dataset, freshness: await freshnessOf(dataset) };
}
