/**
 * The correction that came out of the thirty-ninth truth audit (docs/audit-pass-39.md): who kept the seat — Kaiser's
 * Southern California speech pathologists, audiologists, dietitians and health educators (NLRB 21-RD-258174, from the
 * FY2022 file) voted 165 to 86 in a decertification election to leave the NUHW, their union, for UNAC/UHCP; the note
 * said UNAC/UHCP "was certified again, so it remained their representative". The file's two-union row names the
 * winner but not which union held the seat: a record fix (`incumbent`) says which.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { importNlrb } from '@/data/pipeline/nlrb';
import { NLRB_FIXES } from '@/data/pipeline/audit-fixes';
import { electionOutcome } from '@/data/model/describe';
import { Election } from '@/data/model/schema';
import { en, es } from '../../helpers/i18n';

const NLRB = ['../shared/data/nlrb/nlrb-election-results-2017-01_2021-11.csv', '../shared/data/nlrb/nlrb-elections-FY2022.csv'];
const NUHW = 'NATIONAL UNION OF HEALTHCARE WORKERS (NUHW)';
const UNAC = 'UNITED NURSES ASSOCIATIONS OF CALIFORNIA/UNION OF HEALTH CARE PROFESSIONALS';

describe('NLRB: the decertification corrected in pass 39', () => {
  it('records which union held the seat, and why', () => {
    expect(NLRB_FIXES.get('21-RD-258174')).toMatchObject({ incumbent: NUHW });
    expect(NLRB_FIXES.get('21-RD-258174')?.why).toMatch(/audit pass 39 #11/);
  });

  it.skipIf(!NLRB.every(existsSync))('tells the NUHW voted out and UNAC/UHCP certified in its place, not "certified again"', async () => {
    const names: Record<string, { id: string; name: string }> = {
      'Southern California Permanente Medical Group and Kaiser Foundation Hospitals': {
        id: 'kaiser-permanente',
        name: 'Kaiser Permanente',
      },
      'Comcast Cable Communications Management, LLC': { id: 'comcast', name: 'Comcast' },
    };
    const r = await importNlrb(NLRB, (n) => names[n]);
    const kaiser = r.notes.find((n) => n.election!.caseNumber === '21-RD-258174')!;
    expect(kaiser.summary).toContain(`: 86 for ${NUHW} and 165 for ${UNAC}, and 0 against union representation of 347 eligible`);
    expect(kaiser.summary).toContain(`; their union — ${NUHW} — lost its certification, and ${UNAC} was certified in its place.`);
    expect(kaiser.summary).not.toContain('certified again');
    expect(kaiser.summary).not.toContain('remained their representative');
    expect(kaiser.election).toMatchObject({ certified: true, union: UNAC, decertification: 'replaced' });
    // The FY2022 wording of its day is unchanged (docs/nlrb-dates.md).
    expect(kaiser.date).toBe('2022-06-24');
    expect(kaiser.summary).toContain("(the NLRB's file dates the election 24 Jun 2022: the day of the vote, or for a mail ballot");

    // A decertification with one union on the ballot is untouched (Comcast's Oakland technicians, audit pass 36 #1).
    const oakland = r.notes.find((n) => n.election!.caseNumber === '32-RD-216634')!;
    expect(oakland.summary).toContain('was certified again, so it remained their representative');
    expect(oakland.election).toMatchObject({ decertification: 'kept' });
  });

  it('says so on the note card and in the shipped schema', () => {
    const e = { caseNumber: '21-RD-258174', votesFor: 251, votesAgainst: 0, certified: true, decertification: 'replaced' } as const;
    expect(Election.parse(e)).toMatchObject({ decertification: 'replaced' });
    expect(electionOutcome(e, en)).toBe('union replaced by another');
    expect(electionOutcome(e, es)).toBe('el sindicato fue sustituido por otro');
  });
});
