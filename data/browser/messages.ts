/** Messages the extension's pages send to the background, which alone runs syncs (the pages' side: ask.ts). */
import { applyListChanges, runSync, scheduleSync } from './schedule';
import { database, ensureDataset } from './extension';
import { popupStateFor } from './popup-state';
import { lookupQuery, othersNamed, prepareNames } from './name-lookup';
import { getActive, type ActiveDataset } from '../store/meta';
import { askBackground, type BackgroundAnswer, type BackgroundRequest } from './ask';

export { askBackground, type BackgroundAnswer, type BackgroundRequest };

/** Runs in the background: answers one request. */
export async function handleRequest(req: BackgroundRequest): Promise<BackgroundAnswer> {
  try {
    if (req.type === 'sync-now') return { ok: true, lists: await runSync('sync-now') };
    if (req.type === 'lists-changed') return { ok: true, lists: await applyListChanges() };
    // Each loads the public suffix list only where it needs it (./psl.ts): the popup for a site the data does
    // not have (a site in the data is named by the badge's walk), a query for a domain, URL or email address.
    if (req.type === 'popup-state') return { ok: true, popup: await popupStateFor(req.target, req.now) };
    if (req.type === 'lookup-query') return { ok: true, lookup: await lookupQuery(String(req.query), { others: req.others !== false }) };
    if (req.type === 'lookup-others')
      return { ok: true, others: await othersNamed(String(req.query), typeof req.except === 'string' ? req.except : undefined) };
    if (req.type === 'prepare-lookup') prepareNames();
    else if (req.type === 'reschedule') await scheduleSync();
    else if (req.type === 'ensure-dataset') await ensureDataset();
    return { ok: true };
  } catch (err) {
    return { ok: false, error: (err as Error)?.message ?? String(err) };
  }
}

/**
 * For the extension's pages: the data in use, once the background has installed it. Only the background
 * writes the dataset, so two contexts never write generations at the same time.
 */
export async function datasetReady(): Promise<ActiveDataset> {
  const active = await getActive(database());
  if (active) return active;
  await askBackground({ type: 'ensure-dataset' });
  const installed = await getActive(database());
  if (!installed) throw new Error('the background did not install the dataset');
  return installed;
}
