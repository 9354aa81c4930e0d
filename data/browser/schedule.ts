/** When lists sync: on an alarm, at browser start when stale, and after the user changes the lists. */
import { browser } from 'wxt/browser';
import { rebuildFromLists, syncAll } from '../sync/sync';
import { getListStatus } from '../sync/status';
import type { Subscription, SyncOutcome } from '../sync/list';
import { allSubscriptions, clampInterval, settings } from './settings';
import { buildConfig, database, ensureDataset, syncDeps } from './extension';

export const SYNC_ALARM = 'tieline-sync';

/** Syncs every enabled list now, then schedules the next run. */
export async function runSync(): Promise<Map<string, SyncOutcome>> {
  await ensureDataset();
  const subs = await allSubscriptions(buildConfig);
  const out = await syncAll(syncDeps(), subs);
  await scheduleSync(subs);
  return out;
}

/**
 * The next alarm: the earliest of each list's retry time (after a failure) or its last success plus the
 * interval, with ±10% jitter so that installs do not all ask the server at once.
 */
export async function scheduleSync(subs?: Subscription[]): Promise<number | undefined> {
  const lists = (subs ?? (await allSubscriptions(buildConfig))).filter((s) => s.enabled);
  await browser.alarms.clear(SYNC_ALARM);
  if (!lists.length) return undefined;
  const interval = clampInterval(await settings.syncIntervalHours.getValue()) * 3600_000;
  const now = Date.now();
  let when = Infinity;
  for (const sub of lists) {
    const st = await getListStatus(database(), sub.id);
    const due = st.nextRetryAt
      ? Date.parse(st.nextRetryAt)
      : st.lastSuccessAt
        ? Date.parse(st.lastSuccessAt) + interval * (0.9 + 0.2 * Math.random())
        : now;
    when = Math.min(when, due);
  }
  when = Math.max(when, now + 60_000);
  await browser.alarms.create(SYNC_ALARM, { when });
  return when;
}

/** At browser start: sync when a list has never synced or its last success is older than the interval. */
export async function syncIfStale(): Promise<void> {
  const subs = (await allSubscriptions(buildConfig)).filter((s) => s.enabled);
  const interval = clampInterval(await settings.syncIntervalHours.getValue()) * 3600_000;
  for (const sub of subs) {
    const st = await getListStatus(database(), sub.id);
    const last = st.lastSuccessAt ? Date.parse(st.lastSuccessAt) : 0;
    const retry = st.nextRetryAt ? Date.parse(st.nextRetryAt) : 0;
    if (Date.now() - last > interval && Date.now() >= retry) {
      await runSync();
      return;
    }
  }
  await scheduleSync(subs);
}

/** After the user adds, disables or removes a list: rebuild the data in use, then sync what is new. */
export async function applyListChanges(): Promise<Map<string, SyncOutcome>> {
  await ensureDataset();
  await rebuildFromLists(syncDeps(), await allSubscriptions(buildConfig));
  return runSync();
}
