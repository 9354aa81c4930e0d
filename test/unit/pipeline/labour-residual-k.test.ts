/**
 * Labour residual K (docs/labour-residual-k.md): the odd positions 401–499 of seed 1302's draw of imported labour
 * notes, read as shipped. Its one error, CAIT's: the Google Fiber contractors' union vote in Kansas City dated
 * Wednesday 23 Mar 2022, where the NLRB counted the ballots, and the workers won 9–1, on Friday 25 Mar 2022 (Fierce
 * Telecom's notice of the election: ballots due 24 Mar, counted on 25 Mar; CNBC, Protocol, the Verge). The record's
 * two notes, Google's and BDS Connected Solutions', carry the day.
 */
import { describe, expect, it } from 'vitest';
import { bundledLabourNote as note } from '../../helpers/bundled-notes';

describe('the residual sample K', () => {
  it.each(['cait-543-google', 'cait-543-bds-connected-solutions'])(
    'dates the Kansas City Google Fiber contractors’ union vote to its count, Friday 25 March 2022 (%s)',
    (id) => {
      const vote = note(id);
      expect(vote.date).toBe('2022-03-25');
      expect(vote.action).toBe('union-election');
      expect(vote.participants).toBe(10);
      expect(vote.summary).toContain('in Kansas City, Missouri, USA');
    },
  );
});
