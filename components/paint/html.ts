/**
 * Markup as text, for what a page paints before React has loaded (components/paint/): the pages parse it
 * (./dom.ts, `nodes`) and Chrome's service worker, which has no DOM, serves it in the page's HTML itself
 * (data/browser/serve-pages.ts). One renderer for both, so the worker's first view is the page's.
 *
 * Data never becomes markup: a string child is escaped as text, an attribute's value as a double-quoted
 * attribute, and only `Markup` built here is written as it is. Tag and attribute names come from this code,
 * never from data. A link's address is kept only when it is http(s) (`safeHref`): a list may name anything.
 */

/** Markup built by `h` (or joined from it): the only text written into a page unescaped. */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export type Child = Markup | string | false | null | undefined;

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as it reads in an element: `&`, `<` and `>` escaped (quotes too, harmlessly). */
export const escapeText = (s: string): string => s.replace(/[&<>"']/g, (c) => TEXT[c]!);

/** A value for a double-quoted attribute: the same escapes, the quote among them. */
export const escapeAttr = escapeText;

/** Elements that have no end tag. */
const VOID = new Set(['input', 'br', 'img', 'meta', 'link', 'hr']);

/**
 * `h('a', { href, class: 'x', 'data-testid': 'y' }, 'text', child)`: an element's markup with its attributes
 * (`undefined` and `false` leave one out, `true` writes it empty) and its children (strings as text; falsy
 * ones skipped).
 */
export function h(tag: string, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): Markup {
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    open += value === true ? ` ${name}=""` : ` ${name}="${escapeAttr(value)}"`;
  }
  if (VOID.has(tag)) return new Markup(`${open}>`);
  return new Markup(`${open}>${join(...children).html}</${tag}>`);
}

/** Children side by side, as one piece of markup. */
export function join(...children: Child[]): Markup {
  let html = '';
  for (const c of children) if (c) html += c instanceof Markup ? c.html : escapeText(c);
  return new Markup(html);
}

/**
 * A link's address as it may go in a page: an absolute http(s) URL, as written; anything else (a
 * `javascript:` or `data:` address, a relative one, text that is no URL) is left out, and the link is
 * drawn without an address.
 */
export function safeHref(url: string): string | undefined {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A value as JSON inside `<script type="application/json">`: `<`, `>`, `&` and the two line separators
 * escaped as `\uXXXX` (the same JSON to `JSON.parse`), so no text in it can end the element.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
