import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allSubscriptions, builtInList, clampInterval, settings } from '@/data/browser/settings';
import { MAX_LISTS, checkNewList, removeList, withdrawHostAccess } from '@/data/browser/options';
import { SYNC_ALARM, scheduleSync } from '@/data/browser/schedule';
import { generateKeys } from '@/data/pipeline/publish';

const key = generateKeys().publicKeyBase64;

describe('settings', () => {
  it('keeps the interval between 6 hours and 7 days', () => {
    expect([1, 6, 24, 500, Number.NaN].map(clampInterval)).toEqual([6, 6, 24, 168, 24]);
  });

  it('offers the build-time list only when both its URL and key are set', async () => {
    expect(builtInList({ datasetUrl: 'https://l.example/t/' }, true)).toBeUndefined();
    expect(builtInList({ datasetUrl: 'https://l.example/t/', datasetPublicKey: key }, false)).toMatchObject({
      id: 'built-in',
      enabled: false,
      builtIn: true,
    });
    await settings.subscriptions.setValue([{ id: 'mine', url: 'https://mine.example/', publicKey: key, enabled: true }]);
    expect((await allSubscriptions({ datasetUrl: 'https://l.example/t/', datasetPublicKey: key })).map((s) => s.id)).toEqual([
      'built-in',
      'mine',
    ]);
    // Settings live in storage.sync, so they follow the user to other devices.
    expect(await fakeBrowser.storage.sync.get('subscriptions')).toEqual({ subscriptions: [expect.objectContaining({ id: 'mine' })] });
  });

  it('checks a new list before saving it', () => {
    expect(checkNewList('ftp://x.example/', key, [])).toMatch(/not https/);
    expect(checkNewList('http://lists.example.org/', key, [])).toMatch(/not https/);
    expect(checkNewList('https://lists.example.org/', 'not base64!', [])).toMatch(/not base64/);
    expect(checkNewList('https://lists.example.org/', btoa('short'), [])).toMatch(/32 bytes/);
    expect(checkNewList('https://lists.example.org/', key, [])).toBeNull();
    expect(checkNewList('http://127.0.0.1:8080/list/', key, [])).toBeNull();
    const existing = [{ id: 'a', url: 'https://lists.example.org/', publicKey: key, enabled: true }];
    expect(checkNewList('https://lists.example.org/', key, existing)).toMatch(/already subscribed/);
    const many = Array.from({ length: MAX_LISTS }, (_, i) => ({
      id: `l${i}`,
      url: `https://l${i}.example/`,
      publicKey: key,
      enabled: true,
    }));
    expect(checkNewList('https://new.example/', key, many)).toMatch(/at most 20 lists/);
  });

  it('schedules the next sync from the interval, sooner after a failure, and none without lists', async () => {
    await settings.subscriptions.setValue([]);
    expect(await scheduleSync([])).toBeUndefined();
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined();
    const when = await scheduleSync([{ id: 'never-synced', url: 'https://l.example/', publicKey: key, enabled: true }]);
    // Never synced: as soon as allowed (a minute from now).
    expect(when! - Date.now()).toBeLessThanOrEqual(61_000);
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(when);
  });

  it('withdraws the host access of a removed list, unless another list is served from the same origin', async () => {
    const removed: string[][] = [];
    // WXT's fake browser has no permissions API: record what is asked of it.
    vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async (p: { origins?: string[] }) => {
      removed.push(p.origins ?? []);
      return true;
    });
    const other = { id: 'b', url: 'https://shared.example.org/other/', publicKey: key, enabled: true };
    expect(await withdrawHostAccess('https://lists.example.org/tieline/', [other])).toBe(true);
    expect(await withdrawHostAccess('https://shared.example.org/mine/', [other])).toBe(false);
    expect(removed).toEqual([['https://lists.example.org/*']]);

    // Through the settings page's own call: removing a list saves the rest and withdraws access.
    await settings.subscriptions.setValue([{ id: 'gone', url: 'https://gone.example.org/l/', publicKey: key, enabled: true }, other]);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, lists: [] });
    await removeList({ id: 'gone', url: 'https://gone.example.org/l/', publicKey: key, enabled: true });
    expect((await settings.subscriptions.getValue()).map((s) => s.id)).toEqual(['b']);
    expect(removed).toEqual([['https://lists.example.org/*'], ['https://gone.example.org/*']]);
  });
});
