/**
 * What the popup shows, worked out in the background (which has the data in use in memory, the public
 * suffix list and the store at hand) and sent to the popup in one message: the popup's page then loads
 * only React and its views, not Dexie, Zod and tldts (see data/browser/popup.ts). The popup's search
 * box, used after it opens, reads the store from the page (popup-search.ts, loaded on first use).
 *
 * The popup says which tab (or URL) it is for and the background finds the tab's address itself: the
 * page sends its one message as its script starts, before React loads, and does nothing else until the
 * answer comes (a `tabs.get` in the page first held the message back until React had been evaluated,
 * which keeps the page's only thread busy for tens of milliseconds).
 */
import { browser } from 'wxt/browser';
import { database, ensureDataset, lookup } from './extension';
import { withConflicts } from '../store/queries';
import { targetFromInput } from '../model/domain';
import type { MatchResult } from '../model/result';
import type { ActiveDataset } from '../store/meta';
import type { TiePrefs } from '../model/headline';
import { isPaused, snoozedUntil, tiePrefs } from './controls';
import type { Freshness } from '../model/freshness';
import { freshnessOf } from './freshness';
import { keptResult } from './tab-results';

/** Which page the popup is about: a tab (`?tab=`), a URL (`?url=`), or the active tab (a popup opened from the toolbar). */
export type PopupTarget = { kind: 'tab'; tabId: number } | { kind: 'url'; url: string } | { kind: 'active' };

export interface PopupState {
  /** The page's URL (absent when the tab has none we may read). */
  url?: string;
  /** The registrable domain; absent for pages that are not web sites (browser pages, files, local hosts). */
  site?: string;
  result: MatchResult | null;
  dataset: ActiveDataset;
  /** What leads the popup and lights the badge (the same choices the background applies). */
  prefs: TiePrefs;
  /** The user paused Tieline on this site. */
  paused: boolean;
  /** Epoch ms until which every badge is snoozed. */
  snoozedUntil?: number;
  /** The data's date and age, and warnings for lists in use that expired or stopped syncing. */
  freshness: Freshness;
}

/**
 * Runs in the background: the address of the page the popup is about (none for a tab without one we may
 * read). The active tab is the one of the last focused window: a popup opened from the toolbar belongs to
 * the window that has the focus, and a popup is not a window of its own.
 */
export async function targetTab(target: PopupTarget): Promise<{ url?: string; tabId?: number }> {
  if (target.kind === 'url') return { url: target.url };
  const tab =
    target.kind === 'tab' ? await browser.tabs.get(target.tabId) : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  return { ...(tab?.url ? { url: tab.url } : {}), ...(tab?.id === undefined ? {} : { tabId: tab.id }) };
}

/**
 * Runs in the background: the popup's state for a tab or URL (see PopupTarget), as of `now` (the page's
 * clock). A tab's result is the one its badge was set from when the tab still shows that address.
 */
export async function popupStateFor(target: PopupTarget, now: number): Promise<PopupState> {
  const { url, tabId } = await targetTab(target);
  return popupState(url, now, url && tabId !== undefined ? keptResult(tabId, url) : undefined);
}

/**
 * Runs in the background: the popup's state for a page's URL (none for a tab without one we may read).
 * The lookup is the badge's own (the data in use in memory, one read of the store; or `found`, the badge's
 * answer for the tab), beside the controls and the data's freshness; before the first install it waits
 * for it, like the badge. `now` is the page's clock: the snooze and the data's age are told as of the
 * moment the popup opened.
 */
export async function popupState(url: string | undefined, now: number, found?: Promise<MatchResult | null>): Promise<PopupState> {
  const t = url ? targetFromInput(url) : undefined;
  const site = t?.ok ? t.target.domain : undefined;
  // All at once: the lookup waits for the data itself when there is none yet.
  const ready = ensureDataset();
  const [dataset, result, prefs, paused, until, freshness] = await Promise.all([
    ready,
    url ? (found ?? lookup(url)).then((r) => withConflicts(database(), r)) : null,
    tiePrefs(),
    isPaused(site),
    snoozedUntil(now),
    ready.then((d) => freshnessOf(d, now)),
  ]);
  return {
    ...(url ? { url } : {}),
    ...(site ? { site } : {}),
    result,
    dataset,
    prefs,
    paused,
    freshness,
    ...(until ? { snoozedUntil: until } : {}),
  };
}
