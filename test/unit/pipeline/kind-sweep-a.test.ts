/**
 * The corrections of kind sweep A (docs/kind-sweep-a.md): three one-day Labor Action Tracker actions the tracker codes
 * “Strike” whose reports tell a walkout and never a strike — Gopuff's Philadelphia delivery drivers walking off the job
 * on 29 Oct 2021 (tracker 658; 6abc), Amazon Flex drivers' walkout at Avenel on 18 Jun 2022 (tracker 1118; WSWS,
 * Patch) and Amazon's corporate employees' lunchtime walkout in Seattle on 31 May 2023 (tracker 2048; the Seattle
 * Times, AP, CBS News). Each note now tells a walkout, as tracker 1015's and 431's do.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { importLat } from '@/data/pipeline/lat';
import { LAT_FIXES } from '@/data/pipeline/audit-fixes';
import { bundledLabourNote } from '../../helpers/bundled-notes';

const LAT = '../shared/data/lat/labor-actions.csv';

const WALKOUTS = [
  {
    record: '658',
    note: 'lat-658-gopuff',
    opening: 'A walkout by delivery drivers (independent contractors, not employees) at Gopuff in Philadelphia, Pennsylvania.',
  },
  {
    record: '1118',
    note: 'lat-1118-amazon',
    opening:
      'A walkout by Amazon Flex delivery drivers (independent contractors paid through Amazon’s app) at Amazon in Avenel, New Jersey.',
  },
  { record: '2048', note: 'lat-2048-amazon', opening: 'A walkout by workers at Amazon in Seattle, Washington.' },
] as const;

describe('Kind sweep A: one-day tracker “strikes” the reports call walkouts', () => {
  it.each(WALKOUTS)('records tracker $record as a walkout, naming the sweep', ({ record }) => {
    const fix = LAT_FIXES.get(record);
    expect(fix?.action).toBe('walkout');
    expect(fix?.why).toMatch(/kind sweep A \(#\d+/i);
  });

  it.each(WALKOUTS)('ships $note as a walkout', ({ note, opening }) => {
    const n = bundledLabourNote(note);
    expect(n.action).toBe('walkout');
    expect(n.summary.startsWith(opening)).toBe(true);
    expect(n.summary).not.toMatch(/\bstrike\b/i);
  });

  it.skipIf(!existsSync(LAT))('imports the Seattle walkout from the tracker’s row with its reports', async () => {
    const r = await importLat(LAT, (n) => (n === 'Amazon' ? { id: 'amazon', name: 'Amazon' } : undefined));
    const a = r.notes.find((n) => n.id === 'lat-2048-amazon')!;
    expect(a.action).toBe('walkout');
    expect(a.date).toBe('2023-05-31');
    expect(a.sources.map((s) => s.url)).toContain(
      'https://www.seattletimes.com/business/amazon/hundreds-of-amazon-workers-walk-out-to-protest-return-to-office-climate/',
    );
  });

  it('leaves the strikes the reports call strikes as strikes', () => {
    // Both words in the reports (walked out; strike): the note stays a strike.
    for (const id of ['lat-893-amazon', 'lat-1430-amazon', 'lat-1819-compass-group', 'lat-2060-amazon']) {
      expect(bundledLabourNote(id).action).toBe('strike');
    }
  });
});
