/**
 * One benchmark session: a fresh Chromium profile with one extension (Tieline or the floor), measured from
 * install to heap. Every time is taken from the browser's own clocks where it can be (performance marks in
 * the service worker, navigation start in pages), and from Node's clock only for the start of a tab update,
 * which the benchmark itself triggers.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { MARKS } from '../../data/model/marks';
import { launchWithExtension, siteUrl, type Launched, type TestSite } from '../../test/e2e/harness';
import { WorkerControl, extensionWorker, nowEpoch, poll, readMarks, sleep, workerHeapBytes, type Mark } from './cdp';

/** Sites listed in the dataset (checked when the session starts) and sites no dataset lists. */
export const KNOWN_HOSTS = [
  'www.salesforce.com',
  'app.slack.com',
  'www.amazon.com',
  'www.microsoft.com',
  'www.palantir.com',
  'www.ibm.com',
  'www.uber.com',
  'www.lockheedmartin.com',
] as const;
export const UNKNOWN_HOSTS = KNOWN_HOSTS.map((_, i) => `www.unlisted-shop-${i}.example`);

/**
 * Names people type on the lookup page, a different one each open (the `lookup.html?q=salesforce` row asks the same
 * query every time, which an answer kept in memory would flatter): registry names of companies in the dataset,
 * each answered by the key table (data/model/name-keys.ts). Used in this order, from the first again after the last.
 */
export const LOOKUP_QUERIES = [
  'palantir',
  'geo group',
  'deloitte',
  'microsoft',
  'accenture',
  'motorola solutions',
  'lockheed martin',
  'corecivic',
  'thomson reuters',
  'booz allen hamilton',
  'anduril',
  'oracle',
] as const;

/** The headline a page shows first: the coming `tie` headline, or a note (whichever appears first). */
export const HEADLINE = '[data-testid="tie"], [data-testid="note"]';

export interface Samples {
  /** Worker start → dataset ready (ms); Tieline's own `installMs`; the checksum's share. */
  install: number[];
  installOwnRecord: number[];
  checksum: number[];
  /** The floor only: its rows written to IndexedDB in one transaction, after its install (MARKS.floorWrite). */
  storeWrite: number[];
  /** In the worker: the tab event handled → badge set (warm worker), by kind of site. */
  warmKnown: number[];
  warmUnknown: number[];
  /** End to end: the benchmark asks for the navigation → badge set (warm worker, both kinds of site). */
  warmEndToEnd: number[];
  /** End to end, with the worker stopped first. */
  cold: number[];
  /** Worker start → badge set, with the worker stopped first. */
  coldSinceStart: number[];
  /** background.js: first statement → every listener registered, in a worker started cold. */
  evaluation: number[];
  /** Worker start (timeOrigin) → every listener registered, in a worker started cold. */
  startToListening: number[];
  popup: number[];
  /**
   * The popup as the toolbar's button opens it: `popup.html` with no target, for the active tab (the worker asks
   * the browser which tab that is, then reads its result; `?tab=` does both at once). Opened in a background tab
   * so that the site's tab stays the active one.
   */
  popupToolbar: number[];
  lookup: number[];
  /** The lookup page asked a different name each open (LOOKUP_QUERIES). */
  lookupOther: number[];
  /** Of these opens: the navigation's fetchStart → responseStart (the worker's answer, for a served page). */
  popupResponse: number[];
  popupToolbarResponse: number[];
  lookupResponse: number[];
  lookupOtherResponse: number[];
  /** Of these opens: in the worker, the fetch event → the served HTML ready (MARKS.pageServed). */
  popupInWorker: number[];
  popupToolbarInWorker: number[];
  lookupInWorker: number[];
  lookupOtherInWorker: number[];
  /** The floor extension's trivial page. */
  page: number[];
  /** Its fetchStart → responseStart (the file read from the package). */
  pageResponse: number[];
  /** The floor extension's page that asks its worker for a tab's headline in one message (asking.html). */
  pageAsking: number[];
  heapBytes: number[];
}

