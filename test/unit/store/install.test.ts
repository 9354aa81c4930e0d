import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TielineDb } from '@/data/store/db';
import { lookupUrl } from '@/data/store/queries';
import { ensureBundled, installDataset } from '@/data/store/install';
import { getActive } from '@/data/store/meta';
import { miniDataset } from '../../fixtures/datasets';

let db: TielineDb;
let n = 0;
beforeEach(() => {
  db = new TielineDb(`test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('installing a dataset (one generation switch)', () => {
  it('rejects an invalid dataset and keeps the data in use', async () => {
    const first = await installDataset(db, miniDataset(), 'bundled');
    const broken = miniDataset();
    broken.version = 4;
    broken.notes[0]!.sources = [];
    await expect(installDataset(db, broken, 'bundled')).rejects.toThrow(/notes\[0\] \(id "acme-cbp"\)\.sources/);
    expect(await getActive(db)).toEqual(first);
    expect((await lookupUrl(db, 'acme.example'))?.notes).toHaveLength(3);
  });
  it('switches generations and removes the old one', async () => {
    await installDataset(db, miniDataset(), 'bundled');
    const next = miniDataset();
    next.version = 4;
    next.companies[4]!.domains = ['quiet.example', 'quiet2.example'];
    const active = await installDataset(db, next, 'bundled');
    expect(active.gen).toBe(2);
    expect(await db.companies.where('gen').equals(1).count()).toBe(0);
    expect((await lookupUrl(db, 'quiet2.example'))?.company.id).toBe('quiet');
  });
  it('installs the bundle once, and again only when the store lost it or the bundle is newer', async () => {
    let loads = 0;
    const load = async () => {
      loads++;
      return miniDataset();
    };
    await ensureBundled(db, load);
    await ensureBundled(db, load);
    expect(loads).toBe(1);
    await ensureBundled(db, load, { force: true }); // an update with the same bundle: read, not rewritten
    expect((await getActive(db))?.gen).toBe(1);
    await db.domains.clear();
    await ensureBundled(db, load, { force: true });
    expect((await getActive(db))?.gen).toBe(2);
    expect((await lookupUrl(db, 'acme.example'))?.company.id).toBe('acme');
  });
});
