/**
 * What the popup shows, worked out in the background (which has the data in use, the controls and the store
 * at hand, and the public suffix list when needed) and sent to the popup in one message: the popup's page then loads
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
import { addConflicts, conflictsInUse } from '../store/queries';
import type { Conflict } from '../model/conflict';
import type { MatchResult } from '../model/result';
import type { ActiveDataset } from '../store/meta';
import { onGenerationSwitch } from '../store/switch';
import { cached } from '../model/cached';
import type { TiePrefs } from '../model/headline';
import { heldControls } from './controls';
import type { Freshness } from '../model/freshness';
import { freshnessOf } from './freshness';
import { keptResult, startKept } from './tab-results';
import { siteOf } from './quiet';
import { withPsl } from './psl';

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
  /**
   * The clock (epoch ms) the snooze and the freshness are told as of: the page's when it asked, the worker's when
   * it served the page (a page whose own clock disagrees asks again: see servedAsOf in components/paint/served.ts).
   */
  now: number;
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
  // Everything that does not depend on the tab's address is read while the browser is asked for it.
  const early = earlyReads();
  if (target.kind === 'tab') startKept(target.tabId);
  const { url, tabId } = await targetTab(target);
  return popupState(url, now, url && tabId !== undefined ? keptResult(tabId, url) : undefined, early);
}

/**
 * The data in use's record, kept in the background's memory: read once per wake-up (or, before the first
 * install, once it is done), dropped at a generation switch (the only write of that record, in this context).
 */
const active = cached(ensureDataset);
onGenerationSwitch(active.clear);

/** What a popup's state reads whatever its page: begun before the tab's address is known (popupStateFor). */
interface EarlyReads {
  /** The data in use's record (kept in memory). */
  ready: Promise<ActiveDataset>;
  /** The user's controls (kept in memory). */
  controls: ReturnType<typeof heldControls>;
  /** The conflicts of the lists in use (none, and nothing read, without a list: store/queries.ts). */
  conflicts: Promise<Conflict[]>;
}

function earlyReads(): EarlyReads {
  const ready = active.get();
  const conflicts = conflictsInUse(database(), ready);
  const controls = heldControls();
  // Each is awaited by popupState; a failure before then is not an unhandled rejection.
  for (const p of [ready, conflicts, controls]) p.catch(() => undefined);
  return { ready, controls, conflicts };
}

/**
 * The registrable domain the popup names (to pause it): a result's own, found by the badge's walk without the
 * public suffix list (data/model/known-site.ts) — so the popup of a site in the data never loads the list —
 * and otherwise (a site not in the data, an address the walk cannot read) computed with the list (./psl.ts).
 */
function siteFor(url: string, result: MatchResult | null): string | undefined | Promise<string | undefined> {
  return result ? result.domain : withPsl(() => siteOf(url));
}

/**
 * Runs in the background: the popup's state for a page's URL (none for a tab without one we may read).
 * The lookup is the badge's own (the data in use in memory, one read of the store; or `found`, the badge's
 * answer for the tab), beside the controls and the data's freshness; before the first install it waits
 * for it, like the badge. The controls and the data's record are the ones the background keeps in memory
 * (no storage read per popup). `now` is the page's clock: the snooze and the data's age are told as of the
 * moment the popup opened.
 */
export async function popupState(
  url: string | undefined,
  now: number,
  found?: Promise<MatchResult | null>,
  early: EarlyReads = earlyReads(),
): Promise<PopupState> {
  // All at once: the lookup waits for the data itself when there is none yet.
  const { ready } = early;
  const [dataset, result, controls, freshness] = await Promise.all([
    ready,
    url ? Promise.all([found ?? lookup(url), early.conflicts]).then(([r, c]) => r && addConflicts(r, c)) : null,
    early.controls,
    ready.then((d) => freshnessOf(d, now)),
  ]);
  const site = url ? await siteFor(url, result) : undefined;
  const until = controls.snoozedUntil > now ? controls.snoozedUntil : undefined;
  return {
    ...(url ? { url } : {}),
    ...(site ? { site } : {}),
    result,
    dataset,
    prefs: controls.prefs,
    paused: !!site && controls.pausedSites.includes(site),
    freshness,
    ...(until ? { snoozedUntil: until } : {}),
    now,
  };
}
