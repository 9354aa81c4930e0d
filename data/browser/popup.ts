/**
 * What the popup asks of the model. `popup.html?tab=<tabId>` shows that tab's result and
 * `popup.html?url=<url>` the result for a URL (test hooks other checks rely on); with neither it shows
 * the active tab's.
 */
import { browser } from 'wxt/browser';
import { database } from './extension';
import { datasetReady } from './messages';
import { companyResult as storedCompanyResult, lookupUrl, searchCompanies, withConflicts, type CompanyHit } from '../store/queries';
import { targetFromInput } from '../model/domain';
import { inputKind } from '../model/input-kind';
import type { MatchResult } from '../model/result';
import type { ActiveDataset } from '../store/meta';
import type { TiePrefs } from '../model/headline';
import { isPaused, snoozedUntil, tiePrefs } from './controls';
import type { Freshness } from '../model/freshness';
import { freshnessOf } from './freshness';

export type PopupTarget = { kind: 'tab'; tabId: number } | { kind: 'url'; url: string } | { kind: 'active' };

export function popupTarget(search: string): PopupTarget {
  const params = new URLSearchParams(search);
  const url = params.get('url');
  if (url !== null) return { kind: 'url', url };
  const tab = Number(params.get('tab'));
  if (params.has('tab') && Number.isInteger(tab) && tab >= 0) return { kind: 'tab', tabId: tab };
  return { kind: 'active' };
}

export interface PopupState {
  /** The page's URL (absent when the tab has none we may read). */
  url?: string;
  /** The registrable domain; absent for pages that are not web sites (browser pages, files, local hosts). */
  site?: string;
  result: MatchResult | null;
  dataset: ActiveDataset;
  /** What leads the popup and lights the badge (the same choices the background applies). */
  prefs: TiePrefs;
  /** The user paused Tieline on this site. */
  paused: boolean;
  /** Epoch ms until which every badge is snoozed. */
  snoozedUntil?: number;
  /** The data's date and age, and warnings for lists in use that expired or stopped syncing. */
  freshness: Freshness;
}

async function urlOf(target: PopupTarget): Promise<string | undefined> {
  if (target.kind === 'url') return target.url;
  if (target.kind === 'tab') return (await browser.tabs.get(target.tabId)).url;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

export async function loadPopup(target: PopupTarget): Promise<PopupState> {
  // The tab's address and the data in use at once; then the company's records (indexed reads of the one
  // generation just read) beside the controls.
  const [dataset, url] = await Promise.all([datasetReady(), urlOf(target)]);
  const t = url ? targetFromInput(url) : undefined;
  const site = t?.ok ? t.target.domain : undefined;
  const [result, prefs, paused, until] = await Promise.all([
    url ? lookupUrl(database(), url, dataset).then((r) => withConflicts(database(), r)) : null,
    tiePrefs(),
    isPaused(site),
    snoozedUntil(),
  ]);
  return {
    ...(url ? { url } : {}),
    ...(site ? { site } : {}),
    result,
    dataset,
    prefs,
    paused,
    freshness: await freshnessOf(dataset),
    ...(until ? { snoozedUntil: until } : {}),
  };
}

export interface SearchOutcome {
  /** Set when the query was a domain or URL of a listed company. */
  direct: MatchResult | null;
  hits: CompanyHit[];
}

/** The popup's search box: a domain or URL is matched like a site, anything else searched by name. */
export async function searchPopup(query: string): Promise<SearchOutcome> {
  await datasetReady();
  const db = database();
  const direct = inputKind(query) === 'site' ? await withConflicts(db, await lookupUrl(db, query)) : null;
  if (direct) return { direct, hits: [] };
  const hits = await searchCompanies(db, query);
  if (hits.length || query.trim().length < 4) return { direct: null, hits };
  // Nothing starts with those words: try the lookup page's matcher (legal suffixes, typos, emails). Loaded
  // only then: the popup's first view does not need it.
  const { lookupQuery } = await import('./name-lookup');
  return { direct: (await lookupQuery(query)).result, hits: [] };
}

export const companyResult = async (id: string) => withConflicts(database(), await storedCompanyResult(database(), id));

export { openLookupPage } from './menus';
export const openSettings = () => browser.runtime.openOptionsPage();
export { openPage } from './pages';
export { setPaused, snooze, type SnoozeChoice } from './controls';
