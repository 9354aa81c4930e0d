import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BUNDLED_CHECKSUM_FILE, database } from '@/data/browser/extension';
import { handleRequest } from '@/data/browser/messages';
import { IDLE_MS, lookupQuery, othersNamed } from '@/data/browser/name-lookup';
import { allCompanies, searchIn } from '@/data/store/queries';
import { ScreenIndex } from '@/data/model/name-matcher';
import { NAME_KEY_BUCKETS } from '@/data/model/name-keys';
import { installDataset } from '@/data/store/install';
import { commitGeneration, metaEntry } from '@/data/store/generations';
import { META } from '@/data/store/meta';
import { parseDataset } from '@/data/model/schema';
import { miniDataset } from '../../fixtures/datasets';
import { packBundle } from '../../helpers/bundle';

// Spies that call the real reads: how often the index reads every company is what "kept" means.
vi.mock('@/data/store/queries', { spy: true });
// And how often the whole name index is built: only for a query the shipped key table does not decide.
vi.mock('@/data/model/name-matcher', { spy: true });

describe("the lookup page's queries, answered in the background", () => {
  const packed = packBundle(miniDataset());
  beforeAll(() => {
    vi.stubGlobal('fetch', async (url: string) =>
      String(url).endsWith(BUNDLED_CHECKSUM_FILE) ? new Response(packed.checksumText) : new Response(packed.bytes as BodyInit),
    );
  });
  afterEach(() => vi.useRealTimers());
  afterAll(async () => {
    vi.unstubAllGlobals();
    await database().delete();
  });

  it('waits for the first install, then answers a name with the company, how it matched and others by name', async () => {
    const answer = await handleRequest({ type: 'lookup-query', query: 'Acme Holdings, Inc.' });
    expect(answer.ok).toBe(true);
    const { lookup } = answer as Extract<typeof answer, { ok: true }>;
    expect(lookup?.result?.company.id).toBe('acme');
    expect(lookup?.outcome).toMatchObject({ state: 'match', match: { companyId: 'acme' } });
    // The answer travels as a message: plain data only.
    expect(JSON.parse(JSON.stringify(lookup))).toEqual(lookup);

    const named = await lookupQuery('acme chat');
    expect(named.result?.company.id).toBe('acme-chat');
    expect(named.others?.map((h) => h.id)).toEqual(['acme-chat-mobile']);
    // An email names one company or none: no others by name.
    expect((await lookupQuery('jane@acmechat.example')).others).toEqual([]);
    expect((await lookupQuery('no such company anywhere')).outcome.state).toBe('none');
  });

  it("answers the lookup page's first view without others by name, and gives them in a second message", async () => {
    const searches = () => vi.mocked(searchIn).mock.calls.length;
    const before = searches();
    const first = await handleRequest({ type: 'lookup-query', query: 'acme chat', others: false });
    const { lookup } = first as Extract<typeof first, { ok: true }>;
    expect(lookup?.result?.company.id).toBe('acme-chat');
    expect(lookup && 'others' in lookup).toBe(false);
    expect(searches()).toBe(before);
    // The second message: the same others the whole answer gives, less the company matched.
    const second = await handleRequest({ type: 'lookup-others', query: 'acme chat', except: 'acme-chat' });
    expect(searches()).toBe(before + 1);
    expect(second).toEqual({ ok: true, others: (await lookupQuery('acme chat')).others });
    expect((second as { others: { id: string }[] }).others.map((h) => h.id)).toEqual(['acme-chat-mobile']);
    // Without `except`, the company matched is among them; an email address has none.
    expect((await othersNamed('acme chat')).map((h) => h.id)).toContain('acme-chat');
    expect(await othersNamed('jane@acmechat.example')).toEqual([]);
  });

  it('keeps the name index for the next query, drops it when idle and when the data in use changes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const reads = () => vi.mocked(allCompanies).mock.calls.length;
    await lookupQuery('acme');
    const before = reads();
    await lookupQuery('laborco');
    expect(reads()).toBe(before);
    vi.advanceTimersByTime(IDLE_MS);
    await lookupQuery('laborco');
    expect(reads()).toBe(before + 1);
    // A new generation (an update, a sync): the next query reads its names.
    const next = miniDataset();
    next.version = 4;
    next.companies.find((c) => c.id === 'quiet')!.name = 'Hushed Industries';
    await installDataset(database(), next, 'bundled');
    expect((await lookupQuery('Hushed Industries')).result?.company.id).toBe('quiet');
    expect(reads()).toBe(before + 2);
  });

  it('answers a name, a legal name and a site from the shipped key table, and builds the index for a typo only', async () => {
    // A new generation drops whatever the tests before kept.
    const next = miniDataset();
    next.version = 5;
    await installDataset(database(), next, 'bundled');
    const builds = () => vi.mocked(ScreenIndex).mock.calls.length;
    const before = builds();
    expect((await lookupQuery('ACME HOLDINGS, INC.')).outcome).toMatchObject({
      state: 'match',
      match: { companyId: 'acme', how: 'alias', confidence: 1 },
    });
    expect((await lookupQuery('LaborCo LLC')).outcome).toMatchObject({
      state: 'match',
      match: { companyId: 'laborco', how: 'name', confidence: 0.95 },
    });
    expect((await lookupQuery('https://www.laborco.example/jobs')).result?.company.id).toBe('laborco');
    expect((await lookupQuery('jane@acmechat.example')).outcome.match).toMatchObject({ companyId: 'acme-chat', how: 'email' });
    expect(builds()).toBe(before);
    expect((await lookupQuery('Acme Chatt')).outcome.match).toMatchObject({ companyId: 'acme-chat', how: 'similar-name' });
    expect(builds()).toBe(before + 1);
    // Kept for the next query the table does not decide.
    await lookupQuery('Acme Chatt');
    expect(builds()).toBe(before + 1);
  });

  it('reads the key table once after the first query: a name asked then reads no part of it', async () => {
    const next = miniDataset();
    next.version = 7;
    await installDataset(database(), next, 'bundled');
    const reads = vi.spyOn(database().parts, 'bulkGet');
    const keyParts = () => reads.mock.calls.flatMap(([keys]) => keys.filter((k) => String((k as unknown[])[1]).startsWith('k:')));
    expect((await lookupQuery('Acme Holdings')).result?.company.id).toBe('acme');
    // The first query read its own parts of the table; once it is answered, the whole table is read, in one read.
    const own = keyParts().length;
    expect(own).toBeGreaterThan(0);
    expect(own).toBeLessThan(NAME_KEY_BUCKETS);
    await vi.waitFor(() => expect(keyParts()).toHaveLength(own + NAME_KEY_BUCKETS));
    reads.mockClear();
    expect((await lookupQuery('LaborCo LLC')).result?.company.id).toBe('laborco');
    expect((await lookupQuery('acme chat')).result?.company.id).toBe('acme-chat');
    expect(reads).toHaveBeenCalled(); // the companies' own parts
    expect(keyParts()).toEqual([]);
    reads.mockRestore();
  });

  it("applies the conflicts of the lists in use, from the data in use's record kept until the next switch", async () => {
    const url = 'https://lists.example/mine.json';
    const conflict = { list: url, kind: 'name' as const, companyId: 'acme', companyName: 'Acme', value: 'Acme (the list says)' };
    await commitGeneration(database(), parseDataset(miniDataset(), 'test'), {
      origin: 'lists',
      extra: { lists: [{ id: 'mine', url, version: 1 }] },
      meta: [metaEntry(META.conflicts, { total: 1, items: [conflict] })],
    });
    const records = vi.spyOn(database().meta, 'get');
    expect((await lookupQuery('Acme Holdings')).result?.conflicts).toEqual([conflict]);
    const read = records.mock.calls.length;
    expect((await lookupQuery('LaborCo LLC')).result?.conflicts).toBeUndefined();
    expect((await lookupQuery('Acme Holdings')).result?.conflicts).toEqual([conflict]);
    // The record (and with it the lists in use) is read once, by the first query: the next ones read only the conflicts.
    expect(records.mock.calls.slice(read).map(([key]) => key)).toEqual(['conflicts', 'conflicts']);
    // A switch to data without lists: the next query reads the new record, and applies no conflict.
    const next = miniDataset();
    next.version = 8;
    await installDataset(database(), next, 'bundled');
    expect((await lookupQuery('Acme Holdings')).result?.conflicts).toBeUndefined();
    records.mockRestore();
  });

  it('cuts a very long query and says so', async () => {
    const answer = await handleRequest({ type: 'lookup-query', query: 'x'.repeat(20_000) });
    // A long text is cut, not refused: the matcher says so in its notes.
    expect(answer.ok && answer.lookup?.outcome.notes?.some((n) => n.kind === 'cut')).toBe(true);
  });

  it('reads the names when the lookup page is about to open, so its first query reads no more', async () => {
    // A new generation drops whatever index the tests before kept.
    const next = miniDataset();
    next.version = 6;
    await installDataset(database(), next, 'bundled');
    const reads = () => vi.mocked(allCompanies).mock.calls.length;
    const before = reads();
    expect(await handleRequest({ type: 'prepare-lookup' })).toEqual({ ok: true });
    await vi.waitFor(() => expect(reads()).toBe(before + 1));
    expect((await lookupQuery('Acme Holdings')).result?.company.id).toBe('acme');
    expect(reads()).toBe(before + 1);
  });
});
