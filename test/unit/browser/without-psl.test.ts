/**
 * The popup's message and the lookup page's queries as the service worker answers them: without tldts, the
 * public suffix list fetched (psl.json) only where an answer needs it (data/browser/psl.ts). A site in the data
 * is named by the badge's walk, a typed name needs no domain: neither fetches the list.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_CHECKSUM_FILE, database, lookup } from '@/data/browser/extension';
import { handleRequest } from '@/data/browser/messages';
import type { PopupState, PopupTarget } from '@/data/browser/popup-state';
import type { QueryAnswer } from '@/data/browser/ask';
import { settings } from '@/data/browser/settings';
import { forgetControls, watchControls } from '@/data/browser/controls';
import { pslAvailable, usePsl } from '@/data/model/psl.cjs';
import { pslFromTrie, type PslTrie } from '@/data/model/psl-trie';
import { miniDataset } from '../../fixtures/datasets';
import { packBundle } from '../../helpers/bundle';
import { pslTrieFile } from '../../../scripts/psl-under';

vi.mock('@/data/model/psl.cjs', () => import('../../helpers/worker-psl'));

const fetched: string[] = [];
const pslFetches = () => fetched.filter((u) => u.endsWith('/psl.json')).length;

async function popup(target: PopupTarget): Promise<PopupState> {
  const answer = await handleRequest({ type: 'popup-state', target, now: Date.now() });
  if (!answer.ok) throw new Error(answer.error);
  return answer.popup!;
}
async function query(q: string): Promise<QueryAnswer> {
  const answer = await handleRequest({ type: 'lookup-query', query: q });
  if (!answer.ok) throw new Error(answer.error);
  return answer.lookup!;
}

// In order: the list, once fetched, is kept for a minute (psl.ts IDLE_MS), so what needs none comes first.
describe('the popup and the lookup page in a service worker without tldts', () => {
  const trie = pslTrieFile();
  // Packing the fixture checks it against the schema, which asks the list (as the build does, with tldts).
  usePsl(pslFromTrie(JSON.parse(trie) as PslTrie));
  const packed = packBundle(miniDataset());
  usePsl(undefined);
  beforeAll(() => {
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(String(url));
      if (String(url).endsWith('/psl.json')) return new Response(trie);
      return String(url).endsWith(BUNDLED_CHECKSUM_FILE) ? new Response(packed.checksumText) : new Response(packed.bytes as BodyInit);
    });
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await database().delete();
  });

  it('answers a tab on a site in the data, its site and pause included, without fetching the list', async () => {
    await settings.pausedSites.setValue(['laborco.example']);
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.acme.example/pricing' });
    const state = await popup({ kind: 'tab', tabId: tab.id! });
    expect(state).toMatchObject({ url: 'https://www.acme.example/pricing', site: 'acme.example', paused: false });
    expect(state.result?.company.id).toBe('acme');
    const paused = await popup({ kind: 'url', url: 'https://jobs.laborco.example/' });
    expect(paused).toMatchObject({ site: 'laborco.example', paused: true });
    expect(paused.result?.company.id).toBe('laborco');
    // A site under a two-label suffix, found by the walk as tldts would.
    expect(await popup({ kind: 'url', url: 'https://shop.acme.co.uk/' })).toMatchObject({ site: 'acme.co.uk' });
    // The badge of a tab showing the lookup page itself, or a browser page: no site, and no list for it.
    expect(await lookup('chrome-extension://abcdefghijklmnop/lookup.html?q=acme.example')).toBeNull();
    expect(await lookup('about:blank')).toBeNull();
    expect(pslFetches()).toBe(0);
    expect(pslAvailable()).toBe(false);
  });

  it('follows a changed control at the next popup (the background keeps the controls in memory)', async () => {
    // As the background's main() does: a changed control drops the kept ones.
    watchControls(forgetControls);
    const url: PopupTarget = { kind: 'url', url: 'https://www.acme.example/' };
    expect((await popup(url)).paused).toBe(false);
    await settings.pausedSites.setValue(['acme.example']);
    await vi.waitFor(async () => expect((await popup(url)).paused).toBe(true));
    const until = Date.now() + 3_600_000;
    await settings.snoozedUntil.setValue(until);
    await vi.waitFor(async () => expect((await popup(url)).snoozedUntil).toBe(until));
    await settings.pausedSites.setValue([]);
    await settings.snoozedUntil.setValue(0);
    await vi.waitFor(async () => expect(await popup(url)).toMatchObject({ paused: false }));
    expect((await popup(url)).snoozedUntil).toBeUndefined();
    expect(pslFetches()).toBe(0);
  });

  it('answers a typed name, and a name with a dot in it, without fetching the list', async () => {
    const named = await query('Acme Holdings, Inc.');
    expect(named.outcome).toMatchObject({ state: 'match', match: { companyId: 'acme' } });
    expect(named.result?.company.id).toBe('acme');
    const chat = await query('acme chat');
    expect(chat.result?.company.id).toBe('acme-chat');
    expect(chat.others?.map((h) => h.id)).toEqual(['acme-chat-mobile']);
    // Not a name the key table decides: the whole index answers, still without the list.
    expect((await query('no such company anywhere')).outcome.state).toBe('none');
    expect((await query('Acme Corp.')).result?.company.id).toBe('acme');
    expect(pslFetches()).toBe(0);
    expect(pslAvailable()).toBe(false);
  });

  it('fetches the list for a domain typed on the lookup page, and answers it', async () => {
    const site = await query('www.acme.example');
    expect(site.outcome).toMatchObject({ match: { companyId: 'acme', how: 'domain', matched: 'acme.example' } });
    expect(site.result?.company.id).toBe('acme');
    expect((await query('jane@laborco.example')).result?.company.id).toBe('laborco');
    expect(pslFetches()).toBe(1);
  });

  it('answers a site not in the data and an address the walk cannot read, with the list', async () => {
    expect(await popup({ kind: 'url', url: 'https://www.unlisted.example/' })).toMatchObject({ site: 'unlisted.example', result: null });
    // No scheme: the walk reads only what a tab shows; the list finds the site.
    const bare = await popup({ kind: 'url', url: 'shop.acme.example/pricing' });
    expect(bare).toMatchObject({ site: 'acme.example' });
    expect(bare.result?.company.id).toBe('acme');
    // A browser page: no site, no result.
    expect(await popup({ kind: 'url', url: 'chrome://extensions/' })).toMatchObject({ result: null });
    expect(pslFetches()).toBe(1);
  });
});
