/**
 * Checked-days reads A to D (docs/checked-days-a.md to -d.md): of the 94 CAIT records read whose day an earlier audit's
 * verdict had kept, six have no report giving the day. Their notes are told to the month; what those audits did check
 * (count, place, types of 235, 243, 286, 522, 540) stays as they judged it.
 */
import { describe, expect, it } from 'vitest';
import { CAIT_CHECKED_DAYS, CAIT_DAY_ONLY, CAIT_NO_ONE_DAY, caitJudgedWhole } from '@/data/pipeline/cait-days';
import { bundledLabourNotes } from '../../helpers/bundled-notes';

describe('CAIT days no report gives (checked-days reads A to D)', () => {
  it('tells those records’ notes to the month', () => {
    for (const id of [121, 235, 243, 286, 522, 540]) {
      expect(CAIT_CHECKED_DAYS.has(id), `${id}`).toBe(false);
      expect(CAIT_NO_ONE_DAY.has(id), `${id}`).toBe(true);
      const notes = [...bundledLabourNotes().values()].filter((n) => n.id.startsWith(`cait-${id}-`));
      expect(notes.length, `${id}`).toBeGreaterThan(0);
      for (const n of notes) expect(n.date, n.id).toMatch(/^\d{4}-\d{2}$/);
    }
    expect(bundledLabourNotes().get('cait-522-accenture')!.date).toBe('2022-01');
  });

  it('keeps what the earlier audits did check', () => {
    for (const id of [235, 243, 286, 522, 540]) expect(caitJudgedWhole(id), `${id}`).toBe(true);
    // 121's day alone had been checked: nothing of it is now.
    expect(CAIT_DAY_ONLY.has(121)).toBe(false);
    expect(caitJudgedWhole(121)).toBe(false);
  });
});
