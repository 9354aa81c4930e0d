import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { miniDataset } from '../../fixtures/datasets';
import { BUNDLED_CHECKSUM_FILE, BUNDLED_FILE, database } from '@/data/browser/extension';
import { getActive } from '@/data/store/meta';
import { packBundle } from '../../helpers/bundle';
import { setLanguage } from '@/data/browser/i18n';
import { setAgencyMuted, setPaused, snooze } from '@/data/browser/controls';
import { chromeMessages } from '@/data/pipeline/locale-files';
import { MARKS } from '@/data/model/marks';
import { MENU_LOOKUP_SELECTION } from '@/data/browser/menus';
import type { BackgroundAnswer, BackgroundRequest } from '@/data/browser/ask';

/** Resolves once every pending badge write has landed (lookups are async IndexedDB reads). */
async function settle(tabId: number, expected: string) {
  await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe(expected), { timeout: 3000 });
}

describe('background entrypoint', () => {
  const fetches: string[] = [];
  const packed = packBundle(miniDataset());
  beforeAll(() => {
    // The packaged dataset file, served as the extension would serve it.
    vi.stubGlobal('fetch', async (url: string) => {
      fetches.push(String(url));
      const locale = /\/_locales\/(en|es)\/messages\.json$/.exec(String(url))?.[1] as 'en' | 'es' | undefined;
      if (locale) return new Response(JSON.stringify(chromeMessages(locale)));
      if (String(url).endsWith(BUNDLED_CHECKSUM_FILE)) return new Response(packed.checksumText);
      return new Response(packed.bytes as BodyInit);
    });
  });
  beforeEach(() => {
    // The permission is held where the namespace is (the tests take it out of fakeBrowser to model its absence).
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => 'contextMenus' in fakeBrowser);
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await database().delete();
  });

  it('registers its listeners synchronously and badges tabs on navigation and activation', async () => {
    // fakeBrowser has no context menus: record what the background asks of them.
    const menus: string[] = [];
    const clicks = vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockImplementation(async () => undefined);
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation((p: { title?: string }) => (menus.push(p.title ?? ''), ''));
    const added = [
      vi.spyOn(fakeBrowser.tabs.onUpdated, 'addListener'),
      vi.spyOn(fakeBrowser.tabs.onActivated, 'addListener'),
      vi.spyOn(fakeBrowser.runtime.onInstalled, 'addListener'),
      // The menus' permission is held (fakeBrowser has the namespace): a click must wake the worker.
      clicks,
    ];
    const returned = background.main();
    // Registered before main() returned: nothing awaited first.
    expect(returned).toBeUndefined();
    for (const spy of added) expect(spy).toHaveBeenCalledTimes(1);

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(menus).toEqual(['Look up “%s” in Tieline', 'Check companies and donor lists…']));
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://www.acme.example/app' });
    await settle(tab.id!, '1');
    // The marks the browser benchmark reads (npm run bench:browser): install done, badge asked for and set.
    expect(performance.getEntriesByName(MARKS.datasetReady)).toHaveLength(1);
    const asked = performance.getEntriesByName(MARKS.badgeRequested) as PerformanceMark[];
    const set = performance.getEntriesByName(MARKS.badgeSet) as PerformanceMark[];
    expect(asked.map((m) => m.detail)).toContainEqual({ tabId: tab.id });
    expect(set.map((m) => m.detail)).toContainEqual({ tabId: tab.id, text: '1' });
    expect(await fakeBrowser.action.getTitle({ tabId: tab.id! })).toBe('Acme — $80 in CBP contracts, FY2021–22');

    // The controls apply to open tabs at once: a muted agency, a paused site, a snooze.
    await setAgencyMuted('cbp', true);
    await settle(tab.id!, '•');
    await setAgencyMuted('cbp', false);
    await settle(tab.id!, '1');
    await setPaused('acme.example', true);
    await settle(tab.id!, '');
    expect(await fakeBrowser.action.getTitle({ tabId: tab.id! })).toBe('Tieline is paused on this site');
    await setPaused('acme.example', false);
    await settle(tab.id!, '1');
    await snooze('hour');
    await settle(tab.id!, '');
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toContain('tieline-snooze-end');
    await snooze('off');
    await settle(tab.id!, '1');

    // A single-page app changing its URL fires onUpdated with the new URL.
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://evil.example/acme.example' });
    await settle(tab.id!, '');

    const other = await fakeBrowser.tabs.create({ url: 'https://laborco.example/' });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: other.id!, windowId: other.windowId! });
    await settle(other.id!, '•');

    // Only the packaged dataset file and its checksum were ever fetched: page visits cause no request.
    const packagedUrl = fakeBrowser.runtime.getURL as (p: string) => string;
    expect(new Set(fetches)).toEqual(new Set([packagedUrl(BUNDLED_FILE), packagedUrl(BUNDLED_CHECKSUM_FILE)]));

    // The user picks Spanish in the settings: the menus and the open tabs' tooltips follow at once.
    menus.length = 0;
    await setLanguage('es');
    await vi.waitFor(() => expect(menus).toEqual(['Buscar «%s» en Tieline', 'Consultar empresas y listas de donantes…']));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({ tabId: other.id! })).toBe('LaborCo — Huelga, 2019'));

    // A click on "look up the selection" opens the lookup page with it.
    const onClick = clicks.mock.calls[0]![0];
    onClick(
      {
        menuItemId: MENU_LOOKUP_SELECTION,
        selectionText: '  The GEO\n Group ',
        editable: false,
        modifiers: [],
        pageUrl: 'https://x.example/',
      },
      undefined,
    );
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(
        (fakeBrowser.runtime.getURL as (p: string) => string)('/lookup.html?q=The%20GEO%20Group'),
      ),
    );
  });

  it('without the menus permission touches no menus API; switched on in the settings, listens for clicks and creates the menus', async () => {
    const errors = vi.spyOn(console, 'error');
    const menusApi = fakeBrowser.contextMenus;
    const menus: string[] = [];
    // The spy of the first test, whose calls it still holds.
    const clicks = vi.spyOn(menusApi.onClicked, 'addListener').mockImplementation(() => undefined);
    clicks.mockClear();
    vi.spyOn(menusApi, 'removeAll').mockImplementation(async () => undefined);
    vi.spyOn(menusApi, 'create').mockImplementation((p: { title?: string }) => (menus.push(p.title ?? ''), ''));
    type OnMessage = (m: BackgroundRequest, s: unknown, respond: (a: BackgroundAnswer) => void) => unknown;
    let onMessage: OnMessage | undefined;
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l) => void (onMessage = l as OnMessage));
    const ask = (m: BackgroundRequest) => new Promise<BackgroundAnswer>((respond) => onMessage!(m, {}, respond));
    // Chrome leaves the namespace out of a context without the permission (test/e2e/lookup.test.ts).
    Reflect.deleteProperty(fakeBrowser, 'contextMenus');
    try {
      background.main();
      await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
      await setLanguage('es');
      await setLanguage('auto');
      // Asked without the permission (it was removed meanwhile): refused, nothing registered.
      expect(await ask({ type: 'menus-on' })).toEqual({ ok: false, error: 'the context menus are not allowed' });
    } finally {
      Object.assign(fakeBrowser, { contextMenus: menusApi });
    }
    expect(clicks).not.toHaveBeenCalled();
    expect(menus).toEqual([]);
    expect(errors.mock.calls.filter(([m]) => String(m).startsWith('Tieline:'))).toEqual([]);

    // The user grants the permission in the settings, which tell the worker: from now on it listens, once.
    expect(await ask({ type: 'menus-on' })).toEqual({ ok: true });
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(menus).toEqual(['Look up “%s” in Tieline', 'Check companies and donor lists…']);
    expect(await ask({ type: 'menus-on' })).toEqual({ ok: true });
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('opens the first-run page on install (not on update) once the data is written, and badges tabs opened before the install ended', async () => {
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockImplementation(async () => undefined);
    const menusAt: number[] = [];
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(
      () => (menusAt.push(performance.getEntriesByName(MARKS.datasetReady).length), ''),
    );
    // A tab already open before the worker listened: it sends no event the background could see.
    const early = await fakeBrowser.tabs.create({ url: 'https://www.acme.example/' });
    // The first-run page and the menus wait for the data: they would take the CPU from it (onInstalled).
    const ready = performance.getEntriesByName(MARKS.datasetReady).length;
    const welcomeAt: number[] = [];
    const create = fakeBrowser.tabs.create.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((props) => {
      if (props.url?.endsWith('/welcome.html')) welcomeAt.push(performance.getEntriesByName(MARKS.datasetReady).length);
      return create(props);
    });
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settle(early.id!, '1');
    await vi.waitFor(async () => {
      const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url);
      expect(urls.filter((u) => u?.endsWith('/welcome.html'))).toHaveLength(1);
    });
    expect(welcomeAt).toEqual([ready + 1]);
    await vi.waitFor(() => expect(menusAt).toEqual([ready + 1, ready + 1]));
    const installs = performance.getEntriesByName(MARKS.datasetReady).length;
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false, previousVersion: '0.0.1' });
    await vi.waitFor(() => expect(performance.getEntriesByName(MARKS.datasetReady).length).toBe(installs + 1));
    await settle(early.id!, '1');
    expect((await fakeBrowser.tabs.query({})).filter((t) => t.url?.endsWith('/welcome.html'))).toHaveLength(1);
  });

  it('badges a tab visited during the first install as soon as the data is written, with one install', async () => {
    await database().delete();
    await database().open();
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockImplementation(async () => undefined);
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => '');
    background.main();
    fetches.length = 0;
    // The worker started for the install; a tab navigates before onInstalled has even been delivered,
    // and another while the install runs.
    const first = await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    await fakeBrowser.tabs.update(first.id!, { url: 'https://www.acme.example/' });
    const installed = fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const second = await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    await fakeBrowser.tabs.update(second.id!, { url: 'https://laborco.example/' });
    await installed;
    await settle(first.id!, '1');
    await settle(second.id!, '•');
    await vi.waitFor(() => expect(performance.getEntriesByName(MARKS.datasetReady).length).toBeGreaterThan(0));
    // One install wrote the data (generation 1); the install event's own check found it in place.
    await vi.waitFor(async () => expect((await getActive(database()))?.gen).toBe(1));
    expect(fetches.filter((u) => u.endsWith(BUNDLED_FILE))).toHaveLength(1);
  });

  it("keeps a navigation's badge when the tabs' URLs read before it are answered after it (issue 13)", async () => {
    await database().delete();
    await database().open();
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockImplementation(async () => undefined);
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => '');
    // The browser's answers to the background's reads of tabs, taken when asked and handed over when the test says:
    // under load a busy worker handles a tab's event before an answer the browser had taken earlier.
    const held: (() => void)[] = [];
    const hold = <T>(answer: Promise<T>) => answer.then((a) => new Promise<T>((ok) => held.push(() => ok(a))));
    const query = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((q) => hold(query(q)));
    let holdGet = false;
    const get = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((id) => (holdGet ? ((holdGet = false), hold(get(id))) : get(id)));
    background.main();
    // A new tab, not yet navigated, and another that stays blank.
    const tab = await fakeBrowser.tabs.create({ url: 'about:blank' });
    const blank = await fakeBrowser.tabs.create({ url: 'about:blank' });
    const setFor = (tabId: number) =>
      (performance.getEntriesByName(MARKS.badgeSet) as PerformanceMark[]).filter((m) => (m.detail as { tabId: number }).tabId === tabId)
        .length;
    const blankSet = setFor(blank.id!);
    // The install ends: every tab is redrawn from a read of the tabs (both blank then).
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(held).toHaveLength(1));
    // The tab is activated (its URL read: still blank), then navigates: its own event sets its badge.
    holdGet = true;
    await fakeBrowser.tabs.onActivated.trigger({ tabId: tab.id!, windowId: tab.windowId! });
    await vi.waitFor(() => expect(held).toHaveLength(2));
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://www.acme.example/' });
    await settle(tab.id!, '1');
    // Now the reads are answered, with the blank URL the tab had when they were taken.
    held[1]!();
    held[0]!();
    // The other tab's redraw, asked last in the same way, is done: so would be any of the navigated tab's.
    await vi.waitFor(() => expect(setFor(blank.id!)).toBe(blankSet + 1));
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id! })).toBe('1');
    expect(await fakeBrowser.action.getTitle({ tabId: tab.id! })).toBe('Acme — $80 in CBP contracts, FY2021–22');
  });
});
