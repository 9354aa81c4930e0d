import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DatasetError, parseDataset } from '@/data/model/schema';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { miniDataset } from '../../fixtures/datasets';

type Mutable = ReturnType<typeof miniDataset> & Record<string, unknown>;

function rejects(mutate: (d: Mutable) => void): string {
  const d = structuredClone(miniDataset()) as Mutable;
  mutate(d);
  try {
    parseDataset(d);
  } catch (err) {
    expect(err).toBeInstanceOf(DatasetError);
    return (err as Error).message;
  }
  throw new Error('expected the dataset to be rejected');
}

describe('dataset schema', () => {
  it('accepts the bundled dataset, with every note sourced', () => {
    const d = readBundledDataset();
    expect(d.companies.length).toBeGreaterThan(10);
    for (const n of d.notes) expect(n.sources.length, n.id).toBeGreaterThan(0);
    for (const c of d.companies) if (c.parent) expect(c.parent.sources.length, c.id).toBeGreaterThan(0);
  });

  it('accepts the fixture', () => {
    expect(parseDataset(miniDataset()).companies).toHaveLength(6);
  });

  it.each([
    ['a note without sources', (d: Mutable) => (d.notes[3]!.sources = []), /notes\[3\] \(id "acme-letter"\)\.sources: every note/],
    [
      'an http source',
      (d: Mutable) => (d.notes[0]!.sources[0]!.url = 'http://news.example.org/x'),
      /notes\[0\] \(id "acme-cbp"\)\.sources\[0\]\.url: expected an absolute https/,
    ],
    ['a javascript: source', (d: Mutable) => (d.notes[0]!.sources[0]!.url = 'javascript:alert(1)'), /sources\[0\]\.url/],
    ['a bad date', (d: Mutable) => ((d.notes[3] as { date: string }).date = '2018-13-01'), /notes\[3\] \(id "acme-letter"\)\.date/],
    ['an unknown labor action kind', (d: Mutable) => ((d.notes[3] as { action: string }).action = 'riot'), /notes\[3\].*action/],
    ['a negative head count', (d: Mutable) => ((d.notes[3] as { participants: number }).participants = -3), /participants/],
    [
      'a non-finite amount',
      (d: Mutable) => ((d.notes[0] as { awards: { amountUsd: number }[] }).awards[0]!.amountUsd = Number.NaN),
      /awards\[0\]\.amountUsd/,
    ],
    [
      'an upper-case domain',
      (d: Mutable) => (d.companies[0]!.domains![0] = 'Acme.example'),
      /companies\[0\] \(id "acme"\)\.domains\[0\]: expected a lower-case registrable domain/,
    ],
    ['a subdomain as a domain', (d: Mutable) => (d.companies[0]!.domains![0] = 'www.acme.example'), /companies\[0\].*domains\[0\]/],
    ['a public suffix as a domain', (d: Mutable) => (d.companies[0]!.domains![0] = 'co.uk'), /domains\[0\]/],
    [
      'a domain listed twice',
      (d: Mutable) => (d.companies[3]!.domains = ['acme.example']),
      /companies\[3\] \(id "laborco"\)\.domains\[0\]: domain "acme.example" is already listed for company "acme"/,
    ],
    ['a duplicate company id', (d: Mutable) => (d.companies[4]!.id = 'acme'), /duplicate company id "acme"/],
    [
      'an unknown parent',
      (d: Mutable) => (d.companies[1]!.parent!.id = 'nobody'),
      /companies\[1\] \(id "acme-chat"\)\.parent\.id: unknown parent company "nobody"/,
    ],
    ['an ownership link without a source', (d: Mutable) => (d.companies[1]!.parent!.sources = []), /parent\.sources/],
    [
      'an ownership cycle',
      (d: Mutable) => (d.companies[0]!.parent = { id: 'acme-chat-mobile', sources: d.companies[1]!.parent!.sources }),
      /ownership cycle/,
    ],
    [
      'a note for an unknown company',
      (d: Mutable) => (d.notes[3]!.companyId = 'ghost'),
      /notes\[3\] \(id "acme-letter"\)\.companyId: unknown company "ghost"/,
    ],
    ['a tie with an unknown agency', (d: Mutable) => ((d.notes[0] as { agencyId: string }).agencyId = 'fbi'), /unknown agency "fbi"/],
    [
      'two ties for one company and agency',
      (d: Mutable) => ((d.notes[2] as { agencyId: string }).agencyId = 'cbp'),
      /a second contract tie for company "acme-chat" and agency "cbp"/,
    ],
    ['a duplicate note id', (d: Mutable) => (d.notes[4]!.id = 'acme-letter'), /duplicate note id/],
    ['an unknown field', (d: Mutable) => ((d.companies[0] as Record<string, unknown>).ceo = 'x'), /companies\[0\]/],
    ['a wrong schema version', (d: Mutable) => ((d as { schemaVersion: number }).schemaVersion = 2), /schemaVersion/],
    ['a version that is not a positive integer', (d: Mutable) => (d.version = 0), /version/],
  ])('rejects %s, naming the record and field', (_name, mutate, pattern) => {
    expect(rejects(mutate)).toMatch(pattern);
  });

  it('rejects input that is not a dataset at all', () => {
    expect(() => parseDataset('<html>')).toThrow(DatasetError);
    expect(() => parseDataset(null)).toThrow(/Invalid dataset/);
  });

  it('keeps the published JSON Schema in step with the Zod schema', async () => {
    const { datasetJsonSchema } = await import('@/data/pipeline/json-schema');
    const committed = JSON.parse(readFileSync('data/dataset/dataset.schema.json', 'utf8'));
    expect(committed).toEqual(datasetJsonSchema());
  });
});
