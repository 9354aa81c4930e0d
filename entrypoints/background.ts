// First: marks the start of the script for the browser benchmark (see data/model/marks.ts).
import '@/data/browser/script-start';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BadgeUpdater, type BadgeApi } from '@/data/model/badge';
import { afterFirstInstall, badgeAnswer, readThroughStore, warmUp } from '@/data/browser/in-use';
// The code a wake-up that only sets badges never runs: in Chrome's service worker a script of its own, loaded on
// first use (late-script.sw.ts); each call below reaches it through `late()`.
import { keepLateScripts, late, lateLoaded } from '@/data/browser/late-script';
import { SYNC_ALARM } from '@/data/browser/sync-alarm';
import type { BackgroundRequest } from '@/data/browser/ask';
import { MARKS, mark } from '@/data/model/marks';
import { cached } from '@/data/model/cached';
import { MENU_LOOKUP_SELECTION, MENU_OPEN_LOOKUP, createMenus, menuClicks, menusSwitchedOn, openLookupPage } from '@/data/browser/menus';
import { loadI18n, watchLanguage } from '@/data/browser/i18n';
import { SNOOZE_ALARM, forgetControls, heldControls, scheduleSnoozeEnd, watchControls } from '@/data/browser/controls';
import { quietInWorker } from '@/data/browser/quiet';
import { forgetTab, keepingPerTab, prepareKept } from '@/data/browser/tab-results';
import { openPage } from '@/data/browser/pages';
import { servePages } from '@/data/browser/serve-pages';

/** How long the menus and the first-run page wait for the first install at most (see onInstalled). */
const FIRST_RUN_WAIT_MS = 2000;
const delay = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

const logError = (what: string) => (err: unknown) => console.error(`Tieline: ${what} failed`, err);

