/**
 * What the popup asks. `popup.html?tab=<tabId>` shows that tab's result and `popup.html?url=<url>` the
 * result for a URL (test hooks other checks rely on); with neither it shows the active tab's.
 *
 * The popup's first view comes from the background in one message (popup-state.ts): the background has
 * the data in use in memory and the public suffix list loaded, so this page loads React and its views
 * only, not Dexie, Zod and tldts. The search box reads the store from the page and is loaded on first use.
 */
import { browser } from 'wxt/browser';
import { askBackground, askPopupState } from './ask';
export { popupTarget } from './ask';
import { openLookupPage as openLookup } from './menus';
import type { PopupState, PopupTarget } from './popup-state';
import type { SearchOutcome } from './popup-search';

export type { PopupState, PopupTarget, SearchOutcome };

/** Everything the popup shows first, the tab's address included, from the background in one message. */
export const loadPopup = (target: PopupTarget): Promise<PopupState> => askPopupState(target);

const search = () => import('./popup-search');
export const searchPopup = async (query: string): Promise<SearchOutcome> => (await search()).searchPopup(query);
export const companyResult = async (id: string) => (await search()).companyResult(id);

/** Opens the lookup page, the background building the name index for its first query meanwhile. */
export function openLookupPage(): Promise<void> {
  askBackground({ type: 'prepare-lookup' }).catch(() => undefined); // only a head start: the page works without it
  return openLookup();
}
export const openSettings = () => browser.runtime.openOptionsPage();
export { openPage } from './pages';
export { setPaused, snooze, type SnoozeChoice } from './controls';
