// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { renderIn as render } from '../../helpers/i18n';
import { ResultsTable } from '@/components/ResultsTable';
import type { CompanySummary, RowResult } from '@/data/model/screening';

afterEach(cleanup);

const summary = (id: string, name: string, total: number, labor: number): CompanySummary => ({
  id,
  name,
  owners: [],
  agencies: total ? [{ acronym: 'ICE', totalUsd: total, resoldUsd: 0, awards: 1 }] : [],
  directUsd: total,
  resoldUsd: 0,
  laborActions: labor,
  contextNotes: 0,
  sources: [],
});
const summaries = new Map([
  ['zeta', summary('zeta', 'Zeta Corp', 10, 5)],
  ['alpha', summary('alpha', 'Alpha Inc', 500, 0)],
]);
const match = (companyId: string) => ({ companyId, how: 'name' as const, matched: companyId, confidence: 1 });

/** 250 rows: every 50th matches Zeta, every 75th Alpha (when not Zeta), the rest nothing. */
const rows = Array.from({ length: 250 }, (_, i) => [`Row ${i + 1}`]);
const results: RowResult[] = rows.map((_, i) => {
  const m = i % 50 === 0 ? match('zeta') : i % 75 === 0 ? match('alpha') : null;
  return { row: i, match: m, state: m ? 'match' : 'none' };
});

const shownInputs = () => screen.getAllByTestId('result-row').map((r) => within(r).getAllByRole('cell')[1]!.textContent);

describe('ResultsTable', () => {
  it('counts matches, pages by 100 and keeps input order by default', () => {
    render(<ResultsTable table={{ header: null, rows, width: 1 }} results={results} summaries={summaries} onOpen={() => {}} />);
    expect(screen.getByTestId('results-count').textContent).toBe('7 of 250 rows matched');
    expect(shownInputs()).toHaveLength(100);
    expect(shownInputs()[0]).toBe('Row 1');
    expect(screen.getByText('Page 1 of 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(shownInputs()[0]).toBe('Row 101');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(shownInputs()).toHaveLength(50);
    expect((screen.getByRole('button', { name: 'Next' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('filters to matches and sorts by contract total, labor actions or company, back on page one', () => {
    render(<ResultsTable table={{ header: null, rows, width: 1 }} results={results} summaries={summaries} onOpen={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByTestId('only-matches'));
    expect(shownInputs()).toEqual(['Row 1', 'Row 51', 'Row 76', 'Row 101', 'Row 151', 'Row 201', 'Row 226']);
    fireEvent.change(screen.getByTestId('sort'), { target: { value: 'total' } });
    expect(shownInputs().slice(0, 2)).toEqual(['Row 76', 'Row 226']); // Alpha ($500) first, in input order
    fireEvent.change(screen.getByTestId('sort'), { target: { value: 'labor' } });
    expect(shownInputs()[0]).toBe('Row 1'); // Zeta has the labor actions
    fireEvent.change(screen.getByTestId('sort'), { target: { value: 'company' } });
    expect(shownInputs().slice(0, 2)).toEqual(['Row 76', 'Row 226']); // Alpha before Zeta
  });

  it('opens a matched company by its id', () => {
    const onOpen = vi.fn();
    render(<ResultsTable table={{ header: null, rows, width: 1 }} results={results} summaries={summaries} onOpen={onOpen} />);
    fireEvent.click(screen.getAllByRole('button', { name: /Zeta Corp/ })[0]!);
    expect(onOpen).toHaveBeenCalledWith('zeta');
  });
});
