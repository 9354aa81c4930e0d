import { describe, expect, it } from 'vitest';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { readAuthored } from '@/data/pipeline/authored';
import { authoredSourceProblems, cleanSources, emptyCleaning, enforceAuthoredSources, SourcePolicyError } from '@/data/pipeline/sources';
import { sourceProblems } from '@/data/model/source-policy';
import type { Company, LaborAction, Note, Source } from '@/data/model/schema';

const bundle = readBundledDataset();

describe('every source in the bundle passes the source policy', () => {
  it('notes, ownership links and joint-venture memberships alike (https, canonical host, no tracking, no content farm, publisher names the site)', () => {
    const where: [string, Source][] = [
      ...bundle.notes.flatMap((n) => n.sources.map((s) => [`note ${n.id}`, s] as [string, Source])),
      ...bundle.companies.flatMap((c) => (c.parent?.sources ?? []).map((s) => [`parent of ${c.id}`, s] as [string, Source])),
      ...bundle.companies.flatMap((c) =>
        (c.members ?? []).flatMap((m) => m.sources.map((s) => [`member ${m.id} of ${c.id}`, s] as [string, Source])),
      ),
    ];
    expect(where.length).toBeGreaterThan(10_000);
    const offenders = where.flatMap(([w, s]) => sourceProblems(s).map((p) => `${w}: ${p.message}`));
    expect(offenders).toEqual([]);
  });

  it('the curated registry and our notes pass as written, and no claim of ours rests on weak sources alone', () => {
    const a = readAuthored('data/dataset/sources');
    expect(authoredSourceProblems(a.companies, a.notes)).toEqual([]);
  });
});

describe('the build applies the policy', () => {
  const note = (id: string, urls: string[]): LaborAction => ({
    id,
    kind: 'labor',
    companyId: 'acme',
    date: '2020',
    action: 'strike',
    summary: 'Workers struck.',
    sources: urls.map((url) => ({ url, publisher: new URL(url).hostname.replace(/^www\./, ''), title: 'A report' })),
  });

  it('cleans imported sources of tracking, drops the rest, and drops a note left without a source', () => {
    const report = emptyCleaning();
    const out = cleanSources(
      [
        note('a', ['https://www.theguardian.com/x?utm_source=twitter', 'https://amp.ft.com/content/x']),
        note('b', ['https://dnyuz.com/2020/x']),
        note('c', ['https://www.theverge.com/x']),
      ],
      report,
    );
    expect(out.map((n) => [n.id, n.sources.map((s) => s.url)])).toEqual([
      ['a', ['https://www.theguardian.com/x']],
      ['c', ['https://www.theverge.com/x']],
    ]);
    expect(report).toMatchObject({ cleaned: 1, dropped: { host: 1, 'content-farm': 1 }, notesDropped: ['b'] });
  });

  it('fails on a curated source that breaks the policy, naming the record', () => {
    const company: Company = {
      id: 'acme-pay',
      name: 'Acme Pay',
      aliases: [],
      domains: [],
      parent: { id: 'acme', sources: [{ url: 'https://winenfood.com/owner-of-acme-pay', publisher: 'winenfood.com', title: 'Owner' }] },
    };
    const n: Note = note('acme-strike', ['https://mobile.businessinsider.com/x']);
    expect(() => enforceAuthoredSources([company], [n])).toThrow(SourcePolicyError);
    try {
      enforceAuthoredSources([company], [n]);
    } catch (err) {
      expect((err as SourcePolicyError).problems).toEqual([
        'companies.json "acme-pay" parent: content farm or AI-written site: winenfood.com',
        'notes.json "acme-strike": non-canonical host "mobile.businessinsider.com" (mobile, AMP, ad-ops, staging or feed copy)',
      ]);
    }
  });
});
