/**
 * The shipped key table of the name index (data/model/name-keys.ts) read from a generation: the parts of the
 * keys a query asks for, in one batched read, and a domain's company, in another. Apart from queries.ts: the
 * background's lookup reads these before (and usually instead of) every company's names.
 */
import { keyEntries, nameKeyPart, type KeyBucket, type KeyReader } from '../model/name-keys';
import { partText } from './bundle';
import type { ScreenCompany } from '../model/screen-outcome';
import type { TielineDb } from './db';

/**
 * Reads generation `gen`'s key table and domains; `companies`: its list of every company (the `companies` part,
 * which the table's candidates point into). A generation stored without the table reads as undefined.
 */
export function keyReader(db: TielineDb, gen: number, companies: readonly ScreenCompany[]): KeyReader {
  return {
    async keys(keys) {
      const parts = [...new Set(keys.map(nameKeyPart))];
      const rows = await db.parts.bulkGet(parts.map((k) => [gen, k] as [number, string]));
      if (rows.some((r) => !r)) return undefined;
      const texts = await Promise.all(rows.map((r) => partText(r!)));
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
