/**
 * The items audit pass 7 left open (docs/audit-pass-7-open-items.md), each measured across the bundle and settled
 * on the real inputs: CAIT 157, still unread, withdrawn.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { CAIT_FIXES } from '@/data/pipeline/audit-fixes';
import { importCait } from '@/data/pipeline/cait';

const CAIT = '../shared/data/cait/actions.json';

describe('item 1: CAIT 157 (#NiUnRepartidorMenos), still unverifiable', () => {
  it('is withdrawn, with the searches tried', () => {
    expect(CAIT_FIXES.get(157)).toMatchObject({ withdraw: true });
    expect(CAIT_FIXES.get(157)?.why).toMatch(/none gives an action on 13 July 2019 or 20,000 people/);
  });

  it.skipIf(!existsSync(CAIT))('leaves all four of its notes out of the real import', async () => {
    const names: Record<string, { id: string; name: string }> = {
      uber: { id: 'uber', name: 'Uber' },
      rappi: { id: 'rappi', name: 'Rappi' },
      glovo: { id: 'glovo', name: 'Glovo' },
      didi_food: { id: 'didi', name: 'DiDi' },
    };
    const r = await importCait(CAIT, (n) => names[n]);
    expect(r.withdrawn).toContain(157);
    expect(r.notes.filter((n) => n.id.startsWith('cait-157-'))).toEqual([]);
  });
});
