/**
 * When lists sync: on an alarm, at browser start when stale, and after the user changes the lists. Every
 * trigger's outcome is kept: each list's in its status (data/sync/status.ts), and a failure outside any
 * one list (the bundled data could not be read, say) in `META.lastRun`, so the settings page can say what
 * happened whoever started the sync.
 */
import { browser } from 'wxt/browser';
import { rebuildFromLists, syncAll } from '../sync/sync';
import { withPsl } from './psl';
import { getListStatus } from '../sync/status';
import type { Subscription, SyncOutcome } from '../sync/list';
import { META, writeMeta, type LastRun } from '../store/meta';
import type { ListReport } from '../model/state';
import { allSubscriptions, clampInterval, settings } from './settings';
import { buildConfig, database, ensureDataset, syncDeps } from './extension';
import { SYNC_ALARM } from './sync-alarm';

export { SYNC_ALARM };

export type SyncTrigger = LastRun['trigger'];

export type { ListReport };

export function reportOf(subs: readonly Subscription[], out: ReadonlyMap<string, SyncOutcome>): ListReport[] {
  return subs.flatMap((s) => {
    const o = out.get(s.id);
    if (!o) return [];
    return [{ id: s.id, url: s.url, status: o.status, ...(o.status === 'failed' ? { error: o.error } : { version: o.version }) }];
  });
}

/** Runs `job`, recording the run and any error it throws (list failures are recorded by each list's sync). */
async function recorded<T>(trigger: SyncTrigger, job: () => Promise<T>): Promise<T> {
  const at = new Date().toISOString();
  try {
    const out = await job();
    await writeMeta(database(), META.lastRun, { trigger, at });
    return out;
  } catch (err) {
    await writeMeta(database(), META.lastRun, { trigger, at, error: (err as Error)?.message ?? String(err) }).catch(() => undefined);
    throw err;
  }
}

/** Syncs every enabled list now, then schedules the next run. Resolves with each list's result. */
export function runSync(trigger: SyncTrigger): Promise<ListReport[]> {
  return recorded(trigger, async () => {
    await ensureDataset();
    const subs = await allSubscriptions(buildConfig);
    // Every record of a list is validated, its domains and source links against the public suffix list.
    const out = await withPsl(() => syncAll(syncDeps(), subs));
    await scheduleSync(subs);
    return reportOf(subs, out);
  });
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
export async function syncIfStale(trigger: SyncTrigger): Promise<void> {
  const subs = (await allSubscriptions(buildConfig)).filter((s) => s.enabled);
  const interval = clampInterval(await settings.syncIntervalHours.getValue()) * 3600_000;
  for (const sub of subs) {
    const st = await getListStatus(database(), sub.id);
    const last = st.lastSuccessAt ? Date.parse(st.lastSuccessAt) : 0;
    const retry = st.nextRetryAt ? Date.parse(st.nextRetryAt) : 0;
    if (Date.now() - last > interval && Date.now() >= retry) {
      await runSync(trigger);
      return;
    }
  }
  await scheduleSync(subs);
}

/** After the user adds, disables or removes a list: rebuild the data in use, then sync what is new. */
export async function applyListChanges(): Promise<ListReport[]> {
  await recorded('lists-changed', async () => {
    await ensureDataset();
    const subs = await allSubscriptions(buildConfig);
    await withPsl(() => rebuildFromLists(syncDeps(), subs));
  });
  return runSync('lists-changed');
}
