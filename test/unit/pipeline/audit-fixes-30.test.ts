/**
 * The correction that came out of the thirtieth truth audit (docs/audit-pass-30.md): when — IKEA's Lebec mail
 * election (31-RC-266527) told as counted on 26 Nov 2020, the file's tally date, where the same row mails the ballots
 * on 17 Nov, sets their count for 10 Dec 2020 and marks them impounded, and the case closed on 4 May 2021 (Law360: the
 * Board ruled on IKEA's objection to the unit on 19 Apr 2021). No source gives the count's day: the note is dated by
 * the mailing and says what the file records.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { importNlrb } from '@/data/pipeline/nlrb';
import { NLRB_FIXES } from '@/data/pipeline/audit-fixes';

const NLRB = ['../shared/data/nlrb/nlrb-election-results-2017-01_2021-11.csv', '../shared/data/nlrb/nlrb-elections-FY2022.csv'];

describe('NLRB: the election corrected in pass 30', () => {
  it('records why, with the day of the mailing', () => {
    expect(NLRB_FIXES.get('31-RC-266527')).toMatchObject({ date: '2020-11-17' });
    expect(NLRB_FIXES.get('31-RC-266527')?.why).toMatch(/audit pass 30 #31/);
  });

  it.skipIf(!NLRB.every(existsSync))(
    'does not date IKEA’s impounded mail ballots by a tally day before their count, and leaves the other mail notes’ words',
    async () => {
      const names: Record<string, { id: string; name: string }> = {
        'IKEA Distribution Services, Inc.': { id: 'ikea', name: 'IKEA' },
        'SAIC (Science Applications International Corporation)': { id: 'saic', name: 'SAIC' },
      };
      const r = await importNlrb(NLRB, (n) => names[n]);
      const note = (c: string) => r.notes.find((n) => n.election!.caseNumber === c)!;

      const ikea = note('31-RC-266527');
      expect(ikea.date).toBe('2020-11-17');
      expect(ikea.sources[0]).toMatchObject({ url: 'https://www.nlrb.gov/case/31-RC-266527', date: '2020-11-17' });
      expect(ikea.summary).toBe(
        'Workers of IKEA in Lebec, California voted by mail in an NLRB election: 2 for and 11 against union representation of 14 eligible (ballots mailed on 17 Nov 2020, then impounded and held unopened pending the Board’s ruling of 19 Apr 2021; the file’s dates for their count, 26 Nov and 10 Dec 2020, fall before it, no report gives the day they were counted, and the case closed on 4 May 2021); no union was certified.',
      );
      expect(ikea.summary).not.toContain('26 Nov 2020');
      expect(ikea.election).toMatchObject({ votesFor: 2, votesAgainst: 11, eligibleVoters: 14, certified: false });

      // A mail ballot the file dates by its count keeps "counted on <day>" (SAIC's FAA instructors, audit pass 30 #14).
      const saic = note('14-RC-201091');
      expect(saic.date).toBe('2017-08-07');
      expect(saic.summary).toContain('of 284 eligible (counted on 7 Aug 2017);');
    },
  );
});
