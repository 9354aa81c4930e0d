import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import {
  BROWSER_SERVICE_HOSTS,
  badgeFor,
  launchWithExtension,
  siteUrl,
  startTestSite,
  waitFor,
  type Launched,
  type TestSite,
} from './harness';

let site: TestSite;
let ext: Launched;

beforeAll(async () => {
  site = await startTestSite();
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await site?.close();
});

describe('the built extension in Chromium', () => {
  it('badges salesforce.com and shows its sourced notes in the popup', async () => {
    const page = await ext.context.newPage();
    const url = siteUrl(site, 'www.salesforce.com');
    await page.goto(url);
    const badge = await waitFor(async () => {
      const b = await badgeFor(ext.worker, url);
      return b.text ? b : undefined;
    }, 'the salesforce.com badge');
    expect(Number(badge.text)).toBeGreaterThanOrEqual(3);
    expect(badge.title).toMatch(/^Salesforce — contracts with CBP(, ICE)?; \d+ labor actions?/);

    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${badge.tabId}`);
    await expect.poll(() => popup.getByTestId('company-name').textContent()).toBe('Salesforce');
    const notes = popup.getByTestId('note');
    // The popup shows exactly as many notes as the badge counts.
    expect(await notes.count()).toBe(Number(badge.text));
    for (const note of await notes.all()) {
      const links = note.locator('a[href^="https://"]');
      expect(await links.count()).toBeGreaterThan(0);
    }
    const text = await popup.locator('main').textContent();
    expect(text).toContain('U.S. Customs and Border Protection (CBP)');
    expect(text).toMatch(/650/);
    expect(text).toMatch(/RAICES/);
    expect(text).toMatch(/Data as of version \d+/);
    const installMs = await ext.worker.evaluate(
      () =>
        new Promise<number>((ok) => {
          const r = indexedDB.open('tieline');
          r.onsuccess = () => {
            const q = r.result.transaction('meta').objectStore('meta').get('active');
            q.onsuccess = () => ok((q.result as { value: { installMs: number } }).value.installMs);
          };
        }),
    );
    console.log(`install of the bundled dataset in Chromium (validate + write to IndexedDB): ${installMs} ms`);
    expect(installMs).toBeGreaterThan(0);
    mkdirSync('test-results', { recursive: true });
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.screenshot({ path: 'test-results/popup-salesforce.png', fullPage: true });
    await popup.close();
    await page.close();
  });

  it('rolls slack.com up to Salesforce, and follows a single-page-app navigation', async () => {
    const page = await ext.context.newPage();
    const url = siteUrl(site, 'app.slack.com');
    await page.goto(url);
    const b = await waitFor(async () => {
      const x = await badgeFor(ext.worker, url);
      return x.text ? x : undefined;
    }, 'the slack.com badge');
    expect(b.title).toMatch(/^Slack \(owned by Salesforce\)/);

    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?url=${encodeURIComponent(url)}`);
    await expect.poll(() => popup.getByTestId('company-name').textContent()).toBe('Slack');
    expect(await popup.getByTestId('match-explanation').textContent()).toBe('slack.com → Slack, owned by Salesforce');
    await popup.close();

    // Same tab, new URL through history.pushState: still Slack, the badge stays.
    await page.click('#spa');
    await waitFor(
      async () => (await badgeFor(ext.worker, siteUrl(site, 'app.slack.com', '/app/next'))).text === b.text,
      'badge after pushState',
    );
    // Then to an unknown site: the badge empties.
    const unknown = siteUrl(site, 'unknown-shop.example');
    await page.goto(unknown);
    await waitFor(async () => (await badgeFor(ext.worker, unknown)).text === '', 'empty badge on an unknown site');
    await page.close();
  });

  it('offers a search box on a site with no known company', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?url=${encodeURIComponent('https://unknown-shop.example/')}`);
    await expect.poll(() => popup.getByTestId('no-match').isVisible()).toBe(true);
    await popup.getByTestId('search-input').fill('palantir');
    await popup.getByTestId('search-results').getByRole('button').first().click();
    await expect.poll(() => popup.getByTestId('company-name').textContent()).toMatch(/Palantir/);
    await popup.getByTestId('search-input').fill('slack.com');
    await expect.poll(() => popup.getByTestId('company-name').textContent()).toBe('Slack');
    // No name starts with a misspelling: the lookup page's matcher still finds it.
    await popup.getByTestId('search-input').fill('salesfroce');
    await expect.poll(() => popup.getByTestId('company-name').textContent()).toBe('Salesforce');
    await popup.close();
  });

  it('makes no network request because of a page visit', async () => {
    // Visits of its own (badged, rolled-up and unknown sites), so the test stands alone. Every host name
    // resolves to the test server, so any request would be in its log: only the pages we opened (and the
    // browser's own favicon requests and services) may be there.
    const opened = new Set(['www.salesforce.com', 'app.slack.com', 'unknown-shop.example']);
    for (const host of opened) {
      const page = await ext.context.newPage();
      const url = siteUrl(site, host);
      await page.goto(url);
      await waitFor(async () => (await badgeFor(ext.worker, url)).title !== '', `the badge title on ${host}`);
      await page.close();
    }
    const strangers = site.requests.filter((r) => !(opened.has(r.host) && r.method === 'GET') && !BROWSER_SERVICE_HOSTS.test(r.host));
    expect(strangers).toEqual([]);
    // And from the extension's side: its service worker and pages fetched nothing but their own files.
    expect(ext.extensionRequests.length).toBeGreaterThan(0);
    expect(ext.extensionRequests.filter((r) => !r.url.startsWith(`chrome-extension://${ext.extensionId}/`))).toEqual([]);
    for (const r of site.requests.filter((x) => opened.has(x.host) && x.url !== '/favicon.ico')) {
      expect(['/', '/app/next']).toContain(r.url);
    }
  });
});
