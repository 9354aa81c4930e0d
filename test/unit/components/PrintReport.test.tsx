// @vitest-environment happy-dom
/** The printable screening report, on real bundled companies: its headline lines say whose workers acted (issue 9). */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { PrintReport } from '@/components/PrintReport';
import { DatasetIndex } from '@/data/model/domain-matcher';
import { parseDataset } from '@/data/model/schema';
import { es, renderIn } from '../../helpers/i18n';

afterEach(cleanup);

const bundle = new DatasetIndex(parseDataset(JSON.parse(readFileSync('data/dataset/dataset.json', 'utf8'))));
const props = (domains: string[]) => ({
  entries: [],
  companies: domains.map((d) => bundle.match(d)!),
  counts: { rows: domains.length, match: domains.length, review: 0, none: 0 },
  dataset: undefined,
  listName: 'donors.csv',
  checkedAt: '2026-11-30T20:00:00Z',
});

describe('PrintReport', () => {
  it('tells gig workers’ and outsiders’ actions as theirs in each company’s lines, in the reader’s language', () => {
    renderIn(<PrintReport {...props(['uber.com', 'salesforce.com'])} />);
    const [uber, salesforce] = screen.getAllByTestId('report-company');
    const lines = (el: HTMLElement) =>
      within(el)
        .getAllByRole('listitem')
        .map((li) => li.textContent ?? '');
    expect(lines(uber!).filter((l) => /^Legal action/.test(l))[0]).toMatch(
      /^Legal action: 12,501 people, 2018 \(gig workers on its platform\) — /,
    );
    expect(lines(salesforce!)).toContainEqual(expect.stringMatching(/^Protest: 10 people, 2019 \(not its employees\) — /));
    expect(lines(salesforce!)).toContainEqual(expect.stringMatching(/^Open letter over CBP: 650\+ people, 2018 — /));
    cleanup();
    renderIn(<PrintReport {...props(['uber.com'])} />, es);
    expect(screen.getByTestId('report-company').textContent).toContain('(trabajadores de su plataforma)');
  });
});
