/**
 * The rules and single-record corrections that came out of the ninth truth audit (docs/audit-pass-9.md): the
 * FY2022 NLRB file's two-union votes told one by one; CAIT's city and its province one place; a tracker row that
 * lists one of the employer's offices says so, and one naming several employers gives its places as the whole
 * action's; a count, two days and two withdrawals, record by record.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { importCait } from '@/data/pipeline/cait';
import { importLat, latListsOffice } from '@/data/pipeline/lat';
import { importNlrb } from '@/data/pipeline/nlrb';
import { caitFoldRegions, caitPlace } from '@/data/pipeline/places';

const CAIT = '../shared/data/cait/actions.json';
const LAT = '../shared/data/lat/labor-actions.csv';
const NLRB = ['../shared/data/nlrb/nlrb-election-results-2017-01_2021-11.csv', '../shared/data/nlrb/nlrb-elections-FY2022.csv'];

describe('NLRB: the FY2022 file’s two unions, and a tally dated before the ballots were mailed', () => {
  it.skipIf(!NLRB.every(existsSync))('tells each union’s votes in the fiscal-year file’s two-union section (Chenega)', async () => {
    const chenega = { id: 'chenega', name: 'Chenega' };
    const kaiser = { id: 'kaiser-permanente', name: 'Kaiser Permanente' };
    const names: Record<string, { id: string; name: string }> = {
      'Chenega Infinity, LLC': chenega,
      'Southern California Permanente Medical Group and Kaiser Foundation Hospitals': kaiser,
      'OMNIPLEX World Services Corporation': { id: 'omniplex-world-services', name: 'Omniplex World Services' },
    };
    const r = await importNlrb(NLRB, (n) => names[n]);
    const note = (c: string) => r.notes.find((n) => n.election!.caseNumber === c)!;
    expect(note('05-RC-297482').summary).toContain(
      ': 31 for International Union, Security, Police and Fire Professionals of America (SPFPA) and 13 for Law Enforcement Officers Security Unions, LEOSU-DC',
    );
    expect(note('05-RC-297482').summary).toContain('and 0 against union representation of 145 eligible');
    expect(note('05-RC-297482').summary).not.toContain('44 for');
    // The election keeps the sum; the union certified is the one with a majority of the valid votes.
    expect(note('05-RC-297482').election).toMatchObject({
      votesFor: 44,
      certified: true,
      union: 'International Union, Security, Police and Fire Professionals of America (SPFPA)',
    });
    // Kaiser's 1,223 “for” were 445 for UNAC/UHCP and 778 for NUHW, which was certified.
    expect(note('21-RC-292175').summary).toMatch(
      /: 445 for United Nurses .+ and 778 for National Union of Healthcare Workers \(NUHW\), and 10 against/,
    );
    // Omniplex's mail ballots were counted on 11 Dec 2018; the file's tally date, 11 Nov, is before they were mailed.
    expect(note('05-RC-230029')).toMatchObject({ date: '2018-12-11' });
    expect(note('05-RC-230029').summary).toContain(' at several sites voted by mail in an NLRB election');
    // The note's words say the day is the count's (docs/nlrb-dates.md).
    expect(note('05-RC-230029').summary).toContain('(counted on 11 Dec 2018)');
  });
});

describe('CAIT: a city and its province are one place', () => {
  /** Every real CAIT record that lists a region beside places of the same country, and records that must not change. */
  const LABELLED: { record: string; locations: string[]; places: string[] }[] = [
    { record: '81 DiDi, Wuxi', locations: ['wuxi-china', 'jiangsu-china'], places: ['Wuxi, Jiangsu, China'] },
    { record: '87 DiDi, Shaodong', locations: ['shaodong-china', 'hunan-china'], places: ['Shaodong, Hunan, China'] },
    { record: '88 DiDi, Hangzhou', locations: ['hangzhou-china', 'zhejiang-china'], places: ['Hangzhou, Zhejiang, China'] },
    { record: '102 DiDi, Xiamen', locations: ['xiamen-china', 'fujian-china'], places: ['Xiamen, Fujian, China'] },
    {
      record: '425 Amazon, Tuscany',
      locations: ['tuscany-italy', 'florence-italy', 'pisa-italy'],
      places: ['Florence, Tuscany, Italy', 'Pisa, Tuscany, Italy'],
    },
    {
      record: '116 Meituan and Ele.me, five cities',
      locations: ['linyi-china', 'dongguan-china', 'jinan-china'],
      places: ['Linyi, China', 'Dongguan, China', 'Jinan, China'],
    },
    { record: '424 Ele.me, two cities', locations: ['shenzhen-china', 'beijing-china'], places: ['Shenzhen, China', 'Beijing, China'] },
    { record: '72 Amazon, two countries', locations: ['germany', 'italy'], places: ['Germany', 'Italy'] },
  ];
  it('folds the region into its cities on every labelled real record, and changes nothing else', () => {
    for (const l of LABELLED) expect(caitFoldRegions(l.locations).map(caitPlace), l.record).toEqual(l.places);
  });

  it.skipIf(!existsSync(CAIT))('places DiDi’s Shaodong strike in Shaodong, Hunan', async () => {
    const r = await importCait(CAIT, (n) => (n === 'didi' ? { id: 'didi', name: 'DiDi' } : undefined));
    const note = r.notes.find((n) => n.id === 'cait-87-didi')!;
    expect(note.summary).toContain('in Shaodong, Hunan, China.');
    expect(note.summary).not.toContain('Hunan, China and');
  });
});

