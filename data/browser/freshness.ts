/** How current the data in use is, for the popup's and the lookup page's footers. */
import { META, readMeta, type ActiveDataset } from '../store/meta';
import { dataFreshness, type Freshness } from '../model/freshness';
import { database } from './extension';

/** How current the data in use is, from each list's manifest in use and its last successful sync. */
export async function freshnessOf(dataset: ActiveDataset, now = Date.now()): Promise<Freshness> {
  const db = database();
  const lists = await Promise.all(
    (dataset.lists ?? []).map(async (l) => {
      const state = await readMeta(db, META.listState(l.id));
      const status = await readMeta(db, META.listStatus(l.id));
      return { url: l.url, publishedAt: state?.publishedAt, expiresAt: state?.expiresAt, lastSuccessAt: status?.lastSuccessAt };
    }),
  );
  return dataFreshness(dataset.generatedAt, lists, now);
}
