/**
 * The first views' markup (./html.ts) as a page's nodes, for what a page paints before React has loaded
 * (components/paint/): the markup escapes every piece of data, so parsing it makes no element the code did
 * not write.
 */
import type { Markup } from './html';

/**
 * The nodes `markup` describes, parsed, ready to be put in the page. Parsed in a document of their own, inert
 * (no script runs, nothing loads), not through `innerHTML`, which Firefox's add-on review flags.
 */
export function nodes(markup: Markup): Node[] {
  return [...new DOMParser().parseFromString(`<body>${markup.html}`, 'text/html').body.childNodes];
}

/** Each piece's one element, parsed (a piece built by `h` is one element). */
export const elements = <E extends Element>(pieces: readonly Markup[]): E[] => pieces.map((m) => nodes(m)[0] as E);

/**
 * Puts a page's style sheet in the page as a `<style>` element, from its text (a `?inline` import): the popup
 * and the lookup page apply theirs from their one script instead of a `<link>` in their HTML, so their first
 * paint waits for one file read through the browser process, not two, and is styled (MV3's policy for
 * extension pages restricts scripts, not styles). A page served with its first view by Chrome's service worker
 * has them in its HTML already (data/browser/serve-pages.ts).
 */
export function applyStyles(...sheets: string[]): void {
  document.head.append(
    ...sheets.map((css) => {
      const style = document.createElement('style');
      style.textContent = css;
      return style;
    }),
  );
}
