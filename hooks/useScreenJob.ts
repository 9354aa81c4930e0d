/**
 * The bulk check's worker, as React state: read a list (file or pasted text), pick columns, run, cancel,
 * and review. A fresh worker per list, so cancelling is terminating it. Rows and results arrive in batches
 * and are appended to arrays the hook owns (never copied per batch); `version` says they grew. Decisions
 * (confirm / reject) are kept by row. The worker is made by the caller (the lookup entrypoint bundles it),
 * which keeps this hook free of bundler specifics.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobError, JobEvent, JobRequest, ParsedList } from '@/data/model/screen-protocol';
import type { Role, Table } from '@/data/model/list-input';
import { countStates, type CompanySummary, type Decision, type RowResult } from '@/data/model/screening';
import type { ReviewState } from '@/data/model/screen-outcome';
import type { ActiveDataset } from '@/data/model/state';

export interface Checked {
  /** The list's rows as it has them (header and width from the parse). */
  table: Table;
  results: RowResult[];
  /** How many rows are in each state before any decision, counted as the results arrived. */
  counts: Record<ReviewState, number>;
  summaries: Map<string, CompanySummary>;
  dataset: ActiveDataset | undefined;
  ms: number;
  /** When the check finished (ISO): the report's date. */
  checkedAt: string;
}

export type Bulk =
  | { step: 'idle' }
  | { step: 'reading'; rows: number }
  | { step: 'parsed'; parsed: ParsedList; roles: Role[] }
  | { step: 'running'; parsed: ParsedList; done: number; total: number }
  | { step: 'done'; parsed: ParsedList; checked: Checked };

const noCounts = (): Record<ReviewState, number> => ({ match: 0, review: 0, none: 0 });

export function useScreenJob(startWorker: () => Worker) {
  const [bulk, setBulk] = useState<Bulk>({ step: 'idle' });
  const [error, setError] = useState<JobError | null>(null);
  const [listName, setListName] = useState('');
  const [decisions, setDecisions] = useState<ReadonlyMap<number, Decision>>(new Map());
  const worker = useRef<Worker | null>(null);
  const rows = useRef<string[][]>([]);
  const results = useRef<RowResult[]>([]);
  const summaries = useRef(new Map<string, CompanySummary>());
  const counts = useRef(noCounts());

  // The state as last rendered, for callbacks that act on it (sending a message is not a state update).
  const bulkNow = useRef(bulk);
  useEffect(() => {
    bulkNow.current = bulk;
  }, [bulk]);

  useEffect(() => () => worker.current?.terminate(), []);

  const send = useCallback(
    (req: JobRequest, transfer: Transferable[] = []) => {
      let w = worker.current;
      if (!w) {
        w = startWorker();
        w.onmessage = (e: MessageEvent<JobEvent>) => {
          const ev = e.data;
          if (ev.type === 'error') {
            setError(ev.error);
            setBulk((b) =>
              b.step === 'running'
                ? { step: 'parsed', parsed: b.parsed, roles: b.parsed.roles }
                : b.step === 'reading'
                  ? { step: 'idle' }
                  : b,
            );
          } else if (ev.type === 'reading') setBulk({ step: 'reading', rows: ev.rows });
          else if (ev.type === 'parsed') {
            const { type: _type, ...parsed } = ev;
            setBulk({ step: 'parsed', parsed, roles: parsed.roles });
          } else if (ev.type === 'rows') {
            for (const r of ev.rows) rows.current.push(r);
            for (const r of ev.results) results.current.push(r);
            // Counted batch by batch: counting 250,000 rows when the table is drawn took about 20 ms of that
            // task (a profile in Chromium), in which the page does not answer.
            countStates(ev.results, counts.current);
          } else if (ev.type === 'summaries') for (const [id, sum] of ev.summaries) summaries.current.set(id, sum);
          else if (ev.type === 'progress') setBulk((b) => (b.step === 'running' ? { ...b, done: ev.done, total: ev.total } : b));
          else
            setBulk((b) =>
              b.step === 'running'
                ? {
                    step: 'done',
                    parsed: b.parsed,
                    checked: {
                      table: { header: b.parsed.header, width: b.parsed.width, delimiter: ',', rows: rows.current },
                      results: results.current,
                      counts: counts.current,
                      summaries: new Map([...summaries.current, ...ev.summaries]),
                      dataset: ev.dataset,
                      ms: ev.ms,
                      checkedAt: new Date().toISOString(),
                    },
                  }
                : b,
            );
        };
        w.onerror = (e) => setError({ message: e.message });
        worker.current = w;
      }
      w.postMessage(req, transfer);
    },
    [startWorker],
  );

  const reset = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    rows.current = [];
    results.current = [];
    summaries.current = new Map();
    counts.current = noCounts();
    setDecisions(new Map());
    setBulk({ step: 'idle' });
  }, []);

  const readFile = useCallback(
    (file: File) => {
      reset();
      setError(null);
      setListName(file.name);
      setBulk({ step: 'reading', rows: 0 });
      file.arrayBuffer().then(
        (buf) => send({ type: 'parse', bytes: buf }, [buf]),
        (err: unknown) => setError({ message: String(err) }),
      );
    },
    [reset, send],
  );

  const readText = useCallback(
    (text: string) => {
      reset();
      setError(null);
      setListName('');
      send({ type: 'parse', text });
    },
    [reset, send],
  );

  const setRoles = useCallback((roles: Role[]) => setBulk((b) => (b.step === 'parsed' ? { ...b, roles } : b)), []);

  const run = useCallback(() => {
    const b = bulkNow.current;
    if (b.step !== 'parsed') return;
    setError(null);
    rows.current = [];
    results.current = [];
    summaries.current = new Map();
    counts.current = noCounts();
    setDecisions(new Map());
    send({ type: 'run', roles: b.roles });
    setBulk({ step: 'running', parsed: { ...b.parsed, roles: b.roles }, done: 0, total: b.parsed.rowCount });
  }, [send]);

  /** Confirm or reject a row's match; the same decision again takes it back. */
  const decide = useCallback(
    (row: number, d: Decision) =>
      setDecisions((m) => {
        const next = new Map(m);
        if (next.get(row) === d) next.delete(row);
        else next.set(row, d);
        return next;
      }),
    [],
  );

  return { bulk, error, setError, listName, decisions, decide, readFile, readText, setRoles, run, reset };
}
