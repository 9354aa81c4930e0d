import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BUNDLED_CHECKSUM_FILE, database, ensureDataset, lookup, textSiteParts } from '@/data/browser/extension';
import { firstInstall } from '@/data/browser/first-install';
import { afterFirstInstall, badgeAnswer, beganFirstInstall } from '@/data/browser/in-use';
import { getActive } from '@/data/store/meta';
import { miniDataset } from '../../fixtures/datasets';
import { packBundle, type Packed } from '../../helpers/bundle';

describe("the service worker's first install, without Dexie (data/browser/first-install.ts)", () => {
  let shipped: Packed = packBundle(miniDataset());
  let bundleReads = 0;
  beforeAll(() => {
    vi.stubGlobal('fetch', async (url: string) => {
      if (String(url).endsWith(BUNDLED_CHECKSUM_FILE)) return new Response(shipped.checksumText);
      bundleReads++;
      return new Response(shipped.bytes as BodyInit);
    });
  });
  afterEach(async () => {
    // An install through Dexie goes on, once the data is in use, to rewrite the site parts as text in the background
    // (extension.ts textSiteParts), in batches a task apart: on a loaded machine it can outlast the test and write
    // into the next test's fresh database, which then is no first install. It is awaited first.
    await textSiteParts();
    // Deleted, not closed: the next test's first install must find no database, and Dexie opens it again on use.
    await database().delete({ disableAutoOpen: false });
    shipped = packBundle(miniDataset());
  });
  afterAll(() => vi.unstubAllGlobals());

  it('installs on a fresh database; the install through Dexie waits for it and writes nothing more; lookups answer from it', async () => {
    bundleReads = 0;
    const first = firstInstall();
    beganFirstInstall(first.then((a) => a !== undefined));
    // Started meanwhile (runtime.onInstalled, a lookup): waits, finds the same bundle in use, writes nothing.
    const [active, throughDexie] = await Promise.all([first, ensureDataset({ force: true })]);
    expect(active?.origin).toBe('bundled');
    expect(throughDexie).toEqual(active);
    expect(await getActive(database())).toEqual(active);
    expect(await database().parts.orderBy('gen').uniqueKeys()).toEqual([active!.gen]);
    expect((await lookup('https://www.acme.example/'))?.company.id).toBe('acme');
    expect(bundleReads).toBe(1);
    // A second install event (an update): the database exists, so it is left to the install through Dexie.
    expect(await firstInstall()).toBeUndefined();
  });

  it('gives a tab visited during the install its badge once the data is in use, without a whole lookup', async () => {
    const wholeLookup = vi.fn(() => Promise.resolve(null));
    const first = firstInstall();
    beganFirstInstall(first.then((a) => a !== undefined));
    const answer = await badgeAnswer('https://www.acme.example/', wholeLookup);
    expect(await afterFirstInstall()).toBe(true);
    expect(answer.facts?.name).toBe((await lookup('https://www.acme.example/'))?.company.name);
    expect(answer.facts?.lines.length).toBeGreaterThan(0);
    expect(wholeLookup).not.toHaveBeenCalled();
  });

  it('refuses a damaged bundle and leaves no data in use, which the install through Dexie then writes', async () => {
    const bytes = shipped.bytes.slice();
    bytes[bytes.length - 1]! ^= 1;
    shipped = { ...shipped, bytes };
    const first = firstInstall();
    beganFirstInstall(
      first.then(
        (a) => a !== undefined,
        () => false,
      ),
    );
    await expect(first).rejects.toThrow(/damaged/);
    expect(await getActive(database())).toBeUndefined();
    shipped = packBundle(miniDataset());
    const active = await ensureDataset({ force: true });
    expect(active.origin).toBe('bundled');
    expect((await lookup('https://www.acme.example/'))?.company.id).toBe('acme');
  });
});
