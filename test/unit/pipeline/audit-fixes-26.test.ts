/**
 * The correction that came out of the twenty-sixth truth audit (docs/audit-pass-26.md): who (CAIT 518 told the Google
 * Fiber Kansas City store workers' NLRB petition of January 2022 as a union drive by blue-collar workers at BDS Solutions
 * Group, and at Alphabet; they were the store's retail associates, employed by the staffing firm BDS Connected
 * Solutions). It is the same petition as CAIT 528, which audit pass 11 read and fixed: shown once, as 528, with 518's
 * Bloomberg report.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { importCait } from '@/data/pipeline/cait';

const CAIT = '../shared/data/cait/actions.json';
const BLOOMBERG = 'https://www.bloomberg.com/news/articles/2022-01-04/google-fiber-staff-seek-union-vote-contract-talks-with-alphabet';

describe('CAIT: the record corrected in pass 26', () => {
  it.skipIf(!existsSync(CAIT))('shows the Google Fiber store workers’ petition once, as CAIT 528, with both records’ reports', async () => {
    const names: Record<string, { id: string; name: string }> = {
      alphabet: { id: 'alphabet', name: 'Alphabet' },
      google: { id: 'google', name: 'Google' },
      'bds connected solutions': { id: 'bds-connected-solutions', name: 'BDS Connected Solutions' },
      'bds solutions group': { id: 'bds-solutions-group', name: 'BDS Solutions Group' },
    };
    const r = await importCait(CAIT, (n) => names[n.toLowerCase()]);
    const note = (id: string) => r.notes.find((n) => n.id === id);

    expect(r.withdrawn).toContain(518);
    expect(note('cait-518-bds-solutions-group')).toBeUndefined();
    expect(note('cait-518-alphabet')).toBeUndefined();
    // No note tells these workers as blue-collar workers, or as BDS Solutions Group's.
    const kc = r.notes.filter((n) => n.date.startsWith('2022-01') && /Kansas City/.test(n.summary));
    expect(kc.map((n) => n.id).sort()).toEqual(['cait-528-bds-connected-solutions', 'cait-528-google']);
    for (const n of kc) {
      expect(n.summary).not.toContain('blue-collar');
      expect(n.summary).toContain('Also named: BDS Solutions Group.');
      expect(n.sources.map((s) => s.url)).toContain(BLOOMBERG);
    }
    // What pass 11 made of 528 stays as it made it.
    expect(note('cait-528-bds-connected-solutions')!.summary).toMatch(
      /^A union drive by contract workers at BDS Connected Solutions in Kansas City, Missouri, USA\. The action also involved Google\./,
    );
  });
});
