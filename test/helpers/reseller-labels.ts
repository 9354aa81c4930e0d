/**
 * The labelled reseller set (test/fixtures/reseller/reseller-labels.csv) scored against the rule, shared by
 * the quality test and by anyone inspecting the rule's mistakes.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { readSourceCompanies } from '@/data/pipeline/authored';
import { ResellerRule } from '@/data/pipeline/reseller';

export interface LabelRow {
  generated_award_id: string;
  action_date: string;
  recipient: string;
  maker_id: string;
  label: 'credit' | 'no';
  reason: string;
  transaction_description: string;
  product_service_description: string;
  naics_description: string;
}

export interface Scored {
  rows: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  wrong: { row: LabelRow; got: boolean }[];
}

export function registryKeywords(dir = 'data/dataset/sources') {
  const registry = readSourceCompanies(dir);
  return registry.flatMap((c) => (c.keywords ?? []).map((keyword) => ({ companyId: c.id, keyword })));
}

export function scoreResellerRule(rule = new ResellerRule(registryKeywords())): Scored {
  const rows = Papa.parse<LabelRow>(readFileSync('test/fixtures/reseller/reseller-labels.csv', 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const s: Scored = { rows: rows.length, tp: 0, fp: 0, fn: 0, tn: 0, precision: 0, recall: 0, wrong: [] };
  for (const row of rows) {
    const credits = rule.credits({
      text: row.transaction_description,
      psc: row.product_service_description,
      naics: row.naics_description,
      date: row.action_date,
    });
    const got = credits.some((c) => c.companyId === row.maker_id);
    const want = row.label === 'credit';
    if (got && want) s.tp++;
    else if (got) s.fp++;
    else if (want) s.fn++;
    else s.tn++;
    if (got !== want) s.wrong.push({ row, got });
  }
  s.precision = s.tp / (s.tp + s.fp);
  s.recall = s.tp / (s.tp + s.fn);
  return s;
}
