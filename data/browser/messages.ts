/** Messages the extension's pages send to the background, which alone runs syncs. */
import { browser } from 'wxt/browser';
import { applyListChanges, runSync, scheduleSync, type ListReport } from './schedule';
import { database, ensureDataset } from './extension';
import { getActive, type ActiveDataset } from '../store/meta';

export type BackgroundRequest = { type: 'sync-now' } | { type: 'lists-changed' } | { type: 'reschedule' } | { type: 'ensure-dataset' };
/** A sync's answer carries each list's real outcome: a list that failed is not "done". */
export type BackgroundAnswer = { ok: true; lists?: ListReport[] } | { ok: false; error: string };

/** Runs in the background: answers one request. */
export async function handleRequest(req: BackgroundRequest): Promise<BackgroundAnswer> {
  try {
    if (req.type === 'sync-now') return { ok: true, lists: await runSync('sync-now') };
    if (req.type === 'lists-changed') return { ok: true, lists: await applyListChanges() };
    if (req.type === 'reschedule') await scheduleSync();
    else if (req.type === 'ensure-dataset') await ensureDataset();
    return { ok: true };
  } catch (err) {
    return { ok: false, error: (err as Error)?.message ?? String(err) };
  }
}

/** Runs in a page: sends one request, throwing the background's error; resolves with the lists' results, if any. */
export async function askBackground(req: BackgroundRequest): Promise<ListReport[]> {
  const res = (await browser.runtime.sendMessage(req)) as BackgroundAnswer | undefined;
  if (!res?.ok) throw new Error(res && !res.ok ? res.error : 'the background did not answer');
  return res.lists ?? [];
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
