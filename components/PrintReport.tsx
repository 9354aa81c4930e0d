import type { ActiveDataset } from '@/data/model/state';
import type { MatchResult } from '@/data/model/result';
import { formatDate } from '@/data/model/format';
import { ResultView } from './ResultView';

export interface PrintReportProps {
  matches: MatchResult[];
  rowsChecked: number;
  rowsMatched: number;
  dataset: ActiveDataset | undefined;
  listName: string;
}

/** A printable report ("Save as PDF"): every matched company's notes and sources, and the data used. */
export function PrintReport({ matches, rowsChecked, rowsMatched, dataset, listName }: PrintReportProps) {
  return (
    <article className="print-report" data-testid="print-report">
      <h1>Tieline screening report</h1>
      <p>
        {listName}: {rowsChecked.toLocaleString('en-US')} rows checked, {rowsMatched.toLocaleString('en-US')} matched {matches.length}{' '}
        companies.
      </p>
      <p className="muted">
        Dataset version {dataset?.version ?? '?'} of {dataset ? formatDate(dataset.generatedAt.slice(0, 10)) : '?'}. Matching ran on this
        device; every note below lists its sources.
      </p>
      {matches.map((m) => (
        <section key={m.company.id} className="report-company">
          <ResultView result={m} expanded />
        </section>
      ))}
    </article>
  );
}
