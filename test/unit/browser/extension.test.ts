import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BUNDLED_CHECKSUM_FILE, database, ensureDataset, lookup, textSiteParts } from '@/data/browser/extension';
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
});
