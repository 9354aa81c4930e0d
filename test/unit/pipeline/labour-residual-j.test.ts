/**
 * Labour residual J (docs/labour-residual-j.md): the even positions 302–400 of seed 1302's draw of imported labour
 * notes, read as shipped. Its errors, all the tracker's: the service workers' march at Meta's Menlo Park campus dated a
 * day late (19 Aug 2022, a Friday, where the Almanac's own "Thursday" and MarketWatch's report of 18 Aug give Thursday
 * 18 Aug) and told as Canon Business's workers where the reports name cafeteria workers, janitors and shuttle drivers of
 * Meta's several contractors (1423; audit pass 31 fixed it the same way while this was read); Dollar General's walkout
 * of 2 May 2022 told as a strike (1015; fixed by audit pass 32); the airport workers' rally of 6 June 2024 showing an
 * "also named" body "The Port Authority of New York American Airlines", two names the tracker's employer cell runs
 * together (3126; this doc's fix).
 */
import { describe, expect, it } from 'vitest';
import { bundledLabourNote as note } from '../../helpers/bundled-notes';

describe('the residual sample J', () => {
  it("dates the service workers' march at Meta to Thursday 18 August 2022 and tells them as its contractors' (tracker 1423)", () => {
    const meta = note('lat-1423-meta');
    expect(meta.date).toBe('2022-08-18');
    expect(meta.endDate).toBeUndefined();
    expect(meta.relation).toBe('client');
    expect(meta.summary).toMatch(
      /^A protest by service workers of Meta’s contractors \(cafeteria workers, janitors and shuttle drivers among them\) at Meta \(listed as “Meta - Canon Business”\) in Menlo Park, California\./,
    );
    expect(meta.summary).not.toContain('workers of Canon Business');
  });

  it('names the Port Authority and American Airlines apart among the employers the row names (tracker 3126)', () => {
    const frontier = note('lat-3126-frontier-airlines');
    expect(frontier.alsoNamed).toEqual(['the Port Authority of New York and New Jersey', 'American Airlines', 'Delta Air Lines']);
    expect(frontier.summary).toContain('Also named: the Port Authority of New York and New Jersey, American Airlines and Delta Air Lines.');
    expect(frontier.summary).not.toContain('New York American Airlines');
    // What the multi-employer read fixed stays as it made it.
    expect(frontier.relation).toBe('client');
    expect(frontier.summary).toMatch(/^A protest by airport service workers employed by contractors at Frontier Airlines/);
    expect(frontier.date).toBe('2024-06-06');
  });
});
