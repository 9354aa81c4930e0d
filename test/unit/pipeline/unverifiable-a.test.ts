/**
 * Unverifiable notes, follow-up A (docs/unverifiable-a.md, issue 9): shipped tracker notes that earlier reads left
 * "unverifiable" (no report returned that the action was held) were searched again for a report written on or after the
 * day. Where one was found and bears the note out, it is added to the note's sources; the notes' words are unchanged.
 */
import { describe, expect, it } from 'vitest';
import { bundledLabourNote } from '../../helpers/bundled-notes';

/** By note id, the report addresses the follow-up added. */
const ADDED: Readonly<Record<string, readonly string[]>> = {
  'lat-1978-lyft': [
    'https://missionlocal.org/2023/04/gig-workers-from-15-countries-rally-for-rights-in-sf/',
    'https://seiu1021.org/article/gig-workers-world-unite-san-francisco-sees-international-movement-gig-workers-fight-labor',
  ],
  'lat-1978-uber': [
    'https://missionlocal.org/2023/04/gig-workers-from-15-countries-rally-for-rights-in-sf/',
    'https://seiu1021.org/article/gig-workers-world-unite-san-francisco-sees-international-movement-gig-workers-fight-labor',
  ],
};

describe('unverifiable notes, follow-up A', () => {
  it.each(Object.entries(ADDED))('%s cites the report of the day found', (id, urls) => {
    const cited = bundledLabourNote(id).sources.map((s) => s.url);
    for (const url of urls) expect(cited).toContain(url);
  });

  it('tracker 1978 stays dated 27 Apr 2023, a protest in San Francisco', () => {
    for (const id of Object.keys(ADDED)) {
      const n = bundledLabourNote(id);
      expect(n.date).toBe('2023-04-27');
      expect(n.action).toBe('protest');
      expect(n.summary).toContain('in San Francisco, California');
    }
  });
});
