import { describe, expect, it } from 'vitest';
import { electionSummary, employerOf } from '@/data/pipeline/nlrb';

// Case names as the NLRB's files spell them, with the registry company each case is listed under.
describe('employerOf: who held an election, as the note names it', () => {
  it('names the case employer where the company was renamed, bought or is a subsidiary', () => {
    // Renamed: AECOM Management Services became Amentum in 2020 (a 2019 election was not "at Amentum").
    expect(employerOf('AECOM Management Services, Inc.', 'Amentum')).toBe('“AECOM Management Services, Inc.” (listed here under Amentum)');
    expect(employerOf('URS Federal Services, Inc.', 'Amentum')).toBe('“URS Federal Services, Inc.” (listed here under Amentum)');
    // Bought: L3 Technologies merged into L3Harris in 2019.
    expect(employerOf('L3 Technologies, Inc.', 'L3Harris')).toBe('“L3 Technologies, Inc.” (listed here under L3Harris)');
    // Subsidiaries and brands held under another legal name.
    expect(employerOf('Dillon Companies, Inc. d/b/a King Soopers', 'Kroger')).toContain('“Dillon Companies, Inc. d/b/a King Soopers”');
    expect(employerOf('DTG Operations, Inc. d/b/a Dollar', 'Hertz')).toBe('“DTG Operations, Inc. d/b/a Dollar” (listed here under Hertz)');
    expect(employerOf('CVS Pharmacy', 'CVS Health')).toBe('“CVS Pharmacy” (listed here under CVS Health)');
  });

  it("keeps the registry's name where the case's is the same name or a unit under it", () => {
    expect(employerOf('Costco Wholesale Corporation', 'Costco')).toBe('Costco');
    expect(employerOf('Lockheed Martin Rotary and Mission Systems', 'Lockheed Martin')).toBe('Lockheed Martin');
    expect(employerOf('G4S SECURE SOLUTIONS (USA) INC.', 'G4S')).toBe('G4S');
    expect(employerOf('Walgreen Co.', 'Walgreens')).toBe('Walgreens');
    expect(employerOf('Management & Training Corporation', 'Management & Training Corporation (MTC)')).toBe(
      'Management & Training Corporation (MTC)',
    );
    expect(employerOf('WidgetSoft, Inc.', 'WidgetSoft')).toBe('WidgetSoft');
  });

  it('says it in the summary', () => {
    const t = { companyName: 'Amentum', city: 'TOBYHANNA', state: 'PA', eligible: 17, votesFor: 17, votesAgainst: 9, certified: false };
    expect(electionSummary({ ...t, caseName: 'AECOM Management Services, Inc.' })).toBe(
      "Workers of “AECOM Management Services, Inc.” (listed here under Amentum) in Tobyhanna, PA voted in an NLRB election: 17 for and 9 against union representation of 17 eligible; most of the votes cast were for the union, but the NLRB's file records no certification.",
    );
    expect(electionSummary(t)).toMatch(/^Workers of Amentum in Tobyhanna, PA voted/);
  });

  it('names a state in full where no city stands beside it (audit pass 10: “several sites in LA” read as Los Angeles)', () => {
    const t = { companyName: 'Paragon Systems', state: 'LA', votesFor: 37, votesAgainst: 0, certified: true };
    expect(electionSummary({ ...t, city: 'VARIOUS', place: 'several' })).toMatch(
      /^Workers of Paragon Systems at several sites in Louisiana voted/,
    );
    expect(electionSummary({ ...t, city: '', place: 'in' })).toMatch(/^Workers of Paragon Systems in Louisiana voted/);
    expect(electionSummary({ ...t, city: 'NEW ORLEANS', place: 'in' })).toMatch(/^Workers of Paragon Systems in New Orleans, LA voted/);
  });
});
