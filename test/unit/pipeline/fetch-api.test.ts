/** The fetcher's view of USAspending's format, and agencies as data (data/dataset/sources/agencies.json). */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fiscalYearOf, fiscalYearWindow, readPage, searchBody, FIELDS, SORT_FIELD } from '@/data/pipeline/fetch/api';
import { readAuthored, readSourceAgencies } from '@/data/pipeline/authored';

const want = { page: 2, limit: 3, subtier: 'U.S. Customs and Border Protection', acronym: 'CBP', window: fiscalYearWindow(2026) };
const row = (over: Record<string, unknown> = {}) => ({
  'Award ID': '70B01C26F00000169',
  'Recipient Name': 'FISHER SAND & GRAVEL CO',
  'Transaction Amount': 1223124000.0,
  'Action Date': '2026-03-05',
  Mod: '0',
  'Awarding Sub Agency': 'U.S. Customs and Border Protection',
  product_or_service_description: 'CONSTRUCTION OF HIGHWAYS, ROADS, STREETS, BRIDGES, AND RAILWAYS',
  naics_description: 'COMMERCIAL AND INSTITUTIONAL BUILDING CONSTRUCTION',
  'Transaction Description': 'BORDER WALL CONSTRUCTION',
  generated_internal_id: 'CONT_AWD_70B01C26F00000169_7014_70B01C26D00000012_7014',
  internal_id: '123',
  ...over,
});
const page = (results: unknown[], hasNext = false, n = 2) => ({
  limit: 3,
  page_metadata: { page: n, hasNext, hasPrevious: true, next: null, previous: 1 },
  results,
});

describe("USAspending's transaction search", () => {
  it('asks for one awarding sub-agency, a window, contract types A–D and the fields our CSVs hold, sorted by one of them', () => {
    const body = searchBody('U.S. Customs and Border Protection', fiscalYearWindow(2026), 3);
    expect(body.filters).toEqual({
      agencies: [{ type: 'awarding', tier: 'subtier', name: 'U.S. Customs and Border Protection' }],
      time_period: [{ start_date: '2025-10-01', end_date: '2026-09-30' }],
      award_type_codes: ['A', 'B', 'C', 'D'],
    });
    expect(body).toMatchObject({ page: 3, limit: 100, sort: 'Action Date', order: 'asc' });
    expect(FIELDS).toContain(SORT_FIELD);
  });

  it('turns a page into rows of our CSV layout, amounts as the API sends them and null as empty', () => {
    const p = readPage(
      page([row(), row({ 'Transaction Amount': '-250.5', Mod: 'P00001' }), row({ 'Transaction Amount': null, Mod: null })]),
      want,
    );
    expect(p.hasNext).toBe(false);
    expect(p.rows[0]).toEqual({
      Agency: 'CBP',
      'Award ID': '70B01C26F00000169',
      'Recipient Name': 'FISHER SAND & GRAVEL CO',
      'Federal Action Obligation': '1223124000',
      'Action Date': '2026-03-05',
      Modification: '0',
      'Product/Service Description': 'CONSTRUCTION OF HIGHWAYS, ROADS, STREETS, BRIDGES, AND RAILWAYS',
      'NAICS Description': 'COMMERCIAL AND INSTITUTIONAL BUILDING CONSTRUCTION',
      'Transaction Description': 'BORDER WALL CONSTRUCTION',
      'Generated Award ID': 'CONT_AWD_70B01C26F00000169_7014_70B01C26D00000012_7014',
    });
    expect(p.rows.map((r) => [r['Federal Action Obligation'], r.Modification])).toEqual([
      ['1223124000', '0'],
      ['-250.5', 'P00001'],
      ['', ''],
    ]);
  });

  it('refuses a page that breaks the contract', () => {
    const cases: [unknown, RegExp][] = [
      [{ results: [] }, /not a search result page/],
      [page([row()], false, 3), /asked for page 2, got page 3/],
      [page([row(), row(), row(), row()]), /4 rows on a page of 3/],
      [page([row()], true), /a short page \(1 of 3 rows\) that says more follow/],
      [page([row({ 'Awarding Sub Agency': 'U.S. Coast Guard' })]), /is from "U.S. Coast Guard"/],
      [page([row({ 'Action Date': '2025-09-30' })]), /outside 2025-10-01 – 2026-09-30/],
      [page([row({ 'Action Date': '03/05/2026' })]), /action date "03\/05\/2026"/],
      [page([row({ generated_internal_id: null })]), /no generated_internal_id/],
      [page([row({ 'Transaction Amount': 'n/a' })]), /Transaction Amount "n\/a" is not a number/],
    ];
    for (const [json, message] of cases) expect(() => readPage(json, want)).toThrow(message);
  });

  it('knows fiscal years: October to September', () => {
    expect(fiscalYearWindow(2021)).toEqual({ start: '2020-10-01', end: '2021-09-30' });
    expect(fiscalYearOf(new Date('2026-09-30T23:00:00Z'))).toBe(2026);
    expect(fiscalYearOf(new Date('2026-10-01T00:00:00Z'))).toBe(2027);
  });
});

describe('agencies as data', () => {
  it('lists DHS and DoD sub-agencies by their USAspending names; CBP and ICE are fetched by default', () => {
    const agencies = readSourceAgencies('data/dataset/sources');
    expect(agencies.filter((a) => a.fetch).map((a) => a.id)).toEqual(['cbp', 'ice']);
    const subtier = (id: string) => agencies.find((a) => a.id === id)?.usaspendingSubtier;
    expect(subtier('cbp')).toBe('U.S. Customs and Border Protection');
    expect(subtier('army')).toBe('Department of the Army');
    expect(
      agencies.filter((a) => a.department === 'Department of Homeland Security' && a.usaspendingSubtier).length,
    ).toBeGreaterThanOrEqual(10);
    expect(agencies.filter((a) => a.department === 'Department of Defense' && a.usaspendingSubtier).length).toBeGreaterThanOrEqual(20);
  });

  it("keeps the fetcher's fields out of the dataset's records", () => {
    for (const a of readAuthored('data/dataset/sources').agencies)
      expect(Object.keys(a).sort()).toEqual(['acronym', 'department', 'id', 'name']);
  });

  it('refuses a repeated acronym (any case) or USAspending name: rows would go to the wrong agency', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tieline-agencies-'));
    const a = { id: 'cbp', name: 'U.S. Customs and Border Protection', acronym: 'CBP', department: 'Department of Homeland Security' };
    writeFileSync(join(dir, 'agencies.json'), JSON.stringify([a, { ...a, id: 'cbp-2', acronym: 'cbp' }]));
    expect(() => readSourceAgencies(dir)).toThrow(/\(id "cbp-2"\)\.acronym: the same acronym as agency "cbp"/);
    writeFileSync(
      join(dir, 'agencies.json'),
      JSON.stringify([
        { ...a, usaspendingSubtier: 'U.S. Coast Guard' },
        { ...a, id: 'uscg', acronym: 'USCG', usaspendingSubtier: 'U.S. Coast Guard' },
      ]),
    );
    expect(() => readSourceAgencies(dir)).toThrow(/the same usaspendingSubtier as agency "cbp"/);
    writeFileSync(join(dir, 'agencies.json'), JSON.stringify([{ ...a, fetch: 'yes' }]));
    expect(() => readSourceAgencies(dir)).toThrow(/fetch/);
  });
});
