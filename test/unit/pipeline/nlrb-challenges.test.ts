/**
 * NLRB tallies whose challenged ballots could change the outcome (the 2017–2021 file's 'Challenges R Determinitive'):
 * the note says so, and a case still open on such a tally is not told as lost (audit pass 14 #31, Renaissance Long
 * Beach's 7–9 with 7 challenged; Charter's decertification vote of 2019, 1,601 ballots challenged and none counted,
 * told as "0 for and 0 against … no union was certified").
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { electionSummary, importNlrb } from '@/data/pipeline/nlrb';

const TALLIES = '../shared/data/nlrb/nlrb-election-results-2017-01_2021-11.csv';

describe('NLRB: determinative challenges', () => {
  const base = { companyName: 'Acme', city: 'TOWN', state: 'ST', eligible: 23, union: 'Union A' };

  it('says the challenges could change the outcome, and leaves an open case open', () => {
    expect(electionSummary({ ...base, votesFor: 7, votesAgainst: 9, certified: false, challenged: 7 })).toBe(
      'Workers of Acme in Town, ST voted in an NLRB election: 7 for and 9 against union representation of 23 eligible, with 7 challenged ballots, enough to change the outcome; no union was certified.',
    );
    expect(electionSummary({ ...base, votesFor: 7, votesAgainst: 9, certified: false, challenged: 1, closed: 'open' })).toMatch(
      /, with 1 challenged ballot, enough to change the outcome; the NLRB's file records the case as still open\.$/,
    );
    expect(electionSummary({ ...base, votesFor: 0, votesAgainst: 0, certified: false, challenged: 20, closed: 'open' })).toBe(
      "Workers of Acme in Town, ST voted in an NLRB election: no ballot was counted and 20 were challenged, enough to decide the result (23 eligible); the NLRB's file records the case as still open.",
    );
    // Without challenges, as before.
    expect(electionSummary({ ...base, votesFor: 7, votesAgainst: 9, certified: false, closed: 'open' })).toMatch(
      /of 23 eligible; no union was certified\.$/,
    );
  });

  it.skipIf(!existsSync(TALLIES))('reads the file’s columns: Charter’s and Renaissance Long Beach’s tallies', async () => {
    const names: Record<string, { id: string; name: string }> = {
      'Charter Communications, Inc.': { id: 'charter', name: 'Charter Communications' },
      'Renaissance Hotel Operating Company d/b/a Renaissance Hotel Long Beach': { id: 'renaissance-hotels', name: 'Renaissance Hotels' },
    };
    const r = await importNlrb([TALLIES], (n) => names[n]);
    const note = (c: string) => r.notes.find((n) => n.election!.caseNumber === c)!;
    expect(note('02-RD-220036').summary).toMatch(
      /: no ballot was counted and 1601 were challenged, enough to decide the result \(2437 eligible\); the NLRB's file records the case as still open\.$/,
    );
    expect(note('21-RC-210953').summary).toMatch(
      /7 for and 9 against union representation of 23 eligible, with 7 challenged ballots, enough to change the outcome; no union was certified\.$/,
    );
  });
});
