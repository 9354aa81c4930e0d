/**
 * Audit pass 40 (docs/audit-pass-40.md): seed 1236's sample, read as shipped at fe55910. Its one error, the tracker's:
 * Activision Blizzard's one-day walkout of 21 July 2022 in Texas, California, New York and Minnesota told as a strike,
 * where every report returned (the Washington Post, Ars Technica, Kotaku, GameDaily, A Better ABK's call) tells a
 * walkout and none a strike (tracker 1236; fixed by record, as labour residual L fixed tracker 431 and audit pass 32
 * tracker 1015).
 */
import { describe, expect, it } from 'vitest';
import { bundledLabourNote as note } from '../../helpers/bundled-notes';

describe('audit pass 40', () => {
  it("tells Activision Blizzard's walkout of 21 July 2022 as a walkout, not a strike (tracker 1236)", () => {
    const walkout = note('lat-1236-activision-blizzard');
    expect(walkout.action).toBe('walkout');
    expect(walkout.summary).toMatch(/^A walkout by workers at Activision Blizzard in Texas, California, New York and Minnesota\./);
    expect(walkout.summary).not.toMatch(/strike/i);
    // What the reports bear out stays as it was: the day, one day only, the tracker's count told as its estimate,
    // the organizers and the demands.
    expect(walkout.date).toBe('2022-07-21');
    expect(walkout.endDate).toBeUndefined();
    expect(walkout.summary).toContain('The tracker estimates that about 450 people took part.');
    expect(walkout.summary).toContain('Organized by ABK Workers Alliance and CWA.');
    expect(walkout.summary).toContain('relocation assistance to workers looking to move from states with discriminatory');
  });
});
