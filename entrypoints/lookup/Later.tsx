/**
 * The lookup page below its first answer, loaded after that answer is painted (App.tsx): a company's awards
 * table, the list check (screened in a worker) with its printable report, and the data's footer.
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import { ListInput } from '@/components/lookup/ListInput';
import { ListCheck } from '@/components/lookup/ListCheck';
import { PrintReport } from '@/components/PrintReport';
import { ResultView } from '@/components/ResultView';
import { AwardsTable } from '@/components/AwardsTable';
import { DatasetFooter } from '@/components/DatasetFooter';
import { useI18n } from '@/components/i18n';
import { useScreenJob } from '@/hooks/useScreenJob';
import { activeDatasetInfo, companyResult, companyResults } from '@/data/browser/lookup-page';
import { exportCsv } from '@/data/model/export-csv';
import { awardRows, awardsCsv } from '@/data/model/awards';
import { inputErrorText } from '@/data/model/list-input';
import { reportCompanyIds, reportEntries } from '@/data/model/report';
import { stateCounts } from '@/data/model/screening';
import type { MatchResult } from '@/data/model/result';
import ScreenWorker from './screen.worker.ts?worker';

const startWorker = () => new ScreenWorker();

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const exportAwards = (m: MatchResult) => (name: string) => download(name, awardsCsv(awardRows(m)));

/** A company's awards as a table, with its export. */
export function Awards({ result }: { result: MatchResult }) {
  return <AwardsTable result={result} onExport={exportAwards(result)} />;
}

export interface ListsProps {
  /** Whether the list's printable report is shown: it takes the whole page. */
  onPrinting: (printing: boolean) => void;
  onError: (error: string) => void;
}

/** The list check, its report and the data's footer. */
export function Lists({ onPrinting, onError }: ListsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [datasetInfo, setDatasetInfo] = useState<Awaited<ReturnType<typeof activeDatasetInfo>> | undefined>();
  const [report, setReport] = useState<MatchResult[] | null>(null);
  const [open, setOpen] = useState<{ row: number; result: MatchResult } | null>(null);
  const job = useScreenJob(startWorker);
  const { bulk } = job;
  const printing = !!report && bulk.step === 'done';

  useEffect(() => {
    activeDatasetInfo().then(setDatasetInfo, (err: unknown) => onError(String(err)));
  }, [onError]);
  // Before the frame is drawn, so the page never shows the report under the search.
  useLayoutEffect(() => onPrinting(printing), [printing, onPrinting]);

  if (report && bulk.step === 'done') {
    const { checked } = bulk;
    const entries = reportEntries(checked.table, checked.results, checked.summaries, job.decisions);
    const c = stateCounts(checked.results, job.decisions, checked.counts);
    return (
      <>
        <div className="no-print toolbar">
          <button type="button" onClick={() => setReport(null)}>
            {t('lookup.back')}
          </button>
          <button type="button" data-testid="print" onClick={() => window.print()}>
            {t('lookup.print')}
          </button>
        </div>
        <PrintReport
          entries={entries}
          companies={report}
          counts={{ rows: checked.results.length, ...c }}
          dataset={checked.dataset}
          listName={job.listName}
          checkedAt={checked.checkedAt}
        />
      </>
    );
  }

  return (
    <>
      <h2>{t('lookup.listHeading')}</h2>
      <p className="muted">{t('lookup.listHelp', { max: i18n.fmt.number(250_000) })}</p>
      <ListInput
        onText={(text) => {
          setReport(null);
          setOpen(null);
          job.readText(text);
        }}
        onFile={(file) => {
          setReport(null);
          setOpen(null);
          job.readFile(file);
        }}
      />
      {job.error && (
        <p className="error" role="alert" data-testid="bulk-error">
          {'key' in job.error
            ? inputErrorText(job.error.key, job.error.params, i18n)
            : t('lookup.unexpected', { error: job.error.message })}
        </p>
      )}
      {bulk.step !== 'idle' && (
        <ListCheck
          bulk={bulk}
          decisions={job.decisions}
          onDecide={job.decide}
          onRoles={job.setRoles}
          onRun={() => {
            setOpen(null);
            job.run();
          }}
          onCancel={() => {
            setReport(null);
            setOpen(null);
            job.reset();
          }}
          onExport={(bom) => {
            if (bulk.step !== 'done') return;
            const { checked } = bulk;
            const base = (job.listName || t('report.pastedList')).replace(/\.[^.]+$/, '');
            download(
              `${base}-tieline.csv`,
              exportCsv(checked.table, checked.results, checked.summaries, i18n, { decisions: job.decisions, bom }),
            );
          }}
          onReport={() => {
            if (bulk.step !== 'done') return;
            const { checked } = bulk;
            const ids = reportCompanyIds(reportEntries(checked.table, checked.results, checked.summaries, job.decisions));
            void companyResults(ids).then(
              (m) => setReport(ids.flatMap((id) => (m.get(id) ? [m.get(id)!] : []))),
              (err: unknown) => job.setError({ message: String(err) }),
            );
          }}
          open={
            open && {
              row: open.row,
              view: (
                <div className="company-detail" data-testid="company-detail">
                  <ResultView result={open.result} />
                  <Awards result={open.result} />
                </div>
              ),
            }
          }
          onOpen={(row, id) =>
            void companyResult(id).then((m) => {
              if (m) setOpen({ row, result: m });
            })
          }
          onClose={() => setOpen(null)}
        />
      )}
      {datasetInfo && <DatasetFooter {...datasetInfo} />}
    </>
  );
}
