/**
 * What the toolbar button shows for a tab. The rule (README, "The badge"): the number of headline lines
 * of kind contract or resold — the agencies the company or its owners sell to, directly or through
 * resellers — counted exactly as the popup lists them; a dot when only labor or context lines exist;
 * nothing when nothing matched or the user paused Tieline there. The colour tells a direct contract from
 * resold-only from labor-only; the tooltip is the first headline line.
 */
import type { MatchResult } from './result';
import type { I18n } from './i18n';
import { badgeFacts, countedLines, pickFacts, tieText, type BadgeFacts, type TiePrefs } from './headline';

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

/** Red-brown: the company or an owner holds contracts itself. */
export const CONTRACT_COLOR = '#9f1d20';
/** Amber-brown: its products reach an agency only through resellers. */
export const RESOLD_COLOR = '#8a4b00';
/** Slate blue: labor actions or context notes only. */
export const LABOR_COLOR = '#3b5b92';
/** The dot shown when only labor or context lines exist. */
export const DOT = '•';

/** Why the badge stays off on a site even when it matches. */
export type Quiet = { kind: 'paused' } | { kind: 'snoozed'; until: string };

export interface BadgeContext {
  i18n: I18n;
  prefs: TiePrefs;
  quiet?: Quiet | undefined;
}

/**
 * The badge for a match from its badge facts (headline.ts: computed when the data is written, so a tab's
 * badge builds no result), or for no match (null). The same lines as the popup's `headlines`.
 */
export function badgeOf(facts: BadgeFacts | null, { i18n, prefs, quiet }: BadgeContext): BadgeState {
  const { t } = i18n;
  if (quiet) {
    const title = quiet.kind === 'paused' ? t('badge.paused') : t('badge.snoozed', { until: quiet.until });
    return { text: '', color: LABOR_COLOR, title };
  }
  if (!facts) return { text: '', color: LABOR_COLOR, title: t('badge.noMatch') };
  const lines = pickFacts(facts, prefs);
  const n = countedLines(lines);
  const first = lines[0];
  return {
    text: n > 999 ? '999+' : n > 0 ? String(n) : lines.length ? DOT : '',
    color: lines.some((l) => l.kind === 'contract') ? CONTRACT_COLOR : lines.some((l) => l.kind === 'resold') ? RESOLD_COLOR : LABOR_COLOR,
    title: first ? t('badge.title', { company: facts.name, line: tieText(first, i18n) }) : t('badge.nothing', { company: facts.name }),
  };
}

/** The badge for a whole result (or none): `badgeOf` its badge facts. */
export const badgeFor = (result: MatchResult | null, ctx: BadgeContext): BadgeState => badgeOf(result && badgeFacts(result), ctx);

/** The parts of the browser's action API the badge needs (`action` in MV3, `browserAction` in MV2). */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
}

/**
 * Updates one tab's badge. Navigations can overlap (a redirect, a single-page app changing its URL twice),
 * so each tab's latest request wins: an older lookup that finishes late is dropped. A tab's URL the background
 * had to ask the browser for (tabs.query, tabs.get) is no newer than the tab's own events handled after it asked
 * (see `asOf`).
 */
export class BadgeUpdater {
  private readonly latest = new Map<number, number>();
  private seq = 0;

  /**
   * Where the requests are now: taken before asking the browser for tabs' URLs, and passed to `update` with the
   * answer. The answer and the tabs' events reach the background apart, and a worker whose thread was busy
   * (the first install's imports, under load: a second) gets both at once, the answer possibly handled after
   * a navigation's event though it was taken before that navigation: a new tab's `about:blank` then replaced
   * the salesforce.com badge its navigation had just set, and no later event came (issue 13). A request made
   * for the tab since `asOf` carried the newer URL, so such an answer is dropped for that tab.
   */
  asOf(): number {
    return this.seq;
  }

  constructor(
    private readonly api: BadgeApi,
    /**
     * A site's badge facts (null: no match). Told the tab too, so the background can keep each tab's answer
     * for its popup (data/browser/tab-results.ts).
     */
    private readonly lookup: (url: string, tabId: number) => Promise<BadgeFacts | null>,
    /** Language, choices and pauses, asked at each update so a changed setting applies to the next one. */
    private readonly context: (url: string | undefined) => Promise<BadgeContext>,
  ) {}

  /** `asOf`: when `url` was read from the browser rather than told by the tab's own event (see `asOf()`). */
  async update(tabId: number, url: string | undefined, asOf?: number): Promise<BadgeState | undefined> {
    if (asOf !== undefined && (this.latest.get(tabId) ?? 0) > asOf) return undefined;
    const mine = ++this.seq;
    this.latest.set(tabId, mine);
    let state: BadgeState;
    try {
      const ctx = await this.context(url);
      state = badgeOf(ctx.quiet || !url ? null : await this.lookup(url, tabId), ctx);
    } catch (err) {
      // The badge must never break browsing: show nothing, keep the reason in the tooltip.
      const title = await this.context(url).then(
        ({ i18n }) => i18n.t('badge.failed', { error: String(err) }),
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
