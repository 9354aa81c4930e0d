// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { applyStyles, nodes } from '@/components/paint/dom';
import { h } from '@/components/paint/html';

afterEach(() => document.head.replaceChildren());

describe('parsing a first view without React (components/paint/dom.ts)', () => {
  it("gives the markup's elements, data in them as text: no element the code did not write", () => {
    const [a] = nodes(h('a', { href: 'https://example.org/', title: '"><img src=x onerror=alert(1)>' }, '<b>x</b>'));
    expect((a as Element).outerHTML).toBe(
      '<a href="https://example.org/" title="&quot;><img src=x onerror=alert(1)>">&lt;b&gt;x&lt;/b&gt;</a>',
    );
    expect((a as Element).querySelector('img, b')).toBeNull();
    expect((a as Element).getAttribute('title')).toBe('"><img src=x onerror=alert(1)>');
  });

  it("applies a page's style sheets as <style> elements in the head, in order, their text as text", () => {
    applyStyles('body{margin:0}', '.a>.b{content:"</style>"}');
    const styles = [...document.head.querySelectorAll('style')];
    expect(styles.map((s) => s.textContent)).toEqual(['body{margin:0}', '.a>.b{content:"</style>"}']);
    expect(getComputedStyle(document.body).margin).toBe('0px');
  });
});
