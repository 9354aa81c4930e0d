// Chrome's service worker: the first install, written without Dexie, a script of its own imported by the worker's
// install event (data/browser/late-script.sw.ts; data/browser/first-install.ts says why).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { firstInstall } from '@/data/browser/first-install';

export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    (globalThis as { __tielineFirstInstall?: typeof firstInstall }).__tielineFirstInstall = firstInstall;
  },
});
