// Chrome's service worker: the background's code a wake-up that only sets badges never runs, a script of its own
// imported on first use (data/browser/late-script.sw.ts). Firefox's background page bundles it (late-script.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as late from '@/data/browser/late';

export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    (globalThis as { __tielineLate?: typeof late }).__tielineLate = late;
  },
});
