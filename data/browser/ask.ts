/**
 * The pages' side of the messages to the background (messages.ts answers them there). Apart from
 * messages.ts so a page that only asks (the popup, the lookup page's first view) loads none of the
 * background's sync and store code.
 */
import { browser } from 'wxt/browser';
import type { ListReport } from './schedule';
import type { PopupState, PopupTarget } from './popup-state';
import type { QueryAnswer } from './name-lookup';
import type { CompanyHit } from '../model/result';

export type { QueryAnswer, CompanyHit };

export type BackgroundRequest =
  | { type: 'sync-now' }
  | { type: 'lists-changed' }
  | { type: 'reschedule' }
  | { type: 'ensure-dataset' }
  /** The popup's state for a tab or URL (the background reads the tab's address), as of `now` (epoch ms). */
  | { type: 'popup-state'; target: PopupTarget; now: number }
  /**
   * A name, domain, URL or email address typed on the lookup page (or the popup's search), answered by
   * name-lookup.ts; `others: false`, without the other companies named like it (asked after with 'lookup-others').
   */
  | { type: 'lookup-query'; query: string; others?: boolean }
  /** The other companies named like a query, less the one its answer matched (name-lookup.ts, othersNamed). */
  | { type: 'lookup-others'; query: string; except?: string }
  /** The lookup page is being opened: start building the name index now (name-lookup.ts). */
  | { type: 'prepare-lookup' }
  /** The user switched the context menus on (the permission is granted): create them, listen for their clicks. */
  | { type: 'menus-on' };
/** A sync's answer carries each list's real outcome: a list that failed is not "done". */
export type BackgroundAnswer =
  { ok: true; lists?: ListReport[]; popup?: PopupState; lookup?: QueryAnswer; others?: CompanyHit[] } | { ok: false; error: string };

async function ask(req: BackgroundRequest): Promise<Extract<BackgroundAnswer, { ok: true }>> {
  const res = (await browser.runtime.sendMessage(req)) as BackgroundAnswer | undefined;
  if (!res?.ok) throw new Error(res && !res.ok ? res.error : 'the background did not answer');
  return res;
}

/** Sends one request, throwing the background's error; resolves with the lists' results, if any. */
export async function askBackground(req: BackgroundRequest): Promise<ListReport[]> {
  return (await ask(req)).lists ?? [];
}

/**
 * Which page the popup is about, from its address: `popup.html?tab=<tabId>`, `popup.html?url=<url>`, or
 * neither (the active tab). Here, with the message, because the popup's first view imports only this file.
 */
export function popupTarget(search: string): PopupTarget {
  const params = new URLSearchParams(search);
  const url = params.get('url');
  if (url !== null) return { kind: 'url', url };
  const tab = Number(params.get('tab'));
  if (params.has('tab') && Number.isInteger(tab) && tab >= 0) return { kind: 'tab', tabId: tab };
  return { kind: 'active' };
}

/** The popup's state for a tab or URL, from the background (data/browser/popup-state.ts). */
export async function askPopupState(target: PopupTarget): Promise<PopupState> {
  const { popup } = await ask({ type: 'popup-state', target, now: Date.now() });
  if (!popup) throw new Error('the background sent no popup state');
  return popup;
}

/**
 * One query's answer, from the background (data/browser/name-lookup.ts, where the name index is kept);
 * with `others: false`, without the other companies named like it (askOthers asks for them).
 */
export async function askLookup(query: string, { others = true }: { others?: boolean } = {}): Promise<QueryAnswer> {
  const { lookup } = await ask({ type: 'lookup-query', query, ...(others ? {} : { others: false }) });
  if (!lookup) throw new Error('the background sent no answer to the query');
  return lookup;
}

/** The other companies named like `query`, less `except` (the company its answer matched). */
export async function askOthers(query: string, except?: string): Promise<CompanyHit[]> {
  const { others } = await ask({ type: 'lookup-others', query, ...(except ? { except } : {}) });
  if (!others) throw new Error('the background sent no other companies');
  return others;
}
