import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../helpers/db';
import { TielineDb } from '@/data/store/db';
import { DatasetIndex } from '@/data/model/domain-matcher';
import { parseDataset } from '@/data/model/schema';
import { lookupUrl } from '@/data/store/queries';
import { ensureBundled, installDataset } from '@/data/store/install';
import { getActive } from '@/data/store/meta';
import { linkedDataset, miniDataset } from '../../fixtures/datasets';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { BundleError, checksumLine, parseChecksumLine, partText } from '@/data/store/bundle';
import { bundleSource, packBundle } from '../../helpers/bundle';

const fresh = freshDb('install');

describe('installing a dataset (one generation switch)', () => {
  it('rejects an invalid dataset and keeps the data in use', async () => {
    const first = await installDataset(fresh.current, miniDataset(), 'bundled');
    const broken = miniDataset();
    broken.version = 4;
    broken.notes[0]!.sources = [];
    await expect(installDataset(fresh.current, broken, 'bundled')).rejects.toThrow(/notes\[0\] \(id "acme-cbp"\)\.sources/);
    expect(await getActive(fresh.current)).toEqual(first);
    expect((await lookupUrl(fresh.current, 'acme.example'))?.notes).toHaveLength(3);
  });
  it('switches generations and removes the old one', async () => {
    await installDataset(fresh.current, miniDataset(), 'bundled');
    const next = miniDataset();
    next.version = 4;
    next.companies[4]!.domains = ['quiet.example', 'quiet2.example'];
    const active = await installDataset(fresh.current, next, 'bundled');
    expect(active.gen).toBe(2);
    expect(await fresh.current.parts.where('gen').equals(1).count()).toBe(0);
    expect((await lookupUrl(fresh.current, 'quiet2.example'))?.company.id).toBe('quiet');
  });
  it('installs the bundle once, and again only when the store lost it or another bundle ships', async () => {
    const source = bundleSource(packBundle(miniDataset()));
    await ensureBundled(fresh.current, source);
    await ensureBundled(fresh.current, source);
    expect(source.reads).toBe(1);
    // An update with the same bundle: told by the shipped checksum alone, the bundle neither read nor rewritten.
    await ensureBundled(fresh.current, source, { force: true });
    expect(source.reads).toBe(1);
    expect((await getActive(fresh.current))?.gen).toBe(1);
    await fresh.current.domains.clear();
    await ensureBundled(fresh.current, source, { force: true });
    expect((await getActive(fresh.current))?.gen).toBe(2);
    expect((await lookupUrl(fresh.current, 'acme.example'))?.company.id).toBe('acme');
    const next = miniDataset();
    next.version = 4;
    await ensureBundled(fresh.current, bundleSource(packBundle(next)), { force: true });
    expect(await getActive(fresh.current)).toMatchObject({ gen: 3, version: 4, origin: 'bundled' });
  });
  it('stores the shipped bundle exactly as the validating install stores the same dataset', async () => {
    const dataset = readBundledDataset();
    const packed = packBundle(dataset);
    const fromBundle = await ensureBundled(fresh.current, bundleSource(packed));
    const other = new TielineDb(`install-compare-${Date.now()}`);
    try {
      const validated = await installDataset(other, dataset, 'bundled');
      expect(fromBundle.counts).toEqual(validated.counts);
      expect(fromBundle.coverage).toEqual(validated.coverage);
      // The checksum is the shipped file's SHA-256, checked on the bytes read.
      expect(fromBundle.checksum).toBe(packed.sha256);
      // The parts are stored deflated, as they ship, and read as the same texts.
      const mine = await fresh.current.parts.toArray();
      const theirs = await other.parts.toArray();
      expect(mine.every((p) => 'deflated' in p && !('json' in p))).toBe(true);
      expect(theirs.every((p) => 'json' in p)).toBe(true);
      const textsOf = async (rows: typeof mine) =>
        new Map(await Promise.all(rows.map(async (p) => [`${p.gen}/${p.key}`, await partText(p)] as const)));
      expect(await textsOf(mine)).toEqual(await textsOf(theirs));
      for (const t of [fresh.current.agencies, fresh.current.domains]) {
        const mine = await t.toArray();
        const theirs = await other.table(t.name).toArray();
        expect(mine.length, t.name).toBe(theirs.length);
        const key = (r: object) => JSON.stringify(r);
        expect(new Set(mine.map(key)), t.name).toEqual(new Set(theirs.map(key)));
      }
      for (const site of ['salesforce.com', 'slack.com', 'unlisted.example']) {
        expect(await lookupUrl(fresh.current, site)).toEqual(await lookupUrl(other, site));
      }
    } finally {
      await other.delete();
    }
  });
  it('reports its progress in percent, rising to 100, with the parts written in slices', async () => {
    const seen: number[] = [];
    const active = await ensureBundled(fresh.current, bundleSource(packBundle(readBundledDataset())), { onProgress: (p) => seen.push(p) });
    expect(seen[0]).toBe(10);
    expect(seen.at(-1)).toBe(100);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // Several steps while writing (the bundle has a couple of hundred parts), not a jump from 35 to 100.
    expect(seen.filter((p) => p > 35 && p < 100).length).toBeGreaterThan(3);
    // What the data covers is recorded with it.
    expect(active.coverage?.agencies.map((a) => a.acronym)).toEqual(['CBP', 'ICE']);
  });
});

