import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DatasetIndex } from '@/data/model/domain-matcher';
import { countNotes, matchExplanation } from '@/data/model/describe';
import { targetFromInput } from '@/data/model/domain';
import { parseDataset } from '@/data/model/schema';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { miniDataset } from '../../fixtures/datasets';
import { en } from '../../helpers/i18n';

const mini = new DatasetIndex(parseDataset(miniDataset()));
const bundled = new DatasetIndex(readBundledDataset());

describe('matching a URL to a company (fixture)', () => {
  it.each([
    // [input, expected company id or null]
    ['https://acme.example/', 'acme'],
    ['https://www.acme.example/pricing?x=1#top', 'acme'],
    ['https://deep.sub.acme.example/', 'acme'],
    ['acme.example', 'acme'],
    ['ACME.EXAMPLE', 'acme'],
    ['HTTPS://WWW.ACME.EXAMPLE/PATH', 'acme'],
    ['https://acme.example./', 'acme'],
    ['https://www.acme.example.:8443/login', 'acme'],
    ['http://acme.example:80/', 'acme'],
    ['https://acme.co.uk/', 'acme'],
    ['https://shop.acme.co.uk/', 'acme'],
    ['https://acme.de/', null], // a country domain matches only when listed
    ['https://acme.example.evil.example/', null],
    ['https://notacme.example/', null],
    ['https://acme-example.com/', null],
    ['https://acme.example@evil.example/', null],
    ['https://evil.example/?u=https://acme.example/', null],
    ['https://evil.example/acme.example', null],
    ['https://evil.example/#acme.example', null],
    ['chrome://extensions', null],
    ['chrome-extension://abcdef/popup.html', null],
    ['about:blank', null],
    ['file:///home/me/acme.example.html', null],
    ['data:text/html,acme.example', null],
    ['javascript:location="https://acme.example"', null],
    ['view-source:https://acme.example/', null],
    ['http://127.0.0.1:3000/', null],
    ['http://[::1]/', null],
    ['http://192.168.1.1/acme.example', null],
    ['http://localhost:8080/', null],
    ['http://app.localhost/', null],
    ['', null],
    ['not a url', null],
    ['https://', null],
  ])('%s → %s', (input, expected) => {
    expect(mini.match(input)?.company.id ?? null).toBe(expected);
  });

  it('normalises Unicode (IDN) host names to punycode', () => {
    const ds = miniDataset();
    ds.companies.push({ id: 'buecher', name: 'Bücher', domains: ['xn--bcher-kva.example'] });
    const idx = new DatasetIndex(parseDataset(ds));
    expect(idx.match('https://www.bücher.example/')?.company.id).toBe('buecher');
    expect(idx.match('https://WWW.BÜCHER.EXAMPLE/')?.company.id).toBe('buecher');
    expect(idx.match('https://xn--bcher-kva.example/')?.company.id).toBe('buecher');
  });

  it('labels a subsidiary result with its own and its owners’ notes, nearest first', () => {
    const r = mini.match('https://app.chatmobile.example/')!;
    expect(r.company.id).toBe('acme-chat-mobile');
    expect(r.via.map((v) => v.id)).toEqual(['acme-chat', 'acme']);
    expect(r.via[0]!.sources[0]!.url).toBe('https://news.example.org/story-2');
    expect(r.notes.map((n) => `${n.company.id}:${n.id}`)).toEqual([
      'acme-chat:acme-chat-cbp',
      'acme-chat:acme-chat-ice',
      'acme:acme-cbp',
      'acme:acme-letter',
      'acme:acme-refusal',
    ]);
    expect(matchExplanation(r, en)).toBe('chatmobile.example → Acme Chat Mobile, owned by Acme Chat, owned by Acme');
  });

  it('counts contract ties once per agency, plus labor and context notes', () => {
    expect(countNotes(mini.match('acme.example')!.notes)).toBe(3); // CBP + letter + refusal
    expect(countNotes(mini.match('acmechat.example')!.notes)).toBe(4); // CBP (twice) + ICE + letter + refusal
    expect(countNotes(mini.match('quiet.example')!.notes)).toBe(0);
  });

  it('sums awards, negative modifications included, and sorts them largest first', () => {
    const tie = mini.match('acme.example')!.notes[0]!;
    expect(tie.kind).toBe('contract');
    if (tie.kind !== 'contract') return;
    expect(tie.totalUsd).toBe(80);
    expect(tie.awards.map((a) => a.awardId)).toEqual(['A1', 'A2']);
    expect([tie.firstDate, tie.lastDate]).toEqual(['2021-01-01', '2022-01-01']);
  });

  it('never throws and never matches a host outside the listed domains (property)', () => {
    const listed = new Set(mini.dataset.companies.flatMap((c) => c.domains));
    const label = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    const host = fc.oneof(
      fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('.')),
      fc.constantFrom(...listed).chain((d) => fc.constantFrom(`${d}.evil.example`, `not${d}`, `${d}x`, `${d.replace('.', '-')}.com`)),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          host,
          host.map((h) => `https://${h}/`),
        ),
        (input) => {
          const r = mini.match(input);
          if (r) {
            const t = targetFromInput(input);
            expect(t.ok).toBe(true);
            if (!t.ok) return;
            const h = t.target.hostname;
            expect([...listed].some((d) => h === d || h.endsWith(`.${d}`))).toBe(true);
          }
        },
      ),
      { numRuns: 3000 },
    );
    // 3,000 runs: its own time budget, so that a loaded machine slows it down without failing it.
  }, 120_000);
});

describe('matching on the bundled dataset', () => {
  it.each([
    ['https://www.salesforce.com/', 'salesforce'],
    ['https://help.salesforce.com/s/articleView', 'salesforce'],
    ['https://login.force.com/', 'salesforce'],
    ['https://app.slack.com/client', 'slack'],
    ['https://salesforce.com.evil.example/', null],
    ['https://notsalesforce.com/', null],
    ['https://salesforce.com@evil.example/', null],
    ['https://evil.example/salesforce.com', null],
    ['https://www.google.com/search?q=salesforce.com', 'google'],
  ])('%s → %s', (input, expected) => {
    expect(bundled.match(input)?.company.id ?? null).toBe(expected);
  });

  it('tells the Salesforce story with sources', () => {
    const r = bundled.match('https://www.salesforce.com/')!;
    expect(r.notes.some((n) => n.kind === 'contract' && n.agency.id === 'cbp')).toBe(true);
    expect(r.notes.some((n) => n.kind === 'labor' && n.participants === 650)).toBe(true);
    expect(r.notes.some((n) => n.kind === 'context' && /RAICES/.test(n.title + n.summary))).toBe(true);
    for (const n of r.notes) expect(n.sources.length).toBeGreaterThan(0);
  });

  it('shows Slack as owned by Salesforce, with the ownership source', () => {
    const r = bundled.match('slack.com')!;
    expect(r.via[0]?.id).toBe('salesforce');
    expect(r.via[0]!.sources.length).toBeGreaterThan(0);
    expect(r.notes.some((n) => n.company.id === 'salesforce' && n.kind === 'contract')).toBe(true);
  });
});
