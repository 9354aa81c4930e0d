/**
 * Languages in Chromium: under `--lang=es` the extension speaks Spanish (browser.i18n picks
 * `_locales/es`), and the settings page's language choice overrides the browser's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from './harness';

let ext: Launched;
beforeAll(async () => {
  ext = await launchWithExtension(undefined, { args: ['--lang=es'] });
});
afterAll(async () => {
  await ext?.close();
});

describe('Spanish', () => {
  it('follows the browser: the popup in Spanish, authored notes marked as English', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?url=${encodeURIComponent('https://www.salesforce.com/')}`);
    await expect.poll(() => popup.getByTestId('company-name').textContent(), { timeout: 60_000 }).toBe('Salesforce');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('es');
    const text = await popup.locator('main').textContent();
    expect(text).toContain('Contratos con el gobierno');
    expect(text).toContain('La comparación se hace en tu dispositivo');
    // Summaries are written in English by our authors: marked so, for screen readers and translators.
    expect(await popup.locator('.summary').first().getAttribute('lang')).toBe('en');
    await popup.close();
  });

  it('the settings page can override the browser language', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Configuración de Tieline');
    await page.getByTestId('language').selectOption('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Tieline settings');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?url=${encodeURIComponent('https://www.salesforce.com/')}`);
    await expect.poll(() => popup.locator('main').textContent()).toContain('Government contracts');
    // Back to the browser's language.
    await page.getByTestId('language').selectOption('auto');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Configuración de Tieline');
    await popup.close();
    await page.close();
  });
});
