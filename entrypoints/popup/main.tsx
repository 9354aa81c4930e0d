import { loadI18n } from '@/data/browser/i18n';
import { loadPopup, popupTarget, type PopupState } from '@/data/browser/popup';
import '@/components/styles.css';

// The data and the language are asked for first; React and the views (nine tenths of the page's script)
// run while the background answers. They are imported here, not at the top: a static import would run all
// of React before this line, and the question would wait for it. The HTML preloads them (the build's
// scripts/preload-first-view.ts), so they are fetched and compiled meanwhile.
const first = loadPopup(popupTarget(location.search));
let answered: PopupState | undefined;
first.then((state) => void (answered = state)).catch(() => undefined); // the App shows an error
const words = loadI18n();
// An answer that came before React was ready is drawn in the first render, with no "Loading…" frame first.
void Promise.all([words, import('./first-view')]).then(([i18n, view]) => view.mountPopup(i18n, first, answered));
