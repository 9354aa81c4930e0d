/**
 * The corrections that came out of the thirty-second truth audit (docs/audit-pass-32.md):
 * - when: Omni's Washington security officers (05-RC-212240) dated by a later row the NLRB's file categorises "Revised
 *   Single Labor Org", which keeps the first count's 7–2 and corrects only the eligible voters; the votes were counted on
 *   19 Jan 2018, the first tally;
 * - what: Dollar General's action of 2 May 2022 (tracker 1015) told as a strike, where the reports tell a walkout;
 * - where: Teamsters Local 804's UPS rally of 28 Apr 2021 (tracker 228) told in St. Albans, a postal name of its ZIP
 *   code, where the reports place the warehouse in Laurelton, Queens.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { importNlrb } from '@/data/pipeline/nlrb';
import { importLat } from '@/data/pipeline/lat';
import { NLRB_FIXES } from '@/data/pipeline/audit-fixes';

const NLRB = ['../shared/data/nlrb/nlrb-election-results-2017-01_2021-11.csv', '../shared/data/nlrb/nlrb-elections-FY2022.csv'];
const LAT = '../shared/data/lat/labor-actions.csv';

describe('NLRB: the election corrected in pass 32', () => {
  it('records why, with the day of the first count', () => {
    expect(NLRB_FIXES.get('05-RC-212240')).toMatchObject({ date: '2018-01-19' });
    expect(NLRB_FIXES.get('05-RC-212240')?.why).toMatch(/audit pass 32 #6/);
  });

  it.skipIf(!NLRB.every(existsSync))(
    'dates Omni’s officers by the first count, not by the row that corrected the eligible voters',
    async () => {
      const names: Record<string, { id: string; name: string }> = {
        'Omni Hotels Management Corporation': { id: 'omni-hotels', name: 'Omni Hotels & Resorts' },
      };
      const r = await importNlrb(NLRB, (n) => names[n]);
      const omni = r.notes.find((n) => n.election!.caseNumber === '05-RC-212240')!;
      expect(omni.date).toBe('2018-01-19');
      expect(omni.sources[0]).toMatchObject({ url: 'https://www.nlrb.gov/case/05-RC-212240', date: '2018-01-19' });
      // The count and the corrected eligible voters are the revision's, as before; no challenged ballots were opened.
      expect(omni.summary).toContain('7 for and 2 against union representation of 9 eligible;');
      expect(omni.summary).not.toContain('settled');
      expect(omni.election).toMatchObject({ votesFor: 7, votesAgainst: 2, eligibleVoters: 9, certified: true });
    },
  );
});

describe('The tracker: the rows corrected in pass 32', () => {
  const load = () =>
    importLat(LAT, (n) =>
      /dollar general/i.test(n)
        ? { id: 'dollar-general', name: 'Dollar General' }
        : /ups/i.test(n)
          ? { id: 'ups', name: 'UPS' }
          : undefined,
    );

  it.skipIf(!existsSync(LAT))(
    'tells Dollar General’s action of 2 May 2022 as a walkout, and the UPS rally in Laurelton, Queens',
    async () => {
      const r = await load();
      const dg = r.notes.find((n) => n.id === 'lat-1015-dollar-general')!;
      expect(dg.action).toBe('walkout');
      expect(dg.summary).toMatch(/^A walkout by workers at Dollar General in Virginia and North Carolina\./);
      expect(dg.summary).toContain('Demands: pay, health and safety and staffing.');

      const ups = r.notes.find((n) => n.id === 'lat-228-ups')!;
      expect(ups.summary).toContain('in Laurelton, Queens, New York.');
      expect(ups.summary).not.toContain('St. Albans');
      expect(ups.action).toBe('protest');
      expect(ups.date).toBe('2021-04-28');
    },
  );
});