export const emptySamples = (): Samples => ({
  install: [],
  installOwnRecord: [],
  checksum: [],
  storeWrite: [],
  warmKnown: [],
  warmUnknown: [],
  warmEndToEnd: [],
  cold: [],
  coldSinceStart: [],
  evaluation: [],
  startToListening: [],
  popup: [],
  popupToolbar: [],
  lookup: [],
  lookupOther: [],
  popupResponse: [],
  popupToolbarResponse: [],
  lookupResponse: [],
  lookupOtherResponse: [],
  popupInWorker: [],
  popupToolbarInWorker: [],
  lookupInWorker: [],
  lookupOtherInWorker: [],
  page: [],
  pageResponse: [],
  pageAsking: [],
  heapBytes: [],
});

export interface SessionOptions {
  kind: 'tieline' | 'floor';
  extensionDir: string;
  site: TestSite;
  /** Warm navigations per kind of site, cold starts, page opens; navigations before the heap is read. */
  warm: number;
  cold: number;
  pages: number;
  heapNavigations: number;
  log: (line: string) => void;
}

const LONG = 120_000;

/** In a Tieline page: when it painted its answer (MARKS.contentPainted), in the page's clock. */
function contentPainted(): number | undefined {
  return performance.getEntriesByName('tieline:content-painted')[0]?.startTime;
}

/** In a page: its first contentful paint, in the page's clock (0 = navigation start). */
function firstContentfulPaint(): number | undefined {
  return performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
}

/** In a page: its navigation's fetchStart → responseStart (for a page its worker serves, the worker's answer). */
function responseWait(): number | undefined {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav && nav.responseStart > 0 ? nav.responseStart - nav.fetchStart : undefined;
}

/** Opens `url` in a new tab that does not become the active one (the DevTools protocol's background target). */
async function openInBackground(context: BrowserContext, cdp: CDPSession, url: string): Promise<Page> {
  const opened = context.waitForEvent('page', { timeout: LONG });
  await cdp.send('Target.createTarget', { url, background: true });
  return opened;
}

/**
 * Opens `url` in a new tab; milliseconds from its navigation start until the headline is painted (`painted`),
 * and the wait for its response (`response`: responseWait). With `staticHeadline` (a page whose only content is
 * its headline, in its HTML) it is the page's first contentful paint. With `background`, the tab is opened
 * through that DevTools session without becoming the active tab.
 */
async function timePage(
  context: BrowserContext,
  url: string,
  staticHeadline = false,
  background?: CDPSession,
): Promise<{ painted: number; response: number }> {
  const page = background ? await openInBackground(context, background, url) : await context.newPage();
  try {
    const response = async () => poll(() => page.evaluate(responseWait), `the response of ${url}`, LONG);
    if (staticHeadline) {
      await page.goto(url, { timeout: LONG });
      const painted = await poll(() => page.evaluate(firstContentfulPaint), 'the first contentful paint', LONG);
      return { painted, response: await response() };
    }
    // The page marks when its answer is painted (MARKS.contentPainted), in its own clock: every open is
    // timed, however fast (watching from outside began after most fast opens had painted). The mark is set
    // on the main thread after the frame that drew the answer; the floor's first contentful paint is when
    // its frame was presented. A page whose first content is its answer (the popup paints its headline
    // first) is timed like the floor, by that paint, when it is the later of the two.
    if (!background) await page.goto(url, { waitUntil: 'commit', timeout: LONG });
    const painted = async () => [await page.evaluate(contentPainted), await page.evaluate(firstContentfulPaint)] as const;
    const [mark, fcp] = await poll(
      async () => {
        const [m, f] = await painted();
        return m !== undefined && f !== undefined ? ([m, f] as const) : undefined;
      },
      `the headline on ${url}`,
      LONG,
    );
    const t = Math.max(mark, fcp);
    if (!(await page.evaluate((s) => !!document.querySelector(s), HEADLINE))) {
      throw new Error(`${url} painted its answer without a headline: the benchmark's site no longer matches the dataset`);
    }
    return { painted: t, response: await response() };
  } finally {
    await page.close();
  }
}

