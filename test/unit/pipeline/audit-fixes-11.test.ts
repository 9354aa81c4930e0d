/**
 * The corrections that came out of the eleventh truth audit (docs/audit-pass-11.md): CAIT's places where the
 * reports give another or none, days no report gives, an employer no report names, a record withdrawn; a tracker
 * row dated by its report; and the list of corrections itself, where a record listed twice lost an entry silently.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { byRecord, CAIT_FIXES } from '@/data/pipeline/audit-fixes';
import { importCait } from '@/data/pipeline/cait';
import { importLat } from '@/data/pipeline/lat';

const CAIT = '../shared/data/cait/actions.json';
const LAT = '../shared/data/lat/labor-actions.csv';

describe('The list of corrections', () => {
  it('refuses a record listed twice, which a Map would keep only the last of', () => {
    expect(() =>
      byRecord<number, string>([
        [286, 'a count'],
        [286, 'who acted'],
      ]),
    ).toThrow(/286 twice/);
    expect(
      byRecord<number, string>([
        [286, 'a'],
        [335, 'b'],
      ]).get(335),
    ).toBe('b');
  });

  it('keeps both corrections of CAIT 286 (pass 5’s count, pass 8’s who) in one entry', () => {
    expect(CAIT_FIXES.get(286)).toMatchObject({ workers: 330, moreThan: true, outside: true });
    expect(CAIT_FIXES.get(335)).toMatchObject({ only: ['parcast'], date: '2020-09-02' });
  });
});

describe('CAIT: the records corrected in pass 11', () => {
  it.skipIf(!existsSync(CAIT))('places, dates, counts and employers as the reports give them', async () => {
    const names: Record<string, { id: string; name: string }> = {
      ibm: { id: 'ibm', name: 'IBM' },
      microsoft: { id: 'microsoft', name: 'Microsoft' },
      parcast: { id: 'parcast', name: 'Parcast' },
      spotify: { id: 'spotify', name: 'Spotify' },
      cpl: { id: 'cpl', name: 'Cpl (CPL Resources)' },
      facebook: { id: 'meta', name: 'Facebook (now Meta)' },
      accenture: { id: 'accenture', name: 'Accenture' },
      amazon: { id: 'amazon', name: 'Amazon' },
      google: { id: 'google', name: 'Google' },
      instacart: { id: 'instacart', name: 'Instacart' },
      'bds connected solutions': { id: 'bds-connected-solutions', name: 'BDS Connected Solutions' },
      'bds solutions group': { id: 'bds-solutions-group', name: 'BDS Solutions Group' },
    };
    const r = await importCait(CAIT, (n) => names[n.toLowerCase()]);
    const note = (id: string) => r.notes.find((n) => n.id === id);

    // IBM: Speak Up! (1979): its one source, a tweet, was not returned; nothing found gives the group or the day.
    expect(r.withdrawn).toContain(1);
    expect(note('cait-1-ibm')).toBeUndefined();

    // Nadella's Q&A and the PAC campaign: no report places them; CAIT's Seattle is its geocoder's "Microsoft".
    for (const id of ['cait-128-microsoft', 'cait-149-microsoft']) {
      expect(note(id)!.summary).not.toContain('Seattle');
      expect(note(id)!.summary).toMatch(/^A protest by white-collar workers at Microsoft[ .]/);
    }
    // CAIT 266's Seattle is the letter's own (Seattle-based employees on the Seattle police): kept.
    expect(note('cait-266-microsoft')!.summary).toContain('Seattle');

    // Parcast: announced on 2 September 2020, in Los Angeles (not New York City, not 5 October).
    const parcast = note('cait-335-parcast')!;
    expect(parcast.date).toBe('2020-09-02');
    expect(parcast.summary).toContain(' at Parcast in Los Angeles, California, USA.');

    // The moderators' letter: the US and Europe, for each of the three companies' notes.
    for (const c of ['cpl', 'accenture', 'meta'])
      expect(note(`cait-361-${c}`)!.summary).toContain('involving more than 200 people in the USA and Europe (online).');

    // Amazonians for Employee Privacy: employees, October 2020 (no day), more than 200 by January.
    const petition = note('cait-419-amazon')!;
    expect(petition.date).toBe('2020-10');
    expect(petition.participants).toBeUndefined();
    expect(petition.summary).toMatch(/^An open letter by employees at Amazon involving more than 200 people\./);
    expect(petition.summary).not.toMatch(/199|blue-collar|the USA/);

    // Google Fiber's retail workers: BDS Connected Solutions' and Google's; BDS Solutions Group only named.
    expect(note('cait-528-bds-solutions-group')).toBeUndefined();
    expect(note('cait-528-bds-connected-solutions')!.summary).toContain(
      'The action also involved Google. Also named: BDS Solutions Group.',
    );
    expect(note('cait-528-google')).toBeDefined();

    // Pass 10's open items. Instacart's tip boycott: campaigned for in October 2016, called off on the 14th.
    expect(note('cait-60-instacart')!.date).toBe('2016-10');
    // IBM's pension protests: from IBM's announcement in May 1999, not on the day it was reported.
    expect(note('cait-379-ibm')!.date).toBe('1999-05');
    expect(note('cait-379-ibm')!.dateIs).toBeUndefined();
    // The ICE petition delivered with more than 500 employees' letter at Microsoft's Redmond campus: withdrawn in the
    // labour sweep of 2026-12-01, the employees' letter of 19 June told again on the day of the groups' delivery (our
    // authored note microsoft-2018-06-ice-letter tells the letter).
    expect(note('cait-397-microsoft')).toBeUndefined();

    // Beyond the sample, CAIT days on the 1st: Google's walkout of Monday 30 January 2017, at four campuses and more;
    // IBM's Black Workers Alliance, formed in August 1970.
    const walkout = note('cait-66-google')!;
    expect(walkout.date).toBe('2017-01-30');
    expect(walkout.summary).toContain('involving more than 2,000 people in Mountain View, California, USA, San Francisco');
    expect(note('cait-314-ibm')!.date).toBe('1970-08');
  });
});

describe('The tracker: the row corrected in pass 11', () => {
  it.skipIf(!existsSync(LAT))('dates the Harvard custodians’ rally by the Monday it was held, not the report', async () => {
    const harvard = { id: 'president-and-fellows-of-harvard-college', name: 'Harvard University' };
    const r = await importLat(LAT, (n) => (n === 'Harvard University' ? harvard : undefined));
    const rally = r.notes.find((n) => n.id === 'lat-4581-president-and-fellows-of-harvard-college')!;
    expect(rally.date).toBe('2025-12-08');
    expect(rally.endDate).toBeUndefined();
    expect(rally.summary).not.toContain('until');
  });
});

describe('Ownership: GA-ASI', () => {
  it('is not told as owned by General Atomics, which its sources call it an affiliate of', () => {
    const registry = JSON.parse(readFileSync('data/dataset/sources/companies.json', 'utf8')) as {
      id: string;
      parent?: { id: string };
    }[];
    const gaAsi = registry.find((c) => c.id === 'general-atomics-aeronautical')!;
    expect(gaAsi).toBeDefined();
    expect(gaAsi.parent).toBeUndefined();
  });
});
