import { describe, expect, it } from 'vitest';
import { aside, closeAsides, formatList, formatNumber, formatter } from '@/data/model/format';

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

  it("sets an aside in parentheses, or between dashes when it has its own, closed by the clause's mark", () => {
    expect(aside('listed as “Kroger”')).toBe(' (listed as “Kroger”)');
    expect(aside('listed as “United Parcel Service (UPS)”')).toBe(' — listed as “United Parcel Service (UPS)” —');
    expect(closeAsides(`A protest at UPS${aside('listed as “United Parcel Service (UPS)”')}.`)).toBe(
      'A protest at UPS — listed as “United Parcel Service (UPS)”.',
    );
    expect(closeAsides(`at UPS${aside('owned by A (B)')}, until 2 Feb 2023.`)).toBe('at UPS — owned by A (B), until 2 Feb 2023.');
    expect(closeAsides('at UPS — owned by A (B) — in Town.')).toBe('at UPS — owned by A (B) — in Town.');
  });
});
