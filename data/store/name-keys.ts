/**
 * The shipped key table of the name index (data/model/name-keys.ts) read from a generation: the parts of the
 * keys a query asks for, in one batched read, and a domain's company, in another. Apart from queries.ts: the
 * background's lookup reads these before (and usually instead of) every company's names.
 */
import { NAME_KEY_BUCKETS, keyBucketPart, keyEntries, nameKeyPart, type KeyBucket, type KeyReader } from '../model/name-keys';
import { partText } from './bundle';
import type { ScreenCompany } from '../model/screen-outcome';
import type { TielineDb } from './db';

/** Generation `gen`'s key table as text, by part key: its parts read in one batched read and inflated. */
export type KeyTable = ReadonlyMap<string, string>;

/**
 * Reads generation `gen`'s whole key table (every `k:<n>` part, inflated, not parsed: 380 K characters for the
 * bundled data, against the 540 K of the list of every company the lookup keeps beside it), or undefined when a
 * part is missing (a generation stored without the table).
 */
export async function readKeyTable(db: TielineDb, gen: number): Promise<KeyTable | undefined> {
  const keys = Array.from({ length: NAME_KEY_BUCKETS }, (_, n) => keyBucketPart(n));
  const texts = await partTexts(db, gen, keys);
  return texts && new Map(keys.map((k, i) => [k, texts[i]!]));
}

/** Generation `gen`'s parts `keys` as text, in one batched read; undefined when one is missing. */
async function partTexts(db: TielineDb, gen: number, keys: readonly string[]): Promise<string[] | undefined> {
  const rows = await db.parts.bulkGet(keys.map((k) => [gen, k] as [number, string]));
  if (rows.some((r) => !r)) return undefined;
  return await Promise.all(rows.map((r) => partText(r!)));
}

/**
 * Reads generation `gen`'s key table and domains; `companies`: its list of every company (the `companies` part,
 * which the table's candidates point into). With `table` (that generation's, read by readKeyTable) a query's
 * keys are parsed from it, with no read; without it, their parts are read. A generation stored without the
 * table reads as undefined.
 */
export function keyReader(db: TielineDb, gen: number, companies: readonly ScreenCompany[], table?: KeyTable): KeyReader {
  return {
    async keys(keys) {
      const parts = [...new Set(keys.map(nameKeyPart))];
      const texts = table ? parts.map((k) => table.get(k)!) : await partTexts(db, gen, parts);
      if (!texts) return undefined;
      return keyEntries(
        texts.map((t) => JSON.parse(t) as KeyBucket),
        companies,
      );
    },
    async domain(domain) {
      return (await db.domains.get([gen, domain]))?.companyId;
    },
  };
}
