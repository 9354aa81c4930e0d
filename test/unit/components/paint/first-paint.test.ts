// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_PAINT_PATIENCE_MS, PAINT_PATIENCE_MS, paintThenMount, servedThenMount, type Mount } from '@/components/paint/first-paint';
import { MARKS } from '@/data/model/marks';
import type { I18n } from '@/data/model/i18n';

const words = Promise.resolve({ locale: 'en' } as unknown as I18n);

/** A promise with its settlers, for answers that come when the test says. */
function later<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((ok, no) => ((resolve = ok), (reject = no)));
  return { promise, resolve, reject };
}

/** What happened, in order: 'paint', 'load', 'mount:<answered>'. */
function recorder(paints = true) {
  const log: string[] = [];
  const paint = vi.fn((a: string) => (log.push(`paint:${a}`), paints));
  const load = vi.fn(async (): Promise<Mount<string>> => {
    log.push('load');
    return (_i18n, answered) => void log.push(`mount:${answered ?? '-'}`);
  });
  return { log, paint, load };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] }); // not performance: the mark is read back
  performance.clearMarks();
});
afterEach(() => vi.useRealTimers());

describe('paintThenMount', () => {
  it('paints an answer, marks the paint, and loads React only after it, mounting it with the answer', async () => {
    const r = recorder();
    paintThenMount(Promise.resolve('acme'), words, r.paint, r.load);
    await vi.advanceTimersByTimeAsync(50); // a frame and a task, far inside the patience
    expect(r.log).toEqual(['paint:acme', 'load', 'mount:acme']);
    expect(performance.getEntriesByName(MARKS.contentPainted, 'mark')).toHaveLength(1);
    expect(r.load).toHaveBeenCalledTimes(1);
  });

  it('leaves to React an answer the painter declines, without a mark', async () => {
    const r = recorder(false);
    paintThenMount(Promise.resolve('no match'), words, r.paint, r.load);
    await vi.advanceTimersByTimeAsync(50);
    expect(r.log).toEqual(['paint:no match', 'load', 'mount:no match']);
    expect(performance.getEntriesByName(MARKS.contentPainted, 'mark')).toHaveLength(0);
  });

  it('loads React at once when there is nothing to ask, and when the answer fails', async () => {
    const none = recorder();
    paintThenMount<string>(undefined, words, none.paint, none.load);
    await vi.advanceTimersByTimeAsync(0);
    expect(none.log).toEqual(['load', 'mount:-']);

    const failed = recorder();
    paintThenMount(Promise.reject(new Error('no data')), words, failed.paint, failed.load);
    await vi.advanceTimersByTimeAsync(0);
    expect(failed.log).toEqual(['load', 'mount:-']);
    expect(failed.paint).not.toHaveBeenCalled();
  });

  it('loads React when the answer is slower than its patience, and then does not paint over it', async () => {
    const r = recorder();
    const answer = later<string>();
    paintThenMount(answer.promise, words, r.paint, r.load);
    await vi.advanceTimersByTimeAsync(PAINT_PATIENCE_MS - 1);
    expect(r.log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(r.log).toEqual(['load', 'mount:-']);
    answer.resolve('late');
    await vi.advanceTimersByTimeAsync(50);
    expect(r.log).toEqual(['load', 'mount:-']); // React's view draws it; nothing is painted under it
    expect(r.load).toHaveBeenCalledTimes(1);
  });
});

describe('servedThenMount (a page served with its answer in its HTML)', () => {
  it("marks the answer painted at the first contentful paint's time, then loads React with the served answer", async () => {
    const r = recorder();
    const paint = later<number>();
    servedThenMount('acme', words, r.load, () => paint.promise);
    await vi.advanceTimersByTimeAsync(50);
    // Nothing before that paint: not the mark, not React.
    expect(r.log).toEqual([]);
    expect(performance.getEntriesByName(MARKS.contentPainted, 'mark')).toHaveLength(0);
    paint.resolve(12.5);
    await vi.advanceTimersByTimeAsync(0);
    expect(r.log).toEqual(['load', 'mount:acme']);
    const marks = performance.getEntriesByName(MARKS.contentPainted, 'mark');
    expect(marks.map((m) => m.startTime)).toEqual([12.5]);
  });

  it('loads React without a mark when no paint comes (a page never shown)', async () => {
    const r = recorder();
    const paint = later<number>();
    servedThenMount('acme', words, r.load, () => paint.promise);
    await vi.advanceTimersByTimeAsync(FIRST_PAINT_PATIENCE_MS);
    expect(r.log).toEqual(['load', 'mount:acme']);
    paint.resolve(2000);
    await vi.advanceTimersByTimeAsync(0);
    expect(r.load).toHaveBeenCalledTimes(1);
    expect(performance.getEntriesByName(MARKS.contentPainted, 'mark')).toHaveLength(0);
  });
});
