/** What the lookup page asks of the data: one query (name-lookup.ts), companies by id, the data in use. */
import { companyResult as storedCompanyResult, companyResults as storedCompanyResults } from '../store/queries';
import { getActive } from '../store/meta';
import { database, ensureDataset } from './extension';

export { lookupQuery, type QueryAnswer } from './name-lookup';

export const companyResults = (ids: string[]) => storedCompanyResults(database(), ids);
export const companyResult = (id: string) => storedCompanyResult(database(), id);
export const activeDatasetInfo = () => ensureDataset().then(() => getActive(database()));
