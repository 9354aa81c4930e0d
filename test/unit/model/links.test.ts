import { describe, expect, it } from 'vitest';
import { DatasetIndex } from '@/data/model/domain-matcher';
import { countNotes, matchExplanation, ownerLabel, ownershipLine, ownershipPhrase, relatedLabel, whoseLabel } from '@/data/model/describe';
import { agenciesText, summarizeResult } from '@/data/model/screening';
import { relatedCompanies, type CompanyLink } from '@/data/model/links';
import { parseDataset, type Company } from '@/data/model/schema';
import { linkedDataset } from '../../fixtures/datasets';
import { en, es } from '../../helpers/i18n';

const index = new DatasetIndex(parseDataset(linkedDataset()));
const whose = (r: NonNullable<ReturnType<DatasetIndex['match']>>) => r.notes.map((n) => `${n.company.id}:${n.relation}:${n.id}`);

describe('a company’s site shows its subsidiaries and joint ventures that have no site of their own', () => {
  it('acme.example shows Acme’s notes, then Acme Labs (and its own subsidiary) and the joint venture, each labelled', () => {
    const r = index.match('https://acme.example/')!;
    expect(r.related.map((x) => [x.id, x.kind, x.through.id])).toEqual([
      ['acme-labs', 'subsidiary', 'acme'],
      ['wall-jv', 'joint-venture', 'acme'],
      ['acme-labs-east', 'subsidiary', 'acme-labs'],
    ]);
    expect(whose(r)).toEqual([
      'acme:self:acme-cbp',
      'acme:self:acme-letter',
      'acme:self:acme-refusal',
      'acme-labs:subsidiary:acme-labs-ice',
      'wall-jv:joint-venture:wall-jv-cbp',
      'acme-labs-east:subsidiary:acme-labs-east-strike',
    ]);
    // A subsidiary with a site of its own (Acme Chat) shows there, not here; nor do the foundation and the PAC.
    expect(r.related.map((x) => x.id)).not.toContain('acme-chat');
    expect(r.related.map((x) => x.id)).not.toContain('acme-foundation');
    expect(countNotes(r.notes)).toBe(5); // CBP (Acme and the venture: one agency) + ICE + letter + refusal + strike
    expect(relatedLabel(r.related[1]!, en)).toBe('Wall Builders Joint Venture: joint venture including Acme (since Dec 2025)');
    expect(relatedLabel(r.related[0]!, en)).toBe('Acme Labs: owned by Acme (since Nov 2023)');
    expect(r.related[1]!.basis).toMatch(/announced its share/);
    expect(whoseLabel(r.notes[4]!, r, en)).toBe('Wall Builders Joint Venture: joint venture including Acme (since Dec 2025)');
    expect(whoseLabel(r.notes[0]!, r, en)).toBe('Acme');
  });

  it('a subsidiary’s own site still shows its owners, not its siblings', () => {
    const r = index.match('acmechat.example')!;
    expect(r.via.map((v) => v.id)).toEqual(['acme']);
    expect(r.related).toEqual([]);
    expect(r.notes.every((n) => ['acme', 'acme-chat'].includes(n.company.id))).toBe(true);
  });

  it('a joint venture found by name shows its members, labelled as such', () => {
    const r = index.companyResult('wall-jv')!;
    expect(r.related.map((x) => [x.id, x.kind])).toEqual([
      ['acme', 'member'],
      ['nodomain', 'member'],
    ]);
    expect(whose(r)).toEqual(['wall-jv:self:wall-jv-cbp', 'acme:member:acme-cbp', 'acme:member:acme-letter', 'acme:member:acme-refusal']);
    expect(relatedLabel(r.related[1]!, en)).toBe('No Domain LLC: member of the joint venture Wall Builders Joint Venture');
  });
});

