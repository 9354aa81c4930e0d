import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as tldts from 'tldts';
import { pslFromTrie, type PslTrie } from '@/data/model/psl-trie';
import { psl, pslAvailable, usePsl } from '@/data/model/psl.cjs';
import { targetFromInput } from '@/data/model/domain';
import { sourceUrlProblem } from '@/data/model/schema';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { pslTrieFile } from '../../../scripts/psl-under';

const file = pslTrieFile();
const data = JSON.parse(file) as PslTrie;
const list = pslFromTrie(data);
const OPTIONS = [
  undefined,
  { allowPrivateDomains: true },
  { allowPrivateDomains: true, allowIcannDomains: false },
  // Without tldts-core's host check, so that the lookup itself meets empty labels.
  { allowPrivateDomains: true, validateHostname: false },
] as const;

const FIELDS = ['domain', 'domainWithoutSuffix', 'hostname', 'isIcann', 'isIp', 'isPrivate', 'publicSuffix', 'subdomain'] as const;

/** How `input` is answered other than tldts does, for each option set: none when the same. */
function differences(input: string): string[] {
  const out: string[] = [];
  for (const o of OPTIONS) {
    const [ours, theirs] = [list.parse(input, o), tldts.parse(input, o)];
    for (const f of FIELDS) if (ours[f] !== theirs[f]) out.push(`${input} ${JSON.stringify(o)} ${f}: ${ours[f]} vs ${theirs[f]}`);
    if (list.getDomain(input, o) !== tldts.getDomain(input, o)) out.push(`${input} ${JSON.stringify(o)} getDomain`);
  }
  return out;
}

/** Every answer the project reads (every field of tldts's result) must be tldts's, for every option set. */
function expectSame(...inputs: string[]) {
  expect(inputs.flatMap(differences)).toEqual([]);
}

/** Every rule and exception of the list, as its labels left to right (`*` for a wildcard). */
function allRules(): { labels: string[]; exception: boolean }[] {
  const out: { labels: string[]; exception: boolean }[] = [];
  const offsets: number[] = [];
  for (let e = 0, at = 0; e < data.edgeLength.length; at += data.edgeLength[e]!, e++) offsets.push(at);
  const visit = (node: number, labels: string[], exception: boolean, depth: number) => {
    if (labels.length && data.nodeFlags[node]) out.push({ labels, exception });
    if (depth > 8) return;
    for (let e = data.edgeStart[node]!; e < data.edgeStart[node + 1]!; e++) {
      const label = data.labelText.slice(offsets[e], offsets[e]! + data.edgeLength[e]!);
      visit(data.edgeChild[e]!, [label, ...labels], exception, depth + 1);
    }
  };
  visit(data.rulesRoot, [], false, 0);
  visit(data.exceptionsRoot, [], true, 0);
  return out;
}

