import { useCallback, useEffect, useState } from 'react';
import { usePaintMark } from '@/hooks/usePaintMark';
import { MARKS } from '@/data/model/marks';
import { QueryForm } from '@/components/lookup/QueryForm';
import { QueryAnswerView } from '@/components/lookup/QueryAnswerView';
import { ListInput } from '@/components/lookup/ListInput';
import { ListCheck } from '@/components/lookup/ListCheck';
import { PrintReport } from '@/components/PrintReport';
import { ResultView } from '@/components/ResultView';
import { AwardsTable } from '@/components/AwardsTable';
import { DatasetFooter } from '@/components/DatasetFooter';
import { useI18n } from '@/components/i18n';
import { useScreenJob } from '@/hooks/useScreenJob';
import { activeDatasetInfo, companyResult, companyResults, lookupQuery, type QueryAnswer } from '@/data/browser/lookup-page';
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

/** The lookup page: one company by name, domain, URL or email; or a whole list, screened in a worker. */
export function App() {
  const i18n = useI18n();
  const { t } = i18n;
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [answer, setAnswer] = useState<QueryAnswer | null>(null);
  const [shown, setShown] = useState<MatchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [datasetInfo, setDatasetInfo] = useState<Awaited<ReturnType<typeof activeDatasetInfo>> | undefined>();
  const [report, setReport] = useState<MatchResult[] | null>(null);
  const [open, setOpen] = useState<{ row: number; result: MatchResult } | null>(null);
  const job = useScreenJob(startWorker);
  usePaintMark(MARKS.contentPainted, answer !== null);

  const search = useCallback((q: string) => {
    if (!q.trim()) return;
    setError(null);
    lookupQuery(q).then(
      (a) => {
        setAnswer(a);
        setShown(a.result);
      },
      (err: unknown) => setError(String(err)),
    );
  }, []);

  useEffect(() => {
    activeDatasetInfo().then(setDatasetInfo, (err: unknown) => setError(String(err)));
    // A ?q= from the context menu is looked up once, on opening.
    const initial = new URLSearchParams(location.search).get('q');
    if (initial) search(initial);
  }, [search]);

  const exportAwards = (m: MatchResult) => (name: string) => download(name, awardsCsv(awardRows(m)));
  const { bulk } = job;
  if (report && bulk.step === 'done') {
    const { checked } = bulk;
    const entries = reportEntries(checked.table, checked.results, checked.summaries, job.decisions);
    const c = stateCounts(checked.results, job.decisions, checked.counts);
    return (
      <main className="page">
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
      </main>
    );
  }

  const pick = (id: string) =>
    void companyResult(id).then((m) => {
      if (m) setShown(m);
    });

  return (
    <main className="page lookup">
      <h1>{t('lookup.title')}</h1>
      <p className="muted">{t('lookup.private')}</p>
      <QueryForm query={query} onChange={setQuery} onSubmit={search} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {answer && (
        <QueryAnswerView
          query={query}
          outcome={answer.outcome}
          shown={shown}
          others={answer.others}
          onPick={pick}
          awards={shown ? <AwardsTable result={shown} onExport={exportAwards(shown)} /> : null}
        />
      )}

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
                  <AwardsTable result={open.result} onExport={exportAwards(open.result)} />
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
    </main>
  );
}
