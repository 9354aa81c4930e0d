import { describe, expect, it } from 'vitest';
import { GRAM_CODES, editDistance, trigramCodes } from '@/data/model/name-rules';

/** The trigrams of ` s ` as strings: what the codes stand for. */
const stringGrams = (s: string) => {
  const padded = ` ${s} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
};

describe('trigram codes', () => {
  const seen = new Int32Array(GRAM_CODES);
  let stamp = 0;
  const codes = (s: string) => trigramCodes(s, seen, ++stamp);

  it('give one code per distinct trigram, the same for the same trigram', () => {
    for (const s of ['BOOZ ALLEN HAMILTON', 'AAAAAA', 'GEO', 'A', 'FRIENDS OF GARDEN FUND 123', 'MISSISSIPPI']) {
      expect(codes(s)).toHaveLength(stringGrams(s).size);
    }
    expect(codes('ABAB')).toEqual(codes('ABAB'));
    // " AB", "ABA", "BAB", "AB " — "ABAB" repeats none; "ABABAB" repeats "ABA" and "BAB".
    expect(new Set(codes('ABABAB'))).toEqual(new Set(codes('ABAB')));
  });

  it('tell apart trigrams that differ in one place, digits and spaces included', () => {
    const a = codes('ACME 1');
    const b = codes('ACME 2');
    expect(a.filter((g) => b.includes(g))).toHaveLength(stringGrams('ACME 1').size - 2);
    expect(codes('AB C').some((g) => codes('ABC').includes(g))).toBe(true);
    expect(Math.max(...codes('ZZZ 999'))).toBeLessThan(GRAM_CODES);
  });

  it('keep characters a normalised name never has apart from the rest, within range', () => {
    const odd = codes('É-Ñ');
    expect(odd.every((g) => g >= 0 && g < GRAM_CODES)).toBe(true);
  });
});

describe('edit distance', () => {
  it('counts a transposition as one edit and stops past the cap', () => {
    expect(editDistance('MICROSOFT', 'MICROSFOT', 1)).toBe(1);
    expect(editDistance('MICROSOFT', 'MICROSOFT', 1)).toBe(0);
    expect(editDistance('MICROSOFT', 'MACROSAFT', 1)).toBe(2);
  });
});
