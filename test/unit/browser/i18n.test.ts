import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadI18n, setLanguage, chosenLanguage } from '@/data/browser/i18n';
import { settings } from '@/data/browser/settings';
import { chromeMessages } from '@/data/pipeline/locale-files';

/** Serves `_locales/<lang>/messages.json` as the packaged extension would, and records what was read. */
function servePackagedLocales() {
  const read: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const m = /\/_locales\/(\w+)\/messages\.json$/.exec(String(url));
    read.push(String(url));
    if (!m || (m[1] !== 'en' && m[1] !== 'es')) return new Response('', { status: 404 });
    return new Response(JSON.stringify(chromeMessages(m[1])));
  });
  return read;
}

afterEach(() => vi.unstubAllGlobals());

describe('the extension language', () => {
  it("follows the browser's language by default, through browser.i18n (nothing fetched)", async () => {
    const read = servePackagedLocales();
    const i18n = await loadI18n();
    expect(i18n.locale).toBe('en');
    expect(i18n.t('options.title')).toBe('Tieline settings');
    expect(read).toEqual([]);
  });

  it('uses the language picked in the settings, from its packaged messages', async () => {
    servePackagedLocales();
    await setLanguage('es');
    const i18n = await loadI18n();
    expect(i18n.locale).toBe('es');
    expect(i18n.t('options.title')).toBe('Configuración de Tieline');
    expect(i18n.fmt.date('2018-06-25')).toBe('25 jun 2018');
  });

  it('treats a stored value it does not know as "follow the browser"', async () => {
    await fakeBrowser.storage.sync.set({ language: 'tlh' });
    expect(await chosenLanguage()).toBe('auto');
    expect((await loadI18n()).locale).toBe('en');
    expect(await settings.language.getValue()).toBe('tlh');
  });

  it("falls back to the browser's language when the chosen messages cannot be read", async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await setLanguage('es');
    expect((await loadI18n()).locale).toBe('en');
  });
});
