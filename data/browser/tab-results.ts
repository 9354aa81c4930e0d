/**
 * The badge's latest lookup for each tab, kept in the background so that the popup, opened on a tab whose
 * badge was just set, is answered from it rather than by looking the same address up again. An entry names
 * the URL it was looked up for and is used only while the tab still shows that URL; it is replaced by the
 * tab's next lookup (a navigation), dropped when the tab closes, when the lookup fails and when the data in
 * use changes. Only the MAX_TABS most recently looked-up tabs are kept: a result is a company's notes.
 */
import { onGenerationSwitch } from '../store/generations';
import type { MatchResult } from '../model/result';

export const MAX_TABS = 16;

interface Kept {
  url: string;
  result: Promise<MatchResult | null>;
}

const byTab = new Map<number, Kept>();
onGenerationSwitch(() => byTab.clear());

/** Wraps a lookup by URL so that each tab's latest answer is kept (for BadgeUpdater, data/model/badge.ts). */
export function keepingPerTab(lookup: (url: string) => Promise<MatchResult | null>) {
  return (url: string, tabId?: number): Promise<MatchResult | null> => {
    const result = lookup(url);
    if (tabId === undefined) return result;
    const kept = { url, result };
    byTab.delete(tabId); // re-inserted last: the Map's order is the order of use
    byTab.set(tabId, kept);
    if (byTab.size > MAX_TABS) byTab.delete(byTab.keys().next().value!);
    result.catch(() => byTab.get(tabId) === kept && byTab.delete(tabId));
    return result;
  };
}

/** The tab's kept result when it was looked up for `url`; undefined otherwise. */
export function keptResult(tabId: number, url: string): Promise<MatchResult | null> | undefined {
  const kept = byTab.get(tabId);
  return kept?.url === url ? kept.result : undefined;
}

export const forgetTab = (tabId: number) => void byTab.delete(tabId);
