/**
 * The badge's latest lookup for each tab, kept in the background so that the popup, opened on a tab whose
 * badge was just set, is answered from it rather than by looking the same address up again. An entry names
 * the URL it was looked up for and is used only while the tab still shows that URL; it is replaced by the
 * tab's next lookup (a navigation), dropped when the tab closes, when the lookup fails and when the data in
 * use changes. Only the MAX_TABS most recently looked-up tabs are kept: a result is a company's notes.
 */
import { onGenerationSwitch } from '../store/switch';
import type { MatchResult } from '../model/result';
import type { BadgeFacts } from '../model/headline';
import type { BadgeAnswer } from './extension';

export const MAX_TABS = 16;

interface Kept {
  url: string;
  /** The tab's result, looked up on the first ask (the badge itself needs only its facts). */
  result: () => Promise<MatchResult | null>;
  /** Lets go of the result built (the entry stays; a later ask builds it again). */
  unbuild: () => void;
}

const byTab = new Map<number, Kept>();
/**
 * The one entry whose result was built ahead of any ask (prepareKept), until a popup asks for it: building every
 * badged tab's result would hold up to MAX_TABS companies' notes, ~1 MB of the worker's heap for 16 tabs of known
 * sites (bench/results/2026-12-01-pages14.md), for popups mostly never opened.
 */
let ahead: Kept | undefined;
/** Every entry leaves through here, so `ahead` never holds one that left. */
function remove(tabId: number): void {
  if (ahead && byTab.get(tabId) === ahead) ahead = undefined;
  byTab.delete(tabId);
}
onGenerationSwitch(() => {
  ahead = undefined;
  byTab.clear();
});

/**
 * Wraps the badge's lookup by URL (extension.ts, `badgeLookup`) for BadgeUpdater (data/model/badge.ts): the
 * badge gets its facts, and each tab's latest answer is kept, its result built once when first asked for.
 */
export function keepingPerTab(lookup: (url: string) => Promise<BadgeAnswer>) {
  return (url: string, tabId?: number): Promise<BadgeFacts | null> => {
    const answer = lookup(url);
    const facts = answer.then((a) => a.facts);
    if (tabId === undefined) return facts;
    let result: Promise<MatchResult | null> | undefined;
    const drop = () => byTab.get(tabId) === kept && remove(tabId);
    const kept: Kept = {
      url,
      result: () => {
        if (!result) {
          result = answer.then((a) => a.result());
          result.catch(drop);
        }
        return result;
      },
      unbuild: () => void (result = undefined),
    };
    remove(tabId); // re-inserted last: the Map's order is the order of use
    byTab.set(tabId, kept);
    if (byTab.size > MAX_TABS) remove(byTab.keys().next().value!);
    answer.catch(drop);
    return facts;
  };
}

/** The tab's kept result when it was looked up for `url` (built now if not yet); undefined otherwise. */
export function keptResult(tabId: number, url: string): Promise<MatchResult | null> | undefined {
  const kept = byTab.get(tabId);
  if (kept?.url !== url) return undefined;
  // Asked for: kept as any asked result is, no longer the one built ahead.
  if (kept === ahead) ahead = undefined;
  return kept.result();
}

export const forgetTab = (tabId: number) => remove(tabId);

/**
 * Builds the tab's kept result now, if it was looked up for `url` (its badge was just set from that lookup):
 * a popup opened on the tab then finds the result built instead of reading the store while the browser is busy
 * opening it (bench/results/2026-12-01-pages14.md: the read, 2–5 ms then, was the served popup's longest wait in
 * the worker beside `tabs.get`). Nothing for a tab kept for another address (a quiet site looks nothing up) or
 * not kept. The entry is the one above, so it is bounded and dropped as it is (MAX_TABS, a navigation, the tab
 * closed, a failed lookup, a generation switch): never the result of a page the tab has left. One result at a time
 * is built ahead (`ahead`): the previous one, if no popup asked for it, is let go.
 */
export function prepareKept(tabId: number, url: string): void {
  const kept = byTab.get(tabId);
  if (kept?.url !== url) return;
  if (ahead && ahead !== kept) ahead.unbuild();
  ahead = kept;
  void kept.result().catch(() => undefined);
}

/**
 * Starts building the tab's kept result, whatever address it was kept for: the popup asks for it while the tab's
 * address is still being read (popup-state.ts), and keptResult then finds it built when that address is the same
 * (the popup opened on the tab whose badge was just set). Built for nothing only when the tab has moved on.
 */
export const startKept = (tabId: number): void =>
  void byTab
    .get(tabId)
    ?.result()
    .catch(() => undefined);
