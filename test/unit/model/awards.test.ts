import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { DatasetIndex } from '@/data/model/domain-matcher';
import { parseDataset } from '@/data/model/schema';
import { awardRows, awardsCsv, fiscalYear, periodCovered, sortAwards, totalsByAgency, totalsByFiscalYear } from '@/data/model/awards';
import { byWeight, reportCompanyIds, reportEntries } from '@/data/model/report';
import { summarizeResult, type CompanySummary, type RowResult } from '@/data/model/screening';
import { miniDataset } from '../../fixtures/datasets';

const d = parseDataset(miniDataset());
const acme = new DatasetIndex(d).companyResult('acme')!;

describe("a vendor's awards", () => {
  it('lists every award with its agency, totals by fiscal year and agency, and the period covered', () => {
    const rows = awardRows(acme);
    expect(rows.map((r) => [r.awardId, r.agency, r.amountUsd])).toEqual([
      ['A1', 'CBP', 100],
      ['A2', 'CBP', -20],
    ]);
    expect(fiscalYear('2021-09-30')).toBe(2021);
    expect(fiscalYear('2021-10-01')).toBe(2022);
    expect(totalsByFiscalYear(rows)).toEqual([
      { key: 'FY2021', directUsd: 100, resoldUsd: 0, awards: 1 },
      { key: 'FY2022', directUsd: -20, resoldUsd: 0, awards: 1 },
    ]);
    expect(totalsByAgency([...rows, { ...rows[0]!, awardId: 'R1', reseller: 'Reseller Co', amountUsd: 5 }])).toEqual([
      { key: 'CBP', directUsd: 80, resoldUsd: 5, awards: 3 },
    ]);
    expect(periodCovered(rows)).toEqual({ first: '2021-01-01', last: '2022-01-01' });
    expect(sortAwards(rows, 'amount', false).map((r) => r.awardId)).toEqual(['A2', 'A1']);
    expect(sortAwards(rows, 'first', true).map((r) => r.awardId)).toEqual(['A2', 'A1']);
  });

  it('exports them as CSV with plain amounts, a byte-order mark and formulas escaped', () => {
    const rows = awardRows(acme);
    const csv = awardsCsv([...rows, { ...rows[0]!, awardId: '=1+1', description: '@cmd' }]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const out = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(out.map((r) => [r.award_id, r.amount_usd, r.direct_or_resold, r.fiscal_year_of_first_action])).toEqual([
      ['A1', '100', 'direct', '2021'],
      ['A2', '-20', 'direct', '2022'],
      ["'=1+1", '100', 'direct', '2021'],
    ]);
    expect(out[2]!.description).toBe("'@cmd");
  });
});

describe('the report', () => {
  const s = (id: string, directUsd: number, resoldUsd = 0, laborActions = 0): CompanySummary => ({
    id,
    name: id,
    owners: [],
    via: [],
    agencies: [],
    directUsd,
    resoldUsd,
    laborActions,
    contextNotes: 0,
    sources: [],
  });
  it('orders by weight: direct contracts first, then amount, resold amounts, labour actions', () => {
    const list = [s('labor', 0, 0, 5), s('resold', 0, 900), s('small', 10), s('big', 1000)];
    expect(list.sort(byWeight).map((x) => x.id)).toEqual(['big', 'small', 'resold', 'labor']);
  });

  it('lists matched and review rows, a rejection dropped and a confirmation counted, each company once', () => {
    const summaries = new Map([
      ['a', s('a', 5)],
      ['b', s('b', 50)],
    ]);
    const m = (companyId: string, confidence: number) => ({ companyId, how: 'name' as const, matched: companyId, confidence });
    const results: RowResult[] = [
      { row: 0, match: m('a', 1), state: 'match' },
      { row: 1, match: m('b', 0.8), state: 'review' },
      { row: 2, match: m('b', 1), state: 'match' },
      { row: 3, match: null, state: 'none' },
      { row: 4, match: m('a', 0.8), state: 'review' },
    ];
    const entries = reportEntries({ rows: [['A'], ['B?'], ['B'], ['x'], ['A?']] }, results, summaries, new Map([[4, 'rejected' as const]]));
    expect(entries.map((e) => [e.row, e.state])).toEqual([
      [2, 'match'],
      [1, 'review'],
      [0, 'match'],
    ]);
    expect(reportCompanyIds(entries)).toEqual(['b', 'a']);
    expect(summarizeResult(acme).directUsd).toBe(80);
  });
});
