import { useCallback, useEffect, useState } from 'react';
import { QueryForm } from '@/components/lookup/QueryForm';
import { QueryAnswerView } from '@/components/lookup/QueryAnswerView';
import { ListInput } from '@/components/lookup/ListInput';
import { ListCheck } from '@/components/lookup/ListCheck';
import { PrintReport } from '@/components/PrintReport';
import { DatasetFooter } from '@/components/DatasetFooter';
import { useScreenJob } from '@/hooks/useScreenJob';
import { activeDatasetInfo, companyResult, companyResults, lookupQuery, type QueryAnswer } from '@/data/browser/lookup-page';
import { exportCsv } from '@/data/model/export-csv';
import { inputErrorText } from '@/data/model/list-input';
import { useI18n } from '@/components/i18n';
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
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [answer, setAnswer] = useState<QueryAnswer | null>(null);
  const [shown, setShown] = useState<MatchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [datasetInfo, setDatasetInfo] = useState<Awaited<ReturnType<typeof activeDatasetInfo>> | undefined>();
  const [report, setReport] = useState<MatchResult[] | null>(null);
  const job = useScreenJob(startWorker);

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

  const { bulk } = job;
  if (report && bulk.step === 'done') {
    const matches = [...report].sort((a, b) => a.company.name.localeCompare(b.company.name));
    return (
      <main className="page">
        <div className="no-print toolbar">
          <button type="button" onClick={() => setReport(null)}>
            ← Back
          </button>
          <button type="button" data-testid="print" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </div>
        <PrintReport
          matches={matches}
          rowsChecked={bulk.result.results.length}
          rowsMatched={bulk.result.results.filter((r) => r.match).length}
          dataset={bulk.result.dataset}
          listName={job.listName}
        />
      </main>
    );
  }

  const openCompany = (id: string, fromList: boolean) =>
    void companyResult(id).then((m) => {
      if (!m) return;
      setShown(m);
      if (fromList) {
        setAnswer({ outcome: { match: null, state: 'none' }, result: m, others: [] });
        scrollTo({ top: 0 });
      }
    });

  return (
    <main className="page lookup">
      <h1>Check a company or a list</h1>
      <p className="muted">Everything you type or upload stays on this device: matching runs in your browser against Tieline’s dataset.</p>
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
          onPick={(id) => openCompany(id, false)}
        />
      )}

      <h2>Screen a list</h2>
      <p className="muted">
        Paste names, email addresses or websites (one per line, or CSV/TSV with a header), or drop a CSV/TSV file. Up to 50,000 rows.
      </p>
      <ListInput
        onText={(text) => {
          setReport(null);
          job.readText(text);
        }}
        onFile={(file) => {
          setReport(null);
          job.readFile(file);
        }}
      />
      {job.error && (
        <p className="error" role="alert" data-testid="bulk-error">
          {'key' in job.error ? inputErrorText(job.error.key, job.error.params, i18n) : job.error.message}
        </p>
      )}
      {bulk.step !== 'idle' && (
        <ListCheck
          bulk={bulk}
          onRoles={job.setRoles}
          onRun={job.run}
          onCancel={() => {
            setReport(null);
            job.reset();
          }}
          onExport={() => {
            if (bulk.step === 'done')
              download(
                `${job.listName.replace(/\.[^.]+$/, '')}-tieline.csv`,
                exportCsv(bulk.parsed.table, bulk.result.results, bulk.summaries, i18n),
              );
          }}
          onReport={() => {
            if (bulk.step === 'done')
              void companyResults([...bulk.summaries.keys()]).then(
                (m) => setReport([...m.values()]),
                (err: unknown) => job.setError({ message: String(err) }),
              );
          }}
          onOpen={(id) => openCompany(id, true)}
        />
      )}
      {datasetInfo && <DatasetFooter {...datasetInfo} />}
    </main>
  );
}
