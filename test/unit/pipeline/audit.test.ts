import { describe, expect, it } from 'vitest';
import { auditPopulation, auditSample, seededRandom } from '@/data/pipeline/audit';
import { parseDataset } from '@/data/model/schema';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { linkedDataset } from '../../fixtures/datasets';

const linked = parseDataset(linkedDataset());

describe('the truth audit sample', () => {
  it('is the same for the same seed, and another for another seed', () => {
    const d = readBundledDataset();
    const a = auditSample(d, { seed: 7, notes: 20, links: 10, domains: 10 });
    expect(auditSample(d, { seed: 7, notes: 20, links: 10, domains: 10 })).toEqual(a);
    expect(auditSample(d, { seed: 8, notes: 20, links: 10, domains: 10 }).map((x) => x.key)).not.toEqual(a.map((x) => x.key));
    expect(a.map((x) => x.kind).filter((k) => k === 'note')).toHaveLength(20);
    expect(new Set(a.map((x) => x.key)).size).toBe(40);
  });

  it('draws notes, parent links of every kind, joint-venture memberships and domains, each checkable', () => {
    const pop = auditPopulation(linked);
    expect(pop.link.map((x) => x.claim)).toEqual([
      'Wall Builders Joint Venture is a joint venture including Acme — basis: A member announced its share; the agency named the venture.',
      'Wall Builders Joint Venture is a joint venture including No Domain LLC',
      'Acme Chat is owned by Acme',
      'Acme Chat Mobile is owned by Acme Chat',
      'Acme Foundation is the corporate foundation of Acme',
      'Acme Labs is owned by Acme (since Nov 2023)',
      'Acme Labs East is owned by Acme Labs',
      'Acme Employees PAC is the political action committee of Acme',
    ]);
    expect(pop.domain.find((x) => x.key === 'domain:acme.co.uk')).toMatchObject({
      claim: 'acme.co.uk is the website of Acme',
      check: 'https://acme.co.uk/',
    });
    for (const x of [...pop.note, ...pop.link]) expect(x.sources.length, x.key).toBeGreaterThan(0);
  });

  it("prints a domain with the registry's evidence for it, where there is some", () => {
    const source = { url: 'https://www.acme.co.uk/about', publisher: 'Acme', title: 'About Acme UK' };
    const pop = auditPopulation(linked, new Map([['acme.co.uk', { domain: 'acme.co.uk', basis: 'The UK arm.', sources: [source] }]]));
    expect(pop.domain.find((x) => x.key === 'domain:acme.co.uk')).toEqual({
      key: 'domain:acme.co.uk',
      kind: 'domain',
      claim: 'acme.co.uk is the website of Acme — basis: The UK arm.',
      sources: [source],
      check: 'https://acme.co.uk/',
    });
    expect(pop.domain.find((x) => x.key !== 'domain:acme.co.uk')?.sources).toEqual([]);
  });

  it('leaves out contract ties that only restate USAspending records, keeps those our authors wrote', () => {
    const d = structuredClone(linked);
    d.notes[0]!.sources = [{ url: 'https://www.usaspending.gov/award/A1', publisher: 'USAspending.gov', title: 'Award A1' }];
    expect(auditPopulation(d).note.map((x) => x.key)).not.toContain('note:acme-cbp');
    expect(auditPopulation(linked).note.map((x) => x.key)).toContain('note:acme-cbp');
  });

  it('shows a day that is a report’s as the note does (“reported”), and an action’s day plainly', () => {
    const pop = auditPopulation(readBundledDataset());
    const claim = (key: string) => pop.note.find((x) => x.key === key)!.claim;
    expect(claim('note:cait-51-netflix')).toMatch(/^Netflix — open-letter \(reported 20 Aug 2015\): /);
    expect(claim('note:cait-47-apple')).toMatch(/^Apple — protest \(25 Feb 2015\): /);
  });

  it('asks for no more than there is', () => {
    expect(auditSample(linked, { seed: 1, notes: 500, links: 500, domains: 0 })).toHaveLength(auditPopulation(linked).note.length + 8);
  });

  it('uses a generator that spreads its draws', () => {
    const r = seededRandom(42);
    const xs = Array.from({ length: 1000 }, r);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.filter((x) => x < 0.5).length).toBeGreaterThan(400);
    expect(xs.filter((x) => x < 0.5).length).toBeLessThan(600);
  });
});
