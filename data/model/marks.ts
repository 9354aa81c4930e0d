/**
 * Performance marks read by the browser benchmark (`npm run bench:browser`, bench/browser/). The
 * benchmark reads them from the service worker's (or a page's) own timeline (`performance.getEntriesByName`) through
 * the DevTools protocol; nothing else reads them and they never leave the browser. A mark is one
 * timestamp in memory, no I/O and no message, and each name keeps at most MAX_PER_NAME entries, so a
 * worker that lives for hours does not accumulate them. Marks carry no URL.
 *
 * The benchmark's floor extension (bench/floor-extension/) sets the same marks at the same points.
 */
export const MARKS = {
  /** The first statement of background.js (see data/browser/script-start.ts). */
  scriptStart: 'tieline:script-start',
  /** The background's main() has registered every listener. */
  listening: 'tieline:listening',
  /**
   * An install or update of the bundled dataset has finished: the dataset is active, and lookups are answered
   * from it (the first install's, written in the service worker's install event, or the one onInstalled starts).
   */
  datasetReady: 'tieline:dataset-ready',
  /** A tab event (navigation, activation) asks for a tab's badge; detail: { tabId }. */
  badgeRequested: 'tieline:badge-requested',
  /** That tab's badge text, colour and title are set; detail: { tabId, text }. */
  badgeSet: 'tieline:badge-set',
  /**
   * A measure (start and duration): the dataset's checksum — the SHA-256 of the bundled file's bytes on install
   * (it runs beside the file's unpacking), of the merged records' canonical JSON on a sync.
   */
  checksum: 'tieline:checksum',
  /**
   * A measure set by the benchmark's floor extension only: after its install floor (fetch, gunzip, parse), the
   * same rows written to IndexedDB in one transaction, in Tieline's layout: what storing them cannot cost less than.
   */
  floorWrite: 'tieline:floor-write',
  /**
   * In the popup and the lookup page (their own timelines): the page's answer — the headline, or that
   * there is none — has been painted (the frame that drew it, then a task after it; a page Chrome's worker
   * served with its answer in its HTML marks its first contentful paint's time, the paint that drew it). The benchmark reads it
   * after the page opens, so a fast page is timed too (watching from outside began too late for most opens).
   */
  contentPainted: 'tieline:content-painted',
  /**
   * A measure (start and duration), in Chrome's service worker: a page it serves (the popup, the lookup page) asked
   * for — its fetch event — to the page's HTML ready (or the answer that there is none, which falls through to the
   * packaged file); detail: { page, served }. The worker's own share of the page's wait for its response.
   */
  pageServed: 'tieline:page-served',
} as const;

export const MAX_PER_NAME = 64;

const counts = new Map<string, number>();

/** Counts one more entry under `name`; past MAX_PER_NAME, drops the older ones with `clear`. */
function bound(name: string, clear: (name: string) => void): void {
  const n = (counts.get(name) ?? 0) + 1;
  if (n > MAX_PER_NAME) clear(name);
  counts.set(name, n > MAX_PER_NAME ? 1 : n);
}

/** Records that `name` happened now. */
export function mark(name: string, detail?: unknown): void {
  bound(name, (x) => performance.clearMarks(x));
  performance.mark(name, detail === undefined ? undefined : { detail });
}

/**
 * Records that `name` happened at `startTime` (a `performance.now()` value already past), once per page: a page
 * served with its answer in its HTML marks it at its first contentful paint, the paint that drew it
 * (components/paint/first-paint.ts, servedThenMount).
 */
export function markAt(name: string, startTime: number): void {
  if (performance.getEntriesByName(name, 'mark').length > 0) return;
  bound(name, (x) => performance.clearMarks(x));
  performance.mark(name, { startTime });
}

/**
 * A page's answer is painted: `name` is marked a task after the next frame (the frame that draws what was just
 * put in the page; its paint is done by then), once per page — the popup paints its headline before React
 * loads, and React, taking over with the same headline, does not mark it again. Then `then` runs.
 */
export function markPainted(name: string, then?: () => void): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (performance.getEntriesByName(name, 'mark').length === 0) mark(name);
      then?.();
    }, 0),
  );
}

/** Records a span that began at `start` (a `performance.now()` value) and ends now. */
export function measure(name: string, start: number, detail?: unknown): void {
  bound(name, (x) => performance.clearMeasures(x));
  performance.measure(name, { start, end: performance.now(), ...(detail === undefined ? {} : { detail }) });
}
