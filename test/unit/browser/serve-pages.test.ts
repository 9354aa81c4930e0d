import { afterEach, describe, expect, it, vi } from 'vitest';
import { SERVE_PATIENCE_MS, SERVED_HEADERS, pageAsked, servePages, servedOrPackaged, type PageAsked } from '@/data/browser/serve-pages';
import { MARKS } from '@/data/model/marks';

const ORIGIN = 'chrome-extension://abcdefghijklmnop';
const nav = (path: string, over: { method?: string; mode?: string } = {}) => ({
  url: `${ORIGIN}${path}`,
  method: 'GET',
  mode: 'navigate',
  ...over,
});

describe('which requests the worker serves with a first view (data/browser/serve-pages.ts, pageAsked)', () => {
  it('serves a navigation to the popup, for a tab, a URL or the active tab', () => {
    expect(pageAsked(nav('/popup.html?tab=42'), ORIGIN)).toEqual({ page: 'popup', target: { kind: 'tab', tabId: 42 } });
    expect(pageAsked(nav('/popup.html?url=https%3A%2F%2Fwww.salesforce.com%2F'), ORIGIN)).toEqual({
      page: 'popup',
      target: { kind: 'url', url: 'https://www.salesforce.com/' },
    });
    expect(pageAsked(nav('/popup.html'), ORIGIN)).toEqual({ page: 'popup', target: { kind: 'active' } });
  });

  it('serves a navigation to the lookup page with a query, as typed', () => {
    expect(pageAsked(nav('/lookup.html?q=salesforce%20inc'), ORIGIN)).toEqual({ page: 'lookup', query: 'salesforce inc' });
    expect(pageAsked(nav('/lookup.html?q=%3Cscript%3E'), ORIGIN)).toEqual({ page: 'lookup', query: '<script>' });
  });

  it('leaves everything else to the browser: the packaged file, as without a listener', () => {
    for (const [what, req] of [
      ['the lookup page without a query', nav('/lookup.html')],
      ['the lookup page with a blank query', nav('/lookup.html?q=%20%20')],
      ['another page', nav('/options.html')],
      ['a page of the same name elsewhere', nav('/chunks/popup.html?tab=1')],
      ["the page's script", nav('/chunks/popup-x.js', { mode: 'no-cors' })],
      ["a fetch of the page's HTML", nav('/popup.html?tab=1', { mode: 'cors' })],
      ['a form posted to it', nav('/popup.html?tab=1', { method: 'POST' })],
      ['another origin', { url: 'https://example.org/popup.html?tab=1', method: 'GET', mode: 'navigate' }],
      ['another extension', { url: 'chrome-extension://zzzz/popup.html?tab=1', method: 'GET', mode: 'navigate' }],
      ['an address that does not parse', { url: 'not a url', method: 'GET', mode: 'navigate' }],
    ] as const)
      expect(pageAsked(req, ORIGIN), what).toBeUndefined();
  });
});

describe("the worker's answer or the packaged file (servedOrPackaged)", () => {
  afterEach(() => vi.useRealTimers());
  const packaged = () => Promise.resolve(new Response('packaged'));

  it("serves the HTML that comes in time, as HTML under the pages' policy", async () => {
    const res = await servedOrPackaged(Promise.resolve('<p>served</p>'), packaged);
    expect(await res.text()).toBe('<p>served</p>');
    expect(res.headers.get('content-type')).toBe(SERVED_HEADERS['content-type']);
    expect(res.headers.get('content-security-policy')).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self';");
  });

  it('serves the packaged file when the worker has no view for the answer, or fails', async () => {
    expect(await (await servedOrPackaged(Promise.resolve(undefined), packaged)).text()).toBe('packaged');
    expect(await (await servedOrPackaged(Promise.reject(new Error('store not ready')), packaged)).text()).toBe('packaged');
  });

  it('serves the packaged file when the answer is not there in time (an install under way), and no later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let answer!: (html: string) => void;
    const slow = new Promise<string>((ok) => (answer = ok));
    const files = vi.fn(packaged);
    const res = servedOrPackaged(slow, files);
    await vi.advanceTimersByTimeAsync(SERVE_PATIENCE_MS - 1);
    expect(files).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    answer('<p>too late</p>');
    expect(await (await res).text()).toBe('packaged');
    expect(files).toHaveBeenCalledOnce();
  });
});

describe("the worker's fetch listener (servePages)", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("answers a page it serves, leaves the rest, and measures the worker's share (tieline:page-served)", async () => {
    vi.stubGlobal('ServiceWorkerGlobalScope', function ServiceWorkerGlobalScope() {});
    vi.stubGlobal('location', { origin: ORIGIN });
    // The worker's global scope: an event target (the unit tests run in Node, which has none).
    const scope = new EventTarget();
    vi.stubGlobal('addEventListener', scope.addEventListener.bind(scope));
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('packaged')));
    performance.clearMeasures(MARKS.pageServed);
    const answer = vi.fn((asked: PageAsked) => Promise.resolve(asked.page === 'lookup' ? '<p>served</p>' : undefined));
    servePages(answer);
    const fetchEvent = (path: string) => {
      const e = Object.assign(new Event('fetch'), { request: nav(path), respondWith: vi.fn<(r: Promise<Response>) => void>() });
      scope.dispatchEvent(e);
      return e.respondWith;
    };
    const served = fetchEvent('/lookup.html?q=acme');
    expect(await (await served.mock.calls[0]![0]).text()).toBe('<p>served</p>');
    const fellThrough = fetchEvent('/popup.html?tab=3');
    expect(await (await fellThrough.mock.calls[0]![0]).text()).toBe('packaged');
    expect(fetchEvent('/options.html')).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(performance.getEntriesByName(MARKS.pageServed)).toHaveLength(2));
    const details = performance.getEntriesByName(MARKS.pageServed).map((e) => (e as PerformanceMeasure).detail as unknown);
    expect(details).toEqual([
      { page: 'lookup', served: true },
      { page: 'popup', served: false },
    ]);
  });
});
