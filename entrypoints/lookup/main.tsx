import { loadI18n } from '@/data/browser/i18n';
import { askLookup, type QueryAnswer } from '@/data/browser/ask';
import { paintLookupAnswer, paintsAnswer } from '@/components/paint/lookup';
import { paintThenMount, servedThenMount, type Mount } from '@/components/paint/first-paint';
import { servedAnswer } from '@/components/paint/served';
import { applyStyles } from '@/components/paint/dom';
import styles from '@/components/styles.css?inline';
import lookupStyles from '@/components/lookup/lookup.css?inline';

// A query in the address (the context menu's) is asked of the background at once, with the language. As in
// the popup (components/paint/first-paint.ts), an answer that matched a company is painted without React
// (components/paint/lookup.ts) and marked, and only then is React imported (./full-view, not preloaded); its
// App takes over #root with the same answer, painted by the same functions. Without a query, or for another
// answer (a choice between companies, no match), React is imported at once and draws it. In Chrome the service
// worker serves a matched answer in this page's HTML (components/paint/served.ts): nothing is asked, the first
// paint has it, and this script marks that paint and loads React.
const q = new URLSearchParams(location.search).get('q');
const served = q?.trim() ? servedAnswer<QueryAnswer>() : undefined;
// Without the other companies named like it: a search over every company's names the first paint does not
// show, which the page asks for once its answer is painted (App.tsx).
const first = served ? Promise.resolve(served) : q?.trim() ? askLookup(q, { others: false }) : undefined;
const words = loadI18n();
// The style sheets from this script, not <link>s: one file read to the first paint (components/paint/dom.ts).
if (!served) applyStyles(styles, lookupStyles);
const load = () =>
  import('./full-view').then(
    (view): Mount<QueryAnswer> =>
      (i18n, answered) =>
        view.mountLookup(i18n, first, answered),
  );
if (served) servedThenMount(served, words, load);
else
  paintThenMount(
    first,
    words,
    (answer, i18n) => {
      if (!paintsAnswer(answer)) return false;
      paintLookupAnswer(document.getElementById('root')!, { query: q!, ...answer }, i18n);
      return true;
    },
    load,
  );
