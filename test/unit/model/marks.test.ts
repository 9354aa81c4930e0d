import { afterEach, describe, expect, it } from 'vitest';
import { MARKS, MAX_PER_NAME, mark, measure } from '@/data/model/marks';

afterEach(() => {
  performance.clearMarks();
  performance.clearMeasures();
});

describe('benchmark marks', () => {
  it('records a mark with its detail', () => {
    mark(MARKS.badgeSet, { tabId: 7, text: '3' });
    const [entry] = performance.getEntriesByName(MARKS.badgeSet);
    expect((entry as PerformanceMark).detail).toEqual({ tabId: 7, text: '3' });
  });

  it('keeps at most MAX_PER_NAME entries per name, the newest included', () => {
    for (let i = 0; i < MAX_PER_NAME * 3 + 5; i++) mark(MARKS.badgeRequested, { tabId: i });
    const entries = performance.getEntriesByName(MARKS.badgeRequested) as PerformanceMark[];
    expect(entries.length).toBeLessThanOrEqual(MAX_PER_NAME);
    expect(entries.at(-1)!.detail).toEqual({ tabId: MAX_PER_NAME * 3 + 4 });
    for (let i = 0; i < MAX_PER_NAME * 2; i++) measure(MARKS.checksum, performance.now());
    expect(performance.getEntriesByName(MARKS.checksum).length).toBeLessThanOrEqual(MAX_PER_NAME);
  });

  it('measures a span from its start to now', () => {
    const start = performance.now() - 5;
    measure(MARKS.checksum, start);
    const [entry] = performance.getEntriesByName(MARKS.checksum);
    expect(entry!.startTime).toBe(start);
    expect(entry!.duration).toBeGreaterThanOrEqual(5);
  });
});
