/**
 * Registry questions raised by the domain-evidence sweep (issue 9, helper domF). Each domain or owner link added here
 * carries its evidence; what could not be sourced is left as it was and said so in the commit.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

type Source = { url: string };
type SourceCompany = {
  id: string;
  domains: string[];
  domainSources?: { domain: string; sources: Source[] }[];
  parent?: { id: string; asOf?: string; sources: Source[] };
};
const companies = () => JSON.parse(readFileSync('data/dataset/sources/companies.json', 'utf8')) as SourceCompany[];
const company = (id: string) => companies().find((c) => c.id === id)!;
const evidence = (id: string, domain: string) =>
  (company(id).domainSources ?? []).find((d) => d.domain === domain)?.sources.map((s) => s.url) ?? [];

describe('Domain questions (issue 9, domF)', () => {
  it('gives Reliance its old site rsac.com, backed by its SEC-filed news releases', () => {
    expect(company('reliance').domains).toContain('rsac.com');
    expect(evidence('reliance', 'rsac.com')).toContain('https://www.sec.gov/Archives/edgar/data/861884/000119312510222386/dex991.htm');
  });
});

describe('CSG (issue 9, domF)', () => {
  it('gives CSG czechoslovakgroup.com, where its own news is served', () => {
    expect(company('csg').domains).toContain('czechoslovakgroup.com');
    expect(evidence('csg', 'czechoslovakgroup.com')).toContain(
      'https://czechoslovakgroup.com/en/news/csg-looks-for-more-acquisition-opportunities-after-acquiring-a-stake-in-italian-fiocchi',
    );
  });
});

describe('Eastern Airlines (issue 9, domF)', () => {
  it('gives Eastern Airlines iflyea.com, whose terms name Eastern Airlines, LLC as the carrier', () => {
    expect(company('eastern-airlines').domains).toContain('iflyea.com');
    expect(evidence('eastern-airlines', 'iflyea.com')).toContain('https://iflyea.com/pt/flight-terms-conditions/');
  });
});

describe('Paragon Systems (issue 9, domF)', () => {
  it('shows Paragon Systems as Securitas’s since 2010, by the WSJ’s account and Securitas’s own 2024 release', () => {
    const paragon = company('paragon-systems');
    expect(paragon.parent).toMatchObject({ id: 'securitas', asOf: '2010' });
    expect(paragon.parent!.sources.map((s) => s.url)).toContain(
      'https://www.marketwatch.com/story/securitas-still-hunts-for-takeover-targets-2011-03-28',
    );
  });
});
