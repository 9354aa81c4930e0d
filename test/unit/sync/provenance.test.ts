/**
 * Provenance, never silent override, over real HTTP on 127.0.0.1: a list the user added may add companies,
 * domains and notes; where it would change or remove what the bundle or the built-in list holds, the held
 * record stays and a conflict says what the list says instead. Cases from the issue: a list repeating
 * `acme` with no notes, one renaming CBP, one moving acme.example to "GoodCo (ethical!)".
 */
import { describe, expect, it } from 'vitest';
import { lookupUrl, withConflicts } from '@/data/store/queries';
import { META, readMeta } from '@/data/store/meta';
import { syncAll } from '@/data/sync/sync';
import { layerLists, MAX_CONFLICTS } from '@/data/model/conflict';
import { SCHEMA_VERSION, type Dataset, type DatasetInput } from '@/data/model/schema';
import { syncFixture } from '../../helpers/sync-fixture';
import { miniDataset } from '../../fixtures/datasets';

const f = syncFixture();
const { otherKeys, publishTo, sub, deps } = f;

const source = (n: string) => ({ url: `https://news.example.org/${n}`, publisher: 'Example News', title: n });

/** A list of only these records (a list need not repeat the bundle). */
function list(version: number, records: Partial<Pick<DatasetInput, 'agencies' | 'companies' | 'notes'>>): Dataset {
  return {
    schemaVersion: SCHEMA_VERSION,
    version,
    generatedAt: '2026-11-01T00:00:00.000Z',
    agencies: records.agencies ?? [],
    companies: (records.companies ?? []).map((c) => ({ aliases: [], domains: [], ...c })),
    notes: records.notes ?? [],
  } as Dataset;
}

/** Subscribes to a user-added list (its own key) beside nothing else, syncs, and returns its subscription. */
async function addUserList(name: string, d: Dataset, others: ReturnType<typeof sub>[] = []) {
  publishTo(name, d, { key: otherKeys.privatePem });
  const s = sub(name, otherKeys.publicKeyBase64);
  const out = await syncAll(deps(), [...others, s]);
  expect(out.get(s.id)).toMatchObject({ status: 'updated' });
  return s;
}

const conflicts = async () => (await readMeta(f.db, META.conflicts))?.items ?? [];

