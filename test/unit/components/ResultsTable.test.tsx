// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { ResultsTable } from '@/components/ResultsTable';
import type { CompanySummary, Decision, RowResult } from '@/data/model/screening';
import { renderIn as render } from '../../helpers/i18n';

// happy-dom lays nothing out: the scrolling area says it is 560 px tall, so the virtualiser draws rows.
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    width: 1000,
    height: 560,
    top: 0,
    left: 0,
    right: 1000,
    bottom: 560,
    x: 0,
    y: 0,
    toJSON: () => ({}),
  });
  for (const [prop, value] of [
    ['offsetHeight', 560],
    ['offsetWidth', 1000],
    ['clientHeight', 560],
    ['clientWidth', 1000],
  ] as const)
    Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => value });
});
afterEach(cleanup);

const summary = (id: string, name: string, total: number, labor: number): CompanySummary => ({
  id,
  name,
  owners: [],
  via: [],
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
const match = (companyId: string, confidence = 1) => ({ companyId, how: 'name' as const, matched: companyId, confidence });

/** 50,000 rows: every 50th matches Zeta, every 75th (when not Zeta) is a suggestion of Alpha, the rest nothing. */
const N = 50_000;
const rows = Array.from({ length: N }, (_, i) => [`Row ${i + 1}`]);
const results: RowResult[] = rows.map((_, i) =>
  i % 50 === 0
    ? { row: i, match: match('zeta'), state: 'match' }
    : i % 75 === 0
      ? { row: i, match: match('alpha', 0.8), state: 'review' }
      : { row: i, match: null, state: 'none' },
);
const matches = Math.ceil(N / 50);
const reviews = Math.ceil(N / 75) - Math.ceil(N / 150);

function Table({ onOpen = () => {} }: { onOpen?: (row: number, id: string) => void }) {
  const [decisions, setDecisions] = useState<Map<number, Decision>>(new Map());
  const [open, setOpen] = useState<number | null>(null);
  return (
    <ResultsTable
      table={{ header: null, rows, width: 1 }}
      results={results}
      summaries={summaries}
      decisions={decisions}
      onDecide={(row, d) => setDecisions(new Map(decisions).set(row, d))}
      open={open === null ? null : { row: open, view: <p data-testid="company-view">company of row {open + 1}</p> }}
      onOpen={(row, id) => (setOpen(row), onOpen(row, id))}
      onClose={() => setOpen(null)}
    />
  );
}

const shownInputs = () => screen.getAllByTestId('result-row').map((r) => within(r).getAllByRole('cell')[1]!.textContent);

describe('ResultsTable', () => {
  it('counts each state, draws only the rows in view of 50,000, and keeps input order by default', () => {
    render(<Table />);
    expect(screen.getByTestId('results-count').textContent).toBe(
      `50,000 rows: ${matches.toLocaleString('en-US')} match, ${reviews.toLocaleString('en-US')} to review, ${(N - matches - reviews).toLocaleString('en-US')} no match`,
    );
    expect(screen.getAllByTestId('result-row').length).toBeLessThan(40);
    expect(shownInputs()[0]).toBe('Row 1');
  });

  it('filters by state and sorts by contract total; a confirmed suggestion becomes a match', () => {
    render(<Table />);
    fireEvent.click(screen.getByTestId('filter-review'));
    expect(shownInputs()[0]).toBe('Row 76');
    expect(screen.getByTestId('count-review').textContent).toBe(reviews.toLocaleString('en-US'));
    fireEvent.click(within(screen.getAllByTestId('result-row')[0]!).getByTestId('confirm'));
    expect(screen.getByTestId('count-review').textContent).toBe((reviews - 1).toLocaleString('en-US'));
    expect(shownInputs()[0]).toBe('Row 226');
    fireEvent.click(screen.getByTestId('filter-all'));
    fireEvent.change(screen.getByTestId('sort'), { target: { value: 'total' } });
    expect(shownInputs()[0]).toBe('Row 76'); // Alpha ($500) first, in input order
  });

  it('opens a company below its own row, and back closes it', () => {
    const onOpen = vi.fn();
    render(<Table onOpen={onOpen} />);
    fireEvent.click(screen.getAllByRole('button', { name: /Zeta Corp/ })[0]!);
    expect(onOpen).toHaveBeenCalledWith(0, 'zeta');
    expect(screen.getByTestId('company-view').textContent).toBe('company of row 1');
    expect(screen.getByTestId('row-detail').previousElementSibling?.getAttribute('data-row')).toBe('0');
    fireEvent.click(screen.getByTestId('back-to-row'));
    expect(screen.queryByTestId('row-detail')).toBeNull();
  });
});
