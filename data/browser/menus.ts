/** The context menus: look up selected text, and open the lookup page from the toolbar button. */
import { browser } from 'wxt/browser';
import type { I18n } from '../model/i18n';

export const MENU_LOOKUP_SELECTION = 'tieline-lookup-selection';
export const MENU_OPEN_LOOKUP = 'tieline-open-lookup';

/** (Re)creates the menus in `i18n`'s language ("%s" is the browser's placeholder for the selected text). */
export async function createMenus({ t }: I18n): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_LOOKUP_SELECTION, title: t('menus.lookupSelection'), contexts: ['selection'] });
  // MV3 calls the toolbar button's context "action"; Firefox's MV2 build calls it "browser_action".
  const toolbar = browser.action ? 'action' : 'browser_action';
  browser.contextMenus.create({ id: MENU_OPEN_LOOKUP, title: t('menus.openLookup'), contexts: [toolbar as 'action'] });
}

/** Opens the lookup page in a new tab, searching for `text` when given (trimmed, at most 200 characters). */
export async function openLookupPage(text?: string): Promise<void> {
  const q = text?.trim().replace(/\s+/g, ' ').slice(0, 200);
  await browser.tabs.create({
    url: (browser.runtime.getURL as (p: string) => string)(`/lookup.html${q ? `?q=${encodeURIComponent(q)}` : ''}`),
  });
}