describe('The tracker: one of the employer’s offices, and the places of a row naming several employers', () => {
  it('finds an office listed instead of the sites in the tracker’s words, and nothing else', () => {
    for (const n of [
      'This action includes striking workers from multiple locations not listed here. We instead list the location of one of the employer’s offices.',
      "We list the address of one of the employers' local offices.",
    ])
      expect(latListsOffice(n), n).toBe(true);
    for (const n of ['We instead list one of the employer’s main locations.', 'We instead list the employer’s main address.', ''])
      expect(latListsOffice(n), n).toBe(false);
  });

  it.skipIf(!existsSync(LAT))('tells Frontier’s strike, United’s and Hilton’s as the tracker’s rows support', async () => {
    const names: Record<string, { id: string; name: string }> = {
      'Frontier Communications': { id: 'frontier', name: 'Frontier Communications' },
      'United Airlines': { id: 'united-airlines', name: 'United Airlines' },
      'Southwest Airlines': { id: 'southwest-airlines', name: 'Southwest Airlines' },
      Hilton: { id: 'hilton', name: 'Hilton' },
      Marriott: { id: 'marriott', name: 'Marriott' },
      Hertz: { id: 'hertz', name: 'Hertz' },
    };
    const r = await importLat(LAT, (n) => names[n]);
    const note = (id: string) => r.notes.find((n) => n.id === id)!;
    expect(note('lat-601-frontier').summary).toMatch(
      /^A strike by workers at Frontier Communications, at sites the tracker does not list \(it gives one of the employer's offices, in Huntington Beach, California\)\./,
    );
    expect(note('lat-601-frontier').summary).not.toContain('more places than the tracker lists');
    // One place is "this place" (words sweep, docs/words-sweep.md).
    const whole = /The tracker gives (?:these places|this place) for the whole action\./;
    expect(note('lat-1453-united-airlines').summary).toMatch(whole);
    expect(note('lat-3465-hilton').summary).toContain('The tracker gives this place for the whole action.');
    // A row naming one employer is told as before.
    expect(note('lat-3750-hertz').summary).not.toMatch(whole);
  });
});

describe('CAIT: the records corrected in pass 9', () => {
  it.skipIf(!existsSync(CAIT))('withdraws two, dates three by their reports and drops a count of those represented', async () => {
    const names: Record<string, { id: string; name: string }> = {
      amazon: { id: 'amazon', name: 'Amazon' },
      apple: { id: 'apple', name: 'Apple' },
      google: { id: 'google', name: 'Google' },
      intel: { id: 'intel', name: 'Intel' },
      uber: { id: 'uber', name: 'Uber' },
      lyft: { id: 'lyft', name: 'Lyft' },
    };
    const r = await importCait(CAIT, (n) => names[n]);
    const note = (id: string) => r.notes.find((n) => n.id === id);
    expect(note('cait-71-amazon')).toBeUndefined(); // a letter about Daemo's governance, not about Amazon
    expect(note('cait-380-intel')).toBeUndefined(); // the legal action was Intel's
    expect(note('cait-77-apple')).toMatchObject({ date: '2018-03-03' });
    expect(note('cait-209-google')).toMatchObject({ date: '2019-11-13' });
    // Beyond the sample: the caravan TechCrunch announced on 22 Aug 2019 left Los Angeles on the 26th.
    expect(note('cait-174-uber')).toMatchObject({ date: '2019-08-26' });
    const strike = note('cait-364-amazon')!;
    expect(strike.participants).toBeUndefined();
    expect(strike.summary).not.toContain('40,000');
    expect(strike.summary).toMatch(/^A strike by workers and their unions in some 15 countries, with supporters, at Amazon, worldwide\./);
  });
});

describe('Ownership: G4S is Allied Universal’s since April 2021; AMI Metals Reliance’s since April 1997', () => {
  it('dates the link by the offer becoming unconditional in all respects, with G4S’s own announcement first', () => {
    const companies = JSON.parse(readFileSync('data/dataset/sources/companies.json', 'utf8')) as {
      id: string;
      parent?: { id: string; asOf?: string; sources: { url: string }[] };
    }[];
    const g4s = companies.find((c) => c.id === 'g4s')!;
    expect(g4s.parent).toMatchObject({ id: 'allied-universal', asOf: '2021-04' });
    expect(g4s.parent!.sources[0]!.url).toBe(
      'https://www.g4s.com/investors/regulatory-announcements/2021/04/06/offer-declared-unconditional-in-all-respects-and-delisting',
    );
    // Pass 8's open item: Reliance's own history (Moving Metal) tells of the acquisition, in April 1997.
    const ami = companies.find((c) => c.id === 'ami-metals')!;
    expect(ami.parent).toMatchObject({ id: 'reliance', asOf: '1997-04' });
    expect(ami.parent!.sources[0]!.url).toBe('https://user-64jajyf.cld.bz/Moving-Metal/114');
  });
});
