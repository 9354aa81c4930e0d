import { describe, expect, it } from 'vitest';
import { freshDb } from '../../helpers/db';
import { bundleSource, packBundle } from '../../helpers/bundle';
import { ensureBundled, installDataset } from '@/data/store/install';
import { lookupUrl } from '@/data/store/queries';
import { META, readMeta } from '@/data/store/meta';
import { partText } from '@/data/store/framed';
import { ensureSitePartsText, rewriteSiteParts, SITE_PART_BATCH } from '@/data/store/site-parts';
import type { TielineDb } from '@/data/store/db';
import type { DatasetInput } from '@/data/model/schema';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { linkedDataset } from '../../fixtures/datasets';

const fresh = freshDb('site-parts');

/** The keys a site's lookup reads in generation `gen` (what the rewrite turns into text). */
async function siteKeys(db: TielineDb, gen: number): Promise<Set<string>> {
  return new Set((await db.domains.where('gen').equals(gen).toArray()).flatMap((d) => d.parts ?? []));
}

/** Every part of generation `gen` as text, and which are stored as text. */
async function stored(db: TielineDb, gen: number) {
  const rows = await db.parts.where('gen').equals(gen).toArray();
  return {
    texts: new Map(await Promise.all(rows.map(async (r) => [r.key, await partText(r)] as const))),
    asText: new Set(rows.filter((r) => 'json' in r).map((r) => r.key)),
  };
}

/** Lookups of `domains` from the store, as plain data. */
const answers = async (db: TielineDb, domains: readonly string[]) =>
  Promise.all(domains.map(async (d) => JSON.parse(JSON.stringify(await lookupUrl(db, d))) as unknown));

async function installed(d: DatasetInput) {
  const active = await ensureBundled(fresh.current, bundleSource(packBundle(d)));
  const domains = (await fresh.current.domains.where('gen').equals(active.gen).toArray()).map((r) => r.domain);
  return { gen: active.gen, domains };
}

describe("a site's parts, rewritten as text after the bundled install", () => {
  it('turns exactly the parts a site reads into text, with the same text; lookups answer the same', async () => {
    const { gen, domains } = await installed(linkedDataset());
    const before = await stored(fresh.current, gen);
    expect(before.asText.size).toBe(0); // the install writes every part deflated, as it ships
    const answered = await answers(fresh.current, domains);
    const keys = await siteKeys(fresh.current, gen);
    expect(keys.size).toBeGreaterThan(0);

    expect(await ensureSitePartsText(fresh.current)).toBe(keys.size);
    const after = await stored(fresh.current, gen);
    expect(after.asText).toEqual(keys);
    expect(after.texts).toEqual(before.texts);
    expect([...before.texts.keys()].some((k) => !keys.has(k))).toBe(true); // the name-only parts stay deflated
    expect(await readMeta(fresh.current, META.sitePartsText)).toEqual({ gen });
    expect(await answers(fresh.current, domains)).toEqual(answered);
    // Done: the next call only reads the mark.
    expect(await ensureSitePartsText(fresh.current)).toBe(0);
  });

  it('a part that does not inflate is left as it is; the others are rewritten', async () => {
    const { gen } = await installed(linkedDataset());
    const [bad, ...rest] = [...(await siteKeys(fresh.current, gen))].sort();
    await fresh.current.parts.put({ gen, key: bad!, deflated: new Uint8Array([0xff, 0xfe, 0xfd]) });
    expect(await rewriteSiteParts(fresh.current, gen)).toBe(rest.length);
    const row = await fresh.current.parts.get([gen, bad!]);
    expect(row && 'deflated' in row).toBe(true);
  });

  it('stopped midway, loses nothing: every part reads as before, in either shape, and the next run finishes it', async () => {
    // The shipped data: enough site parts for several batches.
    const { gen, domains } = await installed(readBundledDataset());
    const keys = await siteKeys(fresh.current, gen);
    expect(keys.size).toBeGreaterThan(3 * SITE_PART_BATCH);
    const before = await stored(fresh.current, gen);
    const sample = domains.filter((_, i) => i % 8 === 0);
    const answered = await answers(fresh.current, sample);

    // As a worker stopped (or a failure) after the first batch's transaction.
    const stop = new Error('the worker stopped');
    await expect(
      rewriteSiteParts(fresh.current, gen, {
        afterBatch: () => {
          throw stop;
        },
      }),
    ).rejects.toBe(stop);
    const midway = await stored(fresh.current, gen);
    expect(midway.asText.size).toBe(SITE_PART_BATCH);
    expect(midway.texts).toEqual(before.texts);
    expect(await readMeta(fresh.current, META.sitePartsText)).toBeUndefined();
    expect(await answers(fresh.current, sample)).toEqual(answered);

    // The next run (a browser's start) skips what is text already and finishes.
    expect(await ensureSitePartsText(fresh.current)).toBe(keys.size - SITE_PART_BATCH);
    const done = await stored(fresh.current, gen);
    expect(done.asText).toEqual(keys);
    expect(done.texts).toEqual(before.texts);
    expect(await readMeta(fresh.current, META.sitePartsText)).toEqual({ gen });
    expect(await answers(fresh.current, sample)).toEqual(answered);
  });

  it('never writes into a generation switched away from meanwhile (no rows come back), nor marks it done', async () => {
    const d = readBundledDataset();
    const { gen } = await installed(d);
    let switched = false;
    await rewriteSiteParts(fresh.current, gen, {
      afterBatch: async () => {
        if (switched) return;
        switched = true;
        // A newer dataset installed after the first batch: the old generation is deleted.
        await installDataset(fresh.current, { ...d, version: d.version + 1 }, 'bundled');
      },
    });
    expect(switched).toBe(true);
    expect(await fresh.current.parts.where('gen').equals(gen).count()).toBe(0);
    expect(await readMeta(fresh.current, META.sitePartsText)).toBeUndefined();
  });
});
