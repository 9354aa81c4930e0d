// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { QueryAnswerView } from '@/components/lookup/QueryAnswerView';
import { answerSection, paintLookupAnswer, paintsAnswer } from '@/components/paint/lookup';
import { DatasetIndex } from '@/data/model/domain-matcher';
import { ScreenIndex } from '@/data/model/name-matcher';
import { parseDataset } from '@/data/model/schema';
import type { I18n } from '@/data/model/i18n';
import { en, es, renderIn } from '../../../helpers/i18n';
import { canon } from '../../../helpers/dom';

afterEach(cleanup);

// Read here, not with data/pipeline/bundled.ts: under happy-dom, import.meta.url is not a file URL.
const data = parseDataset(JSON.parse(readFileSync('data/dataset/dataset.json', 'utf8')));
const index = new DatasetIndex(data);
const names = new ScreenIndex(data.companies);

/** The answer the background gives a query (data/browser/name-lookup.ts), from the bundled dataset. */
function answer(query: string) {
  const outcome = names.matchAny(query);
  const id = outcome.match?.companyId;
  return { outcome, result: id ? index.companyResult(id, query) : null };
}

/** The answer's section down to the headline block: what the page paints before React, and React's. */
function upToHeadline(section: Element): string[] {
  const out: string[] = [];
  for (const child of section.children) {
    if (child.matches('article.result')) {
      out.push(
        ...['header', 'ul.ties', 'p.nothing'].map((s) =>
          canon(child.querySelector(`:scope > ${s}`) ?? document.createTextNode(`(no ${s})`)),
        ),
      );
      break;
    }
    out.push(canon(child));
  }
  return out;
}

describe("the lookup page's first paint of ?q=: one implementation with React's answer", () => {
  // Each with what it shows besides the company: the case is not vacuous.
  const cases: [string, string, string][] = [
    ['salesforce inc', 'a match by legal name', '[data-testid="tie"]'],
    ['Motorola', 'a suggestion ("Did you mean …?")', '[data-testid="did-you-mean"]'],
    ['Microsoft PAC', "a company's political action committee", '[data-testid="affiliate"]'],
    ['The Walmart Foundation', 'a foundation in the registry, tied to its company', 'details.ownership'],
    ['jane@slack.com', 'an email address, rolled up to the owner', 'details.ownership'],
  ];
  for (const [query, what, shows] of cases) {
    for (const i18n of [en, es] as I18n[]) {
      it(`${query} (${what}), ${i18n.locale}: the same elements, text, links and test ids`, () => {
        const a = answer(query);
        expect(paintsAnswer(a), `${query} no longer matches a company in the bundled dataset`).toBe(true);
        const painted = answerSection({ query, ...a }, i18n);
        const { container } = renderIn(
          <QueryAnswerView query={query} outcome={a.outcome} shown={a.result} others={[]} onPick={() => undefined} />,
          i18n,
        );
        const react = container.querySelector('[data-testid="lookup-answer"]')!;
        expect(upToHeadline(painted)).toEqual(upToHeadline(react));
        expect(painted.querySelector('[data-testid="match-how"]')!.getAttribute('data-state')).toBe(a.outcome.state);
        expect(painted.querySelector('[data-testid="company-name"]')!.textContent).toBe(a.result!.company.name);
        expect(painted.querySelector(shows)).not.toBeNull();
      });
    }
  }

  it('leaves answers without a company to React', () => {
    expect(paintsAnswer(answer('someone@gmail.com'))).toBe(false);
    expect(paintsAnswer(answer('zzqx nothing by this name'))).toBe(false);
  });

  it('keeps the query form’s place, hidden and out of reach, above the answer', () => {
    const root = document.createElement('div');
    paintLookupAnswer(root, { query: 'salesforce inc', ...answer('salesforce inc') }, en);
    const main = root.firstElementChild!;
    expect(main.matches('main.page.lookup')).toBe(true);
    expect(main.querySelector('h1')!.textContent).toBe(en.t('lookup.title'));
    const space = main.querySelector('form.search-space')!;
    expect(space.getAttribute('aria-hidden')).toBe('true');
    for (const c of space.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) {
      expect(c.disabled).toBe(true);
      expect(c.tabIndex).toBe(-1);
    }
    expect(main.querySelector('[data-testid="lookup-answer"] h2.company')!.textContent).toBe('Salesforce');
  });
});
