/**
 * The correction that came out of the twenty-third truth audit (docs/audit-pass-23.md): where (the Kaiser Oahu Home Care
 * nurses' election of December 2019 told "at several sites", from the words "island of" in a unit that is one department
 * "on the island of O'ahu"; the file names no site, so the case is told as the file lists it).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { importNlrb } from '@/data/pipeline/nlrb';

const NLRB = ['../shared/data/nlrb/nlrb-election-results-2017-01_2021-11.csv', '../shared/data/nlrb/nlrb-elections-FY2022.csv'];

describe('NLRB: the election corrected in pass 23', () => {
  it.skipIf(!NLRB.every(existsSync))('tells the Oahu home care nurses’ unit as the file lists it, not at several sites', async () => {
    const names: Record<string, { id: string; name: string }> = {
      'Kaiser Foundation Hospitals and Kaiser Foundation Health Plan, Inc.': { id: 'kaiser-permanente', name: 'Kaiser Permanente' },
      'Charter Communications, Inc. f/k/a Oceanic Time Warner Cable LLC': { id: 'charter-communications', name: 'Charter Communications' },
    };
    const r = await importNlrb(NLRB, (n) => names[n]);
    const note = (c: string) => r.notes.find((n) => n.election!.caseNumber === c)!;
    const kaiser = note('20-RC-247386');
    expect(kaiser.summary).not.toContain('at several sites');
    // A mail ballot says so since docs/nlrb-dates.md (2026-12-02).
    expect(kaiser.summary).toContain(
      "(listed here under Kaiser Permanente) voted by mail in an NLRB election (the NLRB's file lists the case under Honolulu, Hawaii): 9 for Hawai'i Nurses and Healthcare Professionals",
    );
    expect(kaiser.election).toMatchObject({ city: 'Honolulu', state: 'HI', votesFor: 10, votesAgainst: 0, certified: true });
    // The words still spread Charter's unit on the Island of Hawaii, listed under Hilo Kona: the fix is this record's alone.
    expect(note('20-RC-202982').summary).toContain('at several sites');
  });
});