describe('the shipped checksum', () => {
  it('refuses a damaged bundle before parsing or writing anything, and keeps the data in use', async () => {
    const packed = packBundle(miniDataset());
    const damaged = { ...packed, bytes: packed.bytes.slice() };
    damaged.bytes[Math.floor(damaged.bytes.length / 2)]! ^= 0xff;
    await expect(ensureBundled(fresh.current, bundleSource(damaged))).rejects.toThrow(
      /damaged: its SHA-256 is [0-9a-f]{64}, the build shipped/,
    );
    expect(await getActive(fresh.current)).toBeUndefined();
    expect(await fresh.current.parts.count()).toBe(0);
    // A truncated file likewise, over a dataset already in use.
    const first = await ensureBundled(fresh.current, bundleSource(packed));
    const next = miniDataset();
    next.version = 9;
    const newer = packBundle(next);
    const truncated = { ...newer, bytes: newer.bytes.slice(0, newer.bytes.length - 100) };
    await expect(ensureBundled(fresh.current, bundleSource(truncated), { force: true })).rejects.toThrow(BundleError);
    expect(await getActive(fresh.current)).toEqual(first);
  });
  it('refuses a bundle packed in another layout, even with a matching checksum', async () => {
    const packed = packBundle(miniDataset(), { header: (h) => ({ ...h, format: 99 }) });
    await expect(ensureBundled(fresh.current, bundleSource(packed))).rejects.toThrow(
      /layout 99 and schema \d+; this version reads layout 4, schema \d+/,
    );
    // A file of the previous layout (the framed text gzipped whole), read by this version.
    const layout3 = packBundle(miniDataset(), { layout3: true });
    await expect(ensureBundled(fresh.current, bundleSource(layout3))).rejects.toThrow(
      /gzipped, as layouts 1–3 shipped it; this version reads layout 4/,
    );
    const partial = packBundle(miniDataset(), { header: ({ parts: _parts, ...h }) => h });
    await expect(ensureBundled(fresh.current, bundleSource(partial))).rejects.toThrow(/lacks some of its parts/);
    const otherSchema = packBundle(miniDataset(), { header: (h) => ({ ...h, schemaVersion: 999 }) });
    await expect(ensureBundled(fresh.current, bundleSource(otherSchema))).rejects.toThrow(
      /schema 999; this version reads layout 4, schema/,
    );
    expect(await getActive(fresh.current)).toBeUndefined();
    expect(await fresh.current.parts.count()).toBe(0);
  });
  it('a file cut short: refused before anything is written, even with a matching checksum', async () => {
    const first = await ensureBundled(fresh.current, bundleSource(packBundle(miniDataset())));
    const dataset = readBundledDataset();
    dataset.version = first.version + 1;
    // Its checksum matches (the build hashed the file as cut).
    const cut = packBundle(dataset, { bytes: (b) => b.slice(0, -1000) });
    const seen: number[] = [];
    await expect(ensureBundled(fresh.current, bundleSource(cut), { force: true, onProgress: (p) => seen.push(p) })).rejects.toThrow(
      /truncated: it ends in part \d+ of \d+ \("[a-z]:\d+"\), \d+ of its \d+ bytes read/,
    );
    expect(Math.max(...seen)).toBeLessThan(35);
    expect(await getActive(fresh.current)).toEqual(first);
    expect(await fresh.current.parts.where('gen').notEqual(first.gen).count()).toBe(0);
  });
  it('a write that fails after its first parts were written: the partial generation goes, the data in use stays', async () => {
    const first = await ensureBundled(fresh.current, bundleSource(packBundle(miniDataset())));
    const dataset = readBundledDataset();
    dataset.version = first.version + 1;
    // The fourth slice of parts fails to write (a full disk, say), once the three before it were put.
    const bulkPut = fresh.current.parts.bulkPut.bind(fresh.current.parts);
    const puts: Promise<unknown>[] = [];
    const spy = vi.spyOn(fresh.current.parts, 'bulkPut').mockImplementation(((...args: Parameters<typeof bulkPut>) => {
      const put =
        puts.length === 3
          ? Promise.all(puts).then(() => {
              throw new Error('disk full (test)');
            })
          : bulkPut(...args);
      puts.push(put);
      return put;
    }) as typeof bulkPut);
    const seen: number[] = [];
    try {
      await expect(
        ensureBundled(fresh.current, bundleSource(packBundle(dataset)), { force: true, onProgress: (p) => seen.push(p) }),
      ).rejects.toThrow(/disk full \(test\)/);
    } finally {
      spy.mockRestore();
    }
    // Some parts had been put (the progress rose past "checked")…
    expect(seen.some((p) => p > 35 && p < 95)).toBe(true);
    // …and are gone; the data in use is untouched and answers.
    expect(await getActive(fresh.current)).toEqual(first);
    expect(await fresh.current.parts.where('gen').notEqual(first.gen).count()).toBe(0);
    expect(await fresh.current.domains.where('gen').notEqual(first.gen).count()).toBe(0);
    expect(await fresh.current.agencies.where('gen').notEqual(first.gen).count()).toBe(0);
    expect((await lookupUrl(fresh.current, 'acme.example'))?.company.id).toBe('acme');
    // The whole file installs afterwards, and its deflated parts answer lookups.
    const full = await ensureBundled(fresh.current, bundleSource(packBundle(dataset)), { force: true });
    expect(full).toMatchObject({ version: dataset.version, origin: 'bundled' });
    expect((await lookupUrl(fresh.current, 'salesforce.com'))?.company.id).toBe('salesforce');
  });
  it('reads the checksum file as the build writes it', () => {
    const sha = 'ab'.repeat(32);
    expect(parseChecksumLine(checksumLine(sha, 'dataset.bin'))).toBe(sha);
    expect(() => parseChecksumLine('not a checksum')).toThrow(/unreadable/);
  });
});

