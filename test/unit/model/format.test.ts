import { describe, expect, it } from 'vitest';
import { formatList, formatNumber, formatter } from '@/data/model/format';

describe("the pipeline's English helpers", () => {
  it('writes a list as the notes do: no comma before "and"', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['Uber'])).toBe('Uber');
    expect(formatList(['Uber', 'Lyft'])).toBe('Uber and Lyft');
    expect(formatList(['Tencent', 'Baidu', 'ByteDance'])).toBe('Tencent, Baidu and ByteDance');
    // The views' list follows the locale instead (Intl.ListFormat).
    expect(formatter('es').list(['a', 'b'])).toBe('a y b');
  });

  it('groups a count', () => {
    expect(formatNumber(1798)).toBe('1,798');
    expect(formatNumber(738)).toBe('738');
  });
});
