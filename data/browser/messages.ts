/** Messages the extension's pages send to the background, which alone runs syncs. */
import { browser } from 'wxt/browser';
import { applyListChanges, runSync, scheduleSync } from './schedule';

export type BackgroundRequest = { type: 'sync-now' } | { type: 'lists-changed' } | { type: 'reschedule' };
export type BackgroundAnswer = { ok: true } | { ok: false; error: string };

/** Runs in the background: answers one request. */
export async function handleRequest(req: BackgroundRequest): Promise<BackgroundAnswer> {
  try {
    if (req.type === 'sync-now') await runSync();
    else if (req.type === 'lists-changed') await applyListChanges();
    else if (req.type === 'reschedule') await scheduleSync();
    return { ok: true };
  } catch (err) {
    return { ok: false, error: String(err) };
  }
}

/** Runs in a page: sends one request, throwing the background's error. */
export async function askBackground(req: BackgroundRequest): Promise<void> {
  const res = (await browser.runtime.sendMessage(req)) as BackgroundAnswer | undefined;
  if (!res?.ok) throw new Error(res && !res.ok ? res.error : 'the background did not answer');
}
