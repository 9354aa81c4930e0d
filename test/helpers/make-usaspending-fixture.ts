/**
 * Writes test/fixtures/pipeline/usaspending-api/cbp-ice-FY2026-sample.csv: our own small selection of the
 * public-domain USAspending rows in ../shared/data (FY2026: every CBP and ICE transaction with an action
 * date from 2026-03-01 to 2026-03-20, and every one whose description holds a double quote, to exercise
 * CSV quoting), in the same columns. The mock API (usaspending-mock.ts) serves these rows as API pages.
 *   npx tsx test/helpers/make-usaspending-fixture.ts
 */
import { writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { readCsv } from '../../data/pipeline/input';
import { USASPENDING_COLUMNS } from '../../data/pipeline/usaspending';

const SOURCE = '../shared/data/usaspending/cbp-ice-contract-transactions-FY2026.csv';
const OUT = 'test/fixtures/pipeline/usaspending-api/cbp-ice-FY2026-sample.csv';

const rows: Record<string, string>[] = [];
for await (const r of readCsv(SOURCE, USASPENDING_COLUMNS)) {
  const d = r['Action Date'] ?? '';
  if ((d >= '2026-03-01' && d <= '2026-03-20') || (r['Transaction Description'] ?? '').includes('"')) rows.push(r);
}
writeFileSync(OUT, `${Papa.unparse(rows, { columns: [...USASPENDING_COLUMNS], newline: '\n' })}\n`);
console.log(`wrote ${OUT}: ${rows.length} rows`);
