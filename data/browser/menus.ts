/**
 * The context menus: look up selected text, and open the lookup page from the toolbar button. Opt-in: in Chrome
 * `contextMenus` is an optional permission the settings page asks for (menu-setting.ts), because the first touch
 * of `contextMenus.onClicked` costs every wake-up of the service worker ~1.6 ms of its start (bench/binding-cost.ts);
 * without the permission the namespace is absent and never touched.
 */
import { browser, type Browser } from 'wxt/browser';
import type { I18n } from '../model/i18n';
import type { BackgroundAnswer } from './ask';

export const MENU_LOOKUP_SELECTION = 'tieline-lookup-selection';
export const MENU_OPEN_LOOKUP = 'tieline-open-lookup';
export const MENUS_PERMISSION: Browser.permissions.Permissions = { permissions: ['contextMenus'] };

/**
 * Whether the menus' API is there: a context started without the permission has no `contextMenus` (verified in
 * the built extension: test/e2e/lookup.test.ts), and gets it once the permission is granted. Not the other way:
 * a context that had it keeps the namespace after the permission is removed, its functions then throwing.
 */
export const menusAllowed = (): boolean => (browser as Partial<typeof browser>).contextMenus !== undefined;

/**
 * The worker's listener for the menus' clicks: `listen()` registers `onClick` once, if the permission is held,
 * and says whether it is registered. Called in the worker's first turn (a click on a menu then wakes a stopped
 * worker, which must find the listener registered), and again when the user switches the menus on.
 */
export function menuClicks(onClick: (info: Browser.contextMenus.OnClickData) => void): { listen: () => boolean } {
  let listening = false;
  return {
    listen() {
      if (!listening && menusAllowed()) {
        browser.contextMenus.onClicked.addListener(onClick);
        listening = true;
      }
      return listening;
    },
  };
}

/**
 * (Re)creates the menus in `i18n`'s language ("%s" is the browser's placeholder for the selected text), if the
 * permission is held (asked of the browser: it may have been removed since this worker started); resolves with
 * whether it was.
 */
export async function createMenus({ t }: I18n): Promise<boolean> {
  if (!menusAllowed() || !(await browser.permissions.contains(MENUS_PERMISSION))) return false;
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_LOOKUP_SELECTION, title: t('menus.lookupSelection'), contexts: ['selection'] });
  // MV3 calls the toolbar button's context "action"; Firefox's MV2 build calls it "browser_action".
  const toolbar = browser.action ? 'action' : 'browser_action';
  browser.contextMenus.create({ id: MENU_OPEN_LOOKUP, title: t('menus.openLookup'), contexts: [toolbar as 'action'] });
  return true;
}

/**
 * The worker's answer to the settings page switching the menus on while it runs (menu-setting.ts): it listens for
 * their clicks from now on, and creates them in the language `words` gives; an error when the permission is not held.
 */
export function menusSwitchedOn(menus: { listen: () => boolean }, words: () => Promise<I18n>): Promise<BackgroundAnswer> {
  return (menus.listen() ? words().then(createMenus) : Promise.resolve(false)).then(
    (created) => (created ? { ok: true } : { ok: false, error: 'the context menus are not allowed' }),
    (err: unknown) => ({ ok: false, error: (err as Error)?.message ?? String(err) }),
  );
}

/** Opens the lookup page in a new tab, searching for `text` when given (trimmed, at most 200 characters). */
export async function openLookupPage(text?: string): Promise<void> {
  const q = text?.trim().replace(/\s+/g, ' ').slice(0, 200);
  await browser.tabs.create({
    url: (browser.runtime.getURL as (p: string) => string)(`/lookup.html${q ? `?q=${encodeURIComponent(q)}` : ''}`),
  });
}
