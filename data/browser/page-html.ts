/**
 * The late script's side of serving the popup and the lookup page with their first view (./serve-pages.ts says
 * why): the page's answer, as the page's own message would get it (popup-state.ts, name-lookup.ts), the
 * packaged page's HTML (read once per wake-up), and the views that write the first view into it. The views are
 * the pages' own (components/paint/served.ts), handed in by the late script's entry (entrypoints/background-late.ts)
 * — this room imports no views; without them (Firefox's bundled background, tests) no page is served.
 */
import type { I18n } from '../model/i18n';
import { popupStateFor, type PopupState } from './popup-state';
import { lookupQuery, type QueryAnswer } from './name-lookup';
import type { PageAsked } from './serve-pages';
import { packaged } from './packaged';

/** The pages' first views as served HTML: each returns undefined when the page's own script draws the answer. */
export interface PageViews {
  popup(packaged: string, state: PopupState, i18n: I18n): string | undefined;
  lookup(packaged: string, query: string, answer: QueryAnswer, i18n: I18n): string | undefined;
}

let views: PageViews | undefined;

/** Set by the late script's entry: the views the served pages are written with. */
export function servePagesWith(v: PageViews): void {
  views = v;
}

const packagedPages = new Map<string, Promise<string>>();

/** A page's HTML as packaged (a fetch from the worker is not its own fetch event), kept for the worker's life. */
function packagedPage(path: '/popup.html' | '/lookup.html'): Promise<string> {
  let page = packagedPages.get(path);
  if (!page) {
    page = packaged(path).then((res) => res.text());
    packagedPages.set(path, page);
    page.catch(() => packagedPages.delete(path));
  }
  return page;
}

/**
 * The HTML the worker serves for a page asked (./serve-pages.ts, pageAsked), in the language `words` gives (the
 * background's): the packaged page with its first view and its answer in it, or undefined when the page's own
 * script draws the answer (the popup of a site not in the data, a lookup that matched no company) or no views
 * were handed in. The answer is the one the page would have asked for: the same functions, the same arguments
 * (the lookup page asks without the other companies named like its query, which it asks for later).
 */
export async function servedPage(asked: PageAsked, words: () => Promise<I18n>): Promise<string | undefined> {
  const v = views;
  if (!v) return undefined;
  if (asked.page === 'popup') {
    const [state, i18n, html] = await Promise.all([popupStateFor(asked.target, Date.now()), words(), packagedPage('/popup.html')]);
    return v.popup(html, state, i18n);
  }
  const [answer, i18n, html] = await Promise.all([lookupQuery(asked.query, { others: false }), words(), packagedPage('/lookup.html')]);
  return v.lookup(html, asked.query, answer, i18n);
}
