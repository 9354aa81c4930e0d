/**
 * Kind sweep B (docs/kind-sweep-b.md): ranks 41–81 of the shipped tracker notes told as a one-day strike, judged by the
 * reports' word. Its one error: the two-hour walkout at Amazon's JFK8 warehouse in Staten Island on 11 Oct 2023, which
 * the ALU's Democratic Reform Caucus organized and its organizer called a walkout (WSWS, after More Perfect Union, whose
 * post the tracker cites), told as a strike; no report returned calls it one (tracker 2426, fixed by record as audit
 * pass 32 fixed tracker 1015).
 */
import { describe, expect, it } from 'vitest';
import { bundledLabourNote as note } from '../../helpers/bundled-notes';
import { LAT_FIXES } from '@/data/pipeline/audit-fixes';

describe('kind sweep B', () => {
  it('records why tracker 2426 is a walkout', () => {
    expect(LAT_FIXES.get('2426')).toMatchObject({ action: 'walkout' });
    expect(LAT_FIXES.get('2426')?.why).toMatch(/Kind sweep B \(docs\/kind-sweep-b\.md, #42\)/);
  });

  it("tells Amazon JFK8's walkout of 11 Oct 2023 as a walkout, not a strike (tracker 2426)", () => {
    const walkout = note('lat-2426-amazon');
    expect(walkout.action).toBe('walkout');
    expect(walkout.summary).toMatch(/^A walkout by workers at Amazon in Staten Island, New York\./);
    expect(walkout.summary).not.toMatch(/strike/i);
    // What audit pass 14 fixed, and the day, stay as they were.
    expect(walkout.date).toBe('2023-10-11');
    expect(walkout.endDate).toBeUndefined();
    expect(walkout.summary).toContain('Organized by the Amazon Labor Union’s Democratic Reform Caucus.');
  });

  it('leaves the notes of the sweep judged strikes as strikes', () => {
    for (const id of ['lat-2370-cvs', 'lat-2522-new-york-times', 'lat-2683-lexisnexis', 'lat-3264-amazon', 'lat-4066-uber']) {
      expect(note(id).action).toBe('strike');
    }
  });
});
