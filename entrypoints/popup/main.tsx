import { loadI18n } from '@/data/browser/i18n';
import { loadPopup, openPage, popupTarget, type PopupState } from '@/data/browser/popup';
import { paintPopupHeadline } from '@/components/paint/popup';
import { MARKS, markPainted } from '@/data/model/marks';
import '@/components/styles.css';

// The popup's first view is painted without React: React's client is most of the page's script, and
// evaluating it was most of the time to the headline (issue 13). The data and the words are asked for first;
// when both have come, the headline is painted here (components/paint/popup.ts) and marked, and only then is
// React imported (./full-view, not preloaded): its App takes over #root with the same headline, painted by the
// same functions, and adds the search box in the space kept for it, the details and the controls.
const first = loadPopup(popupTarget(location.search));
const words = loadI18n();
let answered: PopupState | undefined;
first.then((state) => void (answered = state)).catch(() => undefined); // the App shows an error
let mounted = false;
let loading = false;
/** Loads React and the views, and mounts the App (with the answer when it has come: no "Loading…" frame). */
function loadReact(): void {
  if (loading) return;
  loading = true;
  void Promise.all([words, import('./full-view')]).then(([i18n, view]) => {
    mounted = true;
    view.mountPopup(i18n, first, answered);
  });
}
// An answer slower than this is one the background is still preparing (the data being installed): React
// shows its progress (or the error) instead of a blank popup. An answer that comes before React has mounted
// is still painted first.
const patience = setTimeout(loadReact, 250);
const root = document.getElementById('root')!;
const about = () => void openPage('/about.html', '#coverage');
Promise.all([first, words]).then(
  ([state, i18n]) => {
    if (mounted) return;
    clearTimeout(patience);
    // A site whose company is not in the data (or a page that is not a site) is drawn by React's view.
    if (!state.result) return loadReact();
    paintPopupHeadline(root, { ...state, result: state.result, onAbout: about }, i18n);
    markPainted(MARKS.contentPainted, loadReact);
  },
  () => {
    clearTimeout(patience);
    loadReact();
  },
);
