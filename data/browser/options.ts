/** What the options page asks of the model: lists, their status, the sync interval, "Sync now". */
import { browser } from 'wxt/browser';
import { buildConfig, database } from './extension';
import { askBackground as ask, datasetReady } from './messages';
import { allSubscriptions, clampInterval, settings } from './settings';
import { checkUrl, manifestUrl, type Subscription } from '../sync/list';
import { listsOverview } from '../sync/status';
import { META, readMeta } from '../store/meta';
import { tiePrefs } from './controls';

export const MAX_LISTS = 20;

export type OptionsState = Awaited<ReturnType<typeof loadOptions>>;

export async function loadOptions() {
  await datasetReady();
  const subs = await allSubscriptions(buildConfig);
  return {
    ...(await listsOverview(database(), subs)),
    lastRun: await readMeta(database(), META.lastRun),
    conflicts: await readMeta(database(), META.conflicts),
    intervalHours: clampInterval(await settings.syncIntervalHours.getValue()),
    hasBuiltInList: subs.some((s) => s.builtIn),
    prefs: await tiePrefs(),
  };
}

export const syncNow = () => ask({ type: 'sync-now' });

/** Checks a list before it is saved; returns a reason, or null when it is usable. */
export function checkNewList(url: string, publicKey: string, existing: readonly Subscription[]): string | null {
  try {
    manifestUrl(url);
  } catch (err) {
    return (err as Error).message;
  }
  let raw: string;
  try {
    raw = atob(publicKey.trim());
  } catch {
    return 'the public key is not base64';
  }
  if (raw.length !== 32) return 'the public key must be a base64 Ed25519 key (32 bytes), as data:keygen writes it';
  if (existing.some((s) => s.url === url.trim())) return 'this list is already subscribed';
  // Subscriptions live in one storage.sync item (8 KB): a bounded number keeps it well inside that.
  if (existing.filter((s) => !s.builtIn).length >= MAX_LISTS) return `at most ${MAX_LISTS} lists can be added; remove one first`;
  return null;
}

/**
 * Asks for access to the list's host. Must be called straight from the click (browsers grant permission
 * requests only inside a user gesture). A refusal is not fatal: a host that sends CORS headers works anyway.
 */
export function requestHostAccess(url: string): Promise<boolean> {
  const origin = checkUrl(url.trim()).origin;
  return browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
}

export async function addList(url: string, publicKey: string) {
  const subs = await settings.subscriptions.getValue();
  const id = `list-${Date.now().toString(36)}`;
  await settings.subscriptions.setValue([...subs, { id, url: url.trim(), publicKey: publicKey.trim(), enabled: true }]);
  return ask({ type: 'lists-changed' });
}

export async function setListEnabled(sub: Subscription, enabled: boolean) {
  if (sub.builtIn) await settings.builtInListEnabled.setValue(enabled);
  else
    await settings.subscriptions.setValue((await settings.subscriptions.getValue()).map((s) => (s.id === sub.id ? { ...s, enabled } : s)));
  return ask({ type: 'lists-changed' });
}

/**
 * Withdraws the host access asked for when a list was added, unless another list is served from the same
 * origin. Resolves with whether access was removed (false also when the browser had not granted it).
 */
export async function withdrawHostAccess(url: string, remaining: readonly Subscription[]): Promise<boolean> {
  const origin = checkUrl(url.trim()).origin;
  const stillUsed = remaining.some((s) => {
    try {
      return checkUrl(s.url).origin === origin;
    } catch {
      return false;
    }
  });
  if (stillUsed) return false;
  return browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
}

export async function removeList(sub: Subscription) {
  if (sub.builtIn) throw new Error('the built-in list can be disabled, not removed');
  await settings.subscriptions.setValue((await settings.subscriptions.getValue()).filter((s) => s.id !== sub.id));
  await withdrawHostAccess(sub.url, await allSubscriptions(buildConfig));
  return ask({ type: 'lists-changed' });
}

export { setAgencyMuted, setKindEnabled } from './controls';

export async function setIntervalHours(hours: number): Promise<void> {
  await settings.syncIntervalHours.setValue(clampInterval(hours));
  await ask({ type: 'reschedule' });
}
