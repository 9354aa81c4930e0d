/**
 * The corrections that came out of the thirteenth truth audit (docs/audit-pass-13.md): exact counts where the reports
 * give "about" or "more than", who acted (a contractor's drivers' supporters, activist groups, students, employed riders),
 * a demand told as its opposite, an organizer the reports do not name, places, report days; and the three fields they
 * needed (a CAIT record's topics, a tracker row's organizers and demands).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { importCait } from '@/data/pipeline/cait';
import { importLat, latSummary } from '@/data/pipeline/lat';

const CAIT = '../shared/data/cait/actions.json';
const LAT = '../shared/data/lat/labor-actions.csv';

describe('CAIT: the records corrected in pass 13', () => {
  it.skipIf(!existsSync(CAIT))('tells who acted, when, where and how many as the reports do', async () => {
    const names: Record<string, { id: string; name: string }> = {
      apple: { id: 'apple', name: 'Apple' },
      instacart: { id: 'instacart', name: 'Instacart' },
      netflix: { id: 'netflix', name: 'Netflix' },
      gorillas: { id: 'gorillas', name: 'Gorillas' },
      google: { id: 'google', name: 'Google' },
      amazon: { id: 'amazon', name: 'Amazon' },
      foxconn: { id: 'foxconn', name: 'Foxconn' },
      meta: { id: 'meta', name: 'Meta' },
    };
    const r = await importCait(CAIT, (n) => names[n.toLowerCase()]);
    const note = (id: string) => r.notes.find((n) => n.id === id)!;

    // Teamsters supporters of Compass's drivers, on the Wednesday before ABC7's report; Apple is the drivers' client.
    const apple = note('cait-47-apple');
    expect(apple.date).toBe('2015-02-25');
    expect(apple.relation).toBe('client');
    expect(apple.summary).toMatch(
      /^A protest by Teamsters supporters of contract workers \(Compass Transportation’s shuttle drivers\) at Apple in Cupertino, USA\./,
    );

    // "More than 100" (Bloomberg), not CAIT's 150; "about 150" on Foxconn's roof, no exact count.
    const instacart = note('cait-113-instacart');
    expect(instacart.summary).toContain('involving more than 100 people');
    expect(instacart.participants).toBeUndefined();
    const foxconn = note('cait-19-foxconn');
    expect(foxconn.summary).toContain('involving about 150 people in Wuhan, China');
    expect(foxconn.participants).toBeUndefined();

    // Activist groups' petitions, not Netflix's workers, and no "coworker solidarity".
    const netflix = note('cait-51-netflix');
    expect(netflix.summary).toMatch(/^An open letter directed at Netflix by activist groups \(UltraViolet among them\) and a customer/);
    expect(netflix.summary).not.toContain('Topics');
    expect(netflix.tags).toBeUndefined();

    // Gorillas' riders are its employees; the strikes began on 1 Oct; no count.
    const gorillas = note('cait-475-gorillas');
    expect(gorillas.date).toBe('2021-10-01');
    expect(gorillas.summary).toMatch(/^A strike by delivery riders \(employees, not contractors\) at Gorillas in Berlin, Germany\./);
    expect(gorillas.relation).toBe('employer');
    expect(gorillas.participants).toBeUndefined();
    // The same error beyond the sample: Gorillas' June strikes and works-council drive (465: the drive's assembly of
    // 3 Jun 2021, its riders and warehouse workers; labour sweep 5a).
    for (const id of ['cait-453-gorillas', 'cait-465-gorillas']) {
      expect(note(id).summary).toMatch(
        /^A (strike|collective action) by (delivery riders|riders and warehouse workers) \(employees, not contractors\)[^.]* at Gorillas/,
      );
      expect(note(id).relation).toBe('employer');
    }

    // No place for the Jewish Diaspora in Tech letter; San Fernando de Henares, not Madrid.
    expect(note('cait-439-google').summary).toMatch(/involving 250 people \(online\)\./);
    expect(note('cait-439-google').summary).not.toContain('worldwide');
    expect(note('cait-78-amazon').summary).toContain('in San Fernando de Henares, Madrid, Spain');

    // Two stations, dozens of workers of Amazonians United: no count of one station, no UNITE HERE.
    const chicago = note('cait-514-amazon');
    expect(chicago.summary).toMatch(/^A walkout by blue-collar workers at Amazon in Chicago, Illinois, USA and Cicero, Illinois, USA\./);
    expect(chicago.summary).toContain('Topics: coronavirus.');
    expect(chicago.summary).not.toMatch(/unite here/i);
    expect(chicago.tags).toEqual(['coronavirus']);
    expect(chicago.participants).toBeUndefined();

    // Meta's moderators: the reversal's day, told as the report's.
    expect((note('cait-519-meta') as { dateIs?: string }).dateIs).toBe('reported');

    // Google's interns' petition: its count and day cannot be sourced.
    expect(r.notes.some((n) => n.id.startsWith('cait-455-'))).toBe(false);
    expect(r.withdrawn).toContain(455);
  });
});

describe('The tracker: the rows corrected in pass 13', () => {
  it.skipIf(!existsSync(LAT))(
    'a demand told as the campaign’s, students beside workers, a remote strike, no disputed count, the organizer the reports name',
    async () => {
      const harvard = { id: 'president-and-fellows-of-harvard-college', name: 'Harvard University' };
      const kickstarter = { id: 'kickstarter', name: 'Kickstarter' };
      const amazon = { id: 'amazon', name: 'Amazon' };
      const r = await importLat(LAT, (n) =>
        n === 'Harvard University' ? harvard : n === 'Kickstarter' ? kickstarter : n === 'Amazon' ? amazon : undefined,
      );
      const note = (id: string) => r.notes.find((n) => n.id === id)!;

      const timeCaps = note('lat-3745-president-and-fellows-of-harvard-college');
      expect(timeCaps.summary).toMatch(/^A protest by students and academic workers at Harvard University in Cambridge, Massachusetts\./);
      expect(timeCaps.summary).toContain('Demands: an end to time caps for non-tenure-track faculty and job security.');
      expect(timeCaps.summary).not.toMatch(/include time caps/i);

      const custodians = note('lat-4505-president-and-fellows-of-harvard-college');
      expect(custodians.summary).not.toMatch(/800|people took part/);

      const remote = note('lat-4413-kickstarter');
      expect(remote.summary).toMatch(
        /^A strike by workers at Kickstarter in the USA \(a remote strike by workers across the country\), until 12 Nov 2025\./,
      );
      expect(remote.summary).not.toContain('Brooklyn');
      expect(remote.sources.map((s) => s.publisher)).toContain('Rascal');
      expect(remote.sources.at(-1)!.url).toBe('https://striketracker.ilr.cornell.edu/');

      const dck6 = note('lat-3410-amazon');
      expect(dck6.summary).toContain('Organized by Teamsters (IBT).');
      expect(dck6.summary).not.toContain('Amazon Labor Union');
    },
  );

  it.skipIf(!existsSync(LAT))('pass 12’s open item: the Frontier picket at PHL, its day told as the tracker’s', async () => {
    const frontier = { id: 'frontier-airlines', name: 'Frontier Airlines' };
    const r = await importLat(LAT, (n) => (n === 'Frontier Airlines' ? frontier : undefined));
    const phl = r.notes.find((n) => n.id === 'lat-3495-frontier-airlines')!;
    expect(phl.date).toBe('2024-11-01');
    expect(phl.summary).toMatch(
      /^A protest by workers at Frontier Airlines in Philadelphia, Pennsylvania\. The day is the tracker’s: no report found gives it\./,
    );
    // Only the row the fix names says so.
    expect(r.notes.filter((n) => n.summary.includes('The day is the tracker’s')).map((n) => n.id)).toEqual(['lat-3495-frontier-airlines']);
  });

  it('replaces the row’s organizers and demands only where a fix gives them', () => {
    const row = {
      'Start Date': '2025-03-04',
      City: 'Cambridge',
      State: 'Massachusetts',
      'Labor Organization': 'Harvard Academic Workers Union (HAWC) - UAW',
      Local: '5118',
      'Worker Demands': 'Job Security;Include time caps for non-tenure-track faculty',
    };
    const harvard = { id: 'president-and-fellows-of-harvard-college', name: 'Harvard University' };
    const plain = latSummary(row, harvard, 'Harvard University', 'protest', []);
    expect(plain).toContain('Organized by Harvard Academic Workers Union (HAWC) - UAW, Local 5118.');
    expect(plain).toContain('Demands: job security and include time caps for non-tenure-track faculty.');
    const fixed = latSummary(row, harvard, 'Harvard University', 'protest', [], {
      organizers: ['the UAW'],
      demands: ['an end to time caps'],
      why: 'test',
    });
    expect(fixed).toContain('Organized by the UAW.');
    expect(fixed).toContain('Demands: an end to time caps.');
    expect(fixed).not.toContain('5118');
  });
});
