/**
 * The screened list: a row per input row — its cells, the company, how it matched, its state (match, needs
 * review, no match) with the reviewer's decision, contract agencies and labour actions. Filter by state
 * (each with its count) and sort; confirm or reject a match; open a company below its own row and come back
 * to that row. Virtualised (@tanstack/react-virtual): only the rows in view are in the page, so 250,000 rows
 * draw like 30. Over 300 lines would be split; the row and the toolbar are here because they share state.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Table } from '@/data/model/list-input';
import type { ReviewState } from '@/data/model/screen-outcome';
import { agenciesText, decidedState, stateCounts, type CompanySummary, type Decision, type RowResult } from '@/data/model/screening';
import { ownershipPhrase } from '@/data/model/describe';
import { affiliateLabel, matchReason, notesText, STATE_KEYS } from '@/data/model/screen-words';
import { useI18n } from './i18n';

export interface ResultsTableProps {
  table: Pick<Table, 'header' | 'rows' | 'width'>;
  results: readonly RowResult[];
  /** The rows' own states, counted as they arrived (else counted here). */
  counts?: Readonly<Record<ReviewState, number>>;
  summaries: ReadonlyMap<string, CompanySummary>;
  decisions: ReadonlyMap<number, Decision>;
  onDecide: (row: number, d: Decision) => void;
  /** The row whose company is open below it, and the view of that company. */
  open: { row: number; view: ReactNode } | null;
  onOpen: (row: number, companyId: string) => void;
  onClose: () => void;
  /** Test hook and for small screens: a fixed height for the scrolling area. */
  height?: number;
}

type Sort = 'input' | 'company' | 'total' | 'labor' | 'confidence';
export type Filter = ReviewState | 'all';
const FILTERS: Filter[] = ['all', 'match', 'review', 'none'];

