import type { ReactNode } from 'react';
import type { Bulk } from '@/hooks/useScreenJob';
import type { Role } from '@/data/model/list-input';
import type { Decision } from '@/data/model/screening';
import { ColumnPicker } from '../ColumnPicker';
import { ResultsTable } from '../ResultsTable';
import { useI18n } from '../i18n';

export interface ListCheckProps {
  bulk: Exclude<Bulk, { step: 'idle' }>;
  decisions: ReadonlyMap<number, Decision>;
  onDecide: (row: number, d: Decision) => void;
  onRoles: (roles: Role[]) => void;
  onRun: () => void;
  onCancel: () => void;
  onExport: (bom: boolean) => void;
  onReport: () => void;
  open: { row: number; view: ReactNode } | null;
  onOpen: (row: number, companyId: string) => void;
  onClose: () => void;
}

/** A list being screened: pick columns, watch progress, then the results with review, export and report. */
export function ListCheck({
  bulk,
  decisions,
  onDecide,
  onRoles,
  onRun,
  onCancel,
  onExport,
  onReport,
  open,
  onOpen,
  onClose,
}: ListCheckProps) {
  const { t, fmt } = useI18n();
  if (bulk.step === 'reading') {
    return (
      <p className="progress" data-testid="reading">
        {t('list.reading', { count: bulk.rows })}
      </p>
    );
  }
  if (bulk.step === 'parsed') {
    return (
      <section>
        <p>
          {t(bulk.parsed.header ? 'list.rowsWithHeader' : 'list.rows', { count: bulk.parsed.rowCount })} {t('list.chooseColumns')}
        </p>
        <ColumnPicker header={bulk.parsed.header} preview={bulk.parsed.preview} roles={bulk.roles} onChange={onRoles} />
        <button type="button" data-testid="run-check" onClick={onRun}>
          {t('list.check', { count: bulk.parsed.rowCount })}
        </button>
      </section>
    );
  }
  if (bulk.step === 'running') {
    return (
      <section className="progress">
        <progress data-testid="progress" max={bulk.total} value={bulk.done} />{' '}
        {t('list.progress', { done: fmt.number(bulk.done), count: bulk.total })}{' '}
        <button type="button" data-testid="cancel" onClick={onCancel}>
          {t('list.cancel')}
        </button>
      </section>
    );
  }
  const { checked } = bulk;
  return (
    <>
      <div className="toolbar">
        <span className="muted" data-testid="check-time">
          {t('list.checkedIn', { seconds: fmt.decimal(checked.ms / 1000) })}
        </span>
        <button type="button" data-testid="export-csv" onClick={() => onExport(true)}>
          {t('list.export')}
        </button>
        <button type="button" data-testid="export-csv-nobom" className="link" onClick={() => onExport(false)}>
          {t('list.exportNoBom')}
        </button>
        <button type="button" data-testid="open-report" onClick={onReport}>
          {t('list.report')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('list.newList')}
        </button>
      </div>
      <ResultsTable
        table={checked.table}
        results={checked.results}
        counts={checked.counts}
        summaries={checked.summaries}
        decisions={decisions}
        onDecide={onDecide}
        open={open}
        onOpen={onOpen}
        onClose={onClose}
      />
    </>
  );
}
