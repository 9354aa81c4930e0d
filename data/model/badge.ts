/**
 * What the toolbar button shows for a tab. The badge counts exactly the notes the popup shows.
 */
import { countNotes, summarize } from './describe';
import type { MatchResult } from './result';
import type { I18n } from './i18n';

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

/** Red-brown for a site whose company (or an owner) has contract ties; slate blue for labour-only notes. */
export const CONTRACT_COLOR = '#9f1d20';
export const LABOR_COLOR = '#3b5b92';

export function badgeFor(result: MatchResult | null, i18n: I18n): BadgeState {
  if (!result) return { text: '', color: LABOR_COLOR, title: i18n.t('badge.noMatch') };
  const n = countNotes(result.notes);
  const hasContracts = result.notes.some((x) => x.kind === 'contract');
  return {
    text: n > 999 ? '999+' : n > 0 ? String(n) : '',
    color: hasContracts ? CONTRACT_COLOR : LABOR_COLOR,
    title: summarize(result, i18n),
  };
}

/** The parts of the browser's action API the badge needs (`action` in MV3, `browserAction` in MV2). */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
}

/**
 * Updates one tab's badge. Navigations can overlap (a redirect, a single-page app changing its URL twice),
 * so each tab's latest request wins: an older lookup that finishes late is dropped.
 */
export class BadgeUpdater {
  private readonly latest = new Map<number, number>();
  private seq = 0;

  constructor(
    private readonly api: BadgeApi,
    private readonly lookup: (url: string) => Promise<MatchResult | null>,
    /** The language to write the tooltip in; asked at each update, so a change of language applies to the next one. */
    private readonly i18n: () => Promise<I18n>,
  ) {}

  async update(tabId: number, url: string | undefined): Promise<BadgeState | undefined> {
    const mine = ++this.seq;
    this.latest.set(tabId, mine);
    let state: BadgeState;
    try {
      const [result, i18n] = await Promise.all([url ? this.lookup(url) : null, this.i18n()]);
      state = badgeFor(result, i18n);
    } catch (err) {
      // The badge must never break browsing: show nothing, keep the reason in the tooltip.
      const title = await this.i18n().then(
        (i18n) => i18n.t('badge.failed', { error: String(err) }),
        () => `Tieline: ${String(err)}`,
      );
      state = { text: '', color: LABOR_COLOR, title };
    }
    if (this.latest.get(tabId) !== mine) return undefined;
    try {
      await Promise.all([
        this.api.setBadgeText({ tabId, text: state.text }),
        this.api.setBadgeBackgroundColor({ tabId, color: state.color }),
        this.api.setTitle({ tabId, title: state.title }),
      ]);
    } catch {
      // The tab closed while we looked it up: nothing to show it on.
      return undefined;
    }
    return state;
  }

  forget(tabId: number): void {
    this.latest.delete(tabId);
  }
}