describe('upgrading the store', () => {
  it('v2 → v4: the generation in use gains its company links and is packed in parts without a reinstall', async () => {
    const { Dexie } = await import('dexie');
    const name = `upgrade-${Date.now()}`;
    // A browser that ran the previous version: the v2 schema, one generation written by it.
    const old = new Dexie(name);
    old.version(1).stores({
      companies: '[gen+id], gen',
      domains: '[gen+domain], gen',
      notes: '[gen+id], [gen+companyId], gen',
      agencies: '[gen+id], gen',
      meta: 'key',
    });
    old.version(2).stores({ listShards: '[listId+sha256], listId' });
    const d = linkedDataset();
    await old.table('companies').bulkPut(d.companies.map((c) => ({ aliases: [], domains: [], ...c, gen: 1 })));
    await old
      .table('domains')
      .bulkPut(d.companies.flatMap((c) => (c.domains ?? []).map((domain) => ({ gen: 1, domain, companyId: c.id }))));
    await old.table('notes').bulkPut(d.notes.map((x) => ({ ...x, gen: 1 })));
    await old.table('agencies').bulkPut(d.agencies.map((x) => ({ ...x, gen: 1 })));
    old.close();
    const upgraded = new TielineDb(name);
    // v3 built the links, v4 packed companies, links and notes in parts: the data in use reads as before.
    await upgraded.meta.put({
      key: 'active',
      value: {
        gen: 1,
        version: 1,
        generatedAt: 'x',
        origin: 'bundled',
        activatedAt: 'x',
        checksum: 'x',
        counts: { companies: 0, notes: 0, agencies: 0, domains: 0 },
      },
    });
    const index = new DatasetIndex(parseDataset(d));
    for (const url of ['https://acme.example/', 'acmefoundation.example', 'acmechat.example', 'chatmobile.example']) {
      expect(await lookupUrl(upgraded, url)).toEqual(index.match(url));
    }
    expect((await lookupUrl(upgraded, 'acme.example'))!.related.map((r) => r.id)).toEqual(['acme-labs', 'wall-jv', 'acme-labs-east']);
    expect(upgraded.tables.map((t) => t.name).sort()).toEqual(['agencies', 'domains', 'listShards', 'meta', 'parts']);
    await upgraded.delete();
  });
});
