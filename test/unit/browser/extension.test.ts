import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BUNDLED_CHECKSUM_FILE, badgeLookup, database, ensureDataset, lookup, textSiteParts } from '@/data/browser/extension';
import { commitPrepared } from '@/data/store/generations';
import { countsOf, rowsOf } from '@/data/store/bundle';
import { coverageOf } from '@/data/model/coverage';
import { badgeFacts } from '@/data/model/headline';
import { parseDataset } from '@/data/model/schema';
import { installDataset } from '@/data/store/install';
import { META, getActive, readMeta } from '@/data/store/meta';
import { miniDataset } from '../../fixtures/datasets';
import { packBundle } from '../../helpers/bundle';

describe("the background's lookups", () => {
  const packed = packBundle(miniDataset());
  let bundleReads = 0;
  beforeAll(() => {
    vi.stubGlobal('fetch', async (url: string) => {
      if (String(url).endsWith(BUNDLED_CHECKSUM_FILE)) return new Response(packed.checksumText);
      bundleReads++;
      return new Response(packed.bytes as BodyInit);
    });
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await database().delete();
  });

  it('wait for the first install, then answer from the data in use, following every switch', async () => {
    // No data yet: the lookups install the bundle once, and are answered when it is written.
    const [a, b] = await Promise.all([lookup('https://www.acme.example/'), lookup('laborco.example'), ensureDataset({ force: true })]);
    expect(a?.company.id).toBe('acme');
    expect(b?.company.id).toBe('laborco');
    expect(bundleReads).toBe(1);
    expect(await lookup('nothing.example')).toBeNull();
    // Once the install is in use, the parts a site reads are rewritten as text in the background.
    await textSiteParts();
    const gen = (await getActive(database()))!.gen;
    expect(await readMeta(database(), META.sitePartsText)).toEqual({ gen });
    const siteKeys = new Set((await database().domains.where('gen').equals(gen).toArray()).flatMap((d) => d.parts ?? []));
    const rows = await database().parts.where('gen').equals(gen).toArray();
    expect(rows.filter((r) => 'json' in r).map((r) => r.key)).toEqual([...siteKeys].sort());
    expect((await lookup('https://www.acme.example/'))?.company.id).toBe('acme');
    // A new generation switched to in this context (a sync does the same): the next lookup reads it.
    const next = miniDataset();
    next.version = 4;
    next.companies.find((c) => c.id === 'quiet')!.domains = ['quiet.example', 'hush.example'];
    await installDataset(database(), next, 'bundled');
    expect((await getActive(database()))?.gen).toBe(2);
    expect((await lookup('https://hush.example/'))?.company.id).toBe('quiet');
  });

  it("answers a known site's badge from its domain row, reading no part; a generation written before the facts is looked up whole until an update rewrites it", async () => {
    const acme = 'https://www.acme.example/';
    const reads = vi.spyOn(database().parts, 'bulkGet');
    try {
      // The shipped bundle (an update from the dataset installed above): its rows carry the badge's facts.
      await ensureDataset({ force: true });
      await textSiteParts(); // its reads are not the badge's
      reads.mockClear();
      const answer = await badgeLookup(acme);
      expect(reads).not.toHaveBeenCalled();
      const whole = (await answer.result())!;
      expect(whole.company.id).toBe('acme');
      expect(reads).toHaveBeenCalled();
      expect(answer.facts).toEqual(badgeFacts(whole));
      const none = await badgeLookup('https://nothing.example/');
      expect(none.facts).toBeNull();
      expect(await none.result()).toBeNull();

      // The store as the previous version left it: domain rows without the facts.
      const d = parseDataset(miniDataset());
      const rows = rowsOf(d);
      await commitPrepared(
        database(),
        {
          rows: { ...rows, domains: rows.domains.map(({ badge: _badge, ...row }) => row) },
          version: d.version,
          generatedAt: d.generatedAt,
          counts: countsOf(d),
          coverage: coverageOf(d),
          checksum: 'the previous build',
        },
        { origin: 'bundled' },
      );
      await textSiteParts();
      const gen = (await getActive(database()))!.gen;
      expect((await database().domains.where('gen').equals(gen).toArray()).some((r) => r.badge !== undefined)).toBe(false);
      reads.mockClear();
      const old = await badgeLookup(acme);
      expect(reads).toHaveBeenCalled();
      expect(old.facts).toEqual(answer.facts);
      expect(await old.result()).toEqual(whole);

      // The update's install (another checksum than the one in use) writes the rows with their facts.
      await ensureDataset({ force: true });
      const next = (await getActive(database()))!.gen;
      expect(next).toBeGreaterThan(gen);
      expect((await database().domains.where('gen').equals(next).toArray()).every((r) => r.badge !== undefined)).toBe(true);
      await textSiteParts();
      reads.mockClear();
      expect((await badgeLookup(acme)).facts).toEqual(answer.facts);
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
    }
  });

  it('reads the data in use without Dexie at a wake-up, and through Dexie when that read fails', async () => {
    await ensureDataset();
    const acme = 'https://www.acme.example/';
    const expected = (await badgeLookup(acme)).facts;
    const dexieReads = vi.spyOn(database().domains, 'where');
    try {
      // A switch drops what this context keeps: the next badge reads the data in use again, without Dexie.
      await installDataset(database(), { ...miniDataset(), version: 7 }, 'bundled');
      dexieReads.mockClear(); // the install's own
      expect((await badgeLookup(acme)).facts).toEqual(expected);
      expect(dexieReads).not.toHaveBeenCalled();
      // The same read failing (IndexedDB's own API refused, say): the badge is the same, read through Dexie.
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      vi.stubGlobal('indexedDB', {
        open: () => {
          throw new Error('refused');
        },
      });
      try {
        await installDataset(database(), { ...miniDataset(), version: 8 }, 'bundled');
        dexieReads.mockClear();
        expect((await badgeLookup(acme)).facts).toEqual(expected);
        expect(dexieReads).toHaveBeenCalled();
        expect(warn).toHaveBeenCalledTimes(1);
      } finally {
        vi.stubGlobal('indexedDB', indexedDB);
        warn.mockRestore();
      }
    } finally {
      dexieReads.mockRestore();
    }
  });
});
