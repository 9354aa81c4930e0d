import { describe, expect, it } from 'vitest';
import { escapeCodeUnits } from '@/data/model/escape';

describe('escapeCodeUnits', () => {
  it('escapes from the code unit given, and nothing below it', () => {
    expect(escapeCodeUnits('a\u007f é — 😀', 0x100)).toBe('a\u007f é \\u2014 \\ud83d\\ude00');
    expect(escapeCodeUnits('a\u007f é — 😀', 0x80)).toBe('a\u007f \\u00e9 \\u2014 \\ud83d\\ude00');
  });

  it('keeps what JSON text means', () => {
    const value = { name: 'Nestlé — “Société”', emoji: '😀', plain: 'abc' };
    for (const lowest of [0x80, 0x100] as const) expect(JSON.parse(escapeCodeUnits(JSON.stringify(value), lowest))).toEqual(value);
  });
});
