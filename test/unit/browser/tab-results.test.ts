import { describe, expect, it, vi } from 'vitest';
import { MAX_TABS, keepingPerTab, keptResult, prepareKept } from '@/data/browser/tab-results';
import type { BadgeFacts } from '@/data/model/headline';
import { generationSwitched } from '@/data/store/switch';
import type { MatchResult } from '@/data/model/result';

describe("each tab's latest badge lookup", () => {
  const result = (id: string) => ({ company: { id } }) as unknown as MatchResult;
  const facts = (id: string): BadgeFacts => ({ name: id, lines: [] });
  /** A badge lookup that counts how often each URL's whole result is built. */
  function counting() {
    const built = new Map<string, number>();
    const lookup = async (url: string) => ({
      facts: facts(url),
      result: async () => (built.set(url, (built.get(url) ?? 0) + 1), result(url)),
    });
    return { built, lookup };
  }

  it('gives the badge its facts and keeps the answer per tab for the address it was looked up for', async () => {
    const { built, lookup } = counting();
    const keep = keepingPerTab(lookup);
    expect(await keep('https://a.example/', 1)).toEqual(facts('https://a.example/'));
    // The badge built no result; the popup's ask builds it once, and a second ask shares it.
    expect(built.size).toBe(0);
    expect(await keptResult(1, 'https://a.example/')).toEqual(result('https://a.example/'));
    expect(await keptResult(1, 'https://a.example/')).toEqual(result('https://a.example/'));
    expect(built.get('https://a.example/')).toBe(1);
    expect(keptResult(1, 'https://b.example/')).toBeUndefined();
    await keep('https://b.example/', 1);
    expect(keptResult(1, 'https://a.example/')).toBeUndefined();
    expect(await keptResult(1, 'https://b.example/')).toEqual(result('https://b.example/'));
    // A lookup for no tab is not kept.
    await keep('https://c.example/');
    expect(keptResult(1, 'https://c.example/')).toBeUndefined();
    expect(built.has('https://c.example/')).toBe(false);
  });

  it("builds a tab's result ahead only for the address its badge was looked up for, and never a page the tab has left", async () => {
    const { built, lookup } = counting();
    const keep = keepingPerTab(lookup);
    await keep('https://a.example/', 21);
    prepareKept(21, 'https://a.example/');
    await vi.waitFor(() => expect(built.get('https://a.example/')).toBe(1));
    // The popup's ask finds it built: no second build.
    expect(await keptResult(21, 'https://a.example/')).toEqual(result('https://a.example/'));
    expect(built.get('https://a.example/')).toBe(1);
    // The tab navigated (a new lookup replaced the entry): the old address builds nothing and is not served.
    await keep('https://b.example/', 21);
    prepareKept(21, 'https://a.example/');
    expect(keptResult(21, 'https://a.example/')).toBeUndefined();
    // A tab kept for another address (a quiet site looks nothing up), or never kept: nothing built.
    prepareKept(21, 'https://c.example/');
    prepareKept(22, 'https://b.example/');
    await Promise.resolve();
    expect([...built.keys()]).toEqual(['https://a.example/']);
    prepareKept(21, 'https://b.example/');
    await vi.waitFor(() => expect(built.get('https://b.example/')).toBe(1));
  });

  it('holds one result built ahead at a time: the previous one, never asked for, is let go; one asked for is kept', async () => {
    const { built, lookup } = counting();
    const keep = keepingPerTab(lookup);
    await keep('https://d.example/', 31);
    await keep('https://e.example/', 32);
    await keep('https://f.example/', 33);
    prepareKept(31, 'https://d.example/');
    await vi.waitFor(() => expect(built.get('https://d.example/')).toBe(1));
    prepareKept(32, 'https://e.example/');
    await vi.waitFor(() => expect(built.get('https://e.example/')).toBe(1));
    // Tab 31's result was let go: its popup's ask builds it again (the entry itself is kept).
    expect(await keptResult(31, 'https://d.example/')).toEqual(result('https://d.example/'));
    expect(built.get('https://d.example/')).toBe(2);
    // Tab 32's was asked for: a later result built ahead does not let it go.
    expect(await keptResult(32, 'https://e.example/')).toEqual(result('https://e.example/'));
    prepareKept(33, 'https://f.example/');
    await vi.waitFor(() => expect(built.get('https://f.example/')).toBe(1));
    expect(await keptResult(32, 'https://e.example/')).toEqual(result('https://e.example/'));
    expect(built.get('https://e.example/')).toBe(1);
  });

  it('drops every kept result, one built ahead included, when the data in use changes', async () => {
    const { built, lookup } = counting();
    const keep = keepingPerTab(lookup);
    await keep('https://g.example/', 41);
    prepareKept(41, 'https://g.example/');
    await vi.waitFor(() => expect(built.get('https://g.example/')).toBe(1));
    generationSwitched();
    // The popup then looks the tab's address up in the new data (popup-state.ts): nothing of the old is served.
    expect(keptResult(41, 'https://g.example/')).toBeUndefined();
    prepareKept(41, 'https://g.example/');
    await Promise.resolve();
    expect(built.get('https://g.example/')).toBe(1);
  });

  it('keeps the most recently looked-up tabs only, and drops a failed lookup or a failed result', async () => {
    const keep = keepingPerTab(counting().lookup);
    for (let tab = 100; tab < 100 + MAX_TABS + 1; tab++) await keep(`https://t${tab}.example/`, tab);
    expect(keptResult(100, 'https://t100.example/')).toBeUndefined();
    expect(keptResult(101, 'https://t101.example/')).toBeDefined();
    expect(keptResult(100 + MAX_TABS, `https://t${100 + MAX_TABS}.example/`)).toBeDefined();

    const failing = keepingPerTab(async () => {
      throw new Error('the store is closed');
    });
    await expect(failing('https://x.example/', 7)).rejects.toThrow('the store is closed');
    expect(keptResult(7, 'https://x.example/')).toBeUndefined();

    // The badge's facts came, but building the result later fails: the next ask looks the address up again.
    const late = keepingPerTab(async () => ({ facts: null, result: () => Promise.reject(new Error('part missing')) }));
    await late('https://y.example/', 8);
    await expect(keptResult(8, 'https://y.example/')).rejects.toThrow('part missing');
    expect(keptResult(8, 'https://y.example/')).toBeUndefined();
  });
});
