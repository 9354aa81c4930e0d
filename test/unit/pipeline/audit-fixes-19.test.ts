/**
 * The corrections that came out of the nineteenth truth audit (docs/audit-pass-19.md): when (researchers' letter to
 * Amazon told in CAIT's month, not the week every report gives; a rally told on a day its report does not give),
 * where (a walkout placed at one campus that its reports also place elsewhere) and who (a union named by the
 * tracker's misspelling of its name and acronym).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { caitNotes } from '../../helpers/cait';
import { importLat } from '@/data/pipeline/lat';

const CAIT = '../shared/data/cait/actions.json';
const LAT = '../shared/data/lat/labor-actions.csv';

describe('CAIT: the record corrected in pass 19', () => {
  it.skipIf(!existsSync(CAIT))('dates the researchers’ Rekognition letter on the day it was released, with no count or place', async () => {
    const note = await caitNotes(CAIT, { amazon: { id: 'amazon', name: 'Amazon' } });
    const letter = note('cait-123-amazon');
    expect(letter.date).toBe('2019-04-03');
    expect(letter.participants).toBeUndefined();
    expect(letter.summary).toMatch(/^An open letter directed at Amazon by the public \(online\)\./);
    expect(letter.summary).not.toContain('45');
    expect(letter.summary).not.toContain('USA');
  });
});

describe('The tracker: the rows corrected in pass 19', () => {
  const load = () =>
    importLat(LAT, (n) =>
      /harvard/i.test(n)
        ? { id: 'president-and-fellows-of-harvard-college', name: 'Harvard University (President and Fellows of Harvard College)' }
        : /activision/i.test(n)
          ? { id: 'activision-blizzard', name: 'Activision Blizzard' }
          : /^boeing$/i.test(n.trim())
            ? { id: 'boeing', name: 'Boeing' }
            : undefined,
    );

  it.skipIf(!existsSync(LAT))('dates the Harvard clerical workers’ rally by its month, as its report gives no Wednesday', async () => {
    const r = await load();
    const rally = r.notes.find((n) => n.id === 'lat-1569-president-and-fellows-of-harvard-college')!;
    expect(rally.date).toBe('2022-10');
    expect(rally.endDate).toBeUndefined();
  });

  it.skipIf(!existsSync(LAT))('says Activision Blizzard’s walkout took place in more places than Irvine', async () => {
    const r = await load();
    const walkout = r.notes.find((n) => n.id === 'lat-704-activision-blizzard')!;
    expect(walkout.date).toBe('2021-11-16');
    expect(walkout.summary).toContain(' in Irvine, California. It took place in more places than the tracker lists.');
  });

  it.skipIf(!existsSync(LAT))('names Boeing’s firefighters’ union by its own name', async () => {
    const r = await load();
    const picket = r.notes.find((n) => n.id === 'lat-3047-boeing')!;
    expect(picket.summary).toContain('Organized by International Association of Fire Fighters (IAFF), Local I-66.');
    expect(picket.summary).not.toContain('(IAF)');
  });
});
