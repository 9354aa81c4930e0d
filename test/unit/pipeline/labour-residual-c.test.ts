/**
 * Labour residual C (docs/labour-residual-c.md): fifty imported labour notes drawn with seed 1302 (odd positions), read
 * again as shipped after residuals A and B. Its one error: CAIT 291's two Black women who spoke out about Pinterest on
 * 15 June 2020 had left the company in late May (Reuters, Protocol); the note told them as Pinterest's white-collar
 * workers.
 */
import { describe, expect, it } from 'vitest';
import { bundledLabourNote as note } from '../../helpers/bundled-notes';

describe('the residual sample C', () => {
  it('tells the Pinterest statements of 15 June 2020 as by two former employees, directed at it (CAIT 291)', () => {
    const pinterest = note('cait-291-pinterest');
    expect(pinterest.summary).toMatch(
      /^An open letter directed at Pinterest by two former employees \(Ifeoma Ozoma and Aerica Shimizu Banks, who had left its policy team in May\) involving 2 people \(online\)\./,
    );
    expect(pinterest.summary).not.toContain('white-collar workers');
    expect(pinterest.relation).toBe('target');
    // What the CAIT-dates entry fixed stays as it made it.
    expect(pinterest.date).toBe('2020-06-15');
  });
});
