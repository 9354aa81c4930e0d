import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DatasetError, parseDataset, sourceUrlProblem } from '@/data/model/schema';
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

  it.each<[string, (d: Mutable) => unknown, RegExp]>([
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
    ...(
      [
        ['an IPv4 address', 'https://10.0.0.1/report'],
        ['a loopback address', 'https://127.0.0.1/'],
        ['an address spelt as one number', 'https://2130706433/'],
        ['an IPv6 address', 'https://[::1]/x'],
        ['a link-local IPv6 address', 'https://[fe80::1]/x'],
        ['localhost', 'https://localhost/x'],
        ['a single-label host', 'https://intranet/x'],
        ['a .local name', 'https://printer.local/x'],
        ['a .internal name', 'https://wiki.corp.internal/x'],
        ['home.arpa', 'https://nas.home.arpa/x'],
        ['credentials', 'https://user:pw@news.example.org/x'],
      ] as const
    ).map(
      ([what, url]) =>
        [
          `a source at ${what}`,
          (d: Mutable) => (d.notes[0]!.sources[0]!.url = url),
          /notes\[0\] \(id "acme-cbp"\)\.sources\[0\]\.url: expected an absolute https:\/\/ URL on a public host name/,
        ] as [string, (d: Mutable) => unknown, RegExp],
    ),
    [
      'an award link to a private address',
      (d: Mutable) => ((d.notes[0] as { awards: { url: string }[] }).awards[0]!.url = 'https://192.168.1.1/award'),
      /awards\[0\]\.url: expected an absolute https/,
    ],
    [
      'a right-to-left override in a company name',
      (d: Mutable) => (d.companies[0]!.name = 'Acme \u202Eevil'),
      /companies\[0\] \(id "acme"\)\.name: contains an invisible bidirectional-control or zero-width character \(U\+202E at position 5\)/,
    ],
    [
      'a zero-width space in a source title',
      (d: Mutable) => (d.notes[0]!.sources[0]!.title = 'Story\u200B 3'),
      /sources\[0\]\.title: contains an invisible .* \(U\+200B/,
    ],
    [
      'a bidi isolate in a publisher',
      (d: Mutable) => (d.notes[0]!.sources[0]!.publisher = '\u2067The New York Times'),
      /sources\[0\]\.publisher: contains an invisible .* \(U\+2067/,
    ],
    [
      'a zero-width joiner in a note title',
      (d: Mutable) => ((d.notes[4] as { title: string }).title = 'A non\u200Dprofit'),
      /notes\[4\] \(id "acme-refusal"\)\.title: contains an invisible/,
    ],
    [
      'a byte-order mark in an agency name',
      (d: Mutable) => (d.agencies[0]!.name = '\uFEFFU.S. Customs'),
      /agencies\[0\] \(id "cbp"\)\.name: contains an invisible/,
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
    ['a wrong schema version', (d: Mutable) => ((d as { schemaVersion: number }).schemaVersion = 1), /schemaVersion/],
    ['a version that is not a positive integer', (d: Mutable) => (d.version = 0), /version/],
  ])('rejects %s, naming the record and field', (_name, mutate, pattern) => {
    expect(rejects(mutate)).toMatch(pattern);
  });

  it('accepts public hosts, punycode and private-suffix hosts in source links', () => {
    for (const url of [
      'https://www.nytimes.com/2018/x.html',
      'https://xn--bcher-kva.de/a',
      'https://someone.github.io/post',
      'https://a.b.gov.uk/',
    ]) {
      expect(sourceUrlProblem(url), url).toBeNull();
    }
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
