import { describe, expect, it } from 'vitest';
import { escapeText, h, join, jsonForScript, safeHref } from '@/components/paint/html';

describe('markup as text (components/paint/html.ts)', () => {
  it('escapes text and attribute values, and leaves out undefined and false attributes', () => {
    const m = h(
      'a',
      { href: 'https://example.org/?a=1&b=2', title: 'say "hi" <now>', hidden: false, x: undefined, download: true },
      'Tom & Jerry <b>',
    );
    expect(m.html).toBe(
      '<a href="https://example.org/?a=1&amp;b=2" title="say &quot;hi&quot; &lt;now&gt;" download="">Tom &amp; Jerry &lt;b&gt;</a>',
    );
  });

  it("writes a hostile name as text: no tag, no attribute, no end of the element's quotes", () => {
    const evil = `</h1><script>alert(1)</script><img src=x onerror='a()'>"`;
    const m = h('h1', { class: 'company', title: evil }, evil);
    expect(m.html).not.toMatch(/<script|<img|<\/h1>.*<\/h1>/);
    expect(m.html).toBe(`<h1 class="company" title="${escapeText(evil)}">${escapeText(evil)}</h1>`);
    expect(escapeText(evil)).toBe('&lt;/h1&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&#39;a()&#39;&gt;&quot;');
  });

  it('nests markup as it is and skips falsy children; void elements have no end tag', () => {
    expect(join('a<', h('br'), false, null, undefined, h('input', { value: '"x"' })).html).toBe('a&lt;<br><input value="&quot;x&quot;">');
    expect(h('p', {}, h('strong', {}, 'x'), ' & y').html).toBe('<p><strong>x</strong> &amp; y</p>');
  });

  it('keeps a link address only when it is an absolute http(s) URL', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('http://example.org/')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>', 'vbscript:x', '/relative', 'not a url', ''])
      expect(safeHref(bad)).toBeUndefined();
    expect(h('a', { href: safeHref('javascript:alert(1)') }, 'x').html).toBe('<a>x</a>');
  });

  it('puts JSON in a script element so nothing in it ends the element, and it parses to the same value', () => {
    const value = { name: '</script><script>alert(1)</script>', amp: 'a & b', sep: 'x\u2028y\u2029z', quote: `"'` };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
