/**
 * The words sweep (issue 9 part 4, docs/words-sweep.md): patterns a reader would trip on, looked for mechanically
 * over every bundled note, each fixed at the generator that writes the words. Claims are unchanged: only words.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../helpers/bundled-notes';
import { coverageDays } from '@/data/pipeline/contracts';
import type { LaborAction } from '@/data/model/schema';

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

describe('words sweep: contract notes say the days their records cover', () => {
  it('leads with the days and keeps the fiscal years beside them, the open year "FY2026 to <last action date>"', () => {
    const contract = notes().filter((n) => n.kind === 'contract');
    expect(contract.length).toBeGreaterThan(5000);
    // Every fiscal year written comes after the days, in parentheses: never a bare "FY2021–…" leading the sentence.
    expect(
      contract
        .filter((n) => /\bFY\s?\d/.test(n.summary ?? '') && !/records of \d{1,2} [A-Z][a-z]{2} \d{4} – [^(]+ \(FY/.test(n.summary ?? ''))
        .map((n) => n.id),
    ).toEqual([]);
    const n = notes().find((x) => x.id === 'tidewater-distributors-llc-ice');
    expect(n?.summary).toMatch(
      /^From USAspending's ICE contract records of 1 Oct 2020 – (\d{1,2} [A-Z][a-z]{2} 20\d\d) \(FY2021–FY2025 and FY2026 to \1\)\. Amounts are/,
    );
  });

  it('tells the period as coveragePeriod does: fiscal year N runs 1 Oct N-1 – 30 Sep N', () => {
    expect(coverageDays('2020-10-01', '2026-08-20')).toBe('1 Oct 2020 – 20 Aug 2026');
    expect(coverageDays('2020-10-05', '2025-09-30')).toBe('1 Oct 2020 – 30 Sep 2025');
    expect(coverageDays('2025-10-02', '2026-01-05')).toBe('1 Oct 2025 – 5 Jan 2026');
  });
});

describe('words sweep: "a" or "an" before a website', () => {
  it('titles an archived copy "a page from <host>", whatever letter the host starts with', () => {
    const titles = notes().flatMap((n) => n.sources.map((s) => s.title ?? ''));
    expect(titles.filter((t) => /^Archived copy of a \S+\.\w+ page/.test(t))).toEqual([]);
    expect(titles.filter((t) => /\ban? [a-z0-9-]+\.(?:com|org|net|gov|edu)\b/.test(t) && !/a page from/.test(t))).toEqual([]);
    expect(titles.some((t) => t.startsWith('Archived copy of a page from apnews.com cited by the Labor Action Tracker'))).toBe(true);
  });
});

describe('words sweep: the NLRB file’s names spaced as read', () => {
  it('has no doubled space and no space before a comma in an NLRB note, its union or its case title', () => {
    const nlrb = notes().filter((n): n is LaborAction => n.id.startsWith('nlrb-'));
    const texts = nlrb.flatMap((n) => [n.summary ?? '', n.election?.union ?? '', ...n.sources.map((s) => s.title ?? '')]);
    expect(texts.filter((t) => /\S {2,}\S| ,/.test(t))).toEqual([]);
  });
});

describe('words sweep: one style for a day in hand-written notes', () => {
  const DAY_STYLES =
    /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2},? \d{4}\b|\b\d{1,2} (?:January|February|March|April|June|July|August|September|October|November|December) \d{4}\b|\b\d{4}-\d{2}-\d{2}\b/;
  it('writes a day as formatDate does ("26 Jun 2019") in every authored summary and publisher', () => {
    const authored = notes().filter((n) => !/^(?:cait|lat|nlrb)-/.test(n.id));
    const texts = authored.flatMap((n) => [n.summary ?? '', ...n.sources.map((s) => s.publisher)]);
    expect(texts.filter((t) => DAY_STYLES.test(t))).toEqual([]);
  });
});

describe('words sweep: "this place" for one place', () => {
  it('says "these places" in a tracker note only after more than one', () => {
    const lat = notes().filter((n) => n.id.startsWith('lat-') && /These places|these places for the whole action/.test(n.summary ?? ''));
    const one = lat.filter((n) => {
      const before = (n.summary ?? '').split('.')[0]!;
      return !/ and |\d+ cities/.test(before.slice(before.indexOf(' at ')));
    });
    expect(one.map((n) => n.id)).toEqual([]);
    expect(notes().find((n) => n.id === 'lat-4066-lyft')?.summary).toContain('The tracker gives this place for the whole action.');
  });
});
