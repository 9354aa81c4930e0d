/**
 * The bulk check's worker, as React state: read a list (file or pasted text), pick columns, run, cancel.
 * A fresh worker per list, so cancelling is terminating it. The worker is made by the caller (the
 * lookup entrypoint bundles it), which keeps this hook free of bundler specifics.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobError, JobEvent, JobRequest } from '@/data/model/screen-protocol';
import type { Role } from '@/data/model/list-input';
import type { CompanySummary } from '@/data/model/screening';

export type Parsed = Extract<JobEvent, { type: 'parsed' }>;
export type Done = Extract<JobEvent, { type: 'done' }>;
export type Bulk =
  | { step: 'idle' }
  | { step: 'parsed'; parsed: Parsed; roles: Role[] }
  | { step: 'running'; parsed: Parsed; done: number; total: number }
  | { step: 'done'; parsed: Parsed; result: Done; summaries: Map<string, CompanySummary> };

export function useScreenJob(startWorker: () => Worker) {
  const [bulk, setBulk] = useState<Bulk>({ step: 'idle' });
  const [error, setError] = useState<JobError | null>(null);
  const [listName, setListName] = useState('Pasted list');
  const worker = useRef<Worker | null>(null);

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
            setBulk((b) => (b.step === 'running' ? { step: 'parsed', parsed: b.parsed, roles: b.parsed.roles } : b));
          } else if (ev.type === 'parsed') setBulk({ step: 'parsed', parsed: ev, roles: ev.roles });
          else if (ev.type === 'progress') setBulk((b) => (b.step === 'running' ? { ...b, done: ev.done, total: ev.total } : b));
          else
            setBulk((b) => (b.step === 'running' ? { step: 'done', parsed: b.parsed, result: ev, summaries: new Map(ev.summaries) } : b));
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
    setBulk({ step: 'idle' });
  }, []);

  const readFile = useCallback(
    (file: File) => {
      reset();
      setError(null);
      setListName(file.name);
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
      setListName('Pasted list');
      send({ type: 'parse', text });
    },
    [reset, send],
  );

  const setRoles = useCallback((roles: Role[]) => setBulk((b) => (b.step === 'parsed' ? { ...b, roles } : b)), []);

  const run = useCallback(() => {
    setError(null);
    setBulk((b) => {
      if (b.step !== 'parsed') return b;
      send({ type: 'run', roles: b.roles });
      return { step: 'running', parsed: b.parsed, done: 0, total: b.parsed.rowCount };
    });
  }, [send]);

  return { bulk, error, setError, listName, readFile, readText, setRoles, run, reset };
}
