/**
 * Every registry domain has recorded evidence, or is one of those curated before evidence was recorded
 * (data/pipeline/domain-evidence.ts): the list of those only shrinks.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { domainEvidenceProblems, readUnbackedDomains } from '@/data/pipeline/domain-evidence';
import { readAuthored } from '@/data/pipeline/authored';

const companies = [
  { id: 'acme', domains: ['acme.example', 'acme.co.uk'] },
  { id: 'laborco', domains: ['laborco.example'] },
  { id: 'nodomain', domains: [] },
];
const backed = (d: string) => d === 'acme.example';

describe('domain evidence against the list of domains still without it', () => {
  it('accepts a registry whose every domain is backed or listed', () => {
    expect(domainEvidenceProblems(companies, backed, new Set(['acme.co.uk', 'laborco.example']))).toEqual([]);
  });

  it('fails a domain added without evidence, naming the company', () => {
    expect(domainEvidenceProblems(companies, backed, new Set(['acme.co.uk']))).toEqual([
      'laborco: domain laborco.example has no evidence (add a domainSources entry: a page on the site, or a filing or report naming it)',
    ]);
  });

  it('fails a listed domain whose evidence has landed, and one no company has', () => {
    expect(domainEvidenceProblems(companies, backed, new Set(['acme.example', 'acme.co.uk', 'laborco.example', 'gone.example']))).toEqual([
      'acme: domain acme.example now has evidence: take it off unbacked-domains.json',
      'unbacked-domains.json lists gone.example, which no registry company has',
    ]);
  });

  it('holds for the shipped registry: the list is exactly the domains without evidence, and shorter than the registry’s', () => {
    const authored = readAuthored('data/dataset/sources');
    const unbacked = readUnbackedDomains('data/dataset/sources');
    expect(domainEvidenceProblems(authored.companies, (d) => authored.domainEvidence.has(d), unbacked)).toEqual([]);
    const domains = authored.companies.flatMap((c) => c.domains);
    expect(authored.domainEvidence.size).toBeGreaterThan(0);
    expect(unbacked.size + authored.domainEvidence.size).toBe(domains.length);
  });

  it('refuses a list that names a domain twice, or is not a list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unbacked-'));
    writeFileSync(join(dir, 'unbacked-domains.json'), JSON.stringify({ about: 'x', domains: ['a.example', 'a.example'] }));
    expect(() => readUnbackedDomains(dir)).toThrow(/listed twice/);
    writeFileSync(join(dir, 'unbacked-domains.json'), JSON.stringify({ domains: 'a.example' }));
    expect(() => readUnbackedDomains(dir)).toThrow(/unbacked-domains\.json/);
  });
});

/**
 * Domain evidence, round 2 (docs/domain-evidence-round-2.md): the unbacked sites that show the most dollars were
 * searched again, largest first. Each domain backed there records evidence and is off the list of domains without it:
 * a page served from the site itself, or (CDW-G) the company's own document naming the site, whose basis says so.
 */
const ROUND_2: [domain: string, id: string, evidence: 'on the site' | 'names the site'][] = [
  ['penlink.com', 'pen-link', 'on the site'],
  ['gsrcorp.com', 'gulf-south-research', 'on the site'],
  ['eaglehillconsulting.com', 'eagle-hill-consulting', 'on the site'],
  ['garudtechnology.com', 'garud-technology-services', 'on the site'],
  ['variq.com', 'variq', 'on the site'],
  ['cdwg.com', 'cdw-government-llc', 'names the site'],
];

describe('domain evidence, round 2', () => {
  const authored = readAuthored('data/dataset/sources');
  const unbacked = readUnbackedDomains('data/dataset/sources');

  it.each(ROUND_2)('%s is %s’s (evidence %s) and off the unbacked list', (domain, id, kind) => {
    expect(authored.companies.find((c) => c.domains.includes(domain))?.id).toBe(id);
    const evidence = authored.domainEvidence.get(domain);
    expect(evidence?.basis).toBeTruthy();
    const hosts = (evidence?.sources ?? []).map((s) => new URL(s.url).hostname.replace(/^www\./, ''));
    if (kind === 'on the site') expect(hosts).toContain(domain);
    else expect(evidence?.basis).toContain(domain);
    expect(unbacked.has(domain)).toBe(false);
  });
});
