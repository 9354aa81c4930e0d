/**
 * The lookup page's first paint for `?q=`, before React has loaded (entrypoints/lookup/main.tsx): the page
 * React's App (entrypoints/lookup/App.tsx) then renders in its place, down to the end of the answer's headline
 * block — the title, the privacy line, a space the size of the query form (React puts the form there), and
 * the answer to a query that matched a company: how it matched (the match badge, the same function as
 * MatchBadge's), and the company's headline block (paint/headline.ts, as ResultView paints it). Other
 * answers (a choice between companies, no match) are drawn by React.
 */
import type { I18n } from '@/data/model/i18n';
import type { MatchResult } from '@/data/model/result';
import type { ReviewState, ScreenMatch, ScreenOutcome } from '@/data/model/name-matcher';
import { ALL_TIES } from '@/data/model/headline';
import { affiliateLabel, howLabel, STATE_KEYS } from '@/data/model/screen-words';
import { headlineHtml } from './headline';
import { h, join, type Markup } from './html';
import { nodes } from './dom';

/** "Match · matched by legal-name variant “Salesforce, Inc.”, confidence 100%" (the inside of MatchBadge's span). */
export function matchBadgeHtml(match: ScreenMatch, state: ReviewState, i18n: I18n): Markup {
  const { t } = i18n;
  const percent = Math.round(match.confidence * 100);
  return join(
    h('strong', {}, t(STATE_KEYS[state])),
    ` · ${t('screen.badge', { how: howLabel(match.how, i18n), matched: match.matched, percent })}`,
  );
}

export const matchBadgeChildren = (match: ScreenMatch, state: ReviewState, i18n: I18n): Node[] => nodes(matchBadgeHtml(match, state, i18n));

/** "Did you mean Motorola Solutions?" */
export const didYouMeanText = ({ t }: I18n, company: string) => t('lookup.didYouMean', { company });

/** "“Walmart Foundation” is the foundation of Walmart: …" */
export const affiliateText = (i18n: I18n, query: string, affiliate: NonNullable<ScreenMatch['affiliate']>, company: string) =>
  i18n.t('lookup.affiliate', { input: query.trim(), relation: affiliateLabel(affiliate, company, i18n) });

export interface LookupFirstProps {
  query: string;
  outcome: ScreenOutcome;
  result: MatchResult | null;
}

/** Whether the first paint draws this answer: a query that matched the company shown. */
export const paintsAnswer = ({ outcome, result }: Pick<LookupFirstProps, 'outcome' | 'result'>): boolean =>
  !!result && outcome.match?.companyId === result.company.id;

/** The query form's space: QueryForm's elements with the same classes (the same size), hidden and out of reach. */
function formSpace({ t }: I18n, query: string): Markup {
  return h(
    'form',
    { class: 'search big search-space', 'aria-hidden': 'true' },
    h('label', {}, t('lookup.queryLabel')),
    h(
      'div',
      { class: 'row' },
      h('input', { value: query, placeholder: t('lookup.queryPlaceholder'), disabled: true, tabindex: '-1' }),
      h('button', { type: 'button', disabled: true, tabindex: '-1' }, t('lookup.submit')),
    ),
  );
}

/** The answer's section down to its headline block, for a query that matched (paintsAnswer). */
export function answerSectionHtml({ query, outcome, result }: LookupFirstProps, i18n: I18n): Markup {
  const m = outcome.match!;
  return h(
    'section',
    { class: 'answer', 'data-testid': 'lookup-answer' },
    outcome.state === 'review' &&
      h('h2', { class: 'did-you-mean', 'data-testid': 'did-you-mean' }, didYouMeanText(i18n, result!.company.name)),
    h(
      'span',
      { class: `match-badge state-${outcome.state}`, 'data-testid': 'match-how', 'data-state': outcome.state },
      matchBadgeHtml(m, outcome.state, i18n),
    ),
    m.affiliate && h('p', { 'data-testid': 'affiliate' }, affiliateText(i18n, query, m.affiliate, result!.company.name)),
    h('article', { class: 'result' }, headlineHtml({ result: result!, level: 2, prefs: ALL_TIES }, i18n)),
  );
}

export const answerSection = (p: LookupFirstProps, i18n: I18n) => nodes(answerSectionHtml(p, i18n))[0] as HTMLElement;

/** The lookup page's first view (the inside of `#root`): what the page paints, or Chrome's worker serves in its HTML. */
export function lookupAnswerHtml(p: LookupFirstProps, i18n: I18n): Markup {
  const { t } = i18n;
  return h(
    'main',
    { class: 'page lookup' },
    h('h1', {}, t('lookup.title')),
    h('p', { class: 'muted' }, t('lookup.private')),
    formSpace(i18n, p.query),
    answerSectionHtml(p, i18n),
  );
}

/** Paints the lookup page's first view into `root` (emptied first), in the page's language. */
export function paintLookupAnswer(root: HTMLElement, p: LookupFirstProps, i18n: I18n): void {
  document.documentElement.lang = i18n.locale;
  root.replaceChildren(...nodes(lookupAnswerHtml(p, i18n)));
}
