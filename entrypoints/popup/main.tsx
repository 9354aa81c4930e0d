import { loadI18n } from '@/data/browser/i18n';
import { askPopupState, popupTarget } from '@/data/browser/ask';
import { openPage } from '@/data/browser/pages';
import type { PopupState } from '@/data/browser/popup';
import { paintPopupHeadline } from '@/components/paint/popup';
import { wireAbout } from '@/components/paint/headline';
import { paintThenMount, servedThenMount, type Mount } from '@/components/paint/first-paint';
import { servedAnswer, servedAsOf } from '@/components/paint/served';
import { applyStyles } from '@/components/paint/dom';
import styles from '@/components/styles.css?inline';

// The popup's first view is painted without React: React's client is most of the page's script, and
// evaluating it was most of the time to the headline (issue 13). In Chrome the service worker serves this page
// with its headline, its style sheet and its answer in the HTML (components/paint/served.ts): the headline is
// in the first paint, and this script only marks that paint and loads React. Otherwise (Firefox, a page the
// worker left to the packaged file) the data and the words are asked for first; when both have come, the
// headline is painted here (components/paint/popup.ts) and marked. Either way React is imported only then
// (./full-view, not preloaded): its App takes over #root with the same headline, painted by the same
// functions, and adds the search box in the space kept for it, the details and the controls.
// Told as of the worker's clock: used when it is the page's (servedAsOf), else the page asks with its own.
const servedAnswered = servedAnswer<PopupState>();
const served = servedAsOf(servedAnswered, Date.now());
const first = served ? Promise.resolve(served) : askPopupState(popupTarget(location.search));
// The style sheet from this script, not a <link>: one file read to the first paint (components/paint/dom.ts). A
// served page has it in its head already, even when its answer is set aside for another clock.
if (!servedAnswered) applyStyles(styles);
const words = loadI18n();
const root = document.getElementById('root')!;
const about = () => void openPage('/about.html', '#coverage');
const load = () =>
  import('./full-view').then(
    (view): Mount<PopupState> =>
      (i18n, answered) =>
        view.mountPopup(i18n, first, answered),
  );
if (served) {
  wireAbout(root, about);
  servedThenMount(served, words, load);
} else {
  paintThenMount(
    first,
    words,
    (state, i18n) => {
      // A site whose company is not in the data (or a page that is not a site) is drawn by React's view.
      if (!state.result) return false;
      paintPopupHeadline(root, { ...state, result: state.result }, i18n, about);
      return true;
    },
    load,
  );
}
