/**
 * Corrections to single imported records whose structured fields misdescribe the event, found by our truth
 * audits (docs/audit-*.md) and checked against the reports the record cites. The importers apply them
 * before composing any text. Data, not logic: each entry names the record, what changes and the audit item
 * that found it; a systematic error is fixed in the importer's rule instead, with a test.
 *
 * - `withdraw`: the record is left out (the build report counts it) — for a claim we cannot stand behind.
 * - `who`: replaces "by <employment types>" with our own words for who acted.
 * - `outside`: the people who acted were not the company's workers: the note says "directed at <company>".
 * - `action`: the kind of action, where the record's kind is wrong.
 * - `workers: null` / `endDate: null`: drop a count or an end date the reports do not support.
 */
import type { LaborActionKind } from '../model/schema';

export interface ImportFix {
  withdraw?: true;
  who?: string;
  outside?: true;
  action?: LaborActionKind;
  workers?: null;
  endDate?: null;
  /** The audit item that found it, and what the reports say. */
  why: string;
}

/** Collective Action in Tech, by action id. */
export const CAIT_FIXES: ReadonlyMap<number, ImportFix> = new Map<number, ImportFix>([
  [
    264,
    {
      who: 'an Amazon warehouse worker and a Whole Foods worker',
      action: 'other',
      why: 'audit 2026-11-30 #1: the Los Angeles Times report is about two workers who kept their own counts of COVID-19 cases; CAIT files it as a protest by white-collar workers.',
    },
  ],
  [
    334,
    {
      who: 'former early employees',
      outside: true,
      why: 'audit 2026-11-30 #7: the letter was signed by 33 early Facebook employees who had left the company (Newsweek, Business Insider).',
    },
  ],
  [
    261,
    {
      workers: null,
      why: 'audit 2026-11-30 #17: the reports say the turnout of the May Day 2020 walkout is unknown; CAIT records 1,000.',
    },
  ],
]);

/** Labor Action Tracker, by ID. */
export const LAT_FIXES: ReadonlyMap<string, ImportFix> = new Map<string, ImportFix>([
  [
    '89',
    {
      who: 'musicians and other music workers',
      outside: true,
      why: 'audit 2026-11-30 #13: the Union of Musicians and Allied Workers protested outside Spotify offices; the protesters were not Spotify workers.',
    },
  ],
  [
    '1707',
    {
      workers: null,
      why: 'audit 2026-11-30 #32: the tracker counts 12 people; Big Easy Magazine and the Louisiana Weekly report more than 100 at the 10 December 2022 rally and second line.',
    },
  ],
  [
    '2316',
    {
      who: 'community groups and union members',
      outside: true,
      why: 'audit 2026-11-30 #21: the rally was held outside an Amazon warehouse that had not opened yet, by Black Workers Matter, the West Humboldt Park Community Coalition and union members (Block Club Chicago, CBS Chicago).',
    },
  ],
  [
    '1423',
    {
      endDate: null,
      why: 'audit 2026-11-30 #2: the Almanac reports one march at Meta in August 2022; the tracker’s end date a month later is not in the reports.',
    },
  ],
  [
    '4615',
    {
      withdraw: true,
      why: 'audit 2026-11-30 #26: a protest in Sunnyvale, California, organized by the Oregon Federation of Nurses and Health Professionals, whose Kaiser members work in Oregon and Southwest Washington (Kaiser Sunnyside Medical Center is in Clackamas, Ore.); its only sources are archive copies we could not check.',
    },
  ],
]);
