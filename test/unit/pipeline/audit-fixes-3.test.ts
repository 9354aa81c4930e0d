/**
 * The rule and single-record corrections that came out of the 2026-12-01 truth audit
 * (docs/audit-pass-3.md): a tracker action its notes say took place in more places than it lists is
 * told so, and the new kinds of correction (a date, places, a count or an end date the reports give
 * instead) are applied by both importers.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCait, type CaitAction } from '@/data/pipeline/cait';
import { importLat, LAT_COLUMNS, latListsSomePlaces, latSummary } from '@/data/pipeline/lat';
import { CAIT_FIXES, LAT_FIXES } from '@/data/pipeline/audit-fixes';
import { latLine } from '../../helpers/lat';

const row = (over: Record<string, string>) => ({
  ID: '9',
  'Labor Organization': 'United Airlines Pilots - ALPA',
  Local: '',
  City: 'Cleveland;Houston;Chicago',
  State: 'Ohio;Texas;Illinois',
  'Number of Locations': '3',
  'Approximate Number of Participants': '',
  'Start Date': '2023-05-12',
  'End Date': '2023-05-12',
  'Worker Demands': 'Pay;Scheduling',
  ...over,
});
const united = { id: 'united', name: 'United Airlines' };

describe('Labor Action Tracker: places beyond those listed', () => {
  it('reads the tracker’s notes for actions it lists only some places of', () => {
    // Real notes from the tracker (IDs 1987, 3799, 2197, 4669).
    expect(
      latListsSomePlaces(
        'This protest was part of nationwide day of action that took place at 10 airports. We list 3 picket locations here.',
      ),
    ).toBe(true);
    expect(
      latListsSomePlaces('This is a multi-location protest. We list three locations here. This is part of a national Day of Action.'),
    ).toBe(true);
    expect(
      latListsSomePlaces(
        "This strike involves workers from multiple locations not listed here. We instead list the employer's main address.",
      ),
    ).toBe(true);
    expect(
      latListsSomePlaces(
        'This strike occurred at 14 schools across the Dublin Unified School District. We have instead listed the location as the district headquarters.',
      ),
    ).toBe(true);
    // Not about places, or every place is listed (IDs 2450, 284, 2503, 2275, 4308).
    expect(
      latListsSomePlaces(
        'Each day, the number of workers calling out varied - we list the largest number of workers who called out on one day.',
      ),
    ).toBe(false);
    expect(
      latListsSomePlaces(
        'The end date represents the date the last store re-opened. Workers at several locations here stopped striking before the end date listed.',
      ),
    ).toBe(false);
    expect(latListsSomePlaces('This is a multi location protest that took place at 3 locations, all 3 are listed here.')).toBe(false);
    expect(latListsSomePlaces('This is a multi location protest that happened at 2 locations. We list both locations here.')).toBe(false);
    expect(latListsSomePlaces('This protest is part of a nationwide AFL-CIO “It’s better in a Union” bus tour rally.')).toBe(false);
    expect(latListsSomePlaces('')).toBe(false);
  });

  it('says the action took place in more places than the tracker lists, where its notes say so', () => {
    const notes = 'This protest was part of nationwide day of action that took place at 10 airports. We list 3 picket locations here.';
    expect(latSummary(row({ Notes: notes }), united, 'United Airlines', 'protest', [])).toBe(
      'A protest by workers at United Airlines in Ohio, Texas and Illinois. It took place in more places than the tracker lists. Organized by United Airlines Pilots - ALPA. Demands: pay and scheduling. Recorded by the Labor Action Tracker (Kallas, Iyer & Friedman).',
    );
    expect(latSummary(row({}), united, 'United Airlines', 'protest', [])).not.toContain('more places');
    // Where the tracker counted more locations than it lists, "at N locations" already says it.
    expect(latSummary(row({ Notes: notes, 'Number of Locations': '10' }), united, 'United Airlines', 'protest', [])).not.toContain(
      'more places',
    );
  });
});

describe('corrections found by audit pass 3', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tieline-fixes3-'));
  const action = (over: Partial<CaitAction>): CaitAction => ({
    id: 1,
    date: '2020/03/19',
    sources: ['https://example.org/report'],
    actions: ['strike', 'protest'],
    companies: ['uber'],
    employment_types: ['gig workers'],
    locations: ['europe'],
    online: null,
    workers: null,
    tags: null,
    ...over,
  });
  const resolve = (name: string) =>
    ({ uber: { id: 'uber', name: 'Uber' }, amazon: { id: 'amazon', name: 'Amazon' }, foodpanda: { id: 'foodpanda', name: 'foodpanda' } })[
      name
    ];

  it('CAIT: the date, places, kind and count the reports give replace CAIT’s', async () => {
    expect(CAIT_FIXES.get(245)?.locations).toEqual(['california-usa']);
    const file = join(dir, 'cait.json');
    writeFileSync(
      file,
      JSON.stringify([
        action({ id: 245 }),
        action({ id: 27, date: '2013/05/19', companies: ['amazon'], actions: ['strike'], locations: ['bad hersfeld-germany'] }),
        action({ id: 460, date: '2021/07/15', companies: ['foodpanda'], workers: 7, locations: ['hong kong-china'] }),
        action({ id: 9999 }),
      ]),
    );
    const r = await importCait(file, resolve);
    const byId = new Map(r.notes.map((n) => [n.id, n]));
    const uber = byId.get('cait-245-uber')!;
    expect(uber.action).toBe('protest');
    expect(uber.summary).toMatch(/^A protest by gig workers at Uber in California, USA\./);
    expect(byId.get('cait-9999-uber')!.summary).toMatch(/ in Europe\./);
    expect(byId.get('cait-27-amazon')!.date).toBe('2013-05-14');
    expect(byId.get('cait-460-foodpanda')!.participants).toBeUndefined();
    expect(byId.get('cait-460-foodpanda')!.summary).not.toContain('7 people');
    expect(r.corrected).toEqual([245, 27, 460]);
  });

  it('Labor Action Tracker: a count and an end date the reports give replace the tracker’s', async () => {
    expect(LAT_FIXES.get('3573')?.workers).toBe(250);
    const header = LAT_COLUMNS.join(',');
    const line = (id: string) =>
      latLine({
        ID: id,
        Employer: 'Hyatt',
        'Start Date': '2024-09-22',
        'End Date': '2024-12-22',
        'Strike or Protest': 'Strike',
        City: 'San Francisco',
        State: 'California',
        Source: 'https://example.org/r',
        'Approximate Number of Participants': '256',
      });
    const file = join(dir, 'lat.csv');
    writeFileSync(file, [header, line('3573'), line('3463'), line('3173')].join('\n') + '\n');
    const r = await importLat(file, (n) => (n === 'Hyatt' ? { id: 'hyatt', name: 'Hyatt' } : undefined));
    const byId = new Map(r.notes.map((n) => [n.id, n]));
    const fixed = byId.get('lat-3573-hyatt')!;
    expect(fixed.endDate).toBe('2024-12-21');
    // The reports' count is stated as theirs; the tracker's own stays its estimate (audit 2026-12-02).
    expect(fixed.summary).toContain('until 21 Dec 2024. About 250 people took part.');
    // A record whose count a reader checked (3463, lat-counts.ts) keeps the tracker's; an unchecked one is left out.
    expect(byId.get('lat-3463-hyatt')!.summary).toContain('until 22 Dec 2024. The tracker estimates that about 256 people took part.');
    expect(byId.has('lat-3173-hyatt')).toBe(false);
    expect(r.withdrawn).toEqual(['3173']);
  });
});
