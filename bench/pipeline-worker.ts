/** One measured run for bench/pipeline.bench.ts: `import` runs the importer, `parse` only the CSV reader. */
import { readCsv } from '../data/pipeline/input';
import { UsaspendingAggregator, USASPENDING_COLUMNS } from '../data/pipeline/usaspending';

const [mode, file] = process.argv.slice(2) as ['import' | 'parse', string];
const start = performance.now();
let rows = 0;
let awards: number | undefined;
if (mode === 'parse') {
  for await (const _row of readCsv(file, USASPENDING_COLUMNS)) rows++;
} else {
  const agg = new UsaspendingAggregator([{ companyId: 'x', keyword: 'SALESWIDGET' }]);
  await agg.addFile(file);
  rows = agg.stats.rows;
  awards = agg.stats.awards;
}
const ms = performance.now() - start;
// What the importer still holds once garbage is collected: the awards, not the rows.
(globalThis as { gc?: () => void }).gc?.();
const liveHeapMb = process.memoryUsage().heapUsed / 2 ** 20;
// maxRSS is in kilobytes: the process's peak resident memory, the figure the goal is about.
console.log(JSON.stringify({ rows, ms, peakRssMb: process.resourceUsage().maxRSS / 1024, liveHeapMb, awards }));