describe('corporate foundations and PACs are affiliates, not subsidiaries', () => {
  it('the foundation’s site says whose foundation it is and shows that company’s notes', () => {
    const r = index.match('https://www.acmefoundation.example/grants')!;
    expect(r.via).toEqual([
      {
        id: 'acme',
        name: 'Acme',
        relation: 'foundation',
        sources: [expect.objectContaining({ url: 'https://news.example.org/story-15' })],
      },
    ]);
    expect(matchExplanation(r, en)).toBe('acmefoundation.example → Acme Foundation, foundation of Acme');
    expect(r.notes.every((n) => n.relation === 'sponsor')).toBe(true);
  });

  it('a PAC found by name says whose PAC it is', () => {
    const r = index.companyResult('acme-pac')!;
    expect(ownerLabel(r.via[0]!, en)).toBe(', political action committee of Acme');
    expect(ownershipLine(r, en)).toBe('Political action committee of Acme');
    expect(ownershipLine(r, es)).toBe('Comité de acción política de Acme');
  });

  it('screening summaries say what each link is: a foundation is never "owned by"', () => {
    const foundation = summarizeResult(index.companyResult('acme-foundation')!);
    expect(ownershipPhrase(foundation.via, en)).toBe('foundation of Acme');
    expect(ownershipPhrase(summarizeResult(index.companyResult('acme-pac')!).via, en)).toBe('political action committee of Acme');
    expect(ownershipPhrase([], en)).toBe('');
  });

  it('an agency without award records is said to have no amount, never "$0"', () => {
    const s = { ...summarizeResult(index.companyResult('acme')!), agencies: [{ acronym: 'Army', totalUsd: 0, resoldUsd: 0, awards: 0 }] };
    expect(agenciesText(s, en)).toBe('Army (no amount in the data)');
    expect(agenciesText(s, en)).not.toContain('$0');
  });

  it('writes a resold amount as the whole orders, beside the direct amount and never added to it', () => {
    const s = {
      ...summarizeResult(index.companyResult('acme')!),
      agencies: [
        { acronym: 'CBP', totalUsd: 1200, resoldUsd: 80, awards: 3 },
        { acronym: 'ICE', totalUsd: 0, resoldUsd: 5, awards: 1 },
      ],
    };
    expect(agenciesText(s, en)).toBe('CBP $1,200, $80 in whole orders through resellers; ICE $5 in whole orders through resellers');
    expect(agenciesText(s, en)).not.toContain('+');
    expect(agenciesText(s, es)).toContain('en pedidos completos a través de revendedores');
  });

  it('says since when a changed link holds', () => {
    const r = index.companyResult('acme-labs-east')!;
    expect(r.via.map((v) => ownerLabel(v, en))).toEqual([', owned by Acme Labs', ', owned by Acme (since Nov 2023)']);
  });
});

describe('walking the links is bounded and loop-free', () => {
  it('stops at a loop of joint ventures that list each other and at the size cap', () => {
    const co = (id: string, members: string[] = []): Company => ({
      id,
      name: id,
      aliases: [],
      domains: id === 'a' ? ['a.example'] : [],
      ...(members.length ? { members: members.map((m) => ({ id: m, sources: [] })) } : {}),
    });
    const cs = new Map([co('a'), co('j1', ['a', 'j2']), co('j2', ['j1'])].map((c) => [c.id, c]));
    const links: CompanyLink[] = [
      { from: 'j1', to: 'a', kind: 'member' },
      { from: 'j1', to: 'j2', kind: 'member' },
      { from: 'j2', to: 'j1', kind: 'member' },
    ];
    const to = (id: string) => links.filter((l) => l.to === id);
    expect(relatedCompanies(cs.get('a')!, (id) => cs.get(id), to).map((r) => r.company.id)).toEqual(['j1', 'j2']);
    const many = new Map(Array.from({ length: 100 }, (_, i) => co(`s${i}`)).map((c) => [c.id, c]));
    many.set('a', co('a'));
    const fan: CompanyLink[] = [...many.keys()].filter((k) => k !== 'a').map((k) => ({ from: k, to: 'a', kind: 'owner' }));
    expect(
      relatedCompanies(
        many.get('a')!,
        (id) => many.get(id),
        (id) => fan.filter((l) => l.to === id),
      ),
    ).toHaveLength(40);
  });
});

describe('schema: joint-venture members and parent kinds', () => {
  const broken = (mutate: (d: ReturnType<typeof linkedDataset>) => void) => {
    const d = linkedDataset();
    mutate(d);
    return () => parseDataset(d);
  };
  const jv = (d: ReturnType<typeof linkedDataset>) => d.companies.find((c) => c.id === 'wall-jv')!;
  it.each([
    ['an unknown member', (d: ReturnType<typeof linkedDataset>) => (jv(d).members![1]!.id = 'ghost'), /unknown member company "ghost"/],
    ['a venture listing itself', (d: ReturnType<typeof linkedDataset>) => (jv(d).members![1]!.id = 'wall-jv'), /its own member/],
    ['a member listed twice', (d: ReturnType<typeof linkedDataset>) => (jv(d).members![1]!.id = 'acme'), /listed twice/],
    [
      'a member without sources',
      (d: ReturnType<typeof linkedDataset>) => (jv(d).members![1]!.sources = []),
      /members\[1\] \(id "nodomain"\)\.sources/,
    ],
    [
      'an unknown parent kind',
      (d: ReturnType<typeof linkedDataset>) => ((d.companies.at(-1)!.parent as { kind: string }).kind = 'friend'),
      /parent\.kind/,
    ],
  ])('rejects %s', (_what, mutate, message) => {
    expect(broken(mutate)).toThrow(message);
  });
});
