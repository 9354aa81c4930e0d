/**
 * Labour residual Q (docs/labour-residual-q.md): positions 701–750 of seed 1302's draw of imported labour notes, read
 * as shipped. Its one error, the tracker's: the Harvard time-caps walkout of 4 March 2025 names its union “Harvard
 * Academic Workers Union (HAWC) - UAW, Local 5118”, where the reports and the union's own site name it Harvard Academic
 * Workers-United Auto Workers (HAW-UAW) and Local 5118 is the graduate students' union's (tracker 3745; fixed by record,
 * as audit pass 19 fixed the Boeing firefighters' “IAF”).
 */
import { describe, expect, it } from 'vitest';
import { bundledLabourNote as note } from '../../helpers/bundled-notes';

describe('the residual sample Q', () => {
  it("names the Harvard academic workers' union as HAW-UAW, not “HAWC” of Local 5118 (tracker 3745)", () => {
    const rally = note('lat-3745-president-and-fellows-of-harvard-college');
    expect(rally.summary).toContain('Organized by Harvard Academic Workers-United Auto Workers (HAW-UAW).');
    expect(rally.summary).not.toMatch(/HAWC|5118/);
    // What the reports bear out stays as audit pass 13 left it: who, the day, the demands, the tracker's count.
    expect(rally.date).toBe('2025-03-04');
    expect(rally.summary).toMatch(/^A protest by students and academic workers at Harvard University/);
    expect(rally.summary).toContain('Demands: an end to time caps for non-tenure-track faculty and job security.');
    expect(rally.summary).toContain('The tracker estimates that about 200 people took part.');
  });
});
