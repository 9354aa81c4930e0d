import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../helpers/db';
import { bundleSource, packBundle } from '../../helpers/bundle';
import { companyResult, companyResults, companyResultsReader, inUseOf, lookupUrl, noteById, searchCompanies } from '@/data/store/queries';
import { ensureBundled, installDataset } from '@/data/store/install';
import { writeGeneration } from '@/data/store/generations';
import { writeMeta, META } from '@/data/store/meta';
import { companyPartKey, datasetOf, partJson, rowsOf, SITE_NOTES_CHARS, type CompanyPart, type GenerationRows } from '@/data/store/bundle';
import type { TielineDb } from '@/data/store/db';
import { DatasetIndex } from '@/data/model/domain-matcher';
import { parseDataset, SCHEMA_VERSION, type Note } from '@/data/model/schema';
import { readBundledDataset } from '@/data/pipeline/bundled';
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

  it("reads a company picked by id (the lookup page's answer) as a site: one request for a company with a site, no agency, the same result", async () => {
    const active = await installDataset(fresh.current, linkedDataset(), 'bundled');
    const index = new DatasetIndex(parseDataset(linkedDataset()));
    const inUse = await inUseOf(fresh.current, active.gen);
    const partReads = vi.spyOn(fresh.current.parts, 'bulkGet');
    const agencyReads = vi.spyOn(fresh.current.agencies, 'bulkGet');
    try {
      for (const id of ['acme', 'acme-chat', 'acme-chat-mobile', 'acme-foundation']) {
        partReads.mockClear();
        expect(await companyResult(fresh.current, id, inUse), id).toEqual(index.companyResult(id, index.companies.get(id)!.name));
        expect(partReads, id).toHaveBeenCalledTimes(1);
      }
      // Read level by level without the hint: the same result, in more requests.
      partReads.mockClear();
      expect(await companyResult(fresh.current, 'acme')).toEqual(await companyResult(fresh.current, 'acme', inUse));
      expect(partReads.mock.calls.length).toBeGreaterThan(1);
      // A company no domain names (its parts are found as they are needed), and one that does not exist.
      for (const id of ['wall-jv', 'acme-labs', 'acme-labs-east', 'acme-pac', 'nodomain'])
        expect(await companyResult(fresh.current, id, inUse), id).toEqual(index.companyResult(id, index.companies.get(id)!.name));
      expect(await companyResult(fresh.current, 'no-such-company', inUse)).toBeNull();
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

/** The keys of the parts read by `bulkGet` calls, as they were asked for. */
const keysRead = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.flatMap(([keys]) => (keys as [number, string][]).map(([, k]) => k));

/** linkedDataset with notes for a company no site shows (No Domain LLC: a member of a venture without a site). */
const withUnshown = () => {
  const d = linkedDataset();
  d.notes.push({
    id: 'nodomain-strike',
    kind: 'labor',
    companyId: 'nodomain',
    date: '2020',
    action: 'strike',
    summary: 'Workers struck.',
    sources: d.notes[0]!.sources,
  });
  return d;
};

describe('notes laid out by what a site shows (layout 2)', () => {
  /** The notes of each company, as the in-memory index keeps them. */
  const noteChars = (notes: readonly Note[]) => {
    const by = new Map<string, Note[]>();
    for (const n of notes) by.set(n.companyId, [...(by.get(n.companyId) ?? []), n]);
    return new Map([...by].map(([id, ns]) => [id, partJson(ns).length]));
  };

  it('packs the notes of the companies sites show site by site, and the others in hash buckets', () => {
    const d = parseDataset(withUnshown());
    const { parts } = rowsOf(d);
    const site = parts.filter((p) => p.key.startsWith('n:s')).flatMap((p) => JSON.parse(p.json) as Note[]);
    expect(new Set(site.map((n) => n.companyId))).toEqual(
      new Set(['acme', 'acme-chat', 'acme-labs', 'acme-labs-east', 'wall-jv', 'laborco']),
    );
    const bucketed = parts.filter((p) => /^n:\d+$/.test(p.key)).flatMap((p) => JSON.parse(p.json) as Note[]);
    expect(bucketed.map((n) => n.id)).toEqual(['nodomain-strike']);
    // Every note is in exactly one part; the company parts name the companies sites show, with their part or null.
    const allNotes = parts.filter((p) => p.key.startsWith('n:')).flatMap((p) => JSON.parse(p.json) as Note[]);
    expect(allNotes.map((n) => n.id).sort()).toEqual(d.notes.map((n) => n.id).sort());
    const named = Object.fromEntries(
      parts.filter((p) => p.key.startsWith('c:')).flatMap((p) => Object.entries((JSON.parse(p.json) as CompanyPart).siteNotes!)),
    );
    expect(Object.keys(named).sort()).toEqual([
      'acme',
      'acme-chat',
      'acme-chat-mobile',
      'acme-foundation',
      'acme-labs',
      'acme-labs-east',
      'laborco',
      'quiet',
      'wall-jv',
    ]);
    for (const id of ['acme-chat-mobile', 'acme-foundation', 'quiet']) expect(named[id], id).toBeNull();
    for (const n of site) expect(JSON.parse(parts.find((p) => p.key === named[n.companyId])!.json), n.id).toContainEqual(n);
  });

  it("keeps each part of site notes under SITE_NOTES_CHARS, unless it is one company's", () => {
    const d = readBundledDataset();
    const chars = noteChars(d.notes);
    const { parts } = rowsOf(d);
    const site = parts.filter((p) => p.key.startsWith('n:s'));
    expect(site.length).toBeGreaterThan(50);
    for (const p of site) {
      const companies = new Set((JSON.parse(p.json) as Note[]).map((n) => n.companyId));
      if (companies.size > 1) expect(p.json.length, p.key).toBeLessThanOrEqual(SITE_NOTES_CHARS);
      expect(p.json.length, p.key).toBeLessThanOrEqual(Math.max(SITE_NOTES_CHARS, ...[...companies].map((id) => chars.get(id)!)));
    }
  });

  it("reads only site notes for a site's lookup, answering exactly like the in-memory index", async () => {
    const active = await installDataset(fresh.current, withUnshown(), 'bundled');
    const index = new DatasetIndex(parseDataset(withUnshown()));
    const inUse = await inUseOf(fresh.current, active.gen);
    const partReads = vi.spyOn(fresh.current.parts, 'bulkGet');
    try {
      for (const url of [
        'https://acme.example/',
        'acmefoundation.example',
        'acmechat.example',
        'chatmobile.example',
        'laborco.example',
        'quiet.example',
      ]) {
        partReads.mockClear();
        expect(await lookupUrl(fresh.current, url, inUse)).toEqual(index.match(url));
        expect(partReads, url).toHaveBeenCalledTimes(1);
        expect(
          keysRead(partReads).filter((k) => k.startsWith('n:') && !k.startsWith('n:s')),
          url,
        ).toEqual([]);
      }
      // A subsidiary with a site of its own (Acme Chat), a foundation and a PAC are never shown on acme.example:
      // their company parts are not read to find that out.
      partReads.mockClear();
      await lookupUrl(fresh.current, 'acme.example', inUse);
      expect(new Set(keysRead(partReads).filter((k) => k.startsWith('c:')))).toEqual(
        new Set(['acme', 'acme-labs', 'wall-jv', 'acme-labs-east'].map(companyPartKey)),
      );
      expect(['acme-chat', 'acme-foundation', 'acme-pac'].map(companyPartKey).filter((k) => keysRead(partReads).includes(k))).toEqual([]);
    } finally {
      partReads.mockRestore();
    }
    // Found by name, the company no site shows is read from its bucket.
    expect(await companyResult(fresh.current, 'nodomain')).toEqual(index.companyResult('nodomain', 'No Domain LLC'));
    expect((await companyResult(fresh.current, 'nodomain'))!.notes.map((n) => n.id)).toContain('nodomain-strike');
    for (const id of ['acme', 'acme-labs', 'wall-jv', 'quiet'])
      expect(await companyResult(fresh.current, id), id).toEqual(index.companyResult(id, index.companies.get(id)!.name));
    expect((await noteById(fresh.current, 'acme-labs-ice'))?.companyName).toBe('Acme Labs');
    expect((await noteById(fresh.current, 'nodomain-strike'))?.companyName).toBe('No Domain LLC');
  });

  it(
    'answers every site of the bundled dataset exactly like the in-memory index, in one read of at most three parts of notes',
    { timeout: 120_000 },
    async () => {
      const dataset = readBundledDataset();
      const active = await ensureBundled(fresh.current, bundleSource(packBundle(dataset)));
      const index = new DatasetIndex(dataset);
      const inUse = await inUseOf(fresh.current, active.gen);
      const partReads = vi.spyOn(fresh.current.parts, 'bulkGet');
      try {
        for (const domain of inUse.domains.keys()) {
          partReads.mockClear();
          expect(await lookupUrl(fresh.current, domain, inUse), domain).toEqual(index.match(domain));
          expect(partReads, domain).toHaveBeenCalledTimes(1);
          const notes = keysRead(partReads).filter((k) => k.startsWith('n:'));
          expect(
            notes.every((k) => k.startsWith('n:s')),
            domain,
          ).toBe(true);
          expect(notes.length, domain).toBeLessThanOrEqual(3);
        }
      } finally {
        partReads.mockRestore();
      }
      expect(inUse.domains.size).toBeGreaterThan(300);
    },
  );
});

describe('parts stored deflated (the bundled install, layout 4)', () => {
  it('are inflated when read: searches, a note by id and results by id answer as from text parts', async () => {
    // A note of a company no site shows: in a note bucket (n:<n>), the part a search by id reads.
    const d = withUnshown();
    const active = await ensureBundled(fresh.current, bundleSource(packBundle(d)));
    expect((await fresh.current.parts.toArray()).every((p) => 'deflated' in p)).toBe(true);
    const index = new DatasetIndex(parseDataset(d));
    for (const id of ['acme', 'acme-labs', 'wall-jv', 'quiet'])
      expect(await companyResult(fresh.current, id), id).toEqual(index.companyResult(id, index.companies.get(id)!.name));
    expect((await noteById(fresh.current, 'acme-labs-ice'))?.companyName).toBe('Acme Labs');
    expect((await noteById(fresh.current, 'nodomain-strike'))?.companyName).toBe('No Domain LLC');
    expect(await noteById(fresh.current, 'no-such-note')).toBeNull();
    expect((await searchCompanies(fresh.current, 'acme')).map((h) => h.id)).toContain('acme');
    // A part whose bytes do not inflate: the lookup that reads it fails with an error naming the part; the others answer.
    const key = companyPartKey('acme');
    await fresh.current.parts.put({ gen: active.gen, key, deflated: new Uint8Array([0xff, 0xfe, 0xfd]) });
    await expect(lookupUrl(fresh.current, 'acme.example')).rejects.toThrow(
      new RegExp(`the stored part "${key}" of the dataset in use does not inflate`),
    );
    const other = d.companies.find((c) => c.domains?.length && companyPartKey(c.id) !== key && !c.parent);
    expect(other).toBeDefined();
    expect((await lookupUrl(fresh.current, other!.domains![0]!))?.company.id).toBe(other!.id);
  });
});

describe('a generation stored in layout 1 (every note in one of 64 hash buckets)', () => {
  /**
   * The rows an earlier version (layout 1, commit 910c06a) stored for linkedDataset, as it wrote them: company
   * parts without `noteParts`, notes in `n:<fnv1a(id) % 64>`, and domain rows whose hint names those buckets.
   */
  const stored = JSON.parse(readFileSync('test/fixtures/store/layout-1-linked.json', 'utf8')) as GenerationRows;
  const records = () => datasetOf({ ...stored, schemaVersion: SCHEMA_VERSION, version: 1, generatedAt: '2026-11-01T00:00:00Z' });
  const storeLayout1 = async (db: TielineDb) => {
    await writeGeneration(db, 1, stored);
    await writeMeta(db, META.active, {
      gen: 1,
      version: 1,
      generatedAt: 'x',
      origin: 'bundled',
      activatedAt: 'x',
      checksum: 'x',
      counts: { companies: 0, notes: 0, agencies: 0, domains: 0 },
    });
  };

  it('is the layout it says (so this test keeps testing old data)', () => {
    const companyParts = stored.parts.filter((p) => p.key.startsWith('c:')).map((p) => JSON.parse(p.json) as CompanyPart);
    expect(companyParts.length).toBeGreaterThan(0);
    expect(companyParts.every((p) => p.siteNotes === undefined)).toBe(true);
    expect(stored.parts.filter((p) => p.key.startsWith('n:')).every((p) => /^n:\d+$/.test(p.key))).toBe(true);
    expect(stored.domains.every((d) => d.parts?.some((k) => /^n:\d+$/.test(k)))).toBe(true);
  });

  it('is still read exactly like the in-memory index, with its hints and without them', async () => {
    await storeLayout1(fresh.current);
    const d = records();
    const index = new DatasetIndex(parseDataset(d));
    const inUse = await inUseOf(fresh.current, 1);
    const partReads = vi.spyOn(fresh.current.parts, 'bulkGet');
    try {
      for (const url of [
        'https://acme.example/',
        'acmefoundation.example',
        'acmechat.example',
        'chatmobile.example',
        'laborco.example',
        'nowhere.example',
      ]) {
        partReads.mockClear();
        expect(await lookupUrl(fresh.current, url, inUse), url).toEqual(index.match(url));
        if (index.match(url)) expect(partReads, url).toHaveBeenCalledTimes(1);
        expect(await lookupUrl(fresh.current, url), url).toEqual(index.match(url));
      }
    } finally {
      partReads.mockRestore();
    }
    for (const c of d.companies) expect(await companyResult(fresh.current, c.id), c.id).toEqual(index.companyResult(c.id, c.name));
    expect((await lookupUrl(fresh.current, 'acme.example'))!.notes.length).toBeGreaterThan(3);
    expect((await noteById(fresh.current, 'acme-labs-ice'))?.companyName).toBe('Acme Labs');
  });
});
