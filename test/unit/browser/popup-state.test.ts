import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_CHECKSUM_FILE, database, lookup } from '@/data/browser/extension';
import { handleRequest } from '@/data/browser/messages';
import type { PopupState, PopupTarget } from '@/data/browser/popup-state';
import { MAX_TABS, forgetTab, keepingPerTab, keptResult } from '@/data/browser/tab-results';
import { installDataset } from '@/data/store/install';
import type { MatchResult } from '@/data/model/result';
import { miniDataset } from '../../fixtures/datasets';
import { packBundle } from '../../helpers/bundle';

/** What the background answers the popup's one message with. */
async function ask(target: PopupTarget): Promise<PopupState> {
  const answer = await handleRequest({ type: 'popup-state', target, now: Date.now() });
  if (!answer.ok) throw new Error(answer.error);
  return answer.popup!;
}

describe("the popup's first view, answered in the background", () => {
  const packed = packBundle(miniDataset());
  beforeAll(() => {
    vi.stubGlobal('fetch', async (url: string) =>
      String(url).endsWith(BUNDLED_CHECKSUM_FILE) ? new Response(packed.checksumText) : new Response(packed.bytes as BodyInit),
    );
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await database().delete();
  });

  it('reads the address of the tab the popup names itself, waiting for the first install', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.acme.example/pricing' });
    const state = await ask({ kind: 'tab', tabId: tab.id! });
    expect(state).toMatchObject({ url: 'https://www.acme.example/pricing', site: 'acme.example', paused: false });
    expect(state.result?.company.id).toBe('acme');
    // The answer travels as a message: plain data only.
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);

    const url = await ask({ kind: 'url', url: 'https://laborco.example/' });
    expect(url.result?.company.id).toBe('laborco');
    // A tab without an address we may read: no site, no result.
    const blank = await fakeBrowser.tabs.create({});
    expect(await ask({ kind: 'tab', tabId: blank.id! })).toMatchObject({ result: null });
  });

  it('answers for a toolbar popup with the active tab of the window that has the focus (a popup is not a window)', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://laborco.example/jobs', active: true });
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    const state = await ask({ kind: 'active' });
    expect(query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    expect(state.result?.company.id).toBe('laborco');
    query.mockRestore();
  });

  it("answers a tab from its badge's lookup while the tab still shows that address, and looks up again once it moved", async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.acme.example/' });
    // A lookup that answers LaborCo's result for Acme's address: an answer taken from the badge's is recognisable.
    const laborco = (await lookup('https://laborco.example/'))!;
    const badgeLookup = keepingPerTab(async () => laborco);
    await badgeLookup('https://www.acme.example/', tab.id!);
    expect((await ask({ kind: 'tab', tabId: tab.id! })).result?.company.id).toBe('laborco');

    // The tab navigated (its badge's next lookup has not run yet): the popup looks the new address up.
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://www.acme.example/other' });
    expect((await ask({ kind: 'tab', tabId: tab.id! })).result?.company.id).toBe('acme');
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://www.acme.example/' });
    forgetTab(tab.id!);
    expect((await ask({ kind: 'tab', tabId: tab.id! })).result?.company.id).toBe('acme');
  });
  it("drops the badge's kept lookups when the data in use changes", async () => {
    const keep = keepingPerTab(async () => null);
    await keep('https://a.example/', 3);
    const next = miniDataset();
    next.version = 9;
    await installDataset(database(), next, 'bundled');
    expect(keptResult(3, 'https://a.example/')).toBeUndefined();
  });
});

describe("each tab's latest badge lookup", () => {
  const result = (id: string) => ({ company: { id } }) as unknown as MatchResult;

  it('is kept per tab for the address it was looked up for, the latest replacing the one before', async () => {
    const keep = keepingPerTab(async (url) => result(url));
    expect(await keep('https://a.example/', 1)).toEqual(result('https://a.example/'));
    expect(await keptResult(1, 'https://a.example/')).toEqual(result('https://a.example/'));
    expect(keptResult(1, 'https://b.example/')).toBeUndefined();
    await keep('https://b.example/', 1);
    expect(keptResult(1, 'https://a.example/')).toBeUndefined();
    expect(await keptResult(1, 'https://b.example/')).toEqual(result('https://b.example/'));
    // A lookup for no tab is not kept.
    await keep('https://c.example/');
    expect(keptResult(1, 'https://c.example/')).toBeUndefined();
  });

  it('keeps the most recently looked-up tabs only, and drops a failed lookup', async () => {
    const keep = keepingPerTab(async (url) => result(url));
    for (let tab = 100; tab < 100 + MAX_TABS + 1; tab++) await keep(`https://t${tab}.example/`, tab);
    expect(keptResult(100, 'https://t100.example/')).toBeUndefined();
    expect(keptResult(101, 'https://t101.example/')).toBeDefined();
    expect(keptResult(100 + MAX_TABS, `https://t${100 + MAX_TABS}.example/`)).toBeDefined();

    const failing = keepingPerTab(async () => {
      throw new Error('the store is closed');
    });
    await expect(failing('https://x.example/', 7)).rejects.toThrow('the store is closed');
    expect(keptResult(7, 'https://x.example/')).toBeUndefined();
  });
});
