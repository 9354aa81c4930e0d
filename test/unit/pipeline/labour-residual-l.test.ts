/**
 * Labour residual L (docs/labour-residual-l.md): the even positions 402–500 of seed 1302's draw of imported labour
 * notes, read as shipped. Its one error, the tracker's: Activision Blizzard's one-day walkout of 28 July 2021 at the
 * Irvine campus told as a strike, where every report returned (Wired, The Verge, PCGamesN) and the addresses of the
 * row's own links tell a walkout and none a strike (tracker 431; fixed by record, as audit pass 32 fixed tracker 1015).
 */
import { describe, expect, it } from 'vitest';
import { bundledLabourNote as note } from '../../helpers/bundled-notes';

describe('the residual sample L', () => {
  it("tells Activision Blizzard's Irvine walkout of 28 July 2021 as a walkout, not a strike (tracker 431)", () => {
    const walkout = note('lat-431-activision-blizzard');
    expect(walkout.action).toBe('walkout');
    expect(walkout.summary).toMatch(/^A walkout by workers at Activision Blizzard in Irvine, California\./);
    expect(walkout.summary).not.toMatch(/strike/i);
    // What the reports bear out stays as it was: the day, one day only, and the tracker's count told as its estimate.
    expect(walkout.date).toBe('2021-07-28');
    expect(walkout.endDate).toBeUndefined();
    expect(walkout.summary).toContain('The tracker estimates that about 200 people took part.');
  });
});
