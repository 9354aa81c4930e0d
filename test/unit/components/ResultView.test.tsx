// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '@/components/i18n';
import { ResultView } from '@/components/ResultView';
import { DatasetIndex } from '@/data/model/domain-matcher';
import { parseDataset, type DatasetInput } from '@/data/model/schema';
import { miniDataset } from '../../fixtures/datasets';
import { en, renderIn } from '../../helpers/i18n';

afterEach(cleanup);

/** The mini dataset with `n` more labor actions for Acme, one a month from 2020. */
function withLabor(n: number): DatasetIndex {
  const d: DatasetInput = miniDataset();
  for (let i = 0; i < n; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    d.notes.push({
      id: `acme-protest-${i}`,
      kind: 'labor',
      companyId: 'acme',
      date: `${2020 + Math.floor(i / 12)}-${month}`,
      action: 'protest',
      summary: `Protest ${i}.`,
      sources: [{ url: `https://news.example.org/p${i}`, publisher: 'Example News', title: `P${i}` }],
    });
  }
  return new DatasetIndex(parseDataset(d));
}

describe('ResultView', () => {
  it("groups a company's and its owners' contract ties by agency, each labelled with whose it is", () => {
    const r = new DatasetIndex(parseDataset(miniDataset())).match('chatmobile.example')!;
    renderIn(<ResultView result={r} />);
    expect(screen.getByTestId('company-name').textContent).toBe('Acme Chat Mobile');
    const contracts = screen.getAllByTestId('note').filter((n) => n.dataset.kind === 'contract');
    // Acme Chat (CBP, ICE) and Acme (CBP): two agencies, CBP holding both companies' ties.
    expect(contracts.map((c) => within(c).getByRole('heading').textContent)).toEqual([
      'U.S. Customs and Border Protection (CBP)',
      'U.S. Immigration and Customs Enforcement (ICE)',
    ]);
    expect(
      within(contracts[0]!)
        .getAllByText(/^Acme( Chat)?$/)
        .map((e) => e.textContent),
    ).toEqual(['Acme Chat', 'Acme']);
    expect(screen.getByTestId('match-explanation').textContent).toBe(
      'chatmobile.example → Acme Chat Mobile, owned by Acme Chat, owned by Acme',
    );
  });

  it('leads with the headline lines, most serious first, each with its kind and a source link', () => {
    const r = new DatasetIndex(parseDataset(miniDataset())).match('acme.example')!;
    renderIn(<ResultView result={r} level={1} />);
    const ties = screen.getAllByTestId('tie');
    expect(ties.map((t) => t.dataset.kind)).toEqual(['contract', 'labor', 'context']);
    expect(ties.map((t) => t.querySelector('.tie-text')!.textContent)).toEqual([
      '$80 in CBP contracts, FY2021–22',
      'Open letter: 650 people, 2018',
      'A nonprofit refused a gift, 2018',
    ]);
    // An author's title stays in English, and says so.
    expect(ties[2]!.querySelector('.tie-text')!.getAttribute('lang')).toBe('en');
    for (const t of ties) expect(within(t).getByTestId('tie-source').getAttribute('href')).toMatch(/^https:\/\//);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Acme');
    // The details are folded by group until asked for.
    const groups = [...document.querySelectorAll<HTMLDetailsElement>('details.group')];
    expect(groups.length).toBe(3);
    expect(groups.every((d) => !d.open)).toBe(true);
  });

  it('says when a company is in the data with nothing on record', () => {
    renderIn(<ResultView result={new DatasetIndex(parseDataset(miniDataset())).match('quiet.example')!} />);
    expect(screen.getByTestId('nothing-on-record').textContent).toMatch(/^Quiet Inc is in Tieline's data, with nothing on record/);
    expect(screen.queryAllByTestId('tie')).toEqual([]);
  });

  it('shows the eight weightiest labor actions and folds the rest, still in the page', () => {
    const r = withLabor(12).match('acme.example')!;
    renderIn(<ResultView result={r} />);
    const labor = screen.getAllByTestId('note').filter((n) => n.dataset.kind === 'labor');
    expect(labor).toHaveLength(13);
    expect(screen.getByText('Labor actions (13)')).toBeTruthy();
    // Most participants first: the 650-person letter leads, though it is the oldest.
    expect(within(labor[0]!).getByText('Staff wrote a letter.')).toBeTruthy();
    const more = screen.getByText('Show 5 more labor actions').closest('details')!;
    expect(more.open).toBe(false);
    expect(within(more).getAllByTestId('note')).toHaveLength(5);
    // Then newest first: the five oldest protests are folded.
    expect(within(more).getByText('Protest 0.')).toBeTruthy();
  });

  it('opens everything when expanded (the lookup page and the report)', () => {
    renderIn(<ResultView result={withLabor(12).match('acme.example')!} expanded />);
    expect(screen.getByText('Show 5 more labor actions').closest('details')!.open).toBe(true);
    expect([...document.querySelectorAll<HTMLDetailsElement>('details.group')].every((d) => d.open)).toBe(true);
  });

  it("shows each source link's host beside its publisher, so a publisher's name cannot disguise where a link leads", () => {
    const d = miniDataset();
    d.notes[4]!.sources = [{ url: 'https://www.evil.example.com/story', publisher: 'The New York Times', title: 'A story' }];
    renderIn(<ResultView result={new DatasetIndex(parseDataset(d)).match('acme.example')!} />);
    const links = screen.getAllByTestId('source-link').map((a) => a.textContent);
    expect(links).toContain('The New York Times (evil.example.com)');
    expect(links).toContain('Example News (news.example.org), 2 Jan 2020');
  });

  it('draws the headline lines first and the folded details just after (the first frame carries only what shows)', () => {
    const r = withLabor(5).match('acme.example')!;
    // The first render (what a server renders): the lines' list and the groups' titles, none of the folded
    // notes. The header and the lines are painted into their elements in a layout effect (components/paint/),
    // before the browser paints that first frame: a server render has the elements, empty.
    const first = renderToStaticMarkup(
      <I18nProvider value={en}>
        <ResultView result={r} />
      </I18nProvider>,
    );
    expect(first).toContain('<ul class="ties"');
    expect(first).toContain('<details class="group"');
    expect(first).not.toContain('data-testid="note"');
    // Opened by default (the lookup page's report), everything is in the first render.
    const expanded = renderToStaticMarkup(
      <I18nProvider value={en}>
        <ResultView result={r} expanded />
      </I18nProvider>,
    );
    expect(expanded).toContain('data-testid="note"');
    // In the page, the details follow at once.
    renderIn(<ResultView result={r} />);
    expect(screen.getAllByTestId('note').length).toBeGreaterThan(5);
  });
});

describe('whose workers acted (issue 9)', () => {
  it('labels a labour note that is not the company’s own workers’, quietly, with its meaning on hover (real bundle: Meta)', async () => {
    const { readFileSync } = await import('node:fs');
    const r = new DatasetIndex(parseDataset(JSON.parse(readFileSync('data/dataset/dataset.json', 'utf8')))).match('facebook.com')!;
    renderIn(<ResultView result={r} expanded />);
    const labor = screen.getAllByTestId('note').filter((n) => n.dataset.kind === 'labor');
    expect(labor.length).toBe(r.notes.filter((n) => n.kind === 'labor').length);
    const tags = screen.getAllByTestId('note-relation');
    // Every label is a note's relation other than its own workers', and every such note has one.
    const others = r.notes.filter((n) => n.kind === 'labor' && n.laborRelation && n.laborRelation !== 'employer');
    expect(tags.length).toBe(others.length);
    expect(new Set(tags.map((t) => t.dataset.relation))).toEqual(new Set(['client', 'target']));
    const moderators = labor.find((n) =>
      within(n).queryByText(/^An open letter by contract workers at Facebook \(now Meta\) involving more than 200/),
    )!;
    const tag = within(moderators).getByTestId('note-relation');
    expect(tag.textContent).toBe('Contract workers');
    expect(tag.getAttribute('title')).toMatch(/^Employed by another company/);
    // The headline's labour lines are Meta's own employees' (their actions come first); the contractors' are above.
    const lines = screen.getAllByTestId('tie').filter((t) => t.dataset.kind === 'labor');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.textContent).not.toMatch(/\((contract workers|not its employees)\)/);
  });

  it('says nothing more of a note of the company’s own workers, or one written before the field', () => {
    const r = withLabor(2).match('acme.example')!;
    renderIn(<ResultView result={r} expanded />);
    expect(screen.queryAllByTestId('note-relation')).toEqual([]);
  });
});
