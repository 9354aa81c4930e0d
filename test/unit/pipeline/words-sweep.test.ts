/**
 * The words sweep (issue 9 part 4, docs/words-sweep.md): patterns a reader would trip on, looked for mechanically
 * over every bundled note, each fixed at the generator that writes the words. Claims are unchanged: only words.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../helpers/bundled-notes';

const notes = () => bundledDataset().notes;
const STATE_CODE =
  /, (?!DC\b)(?:A[LKZR]|C[AOT]|DE|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|PR|RI|S[CD]|T[NX]|UT|V[TAI]|W[AVIY]|GU)\b/;

describe('words sweep: one style for US states', () => {
  it('names a state in full beside a city in every NLRB note, as the tracker and CAIT do ("Memphis, Tennessee")', () => {
    const nlrb = notes().filter((n) => n.id.startsWith('nlrb-'));
    expect(nlrb.length).toBeGreaterThan(400);
    expect(nlrb.filter((n) => STATE_CODE.test(n.summary ?? '')).map((n) => n.id)).toEqual([]);
    expect(nlrb.find((n) => n.id === 'nlrb-15-rd-218780')?.summary).toContain('in Memphis, Tennessee voted');
  });

  it('keeps "Washington, DC", the name the city goes by', () => {
    const dc = notes().filter((n) => n.id.startsWith('nlrb-') && /\bWashington, DC\b/.test(n.summary ?? ''));
    expect(dc.length).toBeGreaterThan(0);
  });
});