describe('a list the user added may add, never silently override', () => {
  it('repeats acme with no notes: its three bundled notes stay', async () => {
    const acme = miniDataset().companies.find((c) => c.id === 'acme')!;
    await addUserList('nonotes', list(2, { companies: [acme] }));
    const r = await lookupUrl(f.db, 'acme.example');
    expect(r?.notes.map((n) => n.id).sort()).toEqual(['acme-cbp', 'acme-letter', 'acme-refusal']);
    expect(r?.company.list).toBeUndefined(); // still the bundle's record
    expect(await conflicts()).toEqual([]); // the same record: nothing to disagree about
  });

  it('renames CBP: the agency keeps its name for every company, and the conflict is shown beside CBP’s contracts', async () => {
    const s = await addUserList(
      'rename',
      list(2, { agencies: [{ id: 'cbp', name: 'Friendly Border Agency', acronym: 'FBA', department: 'DHS' }] }),
    );
    const r = await withConflicts(f.db, await lookupUrl(f.db, 'chatmobile.example'));
    const cbp = r!.notes.filter((n) => n.kind === 'contract' && n.agency.id === 'cbp');
    expect(cbp.length).toBe(2);
    for (const n of cbp) expect(n.kind === 'contract' && n.agency.name).toBe('U.S. Customs and Border Protection');
    expect(r?.conflicts).toEqual([{ list: s.url, kind: 'agency', agencyId: 'cbp', value: 'Friendly Border Agency (FBA)' }]);
  });

  it('moves acme.example to GoodCo (ethical!): the site still reads Acme, GoodCo gets only its own domain', async () => {
    const s = await addUserList(
      'repoint',
      list(2, { companies: [{ id: 'goodco', name: 'GoodCo (ethical!)', domains: ['acme.example', 'goodco.example'] }] }),
    );
    const r = await withConflicts(f.db, await lookupUrl(f.db, 'https://www.acme.example/'));
    expect(r?.company.name).toBe('Acme');
    expect(r?.notes).toHaveLength(3);
    expect(r?.conflicts).toEqual([
      { list: s.url, kind: 'domain', companyId: 'acme', companyName: 'Acme', domain: 'acme.example', value: 'GoodCo (ethical!)' },
    ]);
    const goodco = await lookupUrl(f.db, 'goodco.example');
    expect(goodco?.company).toMatchObject({ id: 'goodco', domains: ['goodco.example'], list: s.url });
  });

  it('changes a company or a note another list holds: the held one stays, each difference is a conflict', async () => {
    const d = miniDataset();
    const acme = d.companies.find((c) => c.id === 'acme')!;
    const refusal = d.notes.find((n) => n.id === 'acme-refusal')!;
    const s = await addUserList(
      'changes',
      list(2, {
        companies: [{ ...acme, name: 'Acme (ethical!)', domains: ['acme.example', 'acme-shop.example'], aliases: ['ACME GOOD'] }],
        notes: [
          { ...refusal, summary: 'It never happened.' },
          // A second CBP tie for acme (the bundle holds one).
          {
            id: 'acme-cbp-2',
            kind: 'contract',
            companyId: 'acme',
            agencyId: 'cbp',
            summary: 'Nothing to see.',
            awards: [],
            sources: [source('x')],
          },
        ],
      }),
    );
    const r = await withConflicts(f.db, await lookupUrl(f.db, 'acme.co.uk'));
    expect(r?.company).toMatchObject({ name: 'Acme', domains: ['acme.example', 'acme.co.uk'] });
    expect(r?.notes.find((n) => n.id === 'acme-refusal')).toMatchObject({ summary: 'It refused.' });
    expect(r?.notes.some((n) => n.id === 'acme-cbp-2')).toBe(false);
    expect(await lookupUrl(f.db, 'acme-shop.example')).toBeNull();
    const base = { list: s.url, companyId: 'acme', companyName: 'Acme' };
    expect(r?.conflicts).toEqual([
      { ...base, kind: 'name', value: 'Acme (ethical!)' },
      { ...base, kind: 'domainsMissing', value: 'acme.co.uk' },
      { ...base, kind: 'domainsAdded', value: 'acme-shop.example' },
      { ...base, kind: 'aliases', value: 'ACME GOOD' },
      { ...base, kind: 'note', noteId: 'acme-refusal', value: 'A nonprofit refused a gift: It never happened.' },
      { ...base, kind: 'tie', noteId: 'acme-cbp', agencyId: 'cbp', value: 'Nothing to see.' },
    ]);
  });

  it('adds companies and notes, each marked with its list', async () => {
    const s = await addUserList(
      'adds',
      list(2, {
        companies: [
          { id: 'acme', name: 'Acme', aliases: ['ACME CORP', 'ACME HOLDINGS, INC.'], domains: ['acme.example', 'acme.co.uk'] },
          { id: 'freshco', name: 'Freshco', domains: ['freshco.example'], parent: { id: 'acme', sources: [source('own')] } },
        ],
        notes: [
          {
            id: 'acme-strike-2026',
            kind: 'labor',
            companyId: 'acme',
            date: '2026-03',
            action: 'strike',
            summary: 'Workers struck.',
            sources: [source('s')],
          },
          { id: 'freshco-note', kind: 'context', companyId: 'freshco', title: 'Fresh', summary: 'A note.', sources: [source('f')] },
        ],
      }),
    );
    const acme = await lookupUrl(f.db, 'acme.example');
    expect(acme?.notes.find((n) => n.id === 'acme-strike-2026')?.list).toBe(s.url);
    expect(acme?.notes.find((n) => n.id === 'acme-letter')?.list).toBeUndefined();
    const fresh = await lookupUrl(f.db, 'freshco.example');
    expect(fresh?.company.list).toBe(s.url);
    expect(fresh?.via.map((v) => [v.id, v.list])).toEqual([['acme', undefined]]);
    expect(await conflicts()).toEqual([]);
  });

  it('lets the built-in list replace the bundle’s records (the same publisher), with no conflict', async () => {
    const d = miniDataset();
    d.version = 4;
    d.companies.find((c) => c.id === 'acme')!.name = 'Acme Renamed';
    d.notes = d.notes.filter((n) => n.id !== 'acme-letter');
    const builtIn = { ...sub('builtin'), builtIn: true };
    publishTo('builtin', d as Dataset);
    await syncAll(deps(), [builtIn]);
    const r = await lookupUrl(f.db, 'acme.example');
    expect(r?.company).toMatchObject({ name: 'Acme Renamed', list: builtIn.url });
    expect(r?.notes.map((n) => n.id).sort()).toEqual(['acme-cbp', 'acme-refusal']);
    // A user list then saying otherwise is a conflict with the built-in list's record.
    const s = await addUserList('after-builtin', list(2, { companies: [{ ...d.companies[0]!, name: 'Acme Original' }] }), [builtIn]);
    expect(await conflicts()).toEqual([
      { list: s.url, keptFrom: builtIn.url, kind: 'name', companyId: 'acme', companyName: 'Acme Renamed', value: 'Acme Original' },
    ]);
  });
});

describe('layering, pure', () => {
  it('keeps at most MAX_CONFLICTS conflicts and counts the rest', () => {
    const base = { authoritative: true, agencies: [], notes: [], companies: [] as Dataset['companies'] };
    for (let i = 0; i < MAX_CONFLICTS + 20; i++) base.companies.push({ id: `c${i}`, name: `C${i}`, aliases: [], domains: [] });
    const contrary = {
      ...base,
      url: 'https://l.example.org/x/',
      authoritative: false,
      companies: base.companies.map((c) => ({ ...c, name: `${c.name}!` })),
    };
    const out = layerLists([base, contrary]);
    expect(out.conflicts.total).toBe(MAX_CONFLICTS + 20);
    expect(out.conflicts.items).toHaveLength(MAX_CONFLICTS);
    expect(out.companies.every((c) => !c.name.endsWith('!'))).toBe(true);
  });
});
