/**
 * The corrections that came out of the seventeenth truth audit (docs/audit-pass-17.md), all imported labour records
 * read against their reports: what (a Black Friday strike filed as a protest), who (job applicants Google did not
 * hire, told as its workers), where (Amazon's national strike in Italy placed in two Tuscan cities) and how many (a
 * count no report gives; a union's unit told as a one-day strike's strikers, with an end no report gives).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { caitNotes } from '../../helpers/cait';
import { importLat } from '@/data/pipeline/lat';

const CAIT = '../shared/data/cait/actions.json';
const LAT = '../shared/data/lat/labor-actions.csv';

describe('CAIT: the records corrected in pass 17', () => {
  const names: Record<string, { id: string; name: string }> = {
    amazon: { id: 'amazon', name: 'Amazon' },
    palantir: { id: 'palantir', name: 'Palantir' },
    google: { id: 'google', name: 'Google' },
  };
  const load = () => caitNotes(CAIT, names);

  it.skipIf(!existsSync(CAIT))('tells the Black Friday strike in Germany and Italy as a strike', async () => {
    const note = await load();
    const blackFriday = note('cait-72-amazon');
    expect(blackFriday.action).toBe('strike');
    expect(blackFriday.summary).toMatch(/^A strike by blue-collar workers at Amazon in Germany and Italy\./);
  });

  it.skipIf(!existsSync(CAIT))('gives no count for the Stanford students’ banner', async () => {
    const note = await load();
    const banner = note('cait-143-palantir');
    expect(banner.summary).toMatch(/^A protest directed at Palantir by students in Palo Alto, California, USA\./);
    expect(banner.summary).not.toContain('24');
    expect(banner.participants).toBeUndefined();
  });

  it.skipIf(!existsSync(CAIT))('tells the age-discrimination suit as brought by job applicants Google did not hire', async () => {
    const note = await load();
    const suit = note('cait-164-google');
    expect(suit.summary).toMatch(
      /^Legal action directed at Google by job applicants aged 40 and over whom Google did not hire involving 227 people in the USA\./,
    );
    expect(suit.summary).not.toContain('white-collar');
    expect(suit.relation).toBe('target');
  });

  it.skipIf(!existsSync(CAIT))('places Amazon’s national strike in Italy, not in two Tuscan cities', async () => {
    const note = await load();
    const strike = note('cait-425-amazon');
    expect(strike.summary).toMatch(/^A strike by blue-collar workers at Amazon in Italy\./);
    expect(strike.summary).not.toContain('Florence');
    expect(strike.summary).not.toContain('Pisa');
  });
});

describe('The tracker: the row corrected in pass 17', () => {
  it.skipIf(!existsSync(LAT))('tells the Los Angeles nurses’ one-day strike with no end day and no count', async () => {
    const r = await importLat(LAT, (n) => (/kaiser/i.test(n) ? { id: 'kaiser-permanente', name: 'Kaiser Permanente' } : undefined));
    const strike = r.notes.find((n) => n.id === 'lat-1144-kaiser-permanente')!;
    expect(strike.date).toBe('2022-06-23');
    expect(strike.endDate).toBeUndefined();
    expect(strike.summary).not.toContain('until');
    expect(strike.summary).not.toContain('1,200');
    expect(strike.participants).toBeUndefined();
  });
});
