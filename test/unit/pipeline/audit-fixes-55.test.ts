/**
 * The correction that came out of the fifty-fifth truth audit (docs/audit-pass-55.md): when — SLSCO's authored Del Rio 3
 * note put the award in December 2025, but USAspending dates the order's base award 21 Nov 2025 and the DHS/CBP release
 * of 18 Dec 2025 says only that its five contracts were awarded in November and December. December is the month the
 * award was announced, which is what the note now says.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';

const FY2026 = '../shared/data/usaspending/cbp-ice-contract-transactions-FY2026.csv';
const ORDER = '70B01C26F00000003';

type Note = { id: string; title?: string; date?: string; summary: string };
const noteIn = (file: string, key: 'notes' | null): Note => {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Note[] | { notes: Note[] };
  const notes = key ? (raw as { notes: Note[] }).notes : (raw as Note[]);
  return notes.find((n) => n.id === 'slsco-del-rio-3')!;
};

describe('The authored note corrected in pass 55', () => {
  it('tells December 2025 as the month the Del Rio 3 award was announced, not the month it was made', () => {
    for (const note of [noteIn('data/dataset/sources/notes.json', null), noteIn('data/dataset/dataset.json', 'notes')]) {
      expect(note.title).toBe('Border-wall builder; Del Rio 3 award announced in December 2025');
      expect(note.title).not.toMatch(/award in December/);
      expect(note.date).toBe('2025-12');
      expect(note.summary).toMatch(/^DHS and CBP announced in December 2025 that they had awarded SLSCO Ltd\. the Del Rio 3 Project/);
    }
  });

  it.skipIf(!existsSync(FY2026))('matches USAspending: the order was awarded in November 2025, renamed in December', () => {
    const rows = readFileSync(FY2026, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith(`CBP,${ORDER},`));
    const base = rows.find((l) => /,2025-\d\d-\d\d,0,/.test(l))!;
    expect(base).toContain('372832130.0,2025-11-21,0,');
    expect(rows.some((l) => /,2025-12-09,P00001,/.test(l) && /CHANGE NAME TO/.test(l))).toBe(true);
  });
});
