/**
 * Building elements without React, for what a page paints before React has loaded (components/paint/):
 * text goes in as text nodes and attributes as attributes, never as HTML, so data cannot become markup.
 */

type Child = Node | string | false | null | undefined;

/**
 * `el('a', { href, class: 'x', 'data-testid': 'y' }, 'text', child)`: an element with its attributes
 * (`undefined` and `false` leave one out) and its children (strings become text nodes; falsy ones are skipped).
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    e.setAttribute(name, value === true ? '' : value);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

/**
 * Puts a page's style sheet in the page as a `<style>` element, from its text (a `?inline` import): the popup
 * and the lookup page apply theirs from their one script instead of a `<link>` in their HTML, so their first
 * paint waits for one file read through the browser process, not two, and is styled (MV3's policy for
 * extension pages restricts scripts, not styles).
 */
export function applyStyles(...sheets: string[]): void {
  document.head.append(...sheets.map((css) => el('style', {}, css)));
}
