/**
 * The popup's first paint, before React has loaded (entrypoints/popup/main.tsx): the page React's App
 * (entrypoints/popup/App.tsx) then renders in its place, up to the end of the headline block — a space the
 * size of the search box (React adds the box there, so nothing below it moves), the note on a paused site or
 * a snooze, and the result's headline block (paint/headline.ts, the functions React's views paint it with).
 */
import type { I18n } from '@/data/model/i18n';
import type { MatchResult } from '@/data/model/result';
import type { TiePrefs } from '@/data/model/headline';
import { headlineHtml, wireAbout } from './headline';
import { h, type Markup } from './html';
import { nodes } from './dom';

export interface PopupHeadlineProps {
  site?: string | undefined;
  result: MatchResult;
  prefs: TiePrefs;
  paused: boolean;
  snoozedUntil?: number | undefined;
}

/** "Tieline is paused on salesforce.com …" or "Tieline is snoozed …" (App shows it with the same words). */
export const quietNoteText = ({ t }: I18n, paused: boolean, site: string | undefined): string =>
  paused ? t('popup.pausedHere', { site: site ?? '' }) : t('popup.snoozedNote');

/**
 * The search box's space: SearchPanel's compact form and input with the same classes (so the same size at
 * any font size), hidden, out of the accessibility tree and the tab order, until React puts the box there.
 */
function searchSpace({ t }: I18n): Markup {
  return h(
    'form',
    { class: 'search compact search-space', 'aria-hidden': 'true' },
    h('input', { type: 'search', placeholder: t('search.placeholder'), disabled: true, tabindex: '-1' }),
  );
}

/** The popup's first view (the inside of `#root`): what the page paints, or Chrome's worker serves in its HTML. */
export function popupHeadlineHtml(p: PopupHeadlineProps, i18n: I18n): Markup {
  const quiet = p.paused || !!p.snoozedUntil;
  return h(
    'main',
    { class: 'popup' },
    searchSpace(i18n),
    quiet && h('p', { class: 'quiet-note', 'data-testid': 'quiet-note' }, quietNoteText(i18n, p.paused, p.site)),
    h('article', { class: 'result' }, headlineHtml({ result: p.result, level: 1, prefs: p.prefs, badge: { quiet } }, i18n)),
  );
}

/** Paints the popup's first view into `root` (emptied first), in the page's language; `onAbout` wires its link. */
export function paintPopupHeadline(root: HTMLElement, p: PopupHeadlineProps, i18n: I18n, onAbout: () => void): void {
  document.documentElement.lang = i18n.locale;
  root.replaceChildren(...nodes(popupHeadlineHtml(p, i18n)));
  wireAbout(root, onAbout);
}
