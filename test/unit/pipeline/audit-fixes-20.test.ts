/**
 * The corrections that came out of the twentieth truth audit (docs/audit-pass-20.md): how many (Mechanical Turk
 * workers' letters to Jeff Bezos told as by hundreds, where the reports give dozens of writers) and when (an authored
 * note starting Barnard Construction's border work for CBP with its Arizona contract of November 2018, where CBP had
 * awarded it the Santa Teresa replacement in January 2018).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { caitNotes } from '../../helpers/cait';

const CAIT = '../shared/data/cait/actions.json';

describe('CAIT: the record corrected in pass 20', () => {
  it.skipIf(!existsSync(CAIT))('tells the Mechanical Turk workers’ letters to Bezos with no count', async () => {
    const note = await caitNotes(CAIT, { amazon: { id: 'amazon', name: 'Amazon' } });
    const letters = note('cait-44-amazon');
    expect(letters.participants).toBeUndefined();
    expect(letters.summary).toMatch(/^An open letter by gig workers at Amazon \(online\)\./);
    expect(letters.summary).not.toContain('hundreds');
  });
});

describe('The authored note corrected in pass 20', () => {
  it('starts Barnard’s border work for CBP with the Santa Teresa award of January 2018, citing its reports', () => {
    const notes = JSON.parse(readFileSync('data/dataset/sources/notes.json', 'utf8')) as {
      id: string;
      date: string;
      summary: string;
      sources: { url: string }[];
    }[];
    const barnard = notes.find((n) => n.id === 'barnard-construction-border-barrier')!;
    expect(barnard.date).toBe('2018-01');
    expect(barnard.summary).toContain('since January 2018, when CBP awarded it about $73 million');
    expect(barnard.summary).toContain('Santa Teresa port of entry in New Mexico');
    expect(barnard.summary).not.toContain('starting with');
    expect(barnard.sources.map((s) => s.url)).toContain('https://cegltd.com/agency-awards-73m-contract-for-us-border-wall-work/39243');
  });
});
