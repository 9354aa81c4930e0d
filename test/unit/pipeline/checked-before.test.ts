import { describe, expect, it } from 'vitest';
import {
  CAIT_FIXED_BEFORE_COUNTS,
  CAIT_FIXED_BEFORE_PLACES,
  CAIT_FIXED_BEFORE_TYPES,
  LAT_FIXED_BEFORE_DEMANDS,
} from '@/data/pipeline/checked-before';
import { CAIT_FIXES, LAT_FIXES } from '@/data/pipeline/audit-fixes';

describe('records corrected before a rule hid a claim (checked-before.ts)', () => {
  it('names only records that still have their correction, each once, in the order the rules landed', () => {
    // A record named here whose correction was later removed would keep a claim no one checked: fail instead.
    for (const id of [...CAIT_FIXED_BEFORE_COUNTS, ...CAIT_FIXED_BEFORE_PLACES, ...CAIT_FIXED_BEFORE_TYPES])
      expect(CAIT_FIXES.has(Number(id)), `CAIT ${id}`).toBe(true);
    for (const id of LAT_FIXED_BEFORE_DEMANDS) expect(LAT_FIXES.has(id), `tracker ${id}`).toBe(true);
    // The count rule came before the places rule: every record corrected before the one was corrected before the other.
    expect([...CAIT_FIXED_BEFORE_COUNTS].filter((id) => !CAIT_FIXED_BEFORE_PLACES.has(id))).toEqual([]);
    // The worker-types rule came last: every record corrected before the places rule was corrected before it (245 in all).
    expect([...CAIT_FIXED_BEFORE_PLACES].filter((id) => !CAIT_FIXED_BEFORE_TYPES.has(id))).toEqual([]);
    expect(CAIT_FIXED_BEFORE_TYPES.size).toBe(245);
    // The figures the doc comment's script drew (230 and 244 CAIT records, 101 tracker rows).
    expect([CAIT_FIXED_BEFORE_COUNTS.size, CAIT_FIXED_BEFORE_PLACES.size, LAT_FIXED_BEFORE_DEMANDS.size]).toEqual([230, 244, 101]);
  });

  it('leaves out of them the corrections made since, which check only what they say', () => {
    // Labour sweep 8's corrections (after the count rule): CAIT 130's reader fixed who acted and never saw a count.
    expect(CAIT_FIXES.has(130) && !CAIT_FIXED_BEFORE_COUNTS.has('130')).toBe(true);
    // Audit pass 19's tracker corrections (after the demands rule).
    for (const id of ['1569', '704', '3047']) expect(LAT_FIXES.has(id) && !LAT_FIXED_BEFORE_DEMANDS.has(id), id).toBe(true);
  });
});
