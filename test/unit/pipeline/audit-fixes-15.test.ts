/**
 * The corrections that came out of the fifteenth truth audit (docs/audit-pass-15.md): an NLRB file's employer named in
 * its column for the union to certify (by rule, measured on the labelled rows of the 2017–2021 file); who acted (a
 * group of Samsung's sickened workers and their families, SAG-AFTRA rather than the AFL-CIO); what (a topic and an
 * issue no report speaks of); where (a nationwide sick-out).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { importCait } from '@/data/pipeline/cait';
import { importLat } from '@/data/pipeline/lat';
import { importNlrb, unionToCertify } from '@/data/pipeline/nlrb';

const CAIT = '../shared/data/cait/actions.json';
const LAT = '../shared/data/lat/labor-actions.csv';
const NLRB = '../shared/data/nlrb/nlrb-election-results-2017-01_2021-11.csv';

describe('unionToCertify: the union the file names to certify, not the employer', () => {
  it('reads a name with no union’s word, more like the case’s than the ballot’s union is, as the employer’s', () => {
    expect(
      unionToCertify('Verizon Wireless', 'Cellco Partnership dba Verizon Wireless', 'COMMUNICATION WORKERS OF AMERICA, LOCAL 1109'),
    ).toBe('COMMUNICATION WORKERS OF AMERICA, LOCAL 1109');
    // The usual row: the union to certify is the ballot's union.
    expect(unionToCertify('Teamsters Local 769', 'The Hertz Corporation', 'Teamsters Local 769')).toBe('Teamsters Local 769');
    // A union's name that shares a word with the employer's stays ("Communications", "Hotel").
    expect(
      unionToCertify(
        'Communications Workers of America, Local 3010',
        'Liberty Communications of Puerto Rico, LLC',
        'Union Insular de Trabajadores Industriales y Construcciones Electricas',
      ),
    ).toBe('Communications Workers of America, Local 3010');
    // The ballot's first union is the employer's name (the columns swapped): the union to certify stands.
    expect(
      unionToCertify('International Brotherhood of Boilermakers', 'Bardon, Inc. d/b/a Aggregate Industries', 'Aggregate Industries'),
    ).toBe('International Brotherhood of Boilermakers');
    expect(unionToCertify('', 'Safeway, Inc.', 'UFCW Local 7')).toBe('');
  });

  // Labelled by reading every row of the 2017–2021 file whose "Union To Certify" is none of its ballot's unions (35
  // rows, 34 cases): 19 hold the employer's name (some spelled otherwise: "Road Runner, Management Service Inc."),
  // 15 a union (the ballot's first column then holds the employer's name, or another union of the case).
  const EMPLOYER = [
    '01-RC-192398',
    '01-RC-272355',
    '01-RC-273064',
    '03-RC-200002',
    '03-RC-238346',
    '07-RC-226133',
    '12-RC-244554',
    '19-RC-228197',
    '19-RC-275146',
    '20-RC-192818',
    '20-RC-236382',
    '20-RC-249000',
    '22-RC-197006',
    '25-RC-244227',
    '29-RC-283645',
    '29-RD-174985',
    '31-RC-204705',
    '31-RC-208709',
    '31-RC-215140',
  ];
  const UNION = [
    '02-RC-279675',
    '04-RC-207888',
    '05-RC-242701',
    '06-RC-230122',
    '07-RD-279735',
    '08-UD-222570',
    '10-RC-242273',
    '12-RC-249214',
    '13-RC-243999',
    '19-RC-192514',
    '25-RC-226226',
    '27-RC-249350',
    '29-RC-208955',
    '32-RC-209758',
    '32-RC-211530',
  ];

  it.skipIf(!existsSync(NLRB))('on the labelled rows: 19 of 19 employers’ names read as such, no union’s name among them', () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync(NLRB, 'utf8'), { header: true, skipEmptyLines: true }).data;
    const flagged = new Set<string>();
    const kept = new Set<string>();
    for (const r of rows) {
      const certify = (r['Union To Certify'] ?? '').trim();
      if (!certify) continue;
      const read = unionToCertify(certify, r['Case Name'] ?? '', (r['Labor Organization 1 Name'] ?? '').trim());
      (read === certify ? kept : flagged).add(r['Case Number']!.trim());
    }
    // Precision and recall over the whole file: every row read as the employer's is a labelled one, and each is read.
    expect([...flagged].sort()).toEqual([...EMPLOYER].sort());
    for (const c of UNION) expect(kept.has(c)).toBe(true);
  });

  it.skipIf(!existsSync(NLRB))('names Verizon’s certified union as the ballot’s, CWA Local 1109', async () => {
    const r = await importNlrb(NLRB, (n) => (/verizon/i.test(n) ? { id: 'verizon', name: 'Verizon' } : undefined));
    const note = r.notes.find((n) => n.id === 'nlrb-29-rd-174985')!;
    expect(note.summary).toContain('the union (COMMUNICATION WORKERS OF AMERICA, LOCAL 1109) was certified');
    expect(note.summary).not.toContain('(Verizon Wireless) was certified');
  });
});

describe('CAIT: the records corrected in pass 15', () => {
  it.skipIf(!existsSync(CAIT))('tells who acted, where and over what as the reports do', async () => {
    const names: Record<string, { id: string; name: string }> = {
      samsung: { id: 'samsung', name: 'Samsung' },
      uber: { id: 'uber', name: 'Uber' },
      lyft: { id: 'lyft', name: 'Lyft' },
      doordash: { id: 'doordash', name: 'DoorDash' },
      spotify: { id: 'spotify', name: 'Spotify' },
      'gimlet media': { id: 'gimlet-media', name: 'Gimlet Media' },
      'the ringer': { id: 'the-ringer', name: 'The Ringer' },
      amazon: { id: 'amazon', name: 'Amazon' },
      whole_foods: { id: 'whole-foods', name: 'Whole Foods Market' },
    };
    const r = await importCait(CAIT, (n) => names[n.toLowerCase()]);
    const note = (id: string) => r.notes.find((n) => n.id === id)!;

    // Banolim's sit-in: sickened former workers, their families and supporters, not Samsung's workers.
    const samsung = note('cait-95-samsung');
    expect(samsung.summary).toMatch(
      /^A protest directed at Samsung by Banolim \(SHARPS\), a group representing sickened chip and display factory workers, with their families and supporters, in South Korea\./,
    );
    expect(samsung.summary).not.toContain('blue-collar');

    // The suit against Proposition 22 had nothing to do with climate change.
    const prop22 = note('cait-394-lyft');
    expect(prop22.summary).toContain('Topics: drivers and SEIU.');
    expect(prop22.summary).not.toContain('climate change');

    // The Ringer's first contract: pay, severance, diversity hiring, conditions; no unfair labour practice.
    const ringer = note('cait-415-the-ringer');
    expect(ringer.summary).toContain('Issues: pay and benefits, discrimination, working conditions and job security.');
    expect(ringer.summary).not.toContain('unfair labor practices');

    // Whole Worker's sick-out was nationwide, not in Chicago.
    const sickout = note('cait-251-whole-foods');
    expect(sickout.summary).toMatch(/^A strike by blue-collar workers at Whole Foods Market in the USA\./);
    expect(sickout.summary).not.toContain('Chicago');
  });
});

describe('The tracker: the row corrected in pass 15', () => {
  it.skipIf(!existsSync(LAT))('KUOW’s picket was SAG-AFTRA’s, not the AFL-CIO’s', async () => {
    const r = await importLat(LAT, (n) =>
      n === 'University of Washington' ? { id: 'university-of-washington', name: 'University of Washington' } : undefined,
    );
    const kuow = r.notes.find((n) => n.id === 'lat-1518-university-of-washington')!;
    expect(kuow.summary).toContain('Organized by SAG-AFTRA (KUOW’s unionized staff).');
    expect(kuow.summary).not.toContain('AFL-CIO');
  });
});
