// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { ResultView } from '@/components/ResultView';
import { ConflictList } from '@/components/ConflictList';
import { DatasetIndex } from '@/data/model/domain-matcher';
import { parseDataset } from '@/data/model/schema';
import type { Conflict } from '@/data/model/conflict';
import { miniDataset } from '../../fixtures/datasets';
import { es, renderIn } from '../../helpers/i18n';

afterEach(cleanup);

const LIST = 'https://lists.example.org/mine/';
const conflicts: Conflict[] = [
  { list: LIST, kind: 'domain', companyId: 'acme', companyName: 'Acme', domain: 'acme.example', value: 'GoodCo (ethical!)' },
  { list: LIST, kind: 'note', companyId: 'acme', companyName: 'Acme', noteId: 'acme-refusal', value: 'It never happened.' },
  { list: LIST, kind: 'agency', agencyId: 'cbp', value: 'Friendly Border Agency (FBA)' },
];

function acme() {
  const d = miniDataset();
  d.notes.push({
    id: 'acme-from-list',
    kind: 'context',
    companyId: 'acme',
    title: 'Added by a list',
    summary: 'A list added this.',
    sources: [{ url: 'https://news.example.org/l', publisher: 'Example News', title: 'L' }],
    list: LIST,
  });
  return { ...new DatasetIndex(parseDataset(d)).match('acme.example')!, conflicts };
}

describe('provenance and conflicts in a result', () => {
  it('shows where the company and every note came from', () => {
    renderIn(<ResultView result={acme()} expanded />);
    expect(screen.getByTestId('company-list').textContent).toBe('From: the data bundled with Tieline');
    const notes = screen.getAllByTestId('note');
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(within(n).getAllByTestId('provenance').length).toBeGreaterThan(0);
    const fromList = notes.find((n) => n.textContent?.includes('Added by a list'))!;
    expect(within(fromList).getByTestId('provenance').textContent).toBe('From list: lists.example.org/mine');
  });

  it('puts each conflict beside what it is about: the company in its header, a note and an agency beside them', () => {
    renderIn(<ResultView result={acme()} expanded />);
    const header = screen.getByTestId('company-name').closest('header')!;
    expect(within(header).getByTestId('conflict').textContent).toBe(
      'List lists.example.org/mine says otherwise: it says acme.example belongs to “GoodCo (ethical!)”. The built-in data is kept.',
    );
    const refusal = screen.getAllByTestId('note').find((n) => n.textContent?.includes('A nonprofit refused a gift'))!;
    expect(within(refusal).getByTestId('conflict').textContent).toMatch(/says otherwise: it tells this differently: “It never happened\.”/);
    const cbp = screen.getAllByTestId('note').find((n) => n.dataset.kind === 'contract' && n.textContent?.includes('CBP'))!;
    expect(within(cbp).getByTestId('conflict').textContent).toMatch(/it names this agency “Friendly Border Agency \(FBA\)”/);
    expect(screen.getAllByTestId('conflict')).toHaveLength(3);
  });

  it('lists every disagreement on the settings page, in Spanish too', () => {
    renderIn(<ConflictList conflicts={{ total: 4, items: conflicts }} />);
    expect(screen.getByRole('heading').textContent).toBe('4 disagreements between lists');
    expect(screen.getAllByTestId('conflict').map((c) => c.textContent?.split(' — ')[0])).toEqual(['Acme', 'Acme', 'Agency “cbp”']);
    expect(screen.getByText('and 1 more')).toBeTruthy();
    cleanup();
    renderIn(<ConflictList conflicts={{ total: 3, items: conflicts }} />, es);
    expect(screen.getAllByTestId('conflict')[0]!.textContent).toMatch(
      /La lista lists\.example\.org\/mine dice otra cosa: dice que acme\.example pertenece a «GoodCo \(ethical!\)»/,
    );
  });

  it('shows nothing when no list says otherwise', () => {
    renderIn(<ConflictList conflicts={{ total: 0, items: [] }} />);
    expect(screen.queryByTestId('conflicts')).toBeNull();
  });
});
