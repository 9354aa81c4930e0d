import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../helpers/db';
import { companyResult, companyResults, companyResultsReader, inUseOf, lookupUrl, searchCompanies } from '@/data/store/queries';
import { installDataset } from '@/data/store/install';
import { DatasetIndex } from '@/data/model/domain-matcher';
import { parseDataset } from '@/data/model/schema';
import { linkedDataset, miniDataset } from '../../fixtures/datasets';

const fresh = freshDb('queries');

describe('queries on the data in use', () => {
  it('installs a dataset and answers lookups exactly like the in-memory index', async () => {
    const active = await installDataset(fresh.current, miniDataset(), 'bundled');
    expect(active.counts).toEqual({ companies: 6, notes: 6, agencies: 2, domains: 6 });
    const index = new DatasetIndex(parseDataset(miniDataset()));
    for (const url of [
      'https://www.acme.example/',
      'chatmobile.example',
      'https://laborco.example',
      'quiet.example',
      'https://nowhere.example',
      'about:blank',
    ]) {
      expect(await lookupUrl(fresh.current, url)).toEqual(index.match(url));
    }
  });

  it('shows subsidiaries and joint ventures without a site, foundations and members exactly like the in-memory index', async () => {
    await installDataset(fresh.current, linkedDataset(), 'bundled');
    const index = new DatasetIndex(parseDataset(linkedDataset()));
    for (const url of ['https://acme.example/', 'acmefoundation.example', 'acmechat.example', 'chatmobile.example']) {
      expect(await lookupUrl(fresh.current, url)).toEqual(index.match(url));
    }
    for (const id of ['wall-jv', 'acme-labs', 'acme-labs-east', 'acme-pac', 'nodomain', 'acme']) {
      expect(await companyResult(fresh.current, id)).toEqual(index.companyResult(id, index.companies.get(id)!.name));
    }
    expect((await lookupUrl(fresh.current, 'acme.example'))!.related.map((r) => r.id)).toEqual(['acme-labs', 'wall-jv', 'acme-labs-east']);
  });

  it('reads companies over many calls (a long list as it is checked) exactly as in one', async () => {
    const active = await installDataset(fresh.current, linkedDataset(), 'bundled');
    const ids = ['acme-labs', 'wall-jv', 'acme', 'acme-pac', 'nodomain', 'no-such-company'];
    const read = companyResultsReader(fresh.current, active.gen);
    const inParts = new Map([...(await read(ids.slice(0, 2))), ...(await read(ids.slice(2)))]);
    expect(inParts).toEqual(await companyResults(fresh.current, ids));
    expect(inParts.has('acme-labs')).toBe(true);
  });

  it('searches companies by name, alias or domain', async () => {
    await installDataset(fresh.current, miniDataset(), 'bundled');
    expect((await searchCompanies(fresh.current, 'acme')).map((h) => h.id)).toEqual(['acme', 'acme-chat', 'acme-chat-mobile']);
    expect((await searchCompanies(fresh.current, 'ACME HOLDINGS'))[0]).toMatchObject({ id: 'acme', matched: 'ACME HOLDINGS, INC.' });
    expect((await searchCompanies(fresh.current, 'no domain')).map((h) => h.id)).toEqual(['nodomain']);
    expect(await searchCompanies(fresh.current, 'zzz')).toEqual([]);
    expect((await companyResult(fresh.current, 'nodomain'))?.company.name).toBe('No Domain LLC');
  });
});

describe('the badge lookup with the data in use in memory', () => {
  it('reads every part it needs in one request and no agency, answering exactly like the in-memory index', async () => {
    const active = await installDataset(fresh.current, linkedDataset(), 'bundled');
    const index = new DatasetIndex(parseDataset(linkedDataset()));
    const inUse = await inUseOf(fresh.current, active.gen);
    expect(inUse.domains.size).toBe(active.counts.domains);
    const partReads = vi.spyOn(fresh.current.parts, 'bulkGet');
    const agencyReads = vi.spyOn(fresh.current.agencies, 'bulkGet');
    try {
      for (const url of ['https://acme.example/', 'acmefoundation.example', 'acmechat.example', 'chatmobile.example']) {
        partReads.mockClear();
        expect(await lookupUrl(fresh.current, url, inUse)).toEqual(index.match(url));
        expect(partReads, url).toHaveBeenCalledTimes(1);
      }
      expect(agencyReads).not.toHaveBeenCalled();
    } finally {
      partReads.mockRestore();
      agencyReads.mockRestore();
    }
  });

  it('still finds what a domain row without the parts hint needs (rows written before it)', async () => {
    const active = await installDataset(fresh.current, linkedDataset(), 'bundled');
    const index = new DatasetIndex(parseDataset(linkedDataset()));
    await fresh.current.domains.toCollection().modify((row) => void delete row.parts);
    const inUse = await inUseOf(fresh.current, active.gen);
    expect([...inUse.domains.values()].some((d) => d.parts)).toBe(false);
    for (const url of ['https://acme.example/', 'acmechat.example', 'chatmobile.example']) {
      expect(await lookupUrl(fresh.current, url, inUse)).toEqual(index.match(url));
      expect(await lookupUrl(fresh.current, url)).toEqual(index.match(url));
    }
  });
});
