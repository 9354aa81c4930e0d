/**
 * The parts a site's lookup reads, rewritten as text after the bundled install (issue 13).
 *
 * The bundled install writes every part as it ships, deflated (framed.ts, layout 4: 1.8 MB instead of 13.5 M
 * characters), and switches to it at once: lookups answer from then on. But a site's badge reads its company
 * part and its notes' part, and inflating them (`DecompressionStream`: several tasks per part) was a median
 * 4.6 ms of a known site's badge in Chromium at load 15, beside 4–5 ms for the read itself (bench/parts-ab.ts).
 * So, once the generation is in use, the parts some domain's row names (`DomainEntry.parts`: the 32 company
 * parts and the 137 site-notes parts, 4.2 M characters) are inflated and written back as text, a few per
 * transaction. The rest — the note buckets and the list of all companies, 9.4 M characters read only by a
 * lookup by name — stays deflated.
 *
 * Nothing is lost when it stops midway (a failure, the worker stopped): every row is whole in one shape or the
 * other, and `partText` reads both. Each batch is written in its own transaction and only over a row that is
 * still there and still deflated, so a generation switched away from and deleted meanwhile never gets rows
 * back. A part that does not inflate is left as it is (the lookup that reads it reports it). The rewrite is
 * marked done (`META.sitePartsText`) only once it has gone through every part, and resumes where it stopped:
 * parts already text are skipped.
 */
import type { PartRow, TielineDb } from './db';
import { inflateText, type PackedPart } from './framed';
import { META, getActive, readMeta, writeMeta } from './meta';

/**
 * Parts per transaction: about 200 K characters (the site parts average 25 K), a few milliseconds of writing,
 * so a badge's read, queued behind a batch's transaction, waits little.
 */
export const SITE_PART_BATCH = 8;

export interface RewriteOptions {
  /** Between batches; the background yields a task there, so tab events run first. */
  pause?: () => Promise<void>;
  /** Test hook: runs after each batch has been written, with the number of parts written so far. */
  afterBatch?: (written: number) => Promise<void> | void;
}

const isDeflated = (row: PartRow | undefined): row is PartRow & PackedPart => !!row && 'deflated' in row;

/**
 * Rewrites as text the deflated parts of generation `gen` that a site's lookup reads; marks the generation
 * done when it is still the one in use. Returns the number of parts rewritten.
 */
export async function rewriteSiteParts(db: TielineDb, gen: number, opts: RewriteOptions = {}): Promise<number> {
  const domains = await db.domains.where('gen').equals(gen).toArray();
  const keys = [...new Set(domains.flatMap((d) => d.parts ?? []))].sort();
  let written = 0;
  for (let i = 0; i < keys.length; i += SITE_PART_BATCH) {
    const rows = await db.parts.bulkGet(keys.slice(i, i + SITE_PART_BATCH).map((k) => [gen, k] as [number, string]));
    const deflated = rows.filter(isDeflated);
    if (!deflated.length) continue;
    // Inflated outside the transaction (an IndexedDB transaction ends when it waits on anything else).
    const texts = await Promise.all(deflated.map((r) => inflateText(r.deflated).catch(() => undefined)));
    await db.transaction('rw', db.parts, async () => {
      const now = await db.parts.bulkGet(deflated.map((r) => [gen, r.key] as [number, string]));
      const put = now.flatMap((r, j) => {
        const json = texts[j];
        return isDeflated(r) && json !== undefined ? [{ gen, key: r.key, json }] : [];
      });
      await db.parts.bulkPut(put);
      written += put.length;
    });
    await opts.afterBatch?.(written);
    await opts.pause?.();
  }
  await db.transaction('rw', db.meta, async () => {
    if ((await getActive(db))?.gen === gen) await writeMeta(db, META.sitePartsText, { gen });
  });
  return written;
}

/**
 * Rewrites the site parts of the data in use as text unless that is done already (one read of `meta` then).
 * Returns the number of parts rewritten.
 */
export async function ensureSitePartsText(db: TielineDb, opts: RewriteOptions = {}): Promise<number> {
  const [active, done] = await Promise.all([getActive(db), readMeta(db, META.sitePartsText)]);
  if (!active || done?.gen === active.gen) return 0;
  return rewriteSiteParts(db, active.gen, opts);
}
