/**
 * The corrections that came out of the twenty-eighth truth audit (docs/audit-pass-28.md): what (an NLRB vote told as
 * a case still open, where the FY2022 file closes it with a certification: Safeway's Wilsonville bakers, and CVS's
 * Murrieta pharmacy, beyond the sample; fixed by rule in nlrb.ts), where (ADC Ltd NM's officers told "in Peachtree,
 * GA", the file's unit city cut short, for Peachtree City) and when (the GEO detainees' hunger strike of July 2024 told
 * "from 12 July", one report's day, where the organizers give 11 July).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { importNlrb } from '@/data/pipeline/nlrb';
import { bundledLabourNote } from '../../helpers/bundled-notes';

const NLRB = ['../shared/data/nlrb/nlrb-election-results-2017-01_2021-11.csv', '../shared/data/nlrb/nlrb-elections-FY2022.csv'];
const CCIJ = 'https://sites.google.com/ccijustice.org/mv-gsa-resistance/press/press-releases';

describe('NLRB: the elections corrected in pass 28', () => {
  it.skipIf(!NLRB.every(existsSync))(
    'tells a count the FY2022 file closes with a certification as certified, and Peachtree City by its name',
    async () => {
      const names: Record<string, { id: string; name: string }> = {
        'Safeway, Inc.': { id: 'safeway', name: 'Safeway' },
        'CVS Pharmacy': { id: 'cvs', name: 'CVS Health' },
        'ADC LTD NM': { id: 'adc-ltd-nm', name: 'ADC Ltd NM' },
        'Charter Communications, Inc.': { id: 'charter', name: 'Charter Communications' },
      };
      const r = await importNlrb(NLRB, (n) => names[n]);
      const note = (c: string) => r.notes.find((n) => n.election!.caseNumber === c)!;

      // Safeway's bakers: the tally row (1–0, counted 18 Nov 2021) was cut while the case was open; the FY2022 file
      // closes it on 29 Nov with a certification of representative. The tally's day, mode and count stay.
      const safeway = note('19-RC-283824');
      expect(safeway.date).toBe('2021-11-18');
      expect(safeway.election).toMatchObject({ votesFor: 1, votesAgainst: 0, eligibleVoters: 4, certified: true });
      expect(safeway.summary).toBe(
        'Workers of Safeway in Wilsonville, Oregon voted by mail in an NLRB election: 1 for and 0 against union representation of 4 eligible (counted on 18 Nov 2021); the union (Bakery, Confectionery, Tobacco Workers and Grain Millers International Union Local 114, AFL-CIO, CLC) was certified.',
      );
      // CVS's Murrieta pharmacy, the same (beyond the sample): 6–3 with 3 determinative challenges, certified on 13 Dec.
      const cvs = note('21-RC-282787');
      expect(cvs.election).toMatchObject({ votesFor: 6, votesAgainst: 3, challenged: 3, certified: true });
      expect(cvs.summary).toMatch(
        /, with 3 challenged ballots, enough to change the outcome; the union \(UNITED FOOD & COMMERCIAL WORKERS INTERNATIONAL UNION, LOCAL 1167, AFL-CIO\) was certified\.$/,
      );
      for (const n of [safeway, cvs]) expect(n.summary).not.toContain('still open');
      // A case the later file does not close stays open (Charter's decertification vote of 2019).
      expect(note('02-RD-220036').summary).toMatch(/; the NLRB's file records the case as still open\.$/);

      // ADC's officers at the FAA TRACON, 784 Highway 74 South, Peachtree City (the file's unit city: "Peachtree").
      const adc = note('10-RC-222088');
      expect(adc.summary).toContain('Workers of ADC Ltd NM in Peachtree City, Georgia voted in an NLRB election: 6 for and 1 against');
      expect(adc.election).toMatchObject({ city: 'Peachtree City', state: 'GA' });
    },
  );
});

describe('Authored notes: the note corrected in pass 28', () => {
  it('dates the Golden State Annex hunger strike from 11 July, as the organizers do, with their release', () => {
    const n = bundledLabourNote('geo-group-2024-07-detainee-strike');
    expect(n.summary).toContain('from 11 July, 42 detainees at Golden State Annex also refused food');
    expect(n.summary).not.toContain('12 July');
    expect(n.sources.map((s) => s.url)).toContain(CCIJ);
    expect(n.sources.find((s) => s.url === CCIJ)).toMatchObject({
      publisher: 'California Collaborative for Immigrant Justice',
      date: '2024-07-12',
    });
  });
});
