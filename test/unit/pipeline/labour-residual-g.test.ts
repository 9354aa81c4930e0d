/**
 * Labour residual G (docs/labour-residual-g.md): the odd positions 201–299 of seed 1302's draw of imported labour
 * notes, read as shipped. Its three errors, all the tracker's: Gopuff's Philadelphia delivery partners, independent
 * contractors, told as its own workers (658; 6abc, Axios); a night-shift walkout at Amazon's Riverside delivery station
 * told as a strike (4532; the Teamsters' release, the Press-Enterprise); the UAW named as organizer of a picket at
 * Deere's headquarters it did not sanction (542; WQAD).
 */
import { describe, expect, it } from 'vitest';
import { bundledLabourNote as note } from '../../helpers/bundled-notes';

describe('the residual sample G', () => {
  it("tells Gopuff's Philadelphia delivery partners as independent contractors on its platform (tracker 658)", () => {
    const gopuff = note('lat-658-gopuff');
    expect(gopuff.relation).toBe('platform');
    // A walkout since kind sweep A (docs/kind-sweep-a.md #3): no report calls the 29 Oct action a strike.
    expect(gopuff.summary).toMatch(
      /^A walkout by delivery drivers \(independent contractors, not employees\) at Gopuff in Philadelphia, Pennsylvania\./,
    );
    expect(gopuff.date).toBe('2021-10-29');
  });

  it("tells the Riverside night shift's action of 16 December 2025 as a walkout, not a strike (tracker 4532)", () => {
    const riverside = note('lat-4532-amazon');
    expect(riverside.action).toBe('walkout');
    expect(riverside.summary).toMatch(/^A walkout by workers at Amazon in Riverside, California\./);
    expect(riverside.summary).not.toMatch(/\bstrike\b/i);
    // What audit pass 5 fixed stays as it made it.
    expect(riverside.date).toBe('2025-12-16');
  });

  it('does not name the UAW as organizer of the Moline picket it did not sanction (tracker 542)', () => {
    const deere = note('lat-542-deere-and-company');
    expect(deere.summary).not.toContain('Organized by');
    expect(deere.summary).toContain('who belong to the UAW (the union did not sanction the picket)');
    expect(deere.relation).toBe('employer');
    expect(deere.date).toBe('2021-09-14');
  });
});
