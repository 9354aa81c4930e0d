/**
 * Chrome's service worker serves the popup and the lookup page with their first view in their HTML (issue 13):
 * a page that must ask its worker for its answer cannot paint before its script has loaded and a message has gone
 * to the worker and back (bench/results/2026-12-01-pages10.md); a page the worker answers with its headline in
 * it is painted like a page with no script at all. The service worker gets a `fetch` event for each request of
 * the extension's own pages, navigations included.
 *
 * Here, in background.js, only what decides and the fall-through: the listener, registered at the top level
 * with the others (a wake-up must find it), decides from the request alone whether it is a page it serves
 * (`pageAsked`); the answer itself is the late script's (./page-html.ts), and whatever does not come quickly or
 * fails is the packaged file, as without this (`servedOrPackaged`). Firefox's background is a page, not a
 * service worker: no fetch event comes, nothing is registered, and its pages ask as they always did.
 */
import { popupTarget } from './ask';
import type { PopupTarget } from './popup-state';
import { MARKS, measure } from '../model/marks';

/** A page the worker serves with its first view: the popup for a target, the lookup page for a query. */
export type PageAsked = { page: 'popup'; target: PopupTarget } | { page: 'lookup'; query: string };

/** What the listener reads of a request. */
export interface AskedRequest {
  url: string;
  method: string;
  mode: string;
}

/**
 * The page a request asks for, when the worker serves it: a navigation (a GET) to the extension's own
 * `popup.html` (any target: `?tab=`, `?url=`, the active tab) or `lookup.html?q=` with a query that is not blank,
 * at `origin` (the extension's). Anything else — another page, a script, a style sheet, a fetch of the page's
 * HTML, the lookup page without a query — is left to the browser.
 */
export function pageAsked({ url, method, mode }: AskedRequest, origin: string): PageAsked | undefined {
  if (method !== 'GET' || mode !== 'navigate') return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  // Not `u.origin`: the URL standard gives a chrome-extension: address an opaque origin ('null').
  if (`${u.protocol}//${u.host}` !== origin) return undefined;
  if (u.pathname === '/popup.html') return { page: 'popup', target: popupTarget(u.search) };
  const query = u.searchParams.get('q');
  if (u.pathname === '/lookup.html' && query?.trim()) return { page: 'lookup', query };
  return undefined;
}

/**
 * How long a page waits for the worker's answer at most before it is served the packaged file (which then asks
 * the worker itself, and shows the install's progress or the error): the page's own patience for an answer
 * before it loads React to show progress (components/paint/first-paint.ts, PAINT_PATIENCE_MS).
 */
export const SERVE_PATIENCE_MS = 250;

/**
 * The response for a page asked: the worker's HTML when it comes within `patience` ms, else (no answer, an
 * error, too slow: an install under way, the store not ready) the packaged file.
 */
export function servedOrPackaged(
  html: Promise<string | undefined>,
  packaged: () => Promise<Response>,
  patience = SERVE_PATIENCE_MS,
): Promise<Response> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tooLate = new Promise<undefined>((done) => (timer = setTimeout(() => done(undefined), patience)));
  return Promise.race([html.catch(() => undefined), tooLate])
    .finally(() => clearTimeout(timer))
    .then((page) => (page === undefined ? packaged() : new Response(page, { headers: SERVED_HEADERS })));
}

/**
 * A served page's headers: HTML, and the policy MV3 gives the extension's pages (its default: the manifest sets
 * none), stated on the response too, so a page served by the worker runs no script the packaged one would not.
 */
export const SERVED_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
} as const;

/** The parts of a service worker's fetch event the listener uses (the DOM's types, which this project builds with, have none). */
interface PageFetchEvent extends Event {
  request: Request;
  respondWith(response: Promise<Response>): void;
}

const inServiceWorker = () => typeof (globalThis as { ServiceWorkerGlobalScope?: unknown }).ServiceWorkerGlobalScope === 'function';

/**
 * Registers the worker's fetch listener (Chrome's service worker only): `answer` gives a page's HTML with its
 * first view (the late script's `servedPage`), or undefined when the page's own script should draw it. Called
 * synchronously at the top level, with the other listeners.
 */
export function servePages(answer: (asked: PageAsked) => Promise<string | undefined>): void {
  if (!inServiceWorker()) return;
  globalThis.addEventListener('fetch', (e) => {
    const event = e as PageFetchEvent;
    const asked = pageAsked(event.request, location.origin);
    if (!asked) return;
    const start = performance.now();
    let html: Promise<string | undefined>;
    try {
      html = answer(asked);
      html.then(
        (page) => measure(MARKS.pageServed, start, { page: asked.page, served: page !== undefined }),
        () => undefined, // the failure is servedOrPackaged's to handle
      );
    } catch (err) {
      // The late script could not be loaded: the browser serves the file, as without a listener.
      console.error('Tieline: serving a page failed', err);
      return;
    }
    const url = event.request.url;
    event.respondWith(servedOrPackaged(html, () => fetch(url)));
  });
}
