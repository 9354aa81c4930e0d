/**
 * Languages in Chromium: under `--lang=es` the extension speaks Spanish (browser.i18n picks
 * `_locales/es`), and the settings page's language choice overrides the browser's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { badgeShown, launchWithExtension, siteUrl, startTestSite, type Launched, type TestSite } from './harness';

let ext: Launched;
let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
  ext = await launchWithExtension(undefined, { args: ['--lang=es'] });
});
afterAll(async () => {
  await ext?.close();
  await site?.close();
});

describe('Spanish', () => {
  it('follows the browser: the popup in Spanish, authored notes marked as English', async () => {
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?url=${encodeURIComponent('https://www.salesforce.com/')}`);
    await expect.poll(() => popup.getByTestId('company-name').textContent(), { timeout: 60_000 }).toBe('Salesforce');
    // The headline is painted before React loads; the details' titles read below come with React.
    await popup.getByTestId('search-input').waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await popup.evaluate(() => document.title)).toBe('Tieline');
    const text = await popup.locator('main').textContent();
    expect(await popup.getByTestId('tie').first().textContent()).toMatch(
      /^Reventa Productos revendidos a CBP en \d+ pedidos, años fiscales 20\d\d–\d\d/,
    );
    expect(text).toContain('Contratos con el gobierno');
    expect(text).toContain('Carta abierta sobre CBP: más de 650 personas, 2018');
    // The badge's rule, in Spanish: its number is the count of contract and resold lines.
    const agencies = await popup.locator('[data-testid="tie"][data-kind="contract"], [data-testid="tie"][data-kind="resold"]').count();
    expect(agencies).toBeGreaterThan(0);
    expect(text).toContain(`El distintivo muestra ${agencies}:`);
    // The data's footer is drawn once the headline has been painted (README, the popup): waited for, not raced.
    await expect.poll(() => popup.locator('main').textContent(), { timeout: 60_000 }).toContain('La comparación se hace en tu dispositivo');
    // Summaries are written in English by our authors: marked so, for screen readers and translators.
    expect(await popup.locator('.summary').first().getAttribute('lang')).toBe('en');
    mkdirSync('test-results', { recursive: true });
    await popup.screenshot({ path: 'test-results/popup-salesforce-es.png' });
    await popup.close();
  });

  it('the first-run, about and settings pages and the badge tooltip speak Spanish too', async () => {
    const tab = await ext.context.newPage();
    const url = siteUrl(site, 'www.salesforce.com');
    await tab.goto(url);
    const b = await badgeShown(ext.worker, url, 'the salesforce.com badge', 60_000);
    expect(b.title).toMatch(/^Salesforce — Productos revendidos a CBP en \d+ pedidos/);
    await tab.close();
    for (const [path, h1] of [
      ['welcome.html', 'Bienvenido a Tieline'],
      ['about.html', 'Sobre los datos de Tieline'],
      ['options.html', 'Configuración de Tieline'],
    ] as const) {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
      await expect.poll(() => page.locator('h1').textContent()).toBe(h1);
      await page.close();
    }
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
