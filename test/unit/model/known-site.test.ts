import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { domainUnder, knownDomainOf, knownTarget, type PslNode, type PslUnder } from '@/data/model/known-site';
import { targetFromInput, type Target } from '@/data/model/domain';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { pslUnderLines } from '@/data/model/psl-under';
import { MAX_INLINE, TABLE_FILE, pslUnderTable, tableSource } from '../../../scripts/psl-under';

/** What the badge looked up before known-site.ts: tldts's registrable domain, if it is one in the data. */
function reference(input: string, known: ReadonlySet<string>): Target | null {
  const t = targetFromInput(input);
  return t.ok && known.has(t.target.domain) ? t.target : null;
}

const registry = new Set(readBundledDataset().companies.flatMap((c) => c.domains));
const table = pslUnderTable();
const tableDomains = Object.keys(table);

/** Host prefixes that reach every rule and exception under a domain, and one label past each. */
function probesUnder(rules: PslUnder[string]): string[] {
  const out = new Set<string>(['', 'www.', 'a.b.']);
  const walk = (node: PslNode, labels: string[]) => {
    if (labels.length > 6) return;
    const prefix = labels.map((l) => (l === '*' ? 'x1' : l)).join('.');
    if (prefix) for (const extra of ['', 'a.', 'a.b.']) out.add(`${extra}${prefix}.`);
    if (typeof node !== 'number') for (const [label, child] of Object.entries(node[1])) walk(child, [label, ...labels]);
  };
  walk([0, rules.r ?? {}], []);
  if (rules.e !== undefined && typeof rules.e !== 'number') for (const [label, child] of Object.entries(rules.e[1])) walk(child, [label]);
  return [...out];
}

/** Domains whose rules are not shipped (too many): a host under one is left to targetFromInput. */
const leftToTldts = new Set(tableDomains.filter((d) => JSON.stringify(table[d]).length > MAX_INLINE));

function expectSame(input: string, known: ReadonlySet<string>) {
  const fast = knownTarget(input, (d) => known.has(d));
  if (fast === undefined) {
    // Only a host under a domain whose rules are left out may be left to tldts.
    const host = new URL(input).hostname;
    expect(
      [...leftToTldts].some((d) => known.has(d) && host.endsWith(`.${d}`)),
      input,
    ).toBe(true);
    return;
  }
  expect(fast, input).toEqual(reference(input, known));
}