export function ResultsTable({
  table,
  results,
  counts: base,
  summaries,
  decisions,
  onDecide,
  open,
  onOpen,
  onClose,
  height = 560,
}: ResultsTableProps) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const [filter, setFilter] = useState<Filter>('all');
  const [sort, setSort] = useState<Sort>('input');
  const counts = useMemo(() => stateCounts(results, decisions, base), [results, decisions, base]);
  const rows = useMemo(() => {
    const s = (r: RowResult) => (r.match ? summaries.get(r.match.companyId) : undefined);
    // In the list's own order the results are shown as they are: no copy of a quarter of a million rows.
    if (filter === 'all' && sort === 'input') return results;
    const list = filter === 'all' ? [...results] : results.filter((r) => decidedState(r, decisions.get(r.row)) === filter);
    if (sort === 'company') list.sort((a, b) => (s(a)?.name ?? '\uffff').localeCompare(s(b)?.name ?? '\uffff') || a.row - b.row);
    if (sort === 'total')
      list.sort(
        (a, b) => (s(b)?.directUsd ?? -1) - (s(a)?.directUsd ?? -1) || (s(b)?.resoldUsd ?? -1) - (s(a)?.resoldUsd ?? -1) || a.row - b.row,
      );
    if (sort === 'labor') list.sort((a, b) => (s(b)?.laborActions ?? -1) - (s(a)?.laborActions ?? -1) || a.row - b.row);
    if (sort === 'confidence') list.sort((a, b) => (a.match?.confidence ?? 2) - (b.match?.confidence ?? 2) || a.row - b.row);
    return list;
    // Decisions change a row's state, which matters only to the filter.
  }, [results, summaries, filter, sort, decisions]);

  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 52,
    overscan: 8,
    // Before the first measurement (and where nothing is laid out, as in tests): the area's own height.
    initialRect: { width: 1000, height },
    // In the list's own order a row's index is its number: no lookup for each of 250,000 rows.
    getItemKey: rows === results ? (i) => i : (i) => rows[i]!.row,
  });
  const openAt = open ? rows.findIndex((r) => r.row === open.row) : -1;
  const back = useRef<number | null>(null);

  // Back from a company: to its row, in view and focused, where the reader left it.
  useEffect(() => {
    if (open || back.current === null) return;
    const at = rows.findIndex((r) => r.row === back.current);
    back.current = null;
    if (at < 0) return;
    virtual.scrollToIndex(at, { align: 'center' });
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-row="${rows[at]!.row}"] .open-company`)?.focus());
  }, [open, rows, virtual]);
  useEffect(() => {
    if (openAt >= 0) virtual.scrollToIndex(openAt, { align: 'start' });
  }, [openAt, virtual]);

  const label = (f: Filter) => (f === 'all' ? t('results.all') : t(STATE_KEYS[f]));
  const header = table.header ?? [];
  return (
    <section className="results">
      <div className="toolbar" role="toolbar">
        <strong data-testid="results-count">
          {t('results.count', {
            count: results.length,
            match: fmt.number(counts.match),
            review: fmt.number(counts.review),
            none: fmt.number(counts.none),
          })}
        </strong>
        <span className="filters" role="group" aria-label={t('results.filter')}>
          {FILTERS.map((f) => (
            <button
              key={f}
              type="button"
              data-testid={`filter-${f}`}
              aria-pressed={filter === f}
              className={filter === f ? 'on' : ''}
              onClick={() => setFilter(f)}
            >
              {label(f)} <span data-testid={`count-${f}`}>{fmt.number(f === 'all' ? results.length : counts[f])}</span>
            </button>
          ))}
        </span>
        <label>
          {t('results.sortBy')}{' '}
          <select data-testid="sort" value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
            <option value="input">{t('results.sortInput')}</option>
            <option value="company">{t('results.sortCompany')}</option>
            <option value="total">{t('results.sortTotal')}</option>
            <option value="labor">{t('results.sortLabor')}</option>
            <option value="confidence">{t('results.sortConfidence')}</option>
          </select>
        </label>
      </div>
      <div className="screened" role="table" data-testid="results-table" aria-rowcount={rows.length}>
        <div className="screened-head" role="row">
          <span role="columnheader">#</span>
          <span role="columnheader">{t('results.input')}</span>
          <span role="columnheader">{t('results.company')}</span>
          <span role="columnheader">{t('results.how')}</span>
          <span role="columnheader">{t('results.contracts')}</span>
          <span role="columnheader">{t('results.labor')}</span>
          <span role="columnheader">{t('results.review')}</span>
        </div>
        <div
          ref={scroller}
          className="screened-body"
          // Fits a short list whole: the rows' measured heights (multi-line rows are taller than the estimate).
          style={{ height: Math.min(height, Math.max(virtual.getTotalSize(), 52) + (open ? 900 : 0)) }}
        >
          <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
            {virtual.getVirtualItems().map((v) => {
              const r = rows[v.index]!;
              const s = r.match ? summaries.get(r.match.companyId) : undefined;
              const d = decisions.get(r.row);
              const state = decidedState(r, d);
              const cells = table.rows[r.row] ?? [];
              return (
                <div
                  key={v.key}
                  ref={virtual.measureElement}
                  data-index={v.index}
                  className="screened-item"
                  style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${v.start}px)` }}
                >
                  <div role="row" data-testid="result-row" data-row={r.row} data-state={state} className={`screened-row state-${state}`}>
                    <span role="cell">{r.row + 1}</span>
                    <span
                      role="cell"
                      className="input"
                      title={cells
                        .map((c, i) => `${header[i] ?? i + 1}: ${c}`)
                        .join('\n')
                        .slice(0, 2000)}
                    >
                      {cells
                        .map((c) => c.trim())
                        .filter(Boolean)
                        .join(' · ')
                        .slice(0, 300)}
                    </span>
                    <span role="cell">
                      {s ? (
                        <button
                          type="button"
                          className="link open-company"
                          onClick={() => (open?.row === r.row ? onClose() : onOpen(r.row, s.id))}
                        >
                          {r.state === 'review' && !d ? t('results.didYouMean', { company: s.name }) : s.name}
                          {r.match?.affiliate ? <span className="muted"> ({affiliateLabel(r.match.affiliate, s.name, i18n)})</span> : null}
                          {s.via.length ? <span className="muted"> ({ownershipPhrase(s.via, i18n)})</span> : null}
                        </button>
                      ) : (
                        <span className="muted">
                          {t('screen.state.none')}
                          {r.notes?.length ? ` — ${notesText(r.notes, i18n)}` : ''}
                        </span>
                      )}
                    </span>
                    <span role="cell">
                      <span className={`state-tag state-${state}`} data-testid="row-state">
                        {t(STATE_KEYS[state])}
                      </span>{' '}
                      {r.match ? matchReason(r.match, i18n) : ''}
                    </span>
                    <span role="cell">{s ? agenciesText(s, i18n) || '—' : ''}</span>
                    <span role="cell">{s ? fmt.number(s.laborActions) : ''}</span>
                    <span role="cell" className="decide">
                      {r.match && (
                        <>
                          <button
                            type="button"
                            data-testid="confirm"
                            aria-pressed={d === 'confirmed'}
                            onClick={() => onDecide(r.row, 'confirmed')}
                          >
                            {t('results.confirm')}
                          </button>
                          <button
                            type="button"
                            data-testid="reject"
                            aria-pressed={d === 'rejected'}
                            onClick={() => onDecide(r.row, 'rejected')}
                          >
                            {t('results.reject')}
                          </button>
                        </>
                      )}
                    </span>
                  </div>
                  {open?.row === r.row && (
                    <div className="row-detail" data-testid="row-detail">
                      <button
                        type="button"
                        data-testid="back-to-row"
                        onClick={() => {
                          back.current = r.row;
                          onClose();
                        }}
                      >
                        {t('results.backToRow', { row: r.row + 1 })}
                      </button>
                      {open.view}
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
