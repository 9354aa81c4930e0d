/**
 * What the popup shows, worked out in the background (which has the data in use in memory, the public
 * suffix list and the store at hand) and sent to the popup in one message: the popup's page then loads
 * only React and its views, not Dexie, Zod and tldts (see data/browser/popup.ts). The popup's search
 * box, used after it opens, reads the store from the page (popup-search.ts, loaded on first use).
 */
import { database, ensureDataset, lookup } from './extension';
import { withConflicts } from '../store/queries';
import { targetFromInput } from '../model/domain';
import type { MatchResult } from '../model/result';
import type { ActiveDataset } from '../store/meta';
import type { TiePrefs } from '../model/headline';
import { isPaused, snoozedUntil, tiePrefs } from './controls';
import type { Freshness } from '../model/freshness';
import { freshnessOf } from './freshness';

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
 * Runs in the background: the popup's state for a page's URL (none for a tab without one we may read).
 * The lookup is the badge's own (the data in use in memory, one read of the store), beside the controls
 * and the data's freshness; before the first install it waits for it, like the badge. `now` is the page's
 * clock: the snooze and the data's age are told as of the moment the popup opened.
 */
export async function popupState(url: string | undefined, now: number): Promise<PopupState> {
  const dataset = await ensureDataset();
  const t = url ? targetFromInput(url) : undefined;
  const site = t?.ok ? t.target.domain : undefined;
  const [result, prefs, paused, until, freshness] = await Promise.all([
    url ? lookup(url).then((r) => withConflicts(database(), r)) : null,
    tiePrefs(),
    isPaused(site),
    snoozedUntil(now),
    freshnessOf(dataset, now),
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
