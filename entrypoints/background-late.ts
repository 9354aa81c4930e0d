// Chrome's service worker: the background's code a wake-up that only sets badges never runs, a script of its own
// imported on first use (data/browser/late-script.sw.ts). Firefox's background page bundles it (late-script.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as late from '@/data/browser/late';
import { servedLookup, servedPopup } from '@/components/paint/served';
import styles from '@/components/styles.css?inline';
import lookupStyles from '@/components/lookup/lookup.css?inline';

export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    // The popup and the lookup page served with their first view (data/browser/serve-pages.ts): written with the
    // pages' own views and style sheets, which only this script of the worker's carries.
    late.servePagesWith({
      popup: (packaged, state, i18n) => servedPopup(packaged, state, i18n, [styles]),
      lookup: (packaged, query, answer, i18n) => servedLookup(packaged, query, answer, i18n, [styles, lookupStyles]),
    });
    (globalThis as { __tielineLate?: typeof late }).__tielineLate = late;
  },
});
