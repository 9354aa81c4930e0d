// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { applyStyles, el } from '@/components/paint/dom';

afterEach(() => document.head.replaceChildren());

describe('building a first view without React (components/paint/dom.ts)', () => {
  it('puts text in as text and leaves out undefined and false attributes', () => {
    const a = el('a', { href: 'https://example.org/', title: undefined, hidden: false, download: true }, '<b>x</b>', null);
    expect(a.outerHTML).toBe('<a href="https://example.org/" download="">&lt;b&gt;x&lt;/b&gt;</a>');
  });

  it("applies a page's style sheets as <style> elements in the head, in order, their text as text", () => {
    applyStyles('body{margin:0}', '.a>.b{content:"</style>"}');
    const styles = [...document.head.querySelectorAll('style')];
    expect(styles.map((s) => s.textContent)).toEqual(['body{margin:0}', '.a>.b{content:"</style>"}']);
    expect(getComputedStyle(document.body).margin).toBe('0px');
  });
});
