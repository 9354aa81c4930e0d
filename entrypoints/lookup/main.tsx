import { loadI18n } from '@/data/browser/i18n';
import { askLookup, type QueryAnswer } from '@/data/browser/ask';
import { paintLookupAnswer, paintsAnswer } from '@/components/paint/lookup';
import { MARKS, markPainted } from '@/data/model/marks';
import '@/components/styles.css';
import '@/components/lookup/lookup.css';

// A query in the address (the context menu's) is asked of the background at once, with the language. As in
// the popup (entrypoints/popup/main.tsx), an answer that matched a company is painted without React
// (components/paint/lookup.ts) and marked, and only then is React imported (./full-view, not preloaded); its
// App takes over #root with the same answer, painted by the same functions. Without a query, or for another
// answer (a choice between companies, no match), React is imported at once and draws it.
const q = new URLSearchParams(location.search).get('q');
const first = q?.trim() ? askLookup(q) : undefined;
let answered: QueryAnswer | undefined;
first?.then((a) => void (answered = a)).catch(() => undefined); // the App shows an error
const words = loadI18n();
let mounted = false;
let loading = false;
/** Loads React and the views, and mounts the App (with the answer when it has come). */
function loadReact(): void {
  if (loading) return;
  loading = true;
  void Promise.all([words, import('./full-view')]).then(([i18n, view]) => {
    mounted = true;
    view.mountLookup(i18n, first, answered);
  });
}
if (!first) loadReact();
else {
  // An answer slower than this waits for the background (the data being installed, the name index being
  // built): React draws the page meanwhile, and the answer when it comes.
  const patience = setTimeout(loadReact, 250);
  Promise.all([first, words]).then(
    ([answer, i18n]) => {
      if (mounted) return;
      clearTimeout(patience);
      if (!paintsAnswer(answer)) return loadReact();
      paintLookupAnswer(document.getElementById('root')!, { query: q!, ...answer }, i18n);
      markPainted(MARKS.contentPainted, loadReact);
    },
    () => {
      clearTimeout(patience);
      loadReact();
    },
  );
}
