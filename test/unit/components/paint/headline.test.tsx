// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { ResultView } from '@/components/ResultView';
import { BadgeNote } from '@/components/BadgeNote';
import { paintHeadline } from '@/components/paint/headline';
import { paintPopupHeadline } from '@/components/paint/popup';
import { DatasetIndex } from '@/data/model/domain-matcher';
import { ALL_TIES, type TiePrefs } from '@/data/model/headline';
import type { I18n } from '@/data/model/i18n';
import type { MatchResult } from '@/data/model/result';
import { parseDataset } from '@/data/model/schema';
import { readFileSync } from 'node:fs';
import { en, es, renderIn } from '../../../helpers/i18n';
import { canon } from '../../../helpers/dom';

afterEach(cleanup);

// Read here, not with data/pipeline/bundled.ts: under happy-dom, import.meta.url is not a file URL.
const bundle = new DatasetIndex(parseDataset(JSON.parse(readFileSync('data/dataset/dataset.json', 'utf8'))));
const match = (site: string): MatchResult => {
  const r = bundle.match(site);
  if (!r) throw new Error(`${site} no longer matches the bundled dataset: pick another site for this case`);
  return r;
};

/** The headline block's parts in an `article.result`: what the popup paints before React, and React's. */
const parts = (article: Element) =>
  ['header', 'ul.ties', 'p.nothing', 'p.badge-note'].map((s) => {
    const e = article.querySelector(`:scope > ${s}`);
    return e ? canon(e) : `(no ${s})`;
  });

const CASES: [string, string][] = [
  ['www.salesforce.com', 'contract, resold, labor and context lines'],
  ['adecco.com', 'labor only'],
  ['squareup.com', 'nothing on record'],
  ['slack.com', 'a subsidiary shown with its owner (owned by Salesforce)'],
  ['aetna.com', 'an ownership link with a date'],
  ['vons.com', 'a company shown with related companies'],
];

describe('the headline block: one implementation, painted without React and by React alike', () => {
  for (const [site, what] of CASES) {
    for (const [i18n, quiet, prefs] of [
      [en, false, ALL_TIES],
      [es, true, { kinds: ['labor', 'context'], mutedAgencies: [] }],
    ] as [I18n, boolean, TiePrefs][]) {
      it(`${site} (${what}), ${i18n.locale}${quiet ? ', badge off' : ''}: the same elements, text, links and test ids`, () => {
        const result = match(site);
        const onAbout = () => undefined;
        const painted = document.createElement('article');
        paintHeadline(painted, { result, level: 1, prefs, badge: { quiet } }, i18n, onAbout);
        const { container } = renderIn(
          <ResultView result={result} level={1} prefs={prefs}>
            <BadgeNote result={result} prefs={prefs} quiet={quiet} onAbout={onAbout} />
          </ResultView>,
          i18n,
        );
        const react = container.querySelector('article.result')!;
        expect(parts(painted)).toEqual(parts(react));
        // Not vacuous: the block has the company, how it matched, and its lines or "nothing on record".
        expect(painted.querySelector('[data-testid="company-name"]')!.textContent).toBe(result.company.name);
        expect(painted.querySelector('[data-testid="match-explanation"]')!.textContent).toContain(result.company.name);
        if (result.notes.length === 0) expect(painted.querySelector('[data-testid="nothing-on-record"]')).not.toBeNull();
        else if (!quiet) expect(painted.querySelectorAll('[data-testid="tie"]').length).toBeGreaterThan(0);
        for (const a of painted.querySelectorAll('a')) {
          expect(a.getAttribute('href')).toMatch(/^https:\/\//);
          expect(a.getAttribute('rel')).toBe('noopener noreferrer');
        }
      });
    }
  }

  it('writes data as text, never as markup', () => {
    const r = match('www.salesforce.com');
    const evil = '<img src=x onerror="alert(1)">Evil';
    const result: MatchResult = { ...r, company: { ...r.company, name: evil } };
    const article = document.createElement('article');
    paintHeadline(article, { result, level: 1, prefs: ALL_TIES }, en);
    expect(article.querySelector('img')).toBeNull();
    expect(article.querySelector('h1')!.textContent).toBe(evil);
    expect(article.querySelector('[data-testid="badge-note"]')).toBeNull();
  });

  it('draws a source whose address is not http(s) (a list may name anything) without its link, its words kept', () => {
    const r = match('www.salesforce.com');
    const hostile = (url: string) =>
      r.notes.map((n) => ({ ...n, sources: n.sources.map((s) => ({ ...s, url, publisher: `${s.publisher} <i>&"` })) }));
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const result: MatchResult = {
        ...r,
        notes: hostile(url),
        via: r.via.map((o) => ({ ...o, sources: o.sources.map((s) => ({ ...s, url })) })),
      };
      const article = document.createElement('article');
      paintHeadline(article, { result, level: 1, prefs: ALL_TIES }, en);
      const links = [...article.querySelectorAll('a')];
      expect(links.length).toBeGreaterThan(0);
      for (const a of links) expect(a.hasAttribute('href')).toBe(false);
      expect(article.querySelector('i')).toBeNull();
      expect(article.querySelector('[data-testid="tie-source"]')!.textContent).toMatch(/ <i>&"$/);
    }
  });
});

describe("the popup's first paint", () => {
  const props = (over: Partial<Parameters<typeof paintPopupHeadline>[1]> = {}) => ({
    site: 'salesforce.com',
    result: match('www.salesforce.com'),
    prefs: ALL_TIES,
    paused: false,
    onAbout: vi.fn(),
    ...over,
  });

  it("keeps the search box's place, hidden and out of reach, then the headline block, in the page's language", () => {
    const root = document.createElement('div');
    const p = props();
    paintPopupHeadline(root, p, es, p.onAbout);
    expect(document.documentElement.lang).toBe('es');
    const main = root.firstElementChild!;
    expect(main.matches('main.popup')).toBe(true);
    const space = main.firstElementChild!;
    expect(space.matches('form.search.compact.search-space[aria-hidden="true"]')).toBe(true);
    expect(space.querySelector('input')!.disabled).toBe(true);
    expect(space.querySelector('input')!.tabIndex).toBe(-1);
    expect(main.querySelector('[data-testid="quiet-note"]')).toBeNull();
    expect(main.querySelector('article.result h1')!.textContent).toBe('Salesforce');
    // The badge's note links to what the data covers.
    (main.querySelector('[data-testid="open-about"]') as HTMLButtonElement).click();
    expect(p.onAbout).toHaveBeenCalledOnce();
  });

  it('says the site is paused, or Tieline snoozed, above the headline, and that the badge is off', () => {
    const root = document.createElement('div');
    paintPopupHeadline(root, props({ paused: true }), en, vi.fn());
    expect(root.querySelector('[data-testid="quiet-note"]')!.textContent).toBe(en.t('popup.pausedHere', { site: 'salesforce.com' }));
    expect(root.querySelector('[data-testid="badge-note"]')!.textContent).toContain(en.t('popup.badgeQuiet'));
    paintPopupHeadline(root, props({ snoozedUntil: Date.now() + 3_600_000 }), en, vi.fn());
    expect(root.querySelectorAll('[data-testid="quiet-note"]')).toHaveLength(1);
    expect(root.querySelector('[data-testid="quiet-note"]')!.textContent).toBe(en.t('popup.snoozedNote'));
  });
});
