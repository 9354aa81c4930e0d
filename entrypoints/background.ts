import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BadgeUpdater } from '@/data/badge';
import { ensureDataset, lookup } from '@/data/extension';

export default defineBackground({
  main() {
    // MV3 has `action`; Firefox's MV2 build has `browserAction`.
    const action = browser.action ?? browser.browserAction;
    const badges = new BadgeUpdater(action, lookup);

    // All listeners are registered synchronously, before the first await, so a wake-up finds them.
    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason === 'install' || reason === 'update') {
        void ensureDataset({ force: true }).catch((err: unknown) => console.error('Tieline: installing the dataset failed', err));
      }
    });
    browser.tabs.onActivated.addListener(({ tabId }) => {
      void browser.tabs.get(tabId).then((tab) => badges.update(tabId, tab.url), () => undefined);
    });
    // Fires for every URL change, single-page-app history changes included.
    browser.tabs.onUpdated.addListener((tabId, change, tab) => {
      if (change.url !== undefined || change.status === 'loading') void badges.update(tabId, change.url ?? tab.url);
    });
    browser.tabs.onRemoved.addListener((tabId) => badges.forget(tabId));
  },
});
