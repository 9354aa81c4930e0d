/**
 * NLRB tallies whose challenged ballots could change the outcome (the 2017–2021 file's 'Challenges R Determinitive'):
 * the note says so, and a case still open on such a tally is not told as lost (audit pass 14 #31, Renaissance Long
 * Beach's 7–9 with 7 challenged; Charter's decertification vote of 2019, 1,601 ballots challenged and none counted,
 * told as "0 for and 0 against … no union was certified").
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { decertificationEnd, electionSummary, importNlrb } from '@/data/pipeline/nlrb';

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
    // Without challenges: lost, and, since audit pass 50 #21 (Bessemer's vote, set aside and run again), the case open.
    expect(electionSummary({ ...base, votesFor: 7, votesAgainst: 9, certified: false, closed: 'open' })).toMatch(
      /of 23 eligible; no union was certified, and the NLRB's file records the case as still open\.$/,
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
      /: no ballot was counted and 1,601 were challenged, enough to decide the result \(2,437 eligible\); the NLRB's file records the case as still open\.$/,
    );
    expect(note('21-RC-210953').summary).toMatch(
      /7 for and 9 against union representation of 23 eligible, with 7 challenged ballots, enough to change the outcome; no union was certified\.$/,
    );
  });
});

describe('NLRB: decertification votes', () => {
  const base = { companyName: 'Acme', city: 'TOWN', state: 'ST', eligible: 20, union: 'Union A', caseNumber: '01-RD-1' };

  it('says the workers voted on removing their union, and whether it stayed', () => {
    expect(decertificationEnd({ certified: true, votesFor: 12, votesAgainst: 7 })).toBe('kept');
    expect(decertificationEnd({ certified: false, closed: 'results', votesFor: 7, votesAgainst: 12 })).toBe('removed');
    expect(decertificationEnd({ certified: false, closed: 'results', votesFor: 7, votesAgainst: 7 })).toBe('removed');
    expect(decertificationEnd({ certified: false, closed: 'open', votesFor: 7, votesAgainst: 12 })).toBe('undecided');
    expect(decertificationEnd({ certified: false, votesFor: 7, votesAgainst: 12 })).toBe('undecided');
    expect(electionSummary({ ...base, votesFor: 7, votesAgainst: 12, certified: false, closed: 'results' })).toBe(
      'Workers of Acme in Town, ST voted in an NLRB decertification election, on removing their union: 7 for and 12 against union representation of 20 eligible; the union (Union A) lost its certification as their representative.',
    );
    expect(electionSummary({ ...base, votesFor: 12, votesAgainst: 7, certified: true })).toMatch(
      /; the union \(Union A\) was certified again, so it remained their representative\.$/,
    );
    // No result in the file, as the note's line says: never "no union was certified" (Kaiser's 21-RD-237218, open).
    expect(electionSummary({ ...base, votesFor: 118, votesAgainst: 143, certified: false, closed: 'open' })).toMatch(
      /; the NLRB's file records the case as still open\.$/,
    );
    expect(electionSummary({ ...base, votesFor: 7, votesAgainst: 12, certified: false })).toMatch(/; the NLRB's file records no result\.$/);
    // A vote on taking a union is told as before.
    expect(electionSummary({ ...base, caseNumber: '01-RC-1', votesFor: 7, votesAgainst: 12, certified: false })).toMatch(
      /^Workers of Acme in Town, ST voted in an NLRB election: .*; no union was certified\.$/,
    );
  });

  it.skipIf(!existsSync(TALLIES))('marks the file’s RD cases in the note’s election', async () => {
    const names: Record<string, { id: string; name: string }> = {
      'Comcast Cablevision of Maryland Limited Partnership': { id: 'comcast', name: 'Comcast' },
    };
    const r = await importNlrb([TALLIES], (n) => names[n] ?? (/^Comcast/i.test(n) ? { id: 'comcast', name: 'Comcast' } : undefined));
    const rd = r.notes.filter((n) => /-RD-/.test(n.election!.caseNumber));
    expect(rd.length).toBeGreaterThan(3);
    for (const n of rd) {
      expect(n.election!.decertification, n.id).toMatch(/^(kept|removed|undecided)$/);
      expect(n.summary, n.id).toMatch(/voted in an NLRB decertification election, on removing their union/);
    }
    for (const n of r.notes.filter((x) => !/-RD-/.test(x.election!.caseNumber))) expect(n.election!.decertification).toBeUndefined();
  });
});
