import { describe, expect, it } from 'vitest';
import { buildDataset } from '@/data/pipeline/build';
import { serializeDataset } from '@/data/pipeline/serialize';
import type { ContractTie, LaborAction } from '@/data/model/schema';

const F = 'test/fixtures/pipeline';
const inputs = { usaspending: [`${F}/usaspending.csv`], cait: `${F}/cait.json`, nlrb: `${F}/nlrb.csv` };
const build = () => buildDataset({ sourcesDir: `${F}/sources`, inputs });

const tie = (d: Awaited<ReturnType<typeof build>>['dataset'], company: string, agency: string) =>
  d.notes.find((n): n is ContractTie => n.kind === 'contract' && n.companyId === company && n.agencyId === agency);

describe('dataset build on fixtures in the real formats', () => {
  it('groups transactions into awards: negative modifications count, repeated rows do not, empty amounts are zero', async () => {
    const { dataset, report } = await build();
    const cbp = tie(dataset, 'acme-gov', 'cbp')!;
    expect(cbp.awards).toEqual([
      {
        awardId: '70B01C21F0001',
        amountUsd: 750000.25,
        startDate: '2021-03-01',
        endDate: '2022-01-15',
        description: 'It and telecom- other it and telecommunications; industry: computer systems design services',
        url: 'https://www.usaspending.gov/award/CONT_AWD_70B01C21F0001_7014_-NONE-_-NONE-',
      },
    ]);
    expect(tie(dataset, 'acme-gov', 'ice')!.awards[0]).toMatchObject({ amountUsd: 2000, startDate: '2022-05-05', endDate: '2022-06-05' });
    expect(cbp.sources[0]).toMatchObject({ url: cbp.awards[0]!.url, publisher: 'USAspending.gov' });
    expect(report.usaspending).toMatchObject({ rows: 12, duplicateRows: 1, skippedRows: 2, awards: 7 });
    expect(report.usaspending!.skippedExamples.map((s) => s.reason)).toEqual([
      'Federal Action Obligation "abc" is not a number',
      'Action Date "01/03/2025" is not YYYY-MM-DD',
    ]);
    expect(report.usaspending!.skippedExamples[0]!.line).toMatch(/usaspending\.csv:12$/);
  });

  it('never copies transaction free text into a description', async () => {
    const text = serializeDataset((await build()).dataset as unknown as Record<string, unknown>);
    for (const phrase of ['HELP DESK', 'DEOBLIGATE UNUSED', 'ROUTERS FOR THE', 'Text we must never copy', 'Also [not] to be copied']) {
      expect(text).not.toContain(phrase);
    }
  });

  it('keeps recipients the registry does not know, by name, one company per spelling family', async () => {
    const { dataset, report } = await build();
    const shop = dataset.companies.find((c) => c.id === 'small-shop-inc')!;
    expect(shop).toEqual({ id: 'small-shop-inc', name: 'SMALL SHOP INC', aliases: ['Small Shop Inc.'], domains: [] });
    expect(tie(dataset, 'small-shop-inc', 'ice')!.awards.map((a) => a.amountUsd)).toEqual([1234.56, 100]);
    expect(dataset.companies.find((c) => c.id === 'thundercat-technology-llc')?.name).toBe('THUNDERCAT TECHNOLOGY, LLC');
    expect(report.usaspending!.largestUnmapped.map((u) => u.recipient)).toEqual(['THUNDERCAT TECHNOLOGY, LLC', 'SMALL SHOP INC']);
  });

  it('attributes a reseller row to the product maker, and whole-word keywords do not misfire', async () => {
    const { dataset, report } = await build();
    const ws = tie(dataset, 'widgetsoft', 'cbp')!;
    expect(ws.awards.map((a) => [a.awardId, a.amountUsd, a.reseller])).toEqual([
      ['70B02C23F0003', 500000, 'THUNDERCAT TECHNOLOGY, LLC'],
      ['70B03C25F0007', 300, undefined],
    ]);
    // The authored summary and source stay first; the award records join them.
    expect(ws.id).toBe('widgetsoft-cbp');
    expect(ws.summary).toMatch(/^Authored summary of the CBP tie\. USAspending lists 1 CBP contract award to WidgetSoft/);
    expect(ws.sources[0]!.url).toBe('https://news.example.org/cbp-deal');
    expect(ws.sources.some((s) => s.url.endsWith('70B02C23F0003_7014_47QTCA19D00MM_4732'))).toBe(true);
    // CISCO is not in SAN FRANCISCO, AWS is not in LAWS, ORACLE is not ORACLES.
    expect(dataset.notes.filter((n) => n.companyId === 'netco')).toEqual([]);
    expect(report.usaspending!.resellerAwards).toBe(1);
    // The reseller keeps its own award too.
    expect(tie(dataset, 'thundercat-technology-llc', 'cbp')!.awards).toHaveLength(2);
  });

  it('maps CAIT actions by name, composes summaries, merges a twin of an authored note, reports the rest', async () => {
    const { dataset, report } = await build();
    const strike = dataset.notes.find((n) => n.id === 'cait-2-acme-gov') as LaborAction;
    expect(strike).toMatchObject({ kind: 'labor', action: 'strike', date: '2019-07-01', companyId: 'acme-gov' });
    expect(strike.summary).toBe(
      'A strike by gig workers at Acme Government Services. Issues: pay and benefits. Recorded by Collective Action in Tech.',
    );
    expect(strike.sources.map((s) => s.url)).toEqual(['https://news.example.org/strike', 'https://github.com/collective-action/tech']);
    const letter = dataset.notes.find((n) => n.id === 'widgetsoft-2018-letter') as LaborAction;
    expect(letter.summary).toBe('Authored letter note.');
    expect(letter.sources.map((s) => s.url)).toContain('https://news.example.org/letter');
    expect(letter.sources.map((s) => s.url)).not.toContain('http://insecure.example.org/x');
    expect(letter.tags).toEqual(['cbp', 'ice']);
    expect(dataset.notes.some((n) => n.id.startsWith('cait-1-'))).toBe(false);
    expect(report.cait).toMatchObject({ total: 5, mapped: 2, noCompany: 1, noHttpsSource: [3], notes: 1, mergedIntoAuthored: 1 });
    expect(report.cait!.unmapped).toEqual([
      { id: 2, companies: ['unknown startup'] },
      { id: 5, companies: ['nobody we know'] },
    ]);
  });

  it('keeps one NLRB note per case, from its latest tally, certified only when the union won', async () => {
    const { dataset, report } = await build();
    const e = dataset.notes.filter((n): n is LaborAction => n.kind === 'labor' && n.action === 'union-election');
    expect(e.map((n) => [n.id, n.election!.votesFor, n.election!.votesAgainst, n.election!.certified])).toEqual([
      ['nlrb-01-rc-000001', 25, 10, true],
      ['nlrb-02-rc-000002', 11, 8, true],
      // The file names a "union to certify" for lost elections too: only a certification of representative counts.
      ['nlrb-04-rc-000004', 14, 34, false],
    ]);
    expect(e[0]!.sources[0]!.url).toBe('https://www.nlrb.gov/case/01-RC-000001');
    expect(e[0]!.summary).toBe(
      'Workers of WidgetSoft in Boston, MA voted in an NLRB election: 25 for and 10 against union representation of 40 eligible; the union (Tech Workers Union, Local 1) was certified.',
    );
    expect(report.nlrb).toMatchObject({ rows: 5, matchedTallies: 4, elections: 3 });
  });

  it('is deterministic: the same inputs give byte-identical output', async () => {
    const a = serializeDataset((await build()).dataset as unknown as Record<string, unknown>);
    const b = serializeDataset((await build()).dataset as unknown as Record<string, unknown>);
    expect(a).toBe(b);
  });

  it('fails with the file and column when an input is not in the expected format', async () => {
    await expect(buildDataset({ sourcesDir: `${F}/sources`, inputs: { usaspending: [`${F}/nlrb.csv`] } })).rejects.toThrow(
      /nlrb\.csv: missing column\(s\) "Agency"/,
    );
    await expect(buildDataset({ sourcesDir: `${F}/sources`, inputs: { usaspending: [`${F}/missing.csv`] } })).rejects.toThrow(
      /missing\.csv/,
    );
  });
});
