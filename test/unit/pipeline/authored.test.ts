import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { companyRecord, domainEvidence, readAuthored, readSourceCompanies, SourceCompany } from '@/data/pipeline/authored';
import { authoredSourceProblems } from '@/data/pipeline/sources';
import { Company } from '@/data/model/schema';

const source = { url: 'https://www.acme.com/about', publisher: 'Acme', title: 'About Acme' };
const acme = {
  id: 'acme',
  name: 'Acme',
  aliases: ['ACME INC'],
  domains: ['acme.com', 'acme.co.uk'],
  domainSources: [{ domain: 'acme.com', sources: [source] }],
};

describe("the registry's evidence for domains", () => {
  it('parses beside the company and never reaches its dataset record (which the strict dataset schema accepts)', () => {
    const c = SourceCompany.parse(acme);
    const record = companyRecord(c);
    expect(record).not.toHaveProperty('domainSources');
    expect(Company.parse(record)).toEqual(record);
    expect(domainEvidence([c])).toEqual(new Map([['acme.com', { domain: 'acme.com', sources: [source] }]]));
  });

  it('refuses evidence for a domain the company does not list, or given twice, or without a source', () => {
    const messages = (raw: unknown) => (SourceCompany.safeParse(raw).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages({ ...acme, domainSources: [{ domain: 'acme.org', sources: [source] }] })).toEqual([
      'domainSources.0.domain: "acme.org" is not one of this company\'s domains',
    ]);
    expect(messages({ ...acme, domainSources: [acme.domainSources[0], acme.domainSources[0]] })).toEqual([
      'domainSources.1.domain: evidence for "acme.com" given twice',
    ]);
    expect(messages({ ...acme, domainSources: [{ domain: 'acme.com', sources: [] }] })).toEqual([
      'domainSources.0.sources: domain evidence needs at least one source',
    ]);
  });

  it("holds the evidence's sources to the source policy", () => {
    const c = SourceCompany.parse({
      ...acme,
      domainSources: [
        { domain: 'acme.com', sources: [{ url: 'https://amp.example-news.com/acme', publisher: 'Example News', title: 'Acme' }] },
      ],
    });
    expect(authoredSourceProblems([companyRecord(c)], [], domainEvidence([c]))).toEqual([
      'companies.json domain "acme.com" evidence: non-canonical host "amp.example-news.com" (mobile, AMP, ad-ops, staging or feed copy)',
    ]);
  });

  it('the registry as written parses, its evidence names only its own domains, and every source passes', () => {
    const companies = readSourceCompanies('data/dataset/sources');
    z.array(Company).parse(companies.map(companyRecord));
    const a = readAuthored('data/dataset/sources');
    for (const domain of a.domainEvidence.keys())
      expect(
        a.companies.some((c) => c.domains.includes(domain)),
        domain,
      ).toBe(true);
    expect(authoredSourceProblems(a.companies, a.notes, a.domainEvidence)).toEqual([]);
  });
});
