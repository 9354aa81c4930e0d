// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  SERVED_CLOCK_SLACK_MS,
  SERVED_ID,
  servedAnswer,
  servedAsOf,
  servedLookup,
  servedPage,
  servedPopup,
} from '@/components/paint/served';
import { paintPopupHeadline } from '@/components/paint/popup';
import { paintLookupAnswer } from '@/components/paint/lookup';
import { h } from '@/components/paint/html';
import { renderBlocking } from '@/scripts/page-builds';
import { DatasetIndex } from '@/data/model/domain-matcher';
import { ScreenIndex } from '@/data/model/name-matcher';
import { ALL_TIES } from '@/data/model/headline';
import { parseDataset } from '@/data/model/schema';
import type { MatchResult } from '@/data/model/result';
import { en, es } from '../../../helpers/i18n';

afterEach(() => document.body.replaceChildren());

const data = parseDataset(JSON.parse(readFileSync('data/dataset/dataset.json', 'utf8')));
const index = new DatasetIndex(data);
const names = new ScreenIndex(data.companies);
const match = (site: string): MatchResult => {
  const r = index.match(site);
  if (!r) throw new Error(`${site} no longer matches the bundled dataset: pick another site for this case`);
  return r;
};

/**
 * A page's HTML as the build writes it: the source's, its module script moved to the head (Vite) and made
 * render-blocking (scripts/page-builds.ts).
 */
