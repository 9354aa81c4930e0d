/**
 * The correction that came out of the fiftieth truth audit (docs/audit-pass-50.md): who and where — CAIT 241 told the
 * coronavirus petition that Amazon's workers at its Queens delivery station (DBK1) wrote in March 2020 as an open letter
 * by Amazon's workers in France alone, with reports of the New York petition only. It is the same petition as CAIT 240,
 * which labour sweep 6 told in the USA: shown once, as 240, in the USA and France, with Transnational Social Strike's
 * report of its circulation in translation.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { importCait } from '@/data/pipeline/cait';
import { CAIT_FIXES } from '@/data/pipeline/audit-fixes';

const CAIT = '../shared/data/cait/actions.json';
const TSS = 'https://www.transnational-strike.info/2020/03/13/sign-the-petition-we-amazon-workers-demand-coronavirus-protections/';
const PETITION = 'https://medium.com/@amazoniansunitednyc/we-amazon-workers-demand-coronavirus-protections-16f28ad8b15f';

describe('CAIT: the record corrected in pass 50', () => {
  it('withdraws 241 and says why, naming the record it duplicates', () => {
    expect(CAIT_FIXES.get(241)).toMatchObject({ withdraw: true });
    expect(CAIT_FIXES.get(241)?.why).toMatch(/audit pass 50 #26/);
    expect(CAIT_FIXES.get(241)?.why).toMatch(/CAIT 240/);
    expect(CAIT_FIXES.get(240)?.why).toMatch(/Audit pass 50 #26/);
  });

  it.skipIf(!existsSync(CAIT))('shows the New York workers’ petition once, as CAIT 240, in the USA and France', async () => {
    const names: Record<string, { id: string; name: string }> = { amazon: { id: 'amazon', name: 'Amazon' } };
    const r = await importCait(CAIT, (n) => names[n.toLowerCase()]);
    const note = (id: string) => r.notes.find((n) => n.id === id);

    expect(r.withdrawn).toContain(241);
    expect(note('cait-241-amazon')).toBeUndefined();
    // No note tells the petition as French workers' letter in France alone.
    const petition = r.notes.filter((n) => n.sources.some((s) => s.url === PETITION));
    expect(petition.map((n) => n.id)).toEqual(['cait-240-amazon']);
    const n240 = note('cait-240-amazon')!;
    expect(n240.summary).toMatch(/^An open letter by blue-collar workers and white-collar workers at Amazon in the USA and France\./);
    expect(n240.date.startsWith('2020-03')).toBe(true);
    expect(n240.participants).toBeUndefined();
    expect(n240.sources.map((s) => s.url)).toContain(TSS);
    // 241's reports of DBK1's first case tell the case, not the letter: not carried over.
    expect(n240.sources.map((s) => s.url).some((u) => /cnbc\.com|theatlantic\.com/.test(u))).toBe(false);
  });
});
