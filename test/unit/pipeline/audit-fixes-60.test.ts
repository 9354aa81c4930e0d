/**
 * The correction that came out of the sixtieth truth audit (docs/audit-pass-60.md): how many — #2, Palantir's 2018
 * letter to Alex Karp, was signed by "more than 200" employees, as the Washington Post and the note's own summary say,
 * but the count was recorded as exact, so the note's heading read "Open letter · 2018 · 200 participants", more precise
 * than its source. It now reads "more than 200". Five other authored notes had the same fault, their summaries saying
 * "more than", "over" or "about" the count their headings told as exact; each now carries its summary's qualifier.
 */
import { describe, expect, it } from 'vitest';
import type { LaborAction } from '@/data/model/schema';
import { bundledLabourNote, bundledLabourNotes } from '../../helpers/bundled-notes';

const QUALIFIER: ReadonlyArray<[RegExp, NonNullable<LaborAction['participantsAre']>]> = [
  [/\b(?:more than|over) $/, 'more-than'],
  [/\babout $/, 'about'],
];

/** The qualifier a summary puts before the note's own count, if any ("more than 200", "over 150", "about 600"). */
function summaryQualifier(n: LaborAction): LaborAction['participantsAre'] | 'none' {
  const count = n.participants!;
  for (const written of new Set([count.toLocaleString('en-US'), String(count)])) {
    const at = n.summary.search(new RegExp(`\\b${written}\\b`));
    if (at < 0) continue;
    const before = n.summary.slice(Math.max(0, at - 12), at);
    for (const [re, q] of QUALIFIER) if (re.test(before)) return q;
  }
  return 'none';
}

describe('Audit pass 60: counts no more precise than their sources', () => {
  it('tells Palantir’s 2018 letter as signed by more than 200 employees', () => {
    const n = bundledLabourNote('palantir-2018-ice-letter');
    expect(n.participants).toBe(200);
    expect(n.participantsAre).toBe('more-than');
    expect(n.summary).toContain('more than 200 Palantir employees');
  });

  it('gives the five other authored counts their summaries’ qualifiers', () => {
    const expected: Record<string, [number, LaborAction['participantsAre']]> = {
      'palantir-2019-08-ice-petition': [60, 'more-than'],
      'microsoft-2018-06-ice-letter': [150, 'more-than'],
      'microsoft-2019-02-hololens-letter': [50, 'more-than'],
      'lexisnexis-2019-11-legal-petition': [600, 'about'],
      'thomson-reuters-2019-11-legal-petition': [600, 'about'],
    };
    for (const [id, [count, are]] of Object.entries(expected)) {
      const n = bundledLabourNote(id);
      expect([id, n.participants, n.participantsAre]).toEqual([id, count, are]);
    }
  });

  it('shows no count as exact whose own summary says more than, over or about it', () => {
    const exactButQualified = [...bundledLabourNotes().values()]
      .filter((n) => n.participants && !n.participantsAre)
      .filter((n) => summaryQualifier(n) !== 'none')
      .map((n) => n.id);
    expect(exactButQualified).toEqual([]);
  });
});
