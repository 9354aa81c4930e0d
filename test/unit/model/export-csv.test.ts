import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { ScreenIndex } from '@/data/model/name-matcher';
import { guessRoles, parseTable } from '@/data/model/list-input';
import { countStates, screenRows, stateCounts, summarizeResult } from '@/data/model/screening';
import { exportCsv, safeCell } from '@/data/model/export-csv';
import { DatasetIndex } from '@/data/model/domain-matcher';
import { parseDataset } from '@/data/model/schema';
import { miniDataset } from '../../fixtures/datasets';
import { en } from '../../helpers/i18n';

const d = parseDataset(miniDataset());
const idx = new ScreenIndex(d.companies);
const full = new DatasetIndex(d);

function run(csv: string) {
  const t = parseTable(csv);
  const results = screenRows(idx, t, guessRoles(t));
  const summaries = new Map(
    results.flatMap((r) => (r.match ? [[r.match.companyId, summarizeResult(full.companyResult(r.match.companyId)!)] as const] : [])),
  );
  return { t, results, summaries };
}
const rows = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('CSV export', () => {
  it('keeps every row in order, with the state, the reason, amounts as numbers and sources', () => {
    const { t, results, summaries } = run(
      'Donor,Email,Gift\n"Acme Holdings, Inc.",,100\nJo,jo@gmail.com,5\nLabor Person,x@laborco.example,7\n',
    );
    const out = exportCsv(t, results, summaries, en);
    expect(out.startsWith('\uFEFF')).toBe(true);
    const csv = rows(out.slice(1));
    expect(csv.map((r) => [r.Donor, r.Gift, r.tieline_state, r.tieline_company_id])).toEqual([
      ['Acme Holdings, Inc.', '100', 'match', 'acme'],
      ['Jo', '5', 'none', ''],
      ['Labor Person', '7', 'match', 'laborco'],
    ]);
    expect(csv[0]!.tieline_contract_agencies).toBe('CBP $80');
    expect(csv[0]!.tieline_direct_total_usd).toBe('80');
    expect(csv[0]!.tieline_resold_total_usd).toBe('0');
    expect(csv[0]!.tieline_match_reason).toBe('legal-name variant “ACME HOLDINGS, INC.” (confidence 100%)');
    expect(csv[0]!.tieline_labor_actions).toBe('1');
    expect(csv[0]!.tieline_sources!.split(' ')[0]).toBe('https://news.example.org/story-3');
    expect(csv[1]!.tieline_note).toMatch(/public mail provider/);
    expect(exportCsv(t, results, summaries, en, { bom: false }).startsWith('Donor')).toBe(true);
  });

  it('carries the reviewer decision: a rejected row has no company amounts, a confirmed one is a match', () => {
    const { t, results, summaries } = run('Donor\nAcme Holdings\nAcme Chat\n');
    const decisions = new Map([
      [0, 'rejected' as const],
      [1, 'confirmed' as const],
    ]);
    const csv = rows(exportCsv(t, results, summaries, en, { decisions, bom: false }));
    expect(csv.map((r) => [r.tieline_state, r.tieline_decision, r.tieline_direct_total_usd])).toEqual([
      ['none', 'rejected', ''],
      ['match', 'confirmed', '80'], // Acme Chat's result shows its owner Acme's ties
    ]);
    expect(stateCounts(results, decisions)).toEqual({ match: 1, review: 0, none: 1 });
    // Counts kept as the results arrived give the same answer, decisions applied on top.
    expect(stateCounts(results, decisions, countStates(results))).toEqual({ match: 1, review: 0, none: 1 });
    expect(countStates(results)).toEqual(stateCounts(results));
  });

  it('escapes formulas in every cell, the list’s and ours, and leaves plain numbers alone', () => {
    const { t, results, summaries } = run(
      'Donor,Note,Amount\n"=HYPERLINK(""http://x.example"",""y"")",+cmd|\' /C calc\'!A0,-12.5\n@SUM(1),"\t=1+1",-1+1\n',
    );
    const out = exportCsv(t, results, summaries, en, { bom: false });
    const csv = rows(out);
    expect(csv.map((r) => [r.Donor, r.Note, r.Amount])).toEqual([
      ['\'=HYPERLINK("http://x.example","y")', "'+cmd|' /C calc'!A0", '-12.5'],
      ["'@SUM(1)", "'\t=1+1", "'-1+1"],
    ]);
    for (const v of ['=1', '+1', '-x', '@a', '\tx', '\rx']) expect(safeCell(v)).toBe(`'${v}`);
    for (const v of ['-12', '3.5', 'Acme', ' =1']) expect(safeCell(v)).toBe(v);
  });
});

describe('CSV export of real bundled companies (issue 9)', () => {
  it('says how many labour actions were not the company’s own workers’, by whom', async () => {
    const { readBundledDataset } = await import('@/data/pipeline/bundled');
    const b = readBundledDataset();
    const index = new DatasetIndex(b);
    const t = parseTable('Donor,Site\nUber,uber.com\nSalesforce,salesforce.com\nPalantir,palantir.com\n');
    const results = screenRows(new ScreenIndex(b.companies), t, guessRoles(t));
    const summaries = new Map(
      results.flatMap((r) => (r.match ? [[r.match.companyId, summarizeResult(index.companyResult(r.match.companyId)!)] as const] : [])),
    );
    const csv = rows(exportCsv(t, results, summaries, en, { bom: false }));
    const count = (id: string, relation: string) =>
      index.companyResult(id)!.notes.filter((n) => n.kind === 'labor' && n.laborRelation === relation).length;
    expect(csv.map((r) => r.tieline_company_id)).toEqual(['uber', 'salesforce', 'palantir']);
    expect(csv[0]!.tieline_labor_not_own_workers).toBe(`Gig workers on its platform: ${count('uber', 'platform')}`);
    expect(count('uber', 'platform')).toBeGreaterThan(10);
    expect(csv[1]!.tieline_labor_not_own_workers).toBe(`Not its employees: ${count('salesforce', 'target')}`);
    // Palantir's employees' letters and the protests at it: only the latter are counted.
    expect(csv[2]!.tieline_labor_not_own_workers).toBe(`Not its employees: ${count('palantir', 'target')}`);
    expect(Number(csv[2]!.tieline_labor_actions)).toBeGreaterThan(count('palantir', 'target'));
  });
});
