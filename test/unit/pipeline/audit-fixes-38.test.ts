/**
 * The corrections that came out of the thirty-eighth truth audit (docs/audit-pass-38.md):
 * - who: an authored note named Mijente among the co-sponsors of Close the Camps NYC's march and sit-in at Thomson
 *   Reuters (16 Feb 2020), which no source gives;
 * - when: Electric Boat's UAW Local 571 rally (tracker 3864) told on the tracker's 10 Apr 2025, where the reports give
 *   Monday 14 April 2025.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { importLat } from '@/data/pipeline/lat';
import { LAT_FIXES } from '@/data/pipeline/audit-fixes';

type Note = { id: string; date: string; summary: string; sources: { url: string }[] };

const LAT = '../shared/data/lat/labor-actions.csv';

describe('The authored note corrected in pass 38', () => {
  it('tells Close the Camps NYC’s march and sit-in at Thomson Reuters without a co-sponsor no source names', () => {
    const notes = JSON.parse(readFileSync('data/dataset/sources/notes.json', 'utf8')) as Note[];
    const tr = notes.find((n) => n.id === 'thomson-reuters-2020-02-16-protest')!;
    expect(tr.summary).not.toContain('Mijente');
    expect(tr.summary).toContain('Hundreds of protesters led by Close the Camps NYC marched');
    expect(tr.summary).toContain('staged a sit-in');
    expect(tr.date).toBe('2020-02-16');
    expect(tr.sources.map((s) => s.url)).toEqual(
      expect.arrayContaining([
        'https://closethecampsny.medium.com/protestors-demand-thomson-reuters-stop-profiteering-from-concentration-camps-immigrant-raids-and-62511bf3eeb6',
        'https://nwu.org/close-the-camps/',
      ]),
    );
  });
});

describe('The tracker: the row corrected in pass 38', () => {
  it('records why', () => {
    expect(LAT_FIXES.get('3864')).toMatchObject({ date: '2025-04-14', endDate: null });
    expect(LAT_FIXES.get('3864')?.why).toMatch(/audit pass 38 #27/);
  });

  it.skipIf(!existsSync(LAT))('dates the Electric Boat rally 14 April 2025, with the report that gives the day', async () => {
    const r = await importLat(LAT, (n) =>
      n === 'Electric Boat - General Dynamics' ? { id: 'electric-boat', name: 'General Dynamics Electric Boat' } : undefined,
    );
    const eb = r.notes.find((n) => n.id === 'lat-3864-electric-boat')!;
    expect(eb.date).toBe('2025-04-14');
    expect(eb.summary).toMatch(/^A protest by workers at General Dynamics Electric Boat .* in Groton, Connecticut\./);
    expect(eb.summary).not.toContain('until');
    expect(eb.summary).toContain('Demands: pay and retirement benefits.');
    expect(eb.sources.map((s) => s.url)).toContain(
      'https://peoplesworld.org/article/connecticut-shipbuilders-prepare-to-strike-at-midnight-may-18',
    );
  });
});