describe('the public suffix list as data (psl-trie.ts), as the service worker loads it', () => {
  const rules = allRules();

  it('is tldts’s own trie, from the installed tldts', () => {
    const t = createRequire(import.meta.url)('tldts/dist/cjs/src/data/trie.js') as Record<string, ArrayLike<number> | string | number>;
    expect(data.labelText).toBe(t.labelText);
    for (const k of ['nodeFlags', 'edgeStart', 'edgeLength', 'edgeChild'] as const)
      expect(data[k]).toEqual(Array.from(t[k] as ArrayLike<number>));
    expect([data.rulesRoot, data.exceptionsRoot]).toEqual([t.rulesRoot, t.exceptionsRoot]);
    expect(data.tldts).toBe((createRequire(import.meta.url)('tldts/package.json') as { version: string }).version);
    // The whole list: ten thousand rules, wildcards and exceptions among them.
    expect(rules.length).toBeGreaterThan(9000);
    expect(rules.some((r) => r.exception)).toBe(true);
    expect(rules.some((r) => r.labels[0] === '*')).toBe(true);
  });

  it('answers as tldts for every rule of the list, a host on it and under it', () => {
    const hosts: string[] = [];
    for (const { labels } of rules) {
      const rule = labels.map((l) => (l === '*' ? 'w1' : l)).join('.');
      for (const host of [rule, `a.${rule}`, `b.a.${rule}`, `www.${rule}`, rule.split('.').slice(1).join('.')]) {
        // Hosts as a URL hands them over (punycode for Unicode labels), and as written.
        if (host) hosts.push(host, new URL(`https://${host}/`).hostname);
      }
    }
    expect(hosts.length).toBeGreaterThan(80000);
    expectSame(...hosts);
  });

  it('answers as tldts for every domain the dataset ships, and hosts under it', () => {
    const domains = readBundledDataset().companies.flatMap((c) => c.domains);
    expect(domains.length).toBeGreaterThan(300);
    expectSame(...domains.flatMap((d) => [d, `www.${d}`, `a.b.${d}`, `${d}.`]));
  });

  it('answers as tldts for awkward input: IDN, IP addresses, trailing dots, ports, user info, empty labels', () => {
    expectSame(
      'https://bücher.de/',
      'https://xn--bcher-kva.de/',
      'https://食狮.中国/',
      'https://www.xn--85x722f.xn--fiqs8s/',
      'http://10.0.0.1/',
      'http://2130706433/',
      'https://[::1]/',
      'https://[2001:db8::1]:8443/x',
      '192.168.0.1',
      '::1',
      'salesforce.com.',
      'salesforce.com..',
      'https://www.salesforce.com./',
      'https://salesforce.com:8443/path?q=1#f',
      'https://user:pass@salesforce.com/',
      'https://salesforce.com@evil.example/',
      '.salesforce.com',
      'a..salesforce.com',
      'x..ck',
      '.ck',
      'a..kawasaki.jp',
      'localhost',
      'x.localhost',
      'printer.local',
      'home.arpa',
      'in-addr.arpa',
      'x.s3.amazonaws.com',
      'bucket.s3.dualstack.us-east-1.amazonaws.com',
      'a.b.my.salesforce.com',
      'www.ck',
      'x.www.ck',
      'a.ck',
      'city.kawasaki.jp',
      'x.kawasaki.jp',
      'foo.herokuapp.com',
      'foo.github.io',
      'com',
      '',
      '.',
      '-a.com',
      'a_b.example.com',
      `${'a'.repeat(64)}.com`,
      `${'a.'.repeat(130)}com`,
      'WWW.SALESFORCE.COM',
      'mailto:a@b.com',
      'about:blank',
    );
  });

  it('answers as tldts for thousands of random hosts made of the list’s labels and others', () => {
    const labels = [...new Set(rules.flatMap((r) => r.labels))].filter((l) => l !== '*').slice(0, 4000);
    const label = fc.oneof(
      fc.constantFrom(...labels),
      fc.stringMatching(/^[a-z0-9-]{1,12}$/),
      fc.constantFrom('www', 'a', '*', '', 'xn--p1ai'),
    );
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 6 }), (parts) => differences(parts.join('.')).length === 0),
      { numRuns: 5000 },
    );
  });

  it('refuses a damaged file with its cause', () => {
    const bad = (patch: Partial<Record<keyof PslTrie, unknown>>) => () => pslFromTrie({ ...data, ...patch } as PslTrie);
    expect(bad({ labelText: data.labelText.slice(1) })).toThrow(/damaged \(labelText\)/);
    expect(bad({ edgeChild: [...data.edgeChild.slice(0, -1), data.nodeFlags.length] })).toThrow(/damaged \(edgeChild\)/);
    expect(bad({ edgeStart: data.edgeStart.slice(1) })).toThrow(/damaged \(edgeStart\)/);
    expect(bad({ nodeFlags: 'x' })).toThrow(/damaged \(nodeFlags\)/);
    expect(bad({ rulesRoot: -1 })).toThrow(/damaged \(roots\)/);
    expect(() => pslFromTrie(null as unknown as PslTrie)).toThrow(/damaged/);
  });
});

describe('psl(): tldts, or the list installed as data', () => {
  afterEach(() => usePsl(undefined));

  it('answers with what is installed, and with tldts again once it is removed', () => {
    expect(pslAvailable()).toBe(true);
    expect(psl().getDomain('a.b.salesforce.com')).toBe('salesforce.com');
    const asked: string[] = [];
    usePsl({ parse: (h, o) => list.parse(h, o), getDomain: (h, o) => (asked.push(h), list.getDomain(h, o)) });
    expect(targetFromInput('https://www.salesforce.com/x')).toEqual({
      ok: true,
      target: { hostname: 'www.salesforce.com', domain: 'salesforce.com' },
    });
    expect(sourceUrlProblem('https://10.0.0.1/')).toBe('an IP address, not a host name');
    expect(sourceUrlProblem('https://printer.local/')).toBe('not a public host name');
    expect(asked).toEqual(['www.salesforce.com']);
    usePsl(undefined);
    expect(targetFromInput('https://x.herokuapp.com/')).toEqual({
      ok: true,
      target: { hostname: 'x.herokuapp.com', domain: 'x.herokuapp.com' },
    });
    expect(asked).toHaveLength(1);
  });
});
