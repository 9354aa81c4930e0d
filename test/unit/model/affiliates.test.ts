import { describe, expect, it } from 'vitest';
import { ScreenIndex } from '@/data/model/name-matcher';
import { DatasetIndex } from '@/data/model/domain-matcher';
import { matchExplanation } from '@/data/model/describe';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { en } from '../../helpers/i18n';

const d = readBundledDataset();
const screen = new ScreenIndex(d.companies);
const index = new DatasetIndex(d);
const matched = (name: string) => screen.matchAny(name).match?.companyId ?? null;

describe('corporate foundations and PACs on donor lists (the bundle)', () => {
  it.each([
    ['The Walmart Foundation', 'walmart-foundation', 'walmart'],
    ['Walmart Foundation', 'walmart-foundation', 'walmart'],
    ['Salesforce Foundation', 'salesforce-foundation', 'salesforce'],
    ['Google.org', 'google-org', 'google'],
    ['Booz Allen Foundation', 'booz-allen-foundation', 'booz-allen'],
    ['The UPS Foundation', 'ups-foundation', 'ups'],
    ['GEO Group PAC', 'geo-group-pac', 'geo-group'],
  ])('%s → %s, an affiliate of %s', (name, id, company) => {
    expect(matched(name)).toBe(id);
    const r = index.companyResult(id)!;
    expect(r.via[0]?.id).toBe(company);
    expect(['foundation', 'pac']).toContain(r.via[0]!.relation);
    expect(r.via[0]!.sources.length).toBeGreaterThan(0);
  });

  it.each([
    // Family and founders' foundations are not the company's.
    ['Walton Family Foundation', 'walmart'],
    ['Michael & Susan Dell Foundation', 'dell'],
    ['Bill & Melinda Gates Foundation', 'microsoft'],
    ['Conrad N. Hilton Foundation', 'hilton'],
    ['Gordon and Betty Moore Foundation', 'intel'],
  ])('%s is not %s', (name, company) => {
    const id = matched(name);
    expect(id === company || (id && index.companyResult(id)!.via.some((v) => v.id === company))).toBeFalsy();
  });

  it('a foundation’s own site says whose foundation it is', () => {
    expect(matchExplanation(index.match('https://walmart.org/')!, en)).toBe('walmart.org → Walmart Foundation, foundation of Walmart');
  });
});

describe('parent links that changed say since when (the bundle)', () => {
  it.each([
    ['vmware.com', 'broadcom', '2023-11'],
    ['gene.com', 'roche', '2009-03'],
    ['appdynamics.com', 'cisco', '2017'],
    ['splunk.com', 'cisco', '2024-03'],
  ])('%s → owned by %s since %s', (domain, owner, asOf) => {
    const r = index.match(domain)!;
    expect(r.via[0]).toMatchObject({ id: owner, relation: 'owner', asOf });
  });
});
