/**
 * The corrections that came out of the eighteenth truth audit (docs/audit-pass-18.md): who (a contractor named by the
 * name it took in a merger a year later), where (a union drive across Silicon Valley's campuses placed in San Jose
 * alone), what was demanded (a demand no report of Harvard's custodians' rally names), how many (the tracker's count of
 * those who sat in the road, told as the protest's) and an authored note's figure (Palantir's first ICE award, given
 * otherwise than its cited report).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { caitNotes } from '../../helpers/cait';
import { importLat } from '@/data/pipeline/lat';

const CAIT = '../shared/data/cait/actions.json';
const LAT = '../shared/data/lat/labor-actions.csv';

describe('CAIT: the record corrected in pass 18', () => {
  it.skipIf(!existsSync(CAIT))('places the security officers’ union drive in California, not in San Jose alone', async () => {
    const note = await caitNotes(CAIT, { facebook: { id: 'meta', name: 'Meta' } });
    const drive = note('cait-65-meta');
    expect(drive.date).toBe('2017-01-28');
    expect(drive.summary).toContain(' in California, USA.');
    expect(drive.summary).not.toContain('San Jose');
  });
});

describe('Former names: the contractor named in pass 18', () => {
  it.skipIf(!existsSync(CAIT))('names Broadcom’s 2015 guard contractor as it was then, Universal Protection Service', async () => {
    const note = await caitNotes(CAIT, {
      broadcom: { id: 'broadcom', name: 'Broadcom' },
      'universal protection service': { id: 'allied-universal', name: 'Allied Universal' },
    });
    expect(note('cait-48-broadcom').summary).toContain('The action also involved Universal Protection Service (now Allied Universal).');
    expect(note('cait-48-allied-universal').summary).toMatch(
      /^A protest by contract workers at Universal Protection Service \(now Allied Universal\) in Santa Clara/,
    );
  });
});

describe('The tracker: the rows corrected in pass 18', () => {
  const load = () =>
    importLat(LAT, (n) =>
      /harvard/i.test(n)
        ? { id: 'president-and-fellows-of-harvard-college', name: 'Harvard University (President and Fellows of Harvard College)' }
        : /kaiser/i.test(n)
          ? { id: 'kaiser-permanente', name: 'Kaiser Permanente' }
          : undefined,
    );

  it.skipIf(!existsSync(LAT))('gives Harvard’s custodians’ demands without one no report names', async () => {
    const r = await load();
    const rally = r.notes.find((n) => n.id === 'lat-4406-president-and-fellows-of-harvard-college')!;
    expect(rally.summary).not.toContain('racial justice');
    expect(rally.summary).toContain('Demands: pay, healthcare, protection for immigrant workers and retirement benefits.');
  });

  it.skipIf(!existsSync(LAT))('gives no count for the Kaiser street protest the tracker counts by its sit-in', async () => {
    const r = await load();
    const protest = r.notes.find((n) => n.id === 'lat-3700-kaiser-permanente')!;
    expect(protest.date).toBe('2025-02-07');
    expect(protest.summary).not.toContain('15 people');
    expect(protest.participants).toBeUndefined();
  });
});

describe('The authored note corrected in pass 18', () => {
  it('gives Palantir’s first ICE award as its cited report does', () => {
    const notes = JSON.parse(readFileSync('data/dataset/sources/notes.json', 'utf8')) as { id: string; summary: string }[];
    const ice = notes.find((n) => n.id === 'palantir-ice')!;
    expect(ice.summary).toContain('the first award was reported at about $42 million');
  });
});
