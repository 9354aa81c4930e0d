/**
 * How a page shows its answer before React (issue 13): the answer and the words are asked for first; when both
 * have come, `paint` draws the answer without React (or declines, leaving it to React) and the paint is marked;
 * only then is React imported (`load`: the page's full view, not preloaded) and mounted, taking over the page
 * with the same answer painted by the same functions. The popup and the lookup page both follow it.
 */
import type { I18n } from '@/data/model/i18n';
import { MARKS, markPainted } from '@/data/model/marks';

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