describe('the badge finds a known site without the public suffix list (known-site.ts)', () => {
  it('ships the table of rules under registrable domains that the installed tldts gives', () => {
    expect(readFileSync(TABLE_FILE, 'utf8'), 'run `npm run -s psl:table` after upgrading tldts').toBe(tableSource(table));
    expect(tableDomains.length).toBeGreaterThan(100);
    expect(leftToTldts.size).toBeLessThan(12);
    for (const d of registry) expect(leftToTldts.has(d), `${d}: its rules are not shipped`).toBe(false);
    // Every key is a domain the data may hold: registrable, as the schema requires of every domain.
    for (const d of tableDomains) expect(targetFromInput(d)).toEqual({ ok: true, target: { hostname: d, domain: d } });
    expect(pslUnderLines().startsWith('\n')).toBe(true);
  });

  it('gives the answer tldts gives for every shipped domain, its subdomains and the rules under it', () => {
    expect(registry.size).toBeGreaterThan(300);
    for (const d of registry) {
      const prefixes = table[d] ? probesUnder(table[d]) : ['', 'www.', 'a.b.', 'x-1.y2.'];
      for (const p of prefixes) expectSame(`https://${p}${d}/path?q=1`, registry);
    }
    // The one shipped domain with rules under it: a host under one of them is its own site.
    expect(table['salesforce.com']).toBeDefined();
    expect(knownTarget('https://www.salesforce.com/', (d) => registry.has(d))).toEqual({
      hostname: 'www.salesforce.com',
      domain: 'salesforce.com',
    });
  });

  it('gives the answer tldts gives under every domain of the table, its rules and exceptions', () => {
    for (const d of tableDomains) {
      const known = new Set([d]);
      for (const p of probesUnder(table[d]!)) expectSame(`http://${p}${d}/`, known);
    }
  });

  it('gives the answer tldts gives for awkward URLs and hosts', () => {
    const known = new Set([...registry, ...tableDomains]);
    const inputs = [
      'https://salesforce.com.evil.example/',
      'https://notsalesforce.com/',
      'https://salesforce.com@evil.example/',
      'https://evil.example/salesforce.com',
      'https://evil.example/?u=https://salesforce.com',
      'HTTPS://WWW.SALESFORCE.COM/X',
      'https://www.salesforce.com./',
      'https://www.salesforce.com..../',
      'https://www.salesforce.com:8443/',
      'http://salesforce.com',
      'https://salesforce/',
      'https://com/',
      'https://localhost/',
      'https://foo.localhost/',
      'https://127.0.0.1/',
      'https://0x7f.1/',
      'https://2130706433/',
      'https://10.0.0.1:8080/',
      'https://s3.amazonaws.com/',
      'https://bucket.s3.amazonaws.com/',
      'https://amazonaws.com/',
      'https://www.amazonaws.com/',
      'https://x.compute-1.amazonaws.com/',
      'https://my.salesforce.com/',
      'https://acme.my.salesforce.com/',
      'https://www.ck/',
      'https://a.www.ck/',
      'https://city.kawasaki.jp/',
      'https://a.city.kawasaki.jp/',
      'https://xn--bcher-kva.example/',
      'https://b\u00fccher.example/',
      'https://herokuapp.com/',
      'https://someone.herokuapp.com/',
      'https://github.io/',
      'https://someone.github.io/',
      'https://a.b.c.d.e.f.g.microsoft.com/',
      `https://${'a'.repeat(63)}.microsoft.com/`,
    ];
    for (const input of inputs) expectSame(input, known);
  });

  it('leaves to targetFromInput what is not a plain http(s) URL, and agrees where it answers', () => {
    const known = new Set([...registry, ...tableDomains]);
    for (const input of [
      'salesforce.com',
      ' https://salesforce.com/',
      'https://[::1]/',
      'https://a_b.salesforce.com/',
      'https://-a.salesforce.com/',
      'https://',
      'https://%zz/',
      `https://${'a'.repeat(64)}.microsoft.com/`,
    ]) {
      expect(
        knownTarget(input, (d) => known.has(d)),
        input,
      ).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const fast = knownTarget(url, (d) => known.has(d));
        if (fast !== undefined) expect(fast, url).toEqual(reference(url, known));
      }),
      { numRuns: 2000 },
    );
  });

  it("answers no site for a browser's or an extension's own page, as targetFromInput does", () => {
    const known = new Set([...registry, ...tableDomains]);
    for (const input of [
      'ftp://salesforce.com/',
      'chrome://extensions/',
      'about:blank',
      'file:///tmp/x.html',
      'chrome-extension://abcdefghijklmnop/lookup.html?q=salesforce.com',
      ' view-source:https://www.salesforce.com/',
      'moz-extension://x/popup.html',
    ]) {
      expect(
        knownTarget(input, (d) => known.has(d)),
        input,
      ).toBeNull();
      expect(targetFromInput(input).ok, input).toBe(false);
    }
    // Not a page of another scheme: the usual ways.
    expect(knownTarget('HTTPS://www.salesforce.com/', (d) => known.has(d))?.domain).toBe('salesforce.com');
  });

  it('finds the longest known suffix, and none when no suffix is known', () => {
    const known = new Set(['example.com', 'shop.example.co.uk']);
    expect(knownDomainOf('a.b.example.com', (d) => known.has(d))).toBe('example.com');
    expect(knownDomainOf('x.shop.example.co.uk', (d) => known.has(d))).toBe('shop.example.co.uk');
    expect(knownDomainOf('example.co.uk', (d) => known.has(d))).toBeNull();
    expect(knownDomainOf('example.org', (d) => known.has(d))).toBeNull();
  });

  it('applies wildcards and exceptions under a domain as the list defines them', () => {
    // As if the list had `*.d.example`, `!www.d.example` and `deep.x.d.example` (no such domain has these today:
    // every wildcard in the list sits under a rule of its own, so the shipped cases above never need it).
    const rules: PslUnder[string] = { r: { '*': 2, x: [0, { deep: 2 }] }, e: [0, { www: 2 }] };
    expect(domainUnder([], 'd.example', rules)).toBe('d.example');
    expect(domainUnder(['a'], 'd.example', rules)).toBeNull(); // a.d.example is a suffix
    expect(domainUnder(['b', 'a'], 'd.example', rules)).toBe('b.a.d.example');
    expect(domainUnder(['www'], 'd.example', rules)).toBe('www.d.example'); // the exception: registrable
    expect(domainUnder(['a', 'www'], 'd.example', rules)).toBe('www.d.example');
    // tldts follows a label's own edge before the wildcard and never goes back: x.d.example ends no rule there.
    expect(domainUnder(['x'], 'd.example', rules)).toBe('d.example');
    expect(domainUnder(['deep', 'x'], 'd.example', rules)).toBeNull(); // a rule of its own
    expect(domainUnder(['a', 'deep', 'x'], 'd.example', rules)).toBe('a.deep.x.d.example');
    // An exception at the domain itself (`!www.ck` under `*.ck`): every host under it is its site.
    expect(domainUnder(['a', 'b'], 'www.ck', { e: 1 })).toBe('www.ck');
  });
});
