/** What the lookup page asks of the data: one query (name-lookup.ts), companies by id, the data in use. */
import { companyResult as storedCompanyResult, companyResults as storedCompanyResults, withConflicts } from '../store/queries';
import { database } from './extension';
import { datasetReady } from './messages';
import { freshnessOf } from './freshness';

export { lookupQuery, prepareLookups, type QueryAnswer } from './name-lookup';

export const companyResults = (ids: string[]) => storedCompanyResults(database(), ids);
export const companyResult = async (id: string) => withConflicts(database(), await storedCompanyResult(database(), id));
/** The data in use and how current it is (for the footer). */
export async function activeDatasetInfo() {
  const dataset = await datasetReady();
  return { dataset, freshness: await freshnessOf(dataset) };
}
