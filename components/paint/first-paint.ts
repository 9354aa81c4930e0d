/**
 * How a page shows its answer before React (issue 13): the answer and the words are asked for first; when both
 * have come, `paint` draws the answer without React (or declines, leaving it to React) and the paint is marked;
 * only then is React imported (`load`: the page's full view, not preloaded) and mounted, taking over the page
 * with the same answer painted by the same functions. The popup and the lookup page both follow it — or, when
 * Chrome's worker served them with the answer already in their HTML (./served.ts), `servedThenMount`.
 */
import type { I18n } from '@/data/model/i18n';
import { MARKS, markAt, markPainted } from '@/data/model/marks';

/**
 * An answer slower than this is one the background is still preparing (the data being installed, the name
 * index being built): React is loaded meanwhile and shows the progress, or the error, instead of a blank page.
 * An answer that comes before React has mounted is still painted first.
 */
export const PAINT_PATIENCE_MS = 250;

/** Mounts the page's React view: with the answer when it has come (no "Loading…" frame first). */
export type Mount<A> = (i18n: I18n, answered: A | undefined) => void;

export function paintThenMount<A>(
  answer: Promise<A> | undefined,
  words: Promise<I18n>,
  paint: (answer: A, i18n: I18n) => boolean,
  load: () => Promise<Mount<A>>,
): void {
  let answered: A | undefined;
  answer?.then((a) => void (answered = a)).catch(() => undefined); // the page's view shows the error
  let mounted = false;
  let loading = false;
  const loadReact = (): void => {
    if (loading) return;
    loading = true;
    void Promise.all([words, load()]).then(([i18n, mount]) => {
      mounted = true;
      mount(i18n, answered);
    });
  };
  // Nothing to answer (a page opened without a question): React draws the page at once.
  if (!answer) return loadReact();
  const patience = setTimeout(loadReact, PAINT_PATIENCE_MS);
  Promise.all([answer, words]).then(
    ([a, i18n]) => {
      if (mounted) return;
      clearTimeout(patience);
      if (!paint(a, i18n)) return loadReact();
      markPainted(MARKS.contentPainted, loadReact);
    },
    () => {
      clearTimeout(patience);
      loadReact();
    },
  );
}

/**
 * The page's first contentful paint's time (`performance.now()`'s clock), once it has happened: its entry, read
 * back or observed (buffered, so one before the call counts).
 */
export function firstContentfulPaint(): Promise<number> {
  return new Promise((done) => {
    const name = 'first-contentful-paint';
    const seen = performance.getEntriesByName(name)[0];
    if (seen) return done(seen.startTime);
    const observer = new PerformanceObserver((list) => {
      const entry = list.getEntriesByName(name)[0];
      if (!entry) return;
      observer.disconnect();
      done(entry.startTime);
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/**
 * Without a first contentful paint this long after the script ran (a page never shown), React is loaded all the
 * same, and the answer is not marked as painted.
 */
export const FIRST_PAINT_PATIENCE_MS = 1000;

/**
 * A page served with its answer in its HTML (./served.ts): its answer is painted in its first contentful paint, so
 * that paint's time is its mark (never the script's, which runs after it or before it: a module script does not
 * hold the first frame back); only after that paint is React loaded and mounted with the answer, as after the
 * page's own paint.
 */
export function servedThenMount<A>(
  answer: A,
  words: Promise<I18n>,
  load: () => Promise<Mount<A>>,
  painted: () => Promise<number> = firstContentfulPaint,
): void {
  let loading = false;
  const loadReact = (): void => {
    if (loading) return;
    loading = true;
    void Promise.all([words, load()]).then(([i18n, mount]) => mount(i18n, answer));
  };
  const patience = setTimeout(loadReact, FIRST_PAINT_PATIENCE_MS);
  void painted().then((at) => {
    clearTimeout(patience);
    if (loading) return;
    markAt(MARKS.contentPainted, at);
    loadReact();
  });
}
