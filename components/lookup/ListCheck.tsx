import type { Bulk } from '@/hooks/useScreenJob';
import type { Role } from '@/data/model/list-input';
import { ColumnPicker } from '../ColumnPicker';
import { ResultsTable } from '../ResultsTable';

export interface ListCheckProps {
  bulk: Exclude<Bulk, { step: 'idle' }>;
  onRoles: (roles: Role[]) => void;
  onRun: () => void;
  onCancel: () => void;
  onExport: () => void;
  onReport: () => void;
  onOpen: (companyId: string) => void;
}

/** A list being screened: pick columns, watch progress, then the results with export and report. */
export function ListCheck({ bulk, onRoles, onRun, onCancel, onExport, onReport, onOpen }: ListCheckProps) {
  if (bulk.step === 'parsed') {
    return (
      <section>
        <p>
          {bulk.parsed.rowCount.toLocaleString('en-US')} rows{bulk.parsed.table.header ? ' (the first line is a header)' : ''}. Choose what
          each column holds:
        </p>
        <ColumnPicker header={bulk.parsed.table.header} preview={bulk.parsed.preview} roles={bulk.roles} onChange={onRoles} />
        <button type="button" data-testid="run-check" onClick={onRun}>
          Check {bulk.parsed.rowCount.toLocaleString('en-US')} rows
        </button>
      </section>
    );
  }
  if (bulk.step === 'running') {
    return (
      <section className="progress">
        <progress data-testid="progress" max={bulk.total} value={bulk.done} /> {bulk.done.toLocaleString('en-US')} of{' '}
        {bulk.total.toLocaleString('en-US')}{' '}
        <button type="button" data-testid="cancel" onClick={onCancel}>
          Cancel
        </button>
      </section>
    );
  }
  return (
    <>
      <div className="toolbar">
        <span className="muted" data-testid="check-time">
          Checked in {(bulk.result.ms / 1000).toFixed(1)} s.
        </span>
        <button type="button" data-testid="export-csv" onClick={onExport}>
          Export CSV
        </button>
        <button type="button" data-testid="open-report" onClick={onReport}>
          Printable report
        </button>
        <button type="button" onClick={onCancel}>
          New list
        </button>
      </div>
      <ResultsTable table={bulk.parsed.table} results={bulk.result.results} summaries={bulk.summaries} onOpen={onOpen} />
    </>
  );
}
