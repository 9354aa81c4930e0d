/**
 * The correction that came out of the thirty-sixth truth audit (docs/audit-pass-36.md): when (an authored note said the
 * Oneida Nation adopted its resolution on ICE contracts on 31 December 2025, where its sources give that day as the day
 * the resolution was announced, not the day it was adopted).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

type Note = { id: string; date: string; summary: string; sources: { url: string }[] };

describe('The authored note corrected in pass 36', () => {
  it('tells 31 December 2025 as the day the Oneida Nation announced its resolution, not the day it adopted it', () => {
    const notes = JSON.parse(readFileSync('data/dataset/sources/notes.json', 'utf8')) as Note[];
    const oneida = notes.find((n) => n.id === 'oneida-stantec-jv-2025-ice-contracts')!;
    expect(oneida.summary).not.toContain('adopted on 31 December');
    expect(oneida.summary).toContain('announced on 31 December that it had adopted a resolution');
    expect(oneida.date).toBe('2025-12-31');
    expect(oneida.sources.map((s) => s.url)).toContain(
      'https://www.tribalbusinessnews.com/sections/federal-8-a-contracting/15430-oneida-nation-bars-tribal-entities-from-ice-contracts-after-6-4m-award-discovery',
    );
  });
});
