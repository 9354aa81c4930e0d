import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_CHECKSUM_FILE, database, lookup } from '@/data/browser/extension';
import { handleRequest } from '@/data/browser/messages';
import type { PopupState, PopupTarget } from '@/data/browser/popup-state';
import { forgetTab, keepingPerTab, keptResult } from '@/data/browser/tab-results';
import { installDataset } from '@/data/store/install';
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
    const badgeLookup = keepingPerTab(async () => ({ facts: null, result: async () => laborco }));
    await badgeLookup('https://www.acme.example/', tab.id!);
    expect((await ask({ kind: 'tab', tabId: tab.id! })).result?.company.id).toBe('laborco');

    // The tab navigated (its badge's next lookup has not run yet): the popup looks the new address up.
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://www.acme.example/other' });
    expect((await ask({ kind: 'tab', tabId: tab.id! })).result?.company.id).toBe('acme');
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://www.acme.example/' });
    forgetTab(tab.id!);
    expect((await ask({ kind: 'tab', tabId: tab.id! })).result?.company.id).toBe('acme');
  });
  it("starts building the tab's kept result while the browser is asked for the tab's address, and builds it once", async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.acme.example/' });
    const build = vi.fn(() => lookup('https://www.acme.example/'));
    await keepingPerTab(async () => ({ facts: null, result: build }))('https://www.acme.example/', tab.id!);
    let release = () => {};
    const held = new Promise<void>((ok) => (release = ok));
    const get = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
    const spy = vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) => (await held, get(id)));
    try {
      const answer = ask({ kind: 'tab', tabId: tab.id! });
      await vi.waitFor(() => expect(build).toHaveBeenCalledTimes(1));
      expect(spy).toHaveBeenCalled();
      release();
      expect((await answer).result?.company.id).toBe('acme');
      expect(build).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  it("drops the badge's kept lookups when the data in use changes", async () => {
    const keep = keepingPerTab(async () => ({ facts: null, result: async () => null }));
    await keep('https://a.example/', 3);
    const next = miniDataset();
    next.version = 9;
    await installDataset(database(), next, 'bundled');
    expect(keptResult(3, 'https://a.example/')).toBeUndefined();
  });
});
