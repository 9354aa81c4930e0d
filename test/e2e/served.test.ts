/**
 * The popup and the lookup page served by Chrome's service worker with their first view in their HTML
 * (data/browser/serve-pages.ts, components/paint/served.ts): the navigation's own response carries the headline,
 * the styles and the answer, the page's script asks nothing and marks the first contentful paint, React takes
 * over; the pages' policy holds; and whatever the worker has no first view for is the packaged file, which works
 * as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, badgeShown, launchWithExtension, siteUrl, startTestSite, waitFor, type Launched, type TestSite } from './harness';

declare const chrome: { storage: { sync: { set(v: object): Promise<void> } } };

let site: TestSite;
let ext: Launched;
let tabId: number;
const url = (path: string) => `chrome-extension://${ext.extensionId}/${path}`;
const SERVED = 'id="tieline-served"';

beforeAll(async () => {
  site = await startTestSite();
  ext = await launchWithExtension();
  const tab = await ext.context.newPage();
  const page = siteUrl(site, 'www.salesforce.com');
  await tab.goto(page);
  ({ tabId } = await badgeShown(ext.worker, page, 'the salesforce.com badge', 60_000));
});
afterAll(async () => {
  await ext?.close();
  await site?.close();
});

/** Opens `path`; its navigation's response text, and the page. */
async function open(path: string, dark = false): Promise<{ page: Page; html: string; csp: string | undefined }> {
  const page = await ext.context.newPage();
  if (dark) await page.emulateMedia({ colorScheme: 'dark' });
  const res = await page.goto(url(path));
  if (!res) throw new Error(`no response for ${path}`);
  return { page, html: await res.text(), csp: res.headers()['content-security-policy'] };
}

/** The page's mark of its painted answer and its first contentful paint, once both are there. */
const paintTimes = (page: Page) =>
  waitFor(
    () =>
      page.evaluate(() => {
        const mark = performance.getEntriesByName('tieline:content-painted')[0]?.startTime;
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        return mark !== undefined && fcp !== undefined ? { mark, fcp } : undefined;
      }),
    'the painted mark',
  );

/** Whether a script put in the page runs (the extension pages' policy refuses inline scripts). */
const inlineScriptRuns = (page: Page) =>
  page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
    await new Promise((ok) => setTimeout(ok, 50));
    return (window as { __inlineRan?: boolean }).__inlineRan === true;
  });

describe('pages served by the worker with their first view', () => {
  it('popup.html?tab= comes with its headline in its HTML, is marked at its first paint, and React takes it over', async () => {
    const { page, html, csp } = await open(`popup.html?tab=${tabId}`, true);
    // In the navigation's own response, before any script: the company, its lines, the answer, the styles.
    expect(html).toContain('data-testid="company-name">Salesforce</h1>');
    expect(html).toMatch(/data-testid="tie"/);
    expect(html).toContain(SERVED);
    expect(html).toMatch(/<style>/);
    expect(html).not.toContain('blocking="render"');
    expect(csp).toContain("script-src 'self'");
    await page.getByTestId('search-input').waitFor();
    const { mark, fcp } = await paintTimes(page);
    expect(mark).toBe(fcp);
    expect(await page.getByTestId('tie').count()).toBeGreaterThan(0);
    // One style sheet, the served one (the script did not apply its own), in dark mode as asked.
    expect(await page.evaluate(() => document.head.querySelectorAll('style').length)).toBe(1);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 28, 32)');
    expect(await inlineScriptRuns(page)).toBe(false);
    await page.close();
  });

  it("lookup.html?q= comes with its answer's headline in its HTML, in the language chosen in the settings", async () => {
    await ext.worker.evaluate(() => chrome.storage.sync.set({ language: 'es' }));
    try {
      await waitFor(async () => {
        const { page, html } = await open('lookup.html?q=salesforce');
        await page.close();
        return html.includes('<html lang="es">') && html;
      }, 'the lookup page served in Spanish');
      const { page, html } = await open('lookup.html?q=salesforce');
      expect(html).toContain(SERVED);
      expect(html).toMatch(/data-testid="lookup-answer"[\s\S]*data-testid="tie"/);
      await page.getByTestId('lookup-answer').waitFor();
      const { mark, fcp } = await paintTimes(page);
      expect(mark).toBe(fcp);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      await page.close();
    } finally {
      await ext.worker.evaluate(() => chrome.storage.sync.set({ language: 'auto' }));
    }
  });

  it('serves the packaged file for what it has no first view for, and the page works as before', async () => {
    const packaged = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');
    // A site not in the data (React's view), a tab that does not exist (the answer fails), the lookup page without a query.
    const noMatch = await open(`popup.html?url=${encodeURIComponent('https://delta.com/')}`);
    expect(noMatch.html).toBe(packaged('popup.html'));
    await noMatch.page.getByTestId('no-match').waitFor();
    await noMatch.page.close();
    const noTab = await open('popup.html?tab=999999999');
    expect(noTab.html).toBe(packaged('popup.html'));
    await noTab.page.close();
    const empty = await open('lookup.html');
    expect(empty.html).toBe(packaged('lookup.html'));
    await empty.page.getByRole('heading', { level: 1 }).waitFor();
    await empty.page.close();
  });
});
