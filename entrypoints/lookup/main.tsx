import { loadI18n } from '@/data/browser/i18n';
import { askLookup, type QueryAnswer } from '@/data/browser/ask';
import '@/components/styles.css';
import '@/components/lookup/lookup.css';

// A query in the address (the context menu's) is asked of the background at once, with the language; React and
// the views run while the background answers (imported here, not at the top, so the question does not wait for
// them; the HTML preloads them: scripts/preload-first-view.ts).
const q = new URLSearchParams(location.search).get('q');
const first = q?.trim() ? askLookup(q) : undefined;
let answered: QueryAnswer | undefined;
first?.then((a) => void (answered = a)).catch(() => undefined); // the App shows an error
const words = loadI18n();
// An answer that came before React was ready is drawn in the first render.
void Promise.all([words, import('./first-view')]).then(([i18n, view]) => view.mountLookup(i18n, first, answered));
