/**
 * The corrections that came out of the thirty-first truth audit (docs/audit-pass-31.md): a count — Labcorp's
 * decertification vote (31-RD-222589) told as 7 for and 29 against "of 28 eligible", the NLRB file's eligible count
 * below its own 36 valid votes (fixed by rule in nlrb.ts: such a count is left out; three more notes beyond the sample,
 * one of them "3 for and 0 against … of 0 eligible"); and who and when — the Menlo Park march of Meta's contracted
 * service workers (tracker 1423) told as "by workers of Canon Business" on 19 Aug 2022, where the reports give
 * cafeteria workers, janitors and shuttle drivers of several contractors on Thursday 18 Aug 2022.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { importNlrb } from '@/data/pipeline/nlrb';
import { LAT_FIXES } from '@/data/pipeline/audit-fixes';
import { bundledLabourNote } from '../../helpers/bundled-notes';

const NLRB = ['../shared/data/nlrb/nlrb-election-results-2017-01_2021-11.csv', '../shared/data/nlrb/nlrb-elections-FY2022.csv'];

describe('NLRB: the eligible counts corrected in pass 31', () => {
  it.skipIf(!NLRB.every(existsSync))(
    'leaves out an eligible count smaller than the valid votes counted, and keeps one that can be right',
    async () => {
      const names: Record<string, { id: string; name: string }> = {
        'Laboratory Corporation of America': { id: 'labcorp', name: 'Labcorp' },
        'AECOM d/b/a URS Federal Services, Inc.': { id: 'amentum', name: 'Amentum' },
        'AECOM Management Services, Inc.': { id: 'amentum', name: 'Amentum' },
        'HYATT CORP. DBA HYATT CENTRIC THE PIKE LONG BEACH': { id: 'hyatt', name: 'Hyatt' },
        'Best Buy Co., Inc.': { id: 'best-buy', name: 'Best Buy' },
      };
      const r = await importNlrb(NLRB, (n) => names[n]);
      const note = (c: string) => r.notes.find((n) => n.election!.caseNumber === c)!;

      // Labcorp's patient service technicians at seven Inland Empire sites: 7 for, 29 against, 36 valid votes, 28 eligible.
      const labcorp = note('31-RD-222589');
      expect(labcorp.summary).toContain(
        ': 7 for and 29 against union representation; the union (TEAMSTERS, LOCAL 63) lost its certification',
      );
      expect(labcorp.summary).not.toContain('eligible');
      expect(labcorp.election).toMatchObject({ votesFor: 7, votesAgainst: 29, certified: false });
      expect(labcorp.election).not.toHaveProperty('eligibleVoters');

      // Beyond the sample: AECOM's Altoona mail ballot (3–0 "of 0 eligible"), its Tobyhanna unit (17–9 of 17) and
      // Hyatt's Long Beach engineers (3–1 of 3).
      const altoona = note('12-RC-206325');
      expect(altoona.summary).toContain('3 for and 0 against union representation (counted on 26 Oct 2017);');
      for (const c of ['12-RC-206325', '04-RC-241763', '21-RC-224365']) {
        expect(note(c).summary).not.toContain('eligible');
        expect(note(c).election).not.toHaveProperty('eligibleVoters');
      }

      // A count that can be right stays (Best Buy's Spanaway warehouse, audit pass 31 #4: a 13–13 tie of 30 eligible).
      const bestBuy = note('19-RC-247470');
      expect(bestBuy.summary).toContain('13 for and 13 against union representation of 30 eligible; no union was certified.');
      expect(bestBuy.election).toMatchObject({ eligibleVoters: 30 });
    },
  );
});

describe('Labor Action Tracker: the note corrected in pass 31', () => {
  it('records why', () => {
    expect(LAT_FIXES.get('1423')).toMatchObject({ date: '2022-08-18', contracted: true });
    expect(LAT_FIXES.get('1423')?.why).toMatch(/Audit pass 31 \(#31\)/);
  });

  it('tells the Menlo Park march as Meta’s contracted service workers’, on Thursday 18 Aug 2022', () => {
    const n = bundledLabourNote('lat-1423-meta');
    expect(n.date).toBe('2022-08-18');
    expect(n.endDate).toBeUndefined();
    expect(n.summary).toMatch(
      /^A protest by service workers of Meta’s contractors \(cafeteria workers, janitors and shuttle drivers among them\) at Meta \(listed as “Meta - Canon Business”\) in Menlo Park, California\./,
    );
    expect(n.summary).not.toContain('workers of Canon Business');
    expect(n.relation).toBe('client');
  });
});
