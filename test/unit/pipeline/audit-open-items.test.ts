/**
 * The two records audit pass 6 could not verify, tried once more (docs/audit-pass-6-open-items.md, item 3): the
 * tracker's DoorDash protest of 23 April 2025 is still unsourced and is withdrawn; CAIT's foodpanda protest of 15
 * July 2021 was found in its publisher's own index and is kept, as the protest it was.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { CAIT_FIXES, LAT_FIXES } from '@/data/pipeline/audit-fixes';
import { importCait } from '@/data/pipeline/cait';
import { importLat } from '@/data/pipeline/lat';

const LAT = '../shared/data/lat/labor-actions.csv';
const CAIT = '../shared/data/cait/actions.json';

describe('audit pass 6: the two unverifiable records', () => {
  it('records why each was withdrawn or kept', () => {
    expect(LAT_FIXES.get('3895')).toMatchObject({ withdraw: true });
    expect(LAT_FIXES.get('3895')?.why).toMatch(/no report of a protest at DoorDash in New York on 23 April 2025/);
    expect(CAIT_FIXES.get(460)).toMatchObject({ action: 'protest', workers: null });
    expect(CAIT_FIXES.get(460)?.why).toMatch(/China Labour Bulletin’s food-delivery index/);
  });

  it.skipIf(!existsSync(LAT) || !existsSync(CAIT))('leaves the DoorDash protest out and keeps foodpanda’s', async () => {
    const lat = await importLat(LAT, (n) => (n === 'DoorDash' ? { id: 'doordash', name: 'DoorDash' } : undefined));
    expect(lat.withdrawn).toContain('3895');
    expect(lat.notes.some((n) => n.id === 'lat-3895-doordash')).toBe(false);
    const cait = await importCait(CAIT, (n) => (n === 'foodpanda' ? { id: 'foodpanda', name: 'foodpanda' } : undefined));
    const note = cait.notes.find((n) => n.id === 'cait-460-foodpanda')!;
    expect(note.action).toBe('protest');
    expect(note.summary).toMatch(/^A protest by gig workers at foodpanda in Hong Kong/);
  });
});
