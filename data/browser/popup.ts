/**
 * What the popup asks of the model. `popup.html?tab=<tabId>` shows that tab's result and
 * `popup.html?url=<url>` the result for a URL (test hooks other checks rely on); with neither it shows
 * the active tab's.
 */
import { browser } from 'wxt/browser';
import { database, ensureDataset } from './extension';
import { getActive, lookupCompany, lookupUrl, searchCompanies, type CompanyHit } from '../store/queries';
import { targetFromInput } from '../model/domain';
import type { MatchResult } from '../model/matcher';
import { lookupQuery } from './lookup-page';
import type { ActiveDataset } from '../store/db';

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
  /** The registrable domain, or why the page has none. */
  site: string;
  result: MatchResult | null;
  dataset: ActiveDataset;
}

async function urlOf(target: PopupTarget): Promise<string | undefined> {
  if (target.kind === 'url') return target.url;
  if (target.kind === 'tab') return (await browser.tabs.get(target.tabId)).url;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

export async function loadPopup(target: PopupTarget): Promise<PopupState> {
  const dataset = await ensureDataset();
  const url = await urlOf(target);
  const t = url ? targetFromInput(url) : undefined;
  const site = !t ? 'this page' : t.ok ? t.target.domain : t.reason;
  const result = url ? await lookupUrl(database(), url) : null;
  return { ...(url ? { url } : {}), site, result, dataset };
}

export interface SearchOutcome {
  /** Set when the query was a domain or URL of a listed company. */
  direct: MatchResult | null;
  hits: CompanyHit[];
}

/** The popup's search box: a domain or URL is matched like a site, anything else searched by name. */
export async function searchPopup(query: string): Promise<SearchOutcome> {
  await ensureDataset();
  const db = database();
  const looksLikeSite = /^[^\s@]+\.[a-z]{2,}(?::\d+)?(?:\/|$)/i.test(query.trim()) || /^https?:\/\//i.test(query.trim());
  const direct = looksLikeSite ? await lookupUrl(db, query) : null;
  if (direct) return { direct, hits: [] };
  const hits = await searchCompanies(db, query);
  if (hits.length || query.trim().length < 4) return { direct: null, hits };
  // Nothing starts with those words: try the lookup page's matcher (legal suffixes, typos, emails).
  return { direct: (await lookupQuery(query)).result, hits: [] };
}

export const companyResult = (id: string) => lookupCompany(database(), id);
export const activeDataset = () => getActive(database());

export { openLookupPage } from './menus';
export const openSettings = () => browser.runtime.openOptionsPage();
