import { describe, expect, it } from 'vitest';
import { freshDb } from '../../helpers/db';
import { TielineDb } from '@/data/store/db';
import { lookupUrl } from '@/data/store/queries';
import { ensureBundled, installDataset } from '@/data/store/install';
import { getActive } from '@/data/store/meta';
import { linkedDataset, miniDataset } from '../../fixtures/datasets';
import { readBundledDataset } from '@/data/pipeline/bundled';

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
    expect(await fresh.current.companies.where('gen').equals(1).count()).toBe(0);
    expect((await lookupUrl(fresh.current, 'quiet2.example'))?.company.id).toBe('quiet');
  });
  it('installs the bundle once, and again only when the store lost it or the bundle is newer', async () => {
    let loads = 0;
    const load = async () => {
      loads++;
      return miniDataset();
    };
    await ensureBundled(fresh.current, load);
    await ensureBundled(fresh.current, load);
    expect(loads).toBe(1);
    await ensureBundled(fresh.current, load, { force: true }); // an update with the same bundle: read, not rewritten
    expect((await getActive(fresh.current))?.gen).toBe(1);
    await fresh.current.domains.clear();
    await ensureBundled(fresh.current, load, { force: true });
    expect((await getActive(fresh.current))?.gen).toBe(2);
    expect((await lookupUrl(fresh.current, 'acme.example'))?.company.id).toBe('acme');
  });
  it('reports its progress in percent, rising to 100, with the notes written in slices', async () => {
    const seen: number[] = [];
    const active = await ensureBundled(fresh.current, async () => readBundledDataset(), { onProgress: (p) => seen.push(p) });
    expect(seen[0]).toBe(10);
    expect(seen.at(-1)).toBe(100);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // Several steps while writing (the bundle has thousands of notes), not a jump from 35 to 100.
    expect(seen.filter((p) => p > 35 && p < 100).length).toBeGreaterThan(3);
    // What the data covers is recorded with it.
    expect(active.coverage?.agencies.map((a) => a.acronym)).toEqual(['CBP', 'ICE']);
  });
});

describe('upgrading the store', () => {
  it('v2 → v3: the generation in use gains its company links without a reinstall', async () => {
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
    const links = await upgraded.links.where('gen').equals(1).toArray();
    expect(links.map((l) => `${l.from}→${l.to}:${l.kind}`).sort()).toEqual([
      'acme-chat-mobile→acme-chat:owner',
      'acme-chat→acme:owner',
      'acme-foundation→acme:foundation',
      'acme-labs-east→acme-labs:owner',
      'acme-labs→acme:owner',
      'acme-pac→acme:pac',
      'wall-jv→acme:member',
      'wall-jv→nodomain:member',
    ]);
    await upgraded.delete();
  });
});