export async function runSession(o: SessionOptions): Promise<Samples> {
  const s = emptySamples();
  const ext: Launched = await launchWithExtension(o.extensionDir);
  const { context, extensionId } = ext;
  try {
    const worker = () => extensionWorker(context, extensionId);
    const marks = (name: string) => readMarks(worker(), name);

    // Install: started by onInstalled when the fresh profile first loads the extension.
    const ready = await poll(async () => (await marks(MARKS.datasetReady))[0], 'the dataset to be ready', 300_000, 250);
    s.install.push(ready.startTime);
    if (o.kind === 'tieline') {
      const checksum = (await marks(MARKS.checksum))[0];
      if (checksum) s.checksum.push(checksum.duration);
      const own = await worker().evaluate(ownInstallMs);
      if (own !== undefined) s.installOwnRecord.push(own);
    }
    if (o.kind === 'floor') {
      // Waited for, so the write does not run beside the measures that follow.
      const write = await poll(async () => (await marks(MARKS.floorWrite))[0], "the floor's write", 300_000, 100);
      s.storeWrite.push(write.duration);
    }
    o.log(`  install ${Math.round(ready.startTime)} ms${s.storeWrite.length ? `, then the write ${Math.round(s.storeWrite[0]!)} ms` : ''}`);

    const control = await WorkerControl.open(context, extensionId);
    const tab = await context.newPage();
    await tab.goto(siteUrl(o.site, 'www.warm-up.example', '/'), { timeout: LONG });
    const tabId = await poll(() => worker().evaluate(tabIdOf, 'https://www.warm-up.example'), 'the tab id', LONG);
    let visit = 0;
    /**
     * Navigates the tab to `host` and times its badge: from asking for the navigation (Node's clock) and
     * from the tab event reaching the worker, to the badge being set (the worker's marks). A cold worker
     * is not polled until it runs again.
     */
    const badgeTime = async (host: string, cold = false) => {
      const url = siteUrl(o.site, host, `/visit/${++visit}`);
      const ofTab = (m: Mark) => (m.detail as { tabId: number }).tabId === tabId;
      // Something else may have woken the worker meanwhile: a cold sample must start from a stopped one.
      for (let tries = 0; cold && !control.stopped; tries++) {
        if (tries === 3) throw new Error(`${o.kind}: the service worker keeps restarting before the navigation`);
        await control.stop();
      }
      const t0 = nowEpoch();
      await tab.goto(url, { timeout: LONG });
      if (cold) await control.running();
      const [requested, set] = await poll(
        async () => {
          const asked = (await marks(MARKS.badgeRequested)).find((m) => m.epoch >= t0 && ofTab(m));
          const done = asked && (await marks(MARKS.badgeSet)).find((m) => m.startTime >= asked.startTime && ofTab(m));
          return done ? ([asked, done] as const) : undefined;
        },
        `the badge for ${host}`,
        LONG,
      );
      const text = (set.detail as { text: string }).text;
      if ((KNOWN_HOSTS as readonly string[]).includes(host) !== (text !== '')) {
        throw new Error(`${o.kind}: badge "${text}" on ${host}: the benchmark's known sites no longer match the dataset`);
      }
      await sleep(100); // Lets the navigation's later events (if any) land before the next one starts.
      return { endToEnd: set.epoch - t0, inWorker: set.startTime - requested.startTime, sinceStart: set.startTime };
    };

    for (let i = 0; i < o.warm; i++) {
      const known = await badgeTime(KNOWN_HOSTS[i % KNOWN_HOSTS.length]!);
      const unknown = await badgeTime(UNKNOWN_HOSTS[i % UNKNOWN_HOSTS.length]!);
      s.warmKnown.push(known.inWorker);
      s.warmUnknown.push(unknown.inWorker);
      s.warmEndToEnd.push(known.endToEnd, unknown.endToEnd);
    }

    for (let i = 0; i < o.cold; i++) {
      await control.stop();
      await sleep(500);
      const cold = await badgeTime(KNOWN_HOSTS[(i + 3) % KNOWN_HOSTS.length]!, true);
      s.cold.push(cold.endToEnd);
      s.coldSinceStart.push(cold.sinceStart);
      const start = (await marks(MARKS.scriptStart))[0];
      const listening = (await marks(MARKS.listening))[0];
      if (!start || !listening) throw new Error(`${o.kind}: the restarted worker has no ${MARKS.scriptStart}/${MARKS.listening} marks`);
      s.evaluation.push(listening.startTime - start.startTime);
      s.startToListening.push(listening.startTime);
    }

    // The toolbar's popup is for the active tab: the site's tab is brought to the front before each badge.
    const opener = await context.newCDPSession(tab);
    for (let i = 0; i < o.pages; i++) {
      await tab.bringToFront();
      await badgeTime('www.salesforce.com');
      if (o.kind === 'floor') {
        const trivial = await timePage(context, `chrome-extension://${extensionId}/page.html`, true);
        s.page.push(trivial.painted);
        s.pageResponse.push(trivial.response);
        s.pageAsking.push((await timePage(context, `chrome-extension://${extensionId}/asking.html?tab=${tabId}`)).painted);
        continue;
      }
      /** The worker's own time for the page just opened, when it served it with its answer. */
      const inWorker = async (page: 'popup' | 'lookup') => {
        const last = (await marks(MARKS.pageServed)).at(-1);
        const d = last?.detail as { page?: string; served?: boolean } | undefined;
        return last && d?.page === page && d.served ? [last.duration] : [];
      };
      const popup = await timePage(context, `chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      s.popup.push(popup.painted);
      s.popupResponse.push(popup.response);
      s.popupInWorker.push(...(await inWorker('popup')));
      const toolbar = await timePage(context, `chrome-extension://${extensionId}/popup.html`, false, opener);
      s.popupToolbar.push(toolbar.painted);
      s.popupToolbarResponse.push(toolbar.response);
      s.popupToolbarInWorker.push(...(await inWorker('popup')));
      const same = await timePage(context, `chrome-extension://${extensionId}/lookup.html?q=salesforce`);
      s.lookup.push(same.painted);
      s.lookupResponse.push(same.response);
      s.lookupInWorker.push(...(await inWorker('lookup')));
      // After the same query's open: the session's first lookup (which reads every company) stays that row's.
      const q = LOOKUP_QUERIES[i % LOOKUP_QUERIES.length]!;
      const other = await timePage(context, `chrome-extension://${extensionId}/lookup.html?q=${encodeURIComponent(q)}`);
      s.lookupOther.push(other.painted);
      s.lookupOtherResponse.push(other.response);
      s.lookupOtherInWorker.push(...(await inWorker('lookup')));
    }

    // The heap of a worker that started cold and then saw the navigations (known and unknown sites alternating).
    await control.stop();
    for (let i = 0; i < o.heapNavigations; i++) {
      await badgeTime(i % 2 ? UNKNOWN_HOSTS[i % UNKNOWN_HOSTS.length]! : KNOWN_HOSTS[i % KNOWN_HOSTS.length]!, i === 0);
    }
    s.heapBytes.push(await workerHeapBytes(context, extensionId));
    return s;
  } finally {
    await ext.close();
  }
}

/** In the service worker: the id of the tab whose URL starts with `prefix`. */
async function tabIdOf(prefix: string): Promise<number | undefined> {
  const tabs = await chrome.tabs.query({});
  return tabs.find((t) => t.url?.startsWith(prefix))?.id;
}

/** In Tieline's service worker: the install time the extension recorded itself (meta.active.installMs), if it does. */
function ownInstallMs(): Promise<number | undefined> {
  return new Promise((ok, fail) => {
    const open = indexedDB.open('tieline');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('meta').objectStore('meta').get('active');
      get.onerror = () => fail(get.error);
      get.onsuccess = () => {
        ok((get.result as { value?: { installMs?: number } } | undefined)?.value?.installMs);
        open.result.close();
      };
    };
  });
}

// Code passed to evaluate() runs in the extension's service worker, where `chrome` is global (only the
// part used here is declared: benchmarks do not import the browser API's types).
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
