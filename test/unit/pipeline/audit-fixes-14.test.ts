/**
 * The corrections that came out of the fourteenth truth audit (docs/audit-pass-14.md): who acted (Etsy's sellers, a
 * union's caucus), what (an owner's ultimatum told as the workers' demands, riders' safety told as job security), where
 * (Raven's Wisconsin strike, an eleven-city drivers' strike, resignations worldwide), a placeholder day withdrawn; and the
 * field one of them needed (a CAIT record's issues).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCait } from '@/data/pipeline/cait';
import { importLat } from '@/data/pipeline/lat';

const CAIT = '../shared/data/cait/actions.json';
const LAT = '../shared/data/lat/labor-actions.csv';

describe('CAIT: the records corrected in pass 14', () => {
  it.skipIf(!existsSync(CAIT))('tells who acted, where and over what as the reports do', async () => {
    const names: Record<string, { id: string; name: string }> = {
      etsy: { id: 'etsy', name: 'Etsy' },
      uber: { id: 'uber', name: 'Uber' },
      lyft: { id: 'lyft', name: 'Lyft' },
      deliveroo: { id: 'deliveroo', name: 'Deliveroo' },
      meituan: { id: 'meituan', name: 'Meituan' },
      'ele.me': { id: 'ele-me', name: 'Ele.me' },
      'sf express': { id: 'sf-express', name: 'SF Express' },
    };
    const r = await importCait(CAIT, (n) => names[n.toLowerCase()]);
    const note = (id: string) => r.notes.find((n) => n.id === id)!;

    // Etsy's sellers are not its contract or gig workers; the day stays the strike's first (issue 9's fix).
    const etsy = note('cait-548-etsy');
    expect(etsy.summary).toMatch(/^A strike by independent sellers \(shops on the marketplace, not Etsy staff\) at Etsy/);
    expect(etsy.summary).not.toMatch(/contract workers|gig workers/);
    expect(etsy.date).toBe('2022-04-11');

    // Eleven cities, not Los Angeles alone.
    const drivers = note('cait-457-uber');
    expect(drivers.summary).toMatch(
      /in Los Angeles, California, USA, San Francisco, California, USA and San Diego, California, USA and elsewhere\./,
    );

    // The riders' "security" was their safety from theft and assault.
    const dublin = note('cait-409-deliveroo');
    expect(dublin.summary).toContain('Issues: pay and benefits and safety.');
    expect(dublin.summary).not.toContain('job security');

    // The Knights League: CAIT's 31 December is a year's last day, and no day or year can be sourced.
    expect(r.notes.some((n) => n.id.startsWith('cait-542-'))).toBe(false);
    expect(r.withdrawn).toContain(542);
  });

  it('replaces a record’s issues where a fix gives them, before anything is composed', async () => {
    // A record of its own under CAIT 409's id (the fix is keyed by id), beside one no fix names.
    const record = (id: number) => ({
      id,
      date: '2021/01/22',
      actions: ['strike'],
      struggles: ['pay and benefits', 'job security'],
      employment_types: ['gig workers'],
      locations: ['dublin-ireland'],
      companies: ['deliveroo'],
      sources: [
        'https://www.irishtimes.com/news/ireland/irish-news/deliveroo-riders-across-dublin-strike-over-working-conditions-1.4465621',
      ],
    });
    const dir = mkdtempSync(join(tmpdir(), 'cait-'));
    const file = join(dir, 'actions.json');
    writeFileSync(file, JSON.stringify([record(409), record(999_999)]));
    const r = await importCait(file, (n) => (n === 'deliveroo' ? { id: 'deliveroo', name: 'Deliveroo' } : undefined));
    const summary = (id: number) => r.notes.find((n) => n.id === `cait-${id}-deliveroo`)!.summary;
    expect(summary(409)).toContain('Issues: pay and benefits and safety.');
    expect(summary(999_999)).toContain('Issues: pay and benefits and job security.');
  });
});

describe('The tracker: the rows corrected in pass 14', () => {
  it.skipIf(!existsSync(LAT))(
    'an ultimatum is not the workers’ demand, Raven struck in Wisconsin, a caucus organized JFK8’s walkout',
    async () => {
      const companies: Record<string, { id: string; name: string }> = {
        Twitter: { id: 'twitter', name: 'Twitter' },
        'Raven Software - Activision Blizzard': { id: 'raven-software', name: 'Raven Software' },
        Amazon: { id: 'amazon', name: 'Amazon' },
      };
      const r = await importLat(LAT, (n) => companies[n]);
      const note = (id: string) => r.notes.find((n) => n.id === id)!;

      const resignations = note('lat-1615-twitter');
      expect(resignations.summary).toMatch(
        /^A mass resignation by workers at Twitter \(now X\) in San Francisco, California, and elsewhere \(on at least four continents\), rather than accept Elon Musk’s demand of “long hours at high intensity”\./,
      );
      expect(resignations.action).toBe('resignation');
      expect(resignations.summary).not.toContain('Demands');
      expect(resignations.summary).toContain('about 1,200 people took part');

      const raven = note('lat-748-raven-software');
      expect(raven.summary).toContain(
        'in Middleton, Wisconsin, joined by QA workers of other Activision Blizzard studios in Texas, Minnesota and California, until 22 Jan 2022.',
      );

      const jfk8 = note('lat-2426-amazon');
      expect(jfk8.summary).toContain('Organized by the Amazon Labor Union’s Democratic Reform Caucus.');
      expect(jfk8.summary).not.toContain('Organized by Amazon Labor Union (ALU).');
    },
  );
});

describe('Authored: the note corrected in pass 14', () => {
  it('dates Paragon’s reactivated ICE contract to late August, when the stop-work order was lifted', () => {
    const notes = JSON.parse(readFileSync('data/dataset/sources/notes.json', 'utf8')) as { id: string; date?: string; summary: string }[];
    const paragon = notes.find((n) => n.id === 'paragon-solutions-2025-ice-spyware-contract')!;
    expect(paragon.date).toBe('2025-08');
    expect(paragon.summary).toContain('late August 2025');
  });
});
