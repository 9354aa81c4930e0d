import { useCallback, useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { ResultView } from '@/components/ResultView';
import { MatchBadge } from '@/components/MatchBadge';
import { ColumnPicker } from '@/components/ColumnPicker';
import { ResultsTable } from '@/components/ResultsTable';
import { PrintReport } from '@/components/PrintReport';
import { DatasetFooter } from '@/components/DatasetFooter';
import { activeDatasetInfo, companiesById, companyById, lookupQuery, startScreenWorker, type QueryAnswer } from '@/data/browser/lookup-page';
import { exportCsv, type CompanySummary } from '@/data/model/screening';
import type { JobEvent, JobRequest } from '@/data/browser/screen-job';
import type { Role } from '@/data/model/list-input';
import type { ActiveDataset } from '@/data/store/db';
import type { MatchResult } from '@/data/model/matcher';

type Parsed = Extract<JobEvent, { type: 'parsed' }>;
type Done = Extract<JobEvent, { type: 'done' }>;
type Bulk =
  | { step: 'idle' }
  | { step: 'parsed'; parsed: Parsed; roles: Role[] }
  | { step: 'running'; parsed: Parsed; done: number; total: number }
  | { step: 'done'; parsed: Parsed; result: Done; summaries: Map<string, CompanySummary> };

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function App() {
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [answer, setAnswer] = useState<QueryAnswer | null>(null);
  const [shown, setShown] = useState<MatchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dataset, setDataset] = useState<ActiveDataset | undefined>();
  const [paste, setPaste] = useState('');
  const [listName, setListName] = useState('Pasted list');
  const [bulk, setBulk] = useState<Bulk>({ step: 'idle' });
  const [bulkError, setBulkError] = useState<string | null>(null);
  const [report, setReport] = useState<MatchResult[] | null>(null);
  const worker = useRef<Worker | null>(null);

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
    activeDatasetInfo().then(setDataset, (err: unknown) => setError(String(err)));
    if (query) search(query);
    return () => worker.current?.terminate();
    // Run once, for a ?q= from the context menu.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** A fresh worker per list: cancelling is terminating it. */
  const send = (req: JobRequest, transfer: Transferable[] = []) => {
    if (!worker.current) {
      const w = startScreenWorker();
      w.onmessage = (e: MessageEvent<JobEvent>) => {
        const ev = e.data;
        if (ev.type === 'error') {
          setBulkError(ev.message);
          setBulk((b) => (b.step === 'running' ? { step: 'parsed', parsed: b.parsed, roles: b.parsed.roles } : b));
        } else if (ev.type === 'parsed') setBulk({ step: 'parsed', parsed: ev, roles: ev.roles });
        else if (ev.type === 'progress') setBulk((b) => (b.step === 'running' ? { ...b, done: ev.done, total: ev.total } : b));
        else setBulk((b) => (b.step === 'running' ? { step: 'done', parsed: b.parsed, result: ev, summaries: new Map(ev.summaries) } : b));
      };
      w.onerror = (e) => setBulkError(`The checker stopped: ${e.message}`);
      worker.current = w;
    }
    worker.current.postMessage(req, transfer);
  };

  const reset = () => {
    worker.current?.terminate();
    worker.current = null;
    setBulk({ step: 'idle' });
    setReport(null);
  };

  const readFile = (file: File) => {
    reset();
    setBulkError(null);
    setListName(file.name);
    file.arrayBuffer().then(
      (buf) => send({ type: 'parse', bytes: buf }, [buf]),
      (err: unknown) => setBulkError(`The file could not be read: ${String(err)}`),
    );
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const f = e.dataTransfer.files[0];
    if (f) readFile(f);
  };

  const submitQuery = (e: FormEvent) => {
    e.preventDefault();
    search(query);
  };

  if (report && bulk.step === 'done') {
    const matches = [...report].sort((a, b) => a.company.name.localeCompare(b.company.name));
    return (
      <main className="page">
        <div className="no-print toolbar">
          <button type="button" onClick={() => setReport(null)}>← Back</button>
          <button type="button" data-testid="print" onClick={() => window.print()}>Print or save as PDF</button>
        </div>
        <PrintReport
          matches={matches}
          rowsChecked={bulk.result.results.length}
          rowsMatched={bulk.result.results.filter((r) => r.match).length}
          dataset={bulk.result.dataset}
          listName={listName}
        />
      </main>
    );
  }

  return (
    <main className="page lookup">
      <h1>Check a company or a list</h1>
      <p className="muted">Everything you type or upload stays on this device: matching runs in your browser against Tieline’s dataset.</p>

      <form className="search big" role="search" onSubmit={submitQuery}>
        <label htmlFor="q">Company name, domain, URL or email address</label>
        <div className="row">
          <input id="q" data-testid="lookup-input" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. Salesforce Inc, slack.com or jane@slack.com" autoFocus />
          <button type="submit" data-testid="lookup-submit">Look up</button>
        </div>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      {answer && (
        <section className="answer" data-testid="lookup-answer">
          {answer.outcome.match && shown?.company.id === answer.outcome.match.companyId && <MatchBadge match={answer.outcome.match} />}
          {shown ? (
            <ResultView result={shown} expanded />
          ) : (
            <p data-testid="lookup-no-match">No company in the dataset matches “{query.trim()}”{answer.outcome.note ? `: ${answer.outcome.note}` : ''}.</p>
          )}
          {answer.others.length > 0 && (
            <div className="others">
              <h2 className="section">Other companies with these words in their name</h2>
              <ul className="hits">
                {answer.others.map((h) => (
                  <li key={h.id}>
                    <button type="button" onClick={() => void companyById(h.id).then(setShown)}>
                      {h.name}
                      {h.domains[0] ? <span className="muted"> {h.domains[0]}</span> : null}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}

      <h2>Screen a list</h2>
      <p className="muted">Paste names, email addresses or websites (one per line, or CSV/TSV with a header), or drop a CSV/TSV file. Up to 50,000 rows.</p>
      <div className="drop" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <textarea data-testid="paste" rows={6} value={paste} onChange={(e) => setPaste(e.target.value)} placeholder={'Donor,Email\nAcme Foundation,info@acme.example'} />
        <div className="row">
          <button
            type="button"
            data-testid="read-paste"
            onClick={() => {
              reset();
              setBulkError(null);
              setListName('Pasted list');
              send({ type: 'parse', text: paste });
            }}
          >
            Read pasted list
          </button>
          <label className="file">
            or choose a file <input type="file" data-testid="file-input" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" onChange={(e) => e.target.files?.[0] && readFile(e.target.files[0])} />
          </label>
        </div>
      </div>
      {bulkError && <p className="error" role="alert" data-testid="bulk-error">{bulkError}</p>}

      {bulk.step === 'parsed' && (
        <section>
          <p>
            {bulk.parsed.rowCount.toLocaleString('en-US')} rows{bulk.parsed.table.header ? ' (the first line is a header)' : ''}. Choose what each column holds:
          </p>
          <ColumnPicker header={bulk.parsed.table.header} preview={bulk.parsed.preview} roles={bulk.roles} onChange={(roles) => setBulk({ ...bulk, roles })} />
          <button
            type="button"
            data-testid="run-check"
            onClick={() => {
              setBulkError(null);
              setBulk({ step: 'running', parsed: bulk.parsed, done: 0, total: bulk.parsed.rowCount });
              send({ type: 'run', roles: bulk.roles });
            }}
          >
            Check {bulk.parsed.rowCount.toLocaleString('en-US')} rows
          </button>
        </section>
      )}

      {bulk.step === 'running' && (
        <section className="progress">
          <progress data-testid="progress" max={bulk.total} value={bulk.done} /> {bulk.done.toLocaleString('en-US')} of {bulk.total.toLocaleString('en-US')}{' '}
          <button type="button" data-testid="cancel" onClick={reset}>
            Cancel
          </button>
        </section>
      )}

      {bulk.step === 'done' && (
        <>
          <div className="toolbar">
            <span className="muted" data-testid="check-time">Checked in {(bulk.result.ms / 1000).toFixed(1)} s.</span>
            <button type="button" data-testid="export-csv" onClick={() => download(`${listName.replace(/\.[^.]+$/, '')}-tieline.csv`, exportCsv(bulk.parsed.table, bulk.result.results, bulk.summaries))}>
              Export CSV
            </button>
            <button
              type="button"
              data-testid="open-report"
              onClick={() => void companiesById([...bulk.summaries.keys()]).then((m) => setReport([...m.values()]), (err: unknown) => setBulkError(String(err)))}
            >
              Printable report
            </button>
            <button type="button" onClick={reset}>
              New list
            </button>
          </div>
          <ResultsTable
            table={bulk.parsed.table}
            results={bulk.result.results}
            summaries={bulk.summaries}
            onOpen={(id) =>
              void companyById(id).then((m) => {
                if (!m) return;
                setShown(m);
                setAnswer({ outcome: { match: null }, result: m, others: [] });
                scrollTo({ top: 0 });
              })
            }
          />
        </>
      )}
      {dataset && <DatasetFooter dataset={dataset} />}
    </main>
  );
}
