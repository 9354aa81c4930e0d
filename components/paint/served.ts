/**
 * A page served with its first view in its HTML (issue 13): in Chrome, the extension's service worker answers the
 * navigation to `popup.html?tab=…` or `lookup.html?q=…` itself (data/browser/serve-pages.ts) with the packaged
 * page's HTML, the first view the page's script would paint (./popup.ts, ./lookup.ts: the same markup) already in
 * `#root`, the page's style sheets in its head, and the answer the script would have asked for as inert JSON.
 * The page is then painted with its headline in its first contentful paint, with no script run and no message
 * sent first; the script reads the answer (`servedAnswer`) instead of asking for it, and loads React after
 * that paint as before.
 *
 * Without a served answer (Firefox, or a page the worker left to the packaged file), nothing here applies and
 * the page asks and paints as it always did.
 */
import type { I18n } from '@/data/model/i18n';
import type { MatchResult } from '@/data/model/result';
import type { ScreenOutcome } from '@/data/model/name-matcher';
import { escapeAttr, jsonForScript, type Markup } from './html';
import { popupHeadlineHtml, type PopupHeadlineProps } from './popup';
import { lookupAnswerHtml, paintsAnswer } from './lookup';

/** The element that carries the served answer. */
export const SERVED_ID = 'tieline-served';

export interface ServedParts {
  /** The page's language (`<html lang>`). */
  lang: string;
  /** The page's style sheets, as its script would apply them (./dom.ts, applyStyles). */
  styles: readonly string[];
  /** The first view: the inside of `#root`. */
  body: Markup;
  /** What the page's script would have asked its worker for: embedded, so it asks nothing. */
  answer: unknown;
}

/** `</style` in a style sheet would end its element early: written as CSS's escape of `<`, the same rule. */
const styleText = (css: string) => css.replace(/<\/(style)/gi, '\\3c/$1');

/**
 * The packaged page's HTML (same head, scripts and body) with the served parts in it. Its one script loses
 * `blocking="render"` (scripts/page-builds.ts put it there for a page whose body is empty until the script has
 * run): here the first view is in the HTML and styled, and nothing the first paint needs is in the script.
 * Throws when the HTML is not a first view's page as the build writes it (the worker then serves the file as it is).
 */
export function servedPage(packaged: string, { lang, styles, body, answer }: ServedParts): string {
  const root = '<div id="root"></div>';
  if (!packaged.includes(root) || !packaged.includes('</head>') || !/<html\b[^>]*>/.test(packaged))
    throw new Error("the packaged page is not a first view's HTML");
  const sheets = styles.map((css) => `<style>${styleText(css)}</style>`).join('');
  const json = `<script type="application/json" id="${SERVED_ID}">${jsonForScript(answer)}</script>`;
  return packaged
    .replace(/<html\b[^>]*>/, `<html lang="${escapeAttr(lang)}">`)
    .replace(/(<script\b[^>]*?)\s+blocking="render"/, '$1')
    .replace('</head>', () => `${sheets}</head>`)
    .replace(root, () => `<div id="root">${body.html}</div>${json}`);
}

/** The popup's state as the worker has it (data/browser/popup-state.ts's PopupState). */
export type ServedPopupState = Omit<PopupHeadlineProps, 'result'> & { result: MatchResult | null };

/** The popup served with its headline, or undefined when its first view is React's (no result: the page draws it). */
export function servedPopup(packaged: string, state: ServedPopupState, i18n: I18n, styles: readonly string[]): string | undefined {
  if (!state.result) return undefined;
  return servedPage(packaged, {
    lang: i18n.locale,
    styles,
    body: popupHeadlineHtml({ ...state, result: state.result }, i18n),
    answer: state,
  });
}

/** The lookup page served with its answer, or undefined for an answer its first view does not paint (./lookup.ts). */
export function servedLookup(
  packaged: string,
  query: string,
  answer: { outcome: ScreenOutcome; result: MatchResult | null },
  i18n: I18n,
  styles: readonly string[],
): string | undefined {
  if (!paintsAnswer(answer)) return undefined;
  return servedPage(packaged, { lang: i18n.locale, styles, body: lookupAnswerHtml({ query, ...answer }, i18n), answer });
}

/** In a page: the answer its worker served it with, if it was (else the page asks, as without a worker). */
export function servedAnswer<A>(): A | undefined {
  const text = document.getElementById(SERVED_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as A;
  } catch {
    return undefined;
  }
}

/** How far the served answer's clock may be from the page's before the page asks again with its own. */
export const SERVED_CLOCK_SLACK_MS = 60_000;

/**
 * A served answer told as of a clock (`now`: the snooze, the data's age, the lists' expiry) is the page's only
 * when that clock is the page's, give or take SERVED_CLOCK_SLACK_MS: the worker serves the page as of its own
 * clock, the same one in a browser, but a page whose clock is another (a test's fixed time) asks with its own.
 */
export function servedAsOf<A extends { now: number }>(answer: A | undefined, pageNow: number): A | undefined {
  return answer && Math.abs(answer.now - pageNow) <= SERVED_CLOCK_SLACK_MS ? answer : undefined;
}
