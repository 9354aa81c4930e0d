import { describe, expect, it } from 'vitest';
import { electionSummary, employerOf } from '@/data/pipeline/nlrb';
import { aside } from '@/data/model/format';
import { bundledDataset } from '../../helpers/bundled-notes';

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

  it('never opens a parenthesis inside another: a name with its own is set between dashes', () => {
    expect(aside('Amentum')).toBe(' (Amentum)');
    expect(aside('International Union, Security, Police and Fire Professionals of America (SPFPA)')).toBe(
      ' — International Union, Security, Police and Fire Professionals of America (SPFPA) —',
    );
    // Altice USA's case, listed under the registry's renamed company (29-RC-235760).
    expect(employerOf('Altice USA', 'Optimum Communications (formerly Altice USA)')).toBe(
      '“Altice USA” — listed here under Optimum Communications (formerly Altice USA) —',
    );
    const t = { companyName: 'Acme', city: 'TOWN', state: 'ST', eligible: 20, votesFor: 12, votesAgainst: 7, certified: true };
    expect(electionSummary({ ...t, union: 'National Union of Healthcare Workers (NUHW)' })).toContain(
      '; the union — National Union of Healthcare Workers (NUHW) — was certified.',
    );
  });

  it('ships no note whose parentheses nest (83 did: NLRB union initials and renamed registry names, tracker employers)', () => {
    const nested = bundledDataset().notes.filter((n) => /\([^()]*\(/.test(n.summary ?? ''));
    expect(nested.map((n) => n.id)).toEqual([]);
  });

  it('names a union the file misspells as it is named (28-RC-241776: “Intentional Association of Machinists”)', () => {
    const bae = bundledDataset().notes.find((n) => n.id === 'nlrb-28-rc-241776');
    expect(bae?.summary).toContain(
      'the union (International Association of Machinists and Aerospace Workers, Local Lodge 519) was certified.',
    );
  });

  it('says a lost vote’s case is still open where the file records it so (Bessemer, 10-RC-269250: set aside and run again)', () => {
    const t = { companyName: 'Amazon', city: 'BESSEMER', state: 'AL', eligible: 5867, votesFor: 738, votesAgainst: 1798, certified: false };
    expect(electionSummary(t)).toMatch(/; no union was certified\.$/);
    expect(electionSummary({ ...t, closed: 'open' })).toMatch(
      /; no union was certified, and the NLRB's file records the case as still open\.$/,
    );
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
      "Workers of “AECOM Management Services, Inc.” (listed here under Amentum) in Tobyhanna, Pennsylvania voted in an NLRB election: 17 for and 9 against union representation of 17 eligible; most of the votes cast were for the union, but the NLRB's file records no certification.",
    );
    expect(electionSummary(t)).toMatch(/^Workers of Amentum in Tobyhanna, Pennsylvania voted/);
  });

  it('writes counts through the one formatter, grouped (Amazon Bessemer, 10-RC-269250; Charter, 02-RD-220036)', () => {
    const t = { companyName: 'Amazon', city: 'BESSEMER', state: 'AL', eligible: 5867, votesFor: 738, votesAgainst: 1798, certified: false };
    expect(electionSummary(t)).toContain(': 738 for and 1,798 against union representation of 5,867 eligible;');
    const none = { ...t, companyName: 'Charter Communications', eligible: 2437, votesFor: 0, votesAgainst: 0, challenged: 1601 };
    expect(electionSummary(none)).toContain(
      'no ballot was counted and 1,601 were challenged, enough to decide the result (2,437 eligible)',
    );
    const two = {
      ...t,
      ballot: [
        { union: 'Union A', votes: 1200 },
        { union: 'Union B', votes: 1100 },
      ],
    };
    expect(electionSummary(two)).toContain(': 1,200 for Union A and 1,100 for Union B, and 1,798 against');
  });

  it('names a state in full where no city stands beside it (audit pass 10: “several sites in LA” read as Los Angeles)', () => {
    const t = { companyName: 'Paragon Systems', state: 'LA', votesFor: 37, votesAgainst: 0, certified: true };
    expect(electionSummary({ ...t, city: 'VARIOUS', place: 'several' })).toMatch(
      /^Workers of Paragon Systems at several sites in Louisiana voted/,
    );
    expect(electionSummary({ ...t, city: '', place: 'in' })).toMatch(/^Workers of Paragon Systems in Louisiana voted/);
    expect(electionSummary({ ...t, city: 'NEW ORLEANS', place: 'in' })).toMatch(
      /^Workers of Paragon Systems in New Orleans, Louisiana voted/,
    );
  });
});
