import { loadI18n } from '@/data/browser/i18n';
import { askPopupState, popupTarget } from '@/data/browser/ask';
import { openPage } from '@/data/browser/pages';
import type { PopupState } from '@/data/browser/popup';
import { paintPopupHeadline } from '@/components/paint/popup';
import { paintThenMount, type Mount } from '@/components/paint/first-paint';
import { applyStyles } from '@/components/paint/dom';
import styles from '@/components/styles.css?inline';

// The popup's first view is painted without React: React's client is most of the page's script, and
// evaluating it was most of the time to the headline (issue 13). The data and the words are asked for first;
// when both have come, the headline is painted here (components/paint/popup.ts) and marked, and only then is
// React imported (./full-view, not preloaded): its App takes over #root with the same headline, painted by the
// same functions, and adds the search box in the space kept for it, the details and the controls.
const first = askPopupState(popupTarget(location.search));
// The style sheet from this script, not a <link>: one file read to the first paint (components/paint/dom.ts).
applyStyles(styles);
const words = loadI18n();
const root = document.getElementById('root')!;
const about = () => void openPage('/about.html', '#coverage');
paintThenMount(
  first,
  words,
  (state, i18n) => {
    // A site whose company is not in the data (or a page that is not a site) is drawn by React's view.
    if (!state.result) return false;
    paintPopupHeadline(root, { ...state, result: state.result }, i18n, about);
    return true;
  },
  () =>
    import('./full-view').then(
      (view): Mount<PopupState> =>
        (i18n, answered) =>
          view.mountPopup(i18n, first, answered),
    ),
);
