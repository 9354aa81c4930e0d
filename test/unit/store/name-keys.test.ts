import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../helpers/db';
import { bundleSource, packBundle } from '../../helpers/bundle';
import { ensureBundled } from '@/data/store/install';
import { allCompanies } from '@/data/store/queries';
import { partText } from '@/data/store/framed';
import { keyReader, readKeyTable } from '@/data/store/name-keys';
import { NAME_KEY_BUCKETS, quickMatch } from '@/data/model/name-keys';
import { miniDataset } from '../../fixtures/datasets';

const fresh = freshDb('name-keys');

async function installed() {
  const { gen } = await ensureBundled(fresh.current, bundleSource(packBundle(miniDataset())));
  return { gen, companies: await allCompanies(fresh.current, gen) };
}

// Names, a legal name, a site, an email address, a name no rule of the table decides, one that is no company.
const QUERIES = [
  'Acme Holdings, Inc.',
  'acme chat',
  'LaborCo LLC',
  'laborco.example',
  'jane@acmechat.example',
  'Acme Chatt',
  'nobody at all',
];

describe("the key table kept in memory (the background's lookup)", () => {
  it("reads every part of the table as text, the stored parts' own", async () => {
    const { gen } = await installed();
    const table = await readKeyTable(fresh.current, gen);
    expect(table?.size).toBe(NAME_KEY_BUCKETS);
    for (const [key, text] of table!) {
      const row = await fresh.current.parts.get([gen, key]);
      expect(text).toBe(await partText(row!));
    }
  });

  it('answers every query as the parts read from the store do, with no read of a part', async () => {
    const { gen, companies } = await installed();
    const table = await readKeyTable(fresh.current, gen);
    const fromStore = keyReader(fresh.current, gen, companies);
    const kept = keyReader(fresh.current, gen, companies, table);
    const reads = vi.spyOn(fresh.current.parts, 'bulkGet');
    for (const q of QUERIES) expect(await quickMatch(q, kept)).toEqual(await quickMatch(q, fromStore));
    const readFromStore = reads.mock.calls.length;
    expect(readFromStore).toBeGreaterThan(0);
    reads.mockClear();
    for (const q of QUERIES) await quickMatch(q, kept);
    expect(reads).not.toHaveBeenCalled();
  });

  it('reads as undefined for a generation stored without the table', async () => {
    const { gen } = await installed();
    await fresh.current.parts.delete([gen, 'k:3']);
    expect(await readKeyTable(fresh.current, gen)).toBeUndefined();
  });
});
