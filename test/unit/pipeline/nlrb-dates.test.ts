/**
 * NLRB notes' days (docs/nlrb-dates.md, Tieline issue 9). A case can have a first tally on the poll's day and a later
 * one after challenged ballots were opened, months later; the note was dated by the later one and said the workers
 * "voted" then (Kaiser's Moreno Valley decertification vote, 21-RD-237218: polled 29 Mar 2019, the count settled on
 * 1 May 2020). The note is dated by the first count of its votes and says when the count was settled. A mail ballot's
 * day is its count's, and the note says so. A true rerun keeps its own day (Harvard's, 2018), as does a tally with no
 * challenged ballots to resolve.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { firstCount, importNlrb, revises } from '@/data/pipeline/nlrb';
import { formatDate } from '@/data/model/format';

const TALLIES = '../shared/data/nlrb/nlrb-election-results-2017-01_2021-11.csv';
const FY2022 = '../shared/data/nlrb/nlrb-elections-FY2022.csv';

const EMPLOYERS: [RegExp, string][] = [
  [/^Kaiser Foundation Hospitals$/i, 'Kaiser Permanente'],
  [/^President and Fellows of Harvard College$/i, 'Harvard University'],
  [/^Walgreen/i, 'Walgreens'],
  [/^Marriott/i, 'Marriott'],
  [/^Maplebear/i, 'Instacart'],
  [/^Lockheed Martin/i, 'Lockheed Martin'],
  [/^Amazon/i, 'Amazon'],
  [/^Costco/i, 'Costco'],
  [/^Paragon Systems/i, 'Paragon Systems'],
  [/^Dolgencorp/i, 'Dollar General'],
  [/^Starbucks/i, 'Starbucks'],
];
const resolve = (n: string) => {
  const hit = EMPLOYERS.find(([re]) => re.test(n.trim()));
  return hit ? { id: hit[1].toLowerCase().replace(/\W+/g, '-'), name: hit[1] } : undefined;
};

describe('NLRB: the vote’s day, not the day its count was settled', () => {
  const count = (votes: [number, number, number], against: number, challenged: number) => ({ unit: 'A', votes, against, challenged });

  it('tells a revised tally from a new poll by its votes', () => {
    // Kaiser's 21-RD-237218: 111–120 with 37 challenged, then 118–143 (30 of the 37 opened).
    const first = { date: '2019-03-29', count: count([111, 0, 0], 120, 37) };
    const settled = { date: '2020-05-01', count: count([118, 0, 0], 143, 3) };
    expect(revises(settled, first)).toBe(true);
    expect(firstCount(settled, [first, settled])).toBe(first);
    // Harvard's rerun of 2018 counts the unit afresh: fewer votes against than before, and nothing was challenged.
    const initial = { date: '2018-01-11', count: count([1396, 0, 0], 1526, 0) };
    const rerun = { date: '2018-04-19', count: count([1931, 0, 0], 1523, 146) };
    expect(revises(rerun, initial)).toBe(false);
    expect(firstCount(rerun, [initial, rerun])).toBe(rerun);
    // More ballots added than were challenged is another count; so is another unit.
    expect(revises({ date: '2017-10-31', count: count([8, 0, 0], 0, 0) }, { date: '2017-09-18', count: count([2, 0, 0], 0, 3) })).toBe(
      false,
    );
    expect(revises({ ...settled, count: { ...settled.count, unit: 'B' } }, first)).toBe(false);
  });

  it.skipIf(!existsSync(TALLIES) || !existsSync(FY2022))('dates the real notes by their first count', async () => {
    const r = await importNlrb([TALLIES, FY2022], resolve);
    const note = (c: string) => r.notes.find((n) => n.election!.caseNumber === c)!;
    // Kaiser, Moreno Valley: the nurses voted on 29 Mar 2019 (the file's first tally; Labor Union Report, 4 Apr 2019),
    // 120–111 with 37 challenged; the count was settled on 1 May 2020. The note was dated 1 May 2020.
    expect(note('21-RD-237218').date).toBe('2019-03-29');
    expect(note('21-RD-237218').summary).toContain(
      ': 118 for and 143 against union representation of 343 eligible (the count was settled on 1 May 2020, after challenged ballots were resolved);',
    );
    expect(note('21-RD-237218').election).toMatchObject({ votesFor: 118, votesAgainst: 143 });
    // Walgreens, St. Louis: 7–6 with one challenged on 20 Nov 2018, 7–7 once it was opened on 11 Dec.
    expect(note('14-RC-230360').date).toBe('2018-11-20');
    expect(note('14-RC-230360').summary).toContain('7 for and 7 against');
    // Marriott, South San Francisco: the file types the revision "Run-off"; 11 challenged ballots opened, 107–97 to 110–105.
    expect(note('20-RC-236046').date).toBe('2019-03-28');
    // Instacart, Chicago, by mail: counted on 18 Jun 2020, settled on 1 Jul.
    expect(note('13-RC-259423')).toMatchObject({ date: '2020-06-18' });
    expect(note('13-RC-259423').summary).toContain(
      ' voted by mail in an NLRB election: 0 for and 5 against union representation of 6 eligible (counted on 18 Jun 2020; the count was settled on 1 Jul 2020, after challenged ballots were resolved);',
    );
    // Harvard's rerun of 18–19 Apr 2018 keeps its own day (Inside Higher Ed: held earlier in April, 1,931 to 1,523),
    // the file's scheduled day (16 Nov 2016) being the first poll's.
    expect(note('01-RC-186442').date).toBe('2018-04-19');
    expect(note('01-RC-186442').summary).not.toContain('settled');
    // Amazon, Bessemer, by mail: the count ran from 30 Mar to 9 Apr 2021; the file's tally is its end.
    expect(note('10-RC-269250')).toMatchObject({ date: '2021-04-09' });
    expect(note('10-RC-269250').summary).toContain('voted by mail in an NLRB election');
    expect(note('10-RC-269250').summary).toContain('(counted on 9 Apr 2021)');
    // Paragon, Washington DC: the file's tally (17 Feb 2020) is three weeks after the case closed; counted 17 Jan.
    expect(note('05-RC-252765').date).toBe('2020-01-17');
    // Dollar General, Barkhamsted: in both files; the FY2022 file's election day is the first count's.
    expect(note('01-RC-283202').date).toBe('2021-10-22');
    // Each settled note names the day as the product writes days ("1 May 2020").
    for (const n of r.notes.filter((x) => /settled on/.test(x.summary)))
      expect(n.summary).toMatch(/settled on \d{1,2} [A-Z][a-z]{2} \d{4}, after/);
  });

  it.skipIf(!existsSync(TALLIES) || !existsSync(FY2022))(
    'says what the FY2022 file’s one day is, for a note from that file alone',
    async () => {
      const r = await importNlrb([TALLIES, FY2022], resolve);
      const note = (c: string) => r.notes.find((n) => n.election!.caseNumber === c)!;
      // Starbucks, Mesa AZ (28-RC-286556): listed on 19 Jan 2022; NLRB Region 28 counted its ballots on 25 Feb 2022
      // (43 eligible, 25 for, 3 against, as the file has them). The note said the workers voted, dated 19 Jan.
      expect(note('28-RC-286556').date).toBe('2022-01-19');
      expect(note('28-RC-286556').summary).toContain(
        ": 25 for and 3 against union representation of 43 eligible (the NLRB's file dates the election 19 Jan 2022: the day of the vote, or for a mail ballot the day the ballots were mailed);",
      );
      // Amazon's LDJ5 vote on Staten Island (29-RC-290053) is in the FY2022 file alone as well.
      expect(note('29-RC-290053').summary).toContain("(the NLRB's file dates the election 29 Apr 2022:");
      // A case the 2017–2021 file holds is told from its tallies, which give the mode and the count's day.
      expect(note('01-RC-283202').summary).not.toContain('dates the election');
      expect(note('10-RC-269250').summary).not.toContain('dates the election');
      const fromFy = r.notes.filter((n) => /the NLRB's file dates the election/.test(n.summary));
      expect(fromFy.length).toBeGreaterThan(2);
      for (const n of fromFy) expect(n.summary).toContain(`dates the election ${formatDate(n.date)}:`);
    },
  );
});
