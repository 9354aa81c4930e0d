/**
 * How a CAIT note tells its head count (data/pipeline/cait.ts caitNoteCount): the one definition the summary and
 * the importer share — an audit's count first, as the reports give it, else CAIT's no more precisely than its record.
 */
import { describe, expect, it } from 'vitest';
import { caitNoteCount, caitSummary } from '@/data/pipeline/cait';

const action = (workers: number | null, description = '') => ({ workers, description });

describe('a CAIT note’s head count', () => {
  it('gives an audit’s exact count as the note’s participants and its words', () => {
    expect(caitNoteCount(action(300), { workers: 1200 })).toEqual({ exact: 1200, phrase: '1,200 people' });
  });

  it('gives an audit’s "more than" or "about" count in words only, never as an exact count', () => {
    expect(caitNoteCount(action(300), { workers: 650, moreThan: true })).toEqual({ phrase: 'more than 650 people' });
    expect(caitNoteCount(action(300), { workers: 40, about: true })).toEqual({ phrase: 'about 40 people' });
  });

  it('leaves the count out where an audit found none in the reports', () => {
    expect(caitNoteCount(action(339, 'over 330 signatures'), { workers: null })).toEqual({});
  });

  it('reads CAIT’s own count, as its record words it, without an audit’s', () => {
    expect(caitNoteCount(action(339, 'over 330 signatures'), undefined)).toEqual({ phrase: 'more than 330 people' });
    expect(caitNoteCount(action(118), undefined)).toEqual({ exact: 118, phrase: '118 people' });
    expect(caitNoteCount(action(200), undefined)).toEqual({});
  });

  it('is the count the summary tells', () => {
    const a = { ...action(118), locations: [], employment_types: [], struggles: [], tags: [], actions: [] } as never;
    expect(caitSummary(a, 'Google', 'open-letter', 'workers', [])).toContain('involving 118 people');
    expect(caitSummary(a, 'Google', 'open-letter', 'workers', [], { fix: { why: 'test', workers: 650, moreThan: true } })).toContain(
      'involving more than 650 people',
    );
  });
});