const packaged = (page: 'popup' | 'lookup') =>
  renderBlocking(
    readFileSync(`entrypoints/${page}/index.html`, 'utf8')
      .replace(/\s*<script type="module" src="[^"]*"><\/script>/, '')
      .replace('</head>', `<script type="module" crossorigin src="/chunks/${page}-x.js"></script></head>`),
  );

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('a page served with its first view in its HTML (components/paint/served.ts)', () => {
  it('is the packaged page with the view in #root, its styles in its head, its language, and the answer as inert JSON', () => {
    const answer = { name: '</script><script>alert(1)</script>', n: 1 };
    const html = servedPage(packaged('popup'), {
      lang: 'es',
      styles: ['body{margin:0}', '.x::after{content:"</style><script>alert(1)</script>"}'],
      body: h('main', {}, 'Hola & <adiós>'),
      answer,
    });
    const doc = parse(html);
    expect(doc.documentElement.lang).toBe('es');
    expect(doc.getElementById('root')!.innerHTML).toBe('<main>Hola &amp; &lt;adiós&gt;</main>');
    // The same head: its title and its one module script, no longer render-blocking (the view is in the HTML).
    expect(doc.title).toBe('Tieline');
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['module', 'application/json']);
    expect(scripts[0]!.getAttribute('src')).toBe('/chunks/popup-x.js');
    expect(scripts[0]!.hasAttribute('blocking')).toBe(false);
    // The style sheets whole, none ending early (no element made from their text).
    const styles = [...doc.head.querySelectorAll('style')];
    expect(styles).toHaveLength(2);
    expect(styles[1]!.textContent).toContain('content:"\\3c/style><script>alert(1)</script>"');
    // The answer parses back as it was; no script element made from its text.
    expect(doc.getElementById(SERVED_ID)!.getAttribute('type')).toBe('application/json');
    expect(JSON.parse(doc.getElementById(SERVED_ID)!.textContent!)).toEqual(answer);
  });

  it("refuses HTML that is not a first view's page (the worker then serves the file as it is)", () => {
    expect(() =>
      servedPage('<html><head></head><body><main></main></body></html>', { lang: 'en', styles: [], body: h('p'), answer: 1 }),
    ).toThrow();
  });

  it("writes the popup's headline as the page paints it, in the worker's language", () => {
    const result = match('www.salesforce.com');
    const state = { site: 'salesforce.com', result, prefs: ALL_TIES, paused: true, url: 'https://www.salesforce.com/' };
    for (const i18n of [en, es]) {
      const doc = parse(servedPopup(packaged('popup'), state, i18n, ['body{}'])!);
      const root = document.createElement('div');
      paintPopupHeadline(root, state, i18n, () => undefined);
      expect(doc.getElementById('root')!.innerHTML).toBe(root.innerHTML);
      expect(doc.documentElement.lang).toBe(i18n.locale);
      expect(doc.querySelectorAll('[data-testid="tie"]').length).toBeGreaterThan(0);
      expect(doc.querySelector('[data-testid="quiet-note"]')!.textContent).toBe(i18n.t('popup.pausedHere', { site: 'salesforce.com' }));
      expect(JSON.parse(doc.getElementById(SERVED_ID)!.textContent!)).toEqual(state);
    }
    // A site not in the data: React's view draws it, so the worker serves nothing.
    expect(servedPopup(packaged('popup'), { ...state, result: null }, en, [])).toBeUndefined();
  });

  it("writes a hostile company's name and source as text and without a script's link", () => {
    const r = match('www.salesforce.com');
    const evil = '</div></main><script>alert(1)</script><img src=x onerror=alert(1)>';
    const result: MatchResult = {
      ...r,
      company: { ...r.company, name: evil },
      notes: r.notes.map((n) => ({ ...n, sources: n.sources.map((s) => ({ ...s, url: 'javascript:alert(1)', publisher: evil })) })),
    };
    const doc = parse(servedPopup(packaged('popup'), { result, prefs: ALL_TIES, paused: false }, en, [])!);
    expect(doc.querySelectorAll('script')).toHaveLength(2);
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('h1')!.textContent).toBe(evil);
    for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
    expect(JSON.parse(doc.getElementById(SERVED_ID)!.textContent!).result.company.name).toBe(evil);
  });

  it("writes the lookup page's answer as the page paints it, and nothing for an answer React draws", () => {
    const query = 'salesforce inc';
    const outcome = names.matchAny(query);
    const a = { outcome, result: index.companyResult(outcome.match!.companyId, query) };
    const doc = parse(servedLookup(packaged('lookup'), query, a, es, ['a{}', 'b{}'])!);
    const root = document.createElement('div');
    paintLookupAnswer(root, { query, ...a }, es);
    expect(doc.getElementById('root')!.innerHTML).toBe(root.innerHTML);
    expect(doc.head.querySelectorAll('style')).toHaveLength(2);
    expect(
      servedLookup(packaged('lookup'), 'zzqx nothing', { outcome: names.matchAny('zzqx nothing'), result: null }, en, []),
    ).toBeUndefined();
  });

  it('is read back by the page: the served answer, or none (the page then asks)', () => {
    expect(servedAnswer()).toBeUndefined();
    const answer = { result: { company: { name: '</script>&' } } };
    const doc = parse(servedPage(packaged('popup'), { lang: 'en', styles: [], body: h('p'), answer }));
    document.body.append(document.importNode(doc.getElementById(SERVED_ID)!, true));
    expect(servedAnswer()).toEqual(answer);
  });

  it("is the page's only when told as of the page's clock (a page with another clock asks with its own)", () => {
    const now = Date.parse('2026-12-01T03:00:00Z');
    const answer = { now, freshness: { warnings: [] } };
    expect(servedAsOf(answer, now)).toBe(answer);
    expect(servedAsOf(answer, now + SERVED_CLOCK_SLACK_MS)).toBe(answer);
    expect(servedAsOf(answer, now - SERVED_CLOCK_SLACK_MS)).toBe(answer);
    // 40 days on (the list in use has expired by the page's clock, not by the worker's): asked again.
    expect(servedAsOf(answer, now + 40 * 86_400_000)).toBeUndefined();
    expect(servedAsOf(answer, now - SERVED_CLOCK_SLACK_MS - 1)).toBeUndefined();
    expect(servedAsOf(undefined, now)).toBeUndefined();
  });
});
