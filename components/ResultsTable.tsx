import { useMemo, useState } from 'react';
import type { Table } from '@/data/model/list-input';
import { agenciesText, type CompanySummary, type RowResult } from '@/data/model/screening';
import { matchReason, notesText } from '@/data/model/screen-words';
import { useI18n } from './i18n';

export interface ResultsTableProps {
  table: Pick<Table, 'header' | 'rows' | 'width'>;
  results: RowResult[];
  summaries: ReadonlyMap<string, CompanySummary>;
  onOpen: (companyId: string) => void;
}

type Sort = 'input' | 'company' | 'total' | 'labor';
const PAGE = 100;

/** The screened list: input row, matched company, how, contract agencies and totals, labor actions. */
export function ResultsTable({ table, results, summaries, onOpen }: ResultsTableProps) {
  const i18n = useI18n();
  const [onlyMatches, setOnlyMatches] = useState(false);
  const [sort, setSort] = useState<Sort>('input');
  const [page, setPage] = useState(0);
  const rows = useMemo(() => {
    const s = (r: RowResult) => (r.match ? summaries.get(r.match.companyId) : undefined);
    const list = onlyMatches ? results.filter((r) => r.match) : [...results];
    if (sort === 'company') list.sort((a, b) => (s(a)?.name ?? '\uffff').localeCompare(s(b)?.name ?? '\uffff') || a.row - b.row);
    if (sort === 'total') list.sort((a, b) => (s(b)?.directUsd ?? -1) - (s(a)?.directUsd ?? -1) || a.row - b.row);
    if (sort === 'labor') list.sort((a, b) => (s(b)?.laborActions ?? -1) - (s(a)?.laborActions ?? -1) || a.row - b.row);
    return list;
  }, [results, summaries, onlyMatches, sort]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const at = Math.min(page, pages - 1);
  const matched = results.filter((r) => r.match).length;
  return (
    <section className="results">
      <div className="toolbar">
        <strong data-testid="results-count">
          {matched.toLocaleString('en-US')} of {results.length.toLocaleString('en-US')} rows matched
        </strong>
        <label>
          <input
            type="checkbox"
            data-testid="only-matches"
            checked={onlyMatches}
            onChange={(e) => (setOnlyMatches(e.target.checked), setPage(0))}
          />{' '}
          matches only
        </label>
        <label>
          Sort by{' '}
          <select data-testid="sort" value={sort} onChange={(e) => (setSort(e.target.value as Sort), setPage(0))}>
            <option value="input">input order</option>
            <option value="company">company</option>
            <option value="total">contract total</option>
            <option value="labor">labor actions</option>
          </select>
        </label>
      </div>
      <div className="table-scroll">
        <table className="screened" data-testid="results-table">
          <thead>
            <tr>
              <th>#</th>
              <th>Input</th>
              <th>Company</th>
              <th>How it matched</th>
              <th>Contracts</th>
              <th>Labor actions</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(at * PAGE, at * PAGE + PAGE).map((r) => {
              const s = r.match ? summaries.get(r.match.companyId) : undefined;
              return (
                <tr key={r.row} data-testid="result-row" className={r.match ? 'hit' : 'miss'}>
                  <td>{r.row + 1}</td>
                  <td>{table.rows[r.row]!.filter(Boolean).join(' · ')}</td>
                  <td>
                    {s ? (
                      <button type="button" className="link" onClick={() => onOpen(s.id)}>
                        {s.name}
                        {s.owners.length ? <span className="muted"> (owned by {s.owners.join(', ')})</span> : null}
                      </button>
                    ) : (
                      <span className="muted">{r.notes?.length ? `no match — ${notesText(r.notes, i18n)}` : 'no match'}</span>
                    )}
                  </td>
                  <td>{r.match ? matchReason(r.match, i18n) : ''}</td>
                  <td>{s ? agenciesText(s, i18n) || '—' : ''}</td>
                  <td>{s ? s.laborActions : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <div className="pager">
          <button type="button" disabled={at === 0} onClick={() => setPage(at - 1)}>
            Previous
          </button>
          <span>
            Page {at + 1} of {pages}
          </span>
          <button type="button" disabled={at >= pages - 1} onClick={() => setPage(at + 1)}>
            Next
          </button>
        </div>
      )}
    </section>
  );
}