export default defineBackground({
  main() {
    // MV3 has `action`; Firefox's MV2 build has `browserAction`. Reached at the first badge, not here:
    // the first touch of `browser.action` builds its bindings, 1-2 ms of a wake-up before any listener was
    // registered (bench/worker-profile.ts), for an API only a tab event needs.
    const action = () => browser.action ?? browser.browserAction;
    const badgeApi: BadgeApi = {
      setBadgeText: (details) => action().setBadgeText(details),
      setBadgeBackgroundColor: (details) => action().setBadgeBackgroundColor(details),
      setTitle: (details) => action().setTitle(details),
    };
    // The language of the tooltip and menus, and the badge's controls: read once per wake-up and again
    // when the user changes them, so a tab event reads no storage. The controls are kept by controls.ts,
    // where the popup's message (popup-state.ts) reads the same copy.
    const i18n = cached(loadI18n);
    const language = i18n.get;
    const controls = { get: heldControls, clear: forgetControls };
    // Each tab's answer is kept for the popup opened on it (data/browser/tab-results.ts).
    const badgeLookup = (url: string) => badgeAnswer(url, (u) => late().lookup(u));
    const badges = new BadgeUpdater(badgeApi, keepingPerTab(badgeLookup), async (url) => {
      const [words, c] = await Promise.all([language(), controls.get()]);
      return { i18n: words, prefs: c.prefs, quiet: await quietInWorker(c, url, words, (...a) => late().quietWithPsl(...a)) };
    });
    // `asOf`: the URL was asked of the browser (tabs.query, tabs.get), not told by the tab's event (BadgeUpdater.asOf).
    const updateBadge = (tabId: number, url: string | undefined, asOf?: number) => {
      mark(MARKS.badgeRequested, { tabId });
      void badges.update(tabId, url, asOf).then((state) => {
        if (!state) return;
        mark(MARKS.badgeSet, { tabId, text: state.text });
        // The tab's whole result, for a popup opened on it, built once the badge is set — only when the late
        // script that builds it is already loaded: loading it for a popup that may never open would cost every
        // wake-up that only sets badges its compile and heap (data/browser/late-script.sw.ts). Only for a badge
        // that shows something (a site in the data): one result is built ahead at a time, and a new tab or a page
        // not in the data would let go of the one built for the tab the user was on.
        if (url && state.text && lateLoaded()) prepareKept(tabId, url);
      });
    };
    const redrawAll = () => {
      const asOf = badges.asOf();
      void browser.tabs.query({}).then((tabs) => tabs.forEach((tab) => tab.id !== undefined && updateBadge(tab.id, tab.url, asOf)));
    };

    // Should the read of the data in use without Dexie fail, it is read through Dexie, in the late code.
    readThroughStore(() => late().inUseThroughStore());
    // All listeners are registered synchronously, before the first await, so a wake-up finds them.
    // In Chrome's service worker, a fresh install's data is written in the worker's install event, without Dexie
    // (data/browser/first-install.ts); once it is in use, tabs opened meanwhile get their badge.
    keepLateScripts(() => {
      mark(MARKS.datasetReady);
      redrawAll();
    });
    browser.runtime.onInstalled.addListener(({ reason }) => {
      // The dataset first, with nothing competing for this worker or the CPU: lookups wait for it. An install or
      // update that the first install did not write (an update, Firefox, a failure) is written through Dexie.
      const installing =
        reason === 'install' || reason === 'update'
          ? afterFirstInstall().then(async (written) => {
              if (written) {
                // The badge's parts as text, as after any bundled install (data/store/site-parts.ts).
                void late().textSiteParts();
                return;
              }
              if (reason === 'install') late().prefetchBundle();
              await late().ensureDataset({ force: true });
              mark(MARKS.datasetReady);
              // Tabs opened while the data was being prepared get their badge now, not at their next navigation.
              redrawAll();
            })
          : undefined;
      void installing?.then(() => late().syncIfStale('install')).catch(logError('installing the dataset'));
      // The menus and the first-run page (a new tab: a renderer, React, its own reads of the store) come once
      // the data is written, or after FIRST_RUN_WAIT_MS on a slow machine, where the page shows the install's
      // progress. Opened at once, they took a core from the install in its first second.
      const afterData = installing ? Promise.race([installing.catch(() => undefined), delay(FIRST_RUN_WAIT_MS)]) : Promise.resolve();
      void afterData.then(language).then(createMenus).catch(logError('creating the menus'));
      // The first-run page: what the badge means, why the permission, what stays on the device.
      if (reason === 'install') void afterData.then(() => openPage('/welcome.html')).catch(logError('opening the first-run page'));
    });
    browser.runtime.onStartup.addListener(() => {
      // Tabs restored with the session may have loaded before this worker listened.
      redrawAll();
      void late().syncIfStale('startup').catch(logError('the start-up sync'));
      // A rewrite of the badge's parts as text that stopped midway (the browser closed) goes on.
      void late().textSiteParts();
    });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === SYNC_ALARM) void late().runSync('alarm').catch(logError('the scheduled sync'));
      else if (alarm.name === SNOOZE_ALARM) redrawAll();
    });
    // The context menus are opt-in (data/browser/menus.ts): their click listener is registered only if the user
    // switched them on, so a worker without them never pays for the menus' bindings; with them, a click wakes it.
    const menus = menuClicks((info) => {
      // The name index is built while the page opens, for its first query.
      if (info.menuItemId === MENU_LOOKUP_SELECTION || info.menuItemId === MENU_OPEN_LOOKUP) late().prepareNames();
      if (info.menuItemId === MENU_LOOKUP_SELECTION) void openLookupPage(info.selectionText);
      else if (info.menuItemId === MENU_OPEN_LOOKUP) void openLookupPage();
    });
    menus.listen();
    // Chrome's service worker serves the popup and the lookup page with their first view in their HTML (the late
    // script writes it); a page it has no answer for in time is the packaged file, which asks as before.
    servePages((asked) => late().servedPage(asked, language));
    browser.runtime.onMessage.addListener((message: BackgroundRequest, _sender, sendResponse) => {
      // sendResponse + `return true` keeps the channel open in every browser (a returned Promise is not).
      void (message.type === 'menus-on' ? menusSwitchedOn(menus, language) : late().handleRequest(message)).then(sendResponse);
      return true;
    });
    browser.tabs.onActivated.addListener(({ tabId }) => {
      const asOf = badges.asOf();
      void browser.tabs.get(tabId).then(
        (tab) => updateBadge(tabId, tab.url, asOf),
        () => undefined,
      );
    });
    // Fires for every URL change, single-page-app history changes included. Never triggers a request.
    browser.tabs.onUpdated.addListener((tabId, change, tab) => {
      if (change.url !== undefined || change.status === 'loading') updateBadge(tabId, change.url ?? tab.url);
    });
    browser.tabs.onRemoved.addListener((tabId) => {
      badges.forget(tabId);
      forgetTab(tabId);
    });
    watchLanguage(() => {
      i18n.clear();
      void language().then(createMenus).catch(logError('re-creating the menus'));
      // Tooltips of open tabs follow at once, not at their next navigation.
      redrawAll();
    });
    // A pause, a snooze or a changed choice of what counts shows on every open tab at once.
    watchControls(() => {
      controls.clear();
      redrawAll();
      void scheduleSnoozeEnd().catch(logError('scheduling the end of the snooze'));
    });
    mark(MARKS.listening);
    // Started now, alongside the rest of the wake-up, so the first tab event finds them (nearly) ready.
    void warmUp().catch(logError('reading the data in use'));
    void language().catch(logError('loading the language'));
    void controls.get().catch(logError('reading the controls'));
  },
});
