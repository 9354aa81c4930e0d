/**
 * npm run screenshots — pictures of the built extension for the README, and the figures that go with them.
 *
 * It drives the build in `.output/chrome-mv3` with the end-to-end harness (Debian's Chromium, headless; every
 * host name resolves to a local HTTPS server with a throw-away self-signed certificate, so nothing reaches
 * the real sites) and writes, into `docs/` (or `--out <dir>`):
 *   popup-salesforce.png, popup-salesforce-dark.png, popup-salesforce-es.png (under `--lang=es`) — the popup
 *   for a tab on www.salesforce.com, 400 × 600 px (the popup's width at the default font size, Chrome's
 *   tallest popup); welcome.png (the first-run page, once the data is ready), about.png (its first 1,000 px),
 *   lookup-bulk.png (a donor list checked on the lookup page).
 * It then prints, as Markdown, what the closing note of issue 10 asks: the popup's height, its text sizes (at
 * the default font size and with the browser's set to 24 px), the Tab presses from its top to the search box,
 * and axe-core's violations on each page.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  EXTENSION_DIR,
  axeViolations,
  badgeShown,
  launchWithExtension,
  siteUrl,
  startTestSite,
  waitFor,
  type Launched,
  type TestSite,
} from '../test/e2e/harness';
import { fail, runCli, runMain, type Io } from './cli';

/** Chrome's popup is at most 800 × 600 px; ours is 25rem (400 px at the default font size) wide. */
const POPUP = { width: 400, height: 600 };
const LONG_WAIT = 120_000;

/** A nonprofit's small donor list: companies, a rolled-up email domain, a misspelling, people and a free-mail address. */
const DONORS = [
  'Donor name,Email,Website,Amount',
  'Salesforce Inc,,,5000',
  'Jane Doe,jane.doe@slack.com,,250',
  'Corner Bakery Fund,hello@cornerbakery.example,,100',
  'Bob Smith,bob@gmail.com,,50',
  '"Palantri Technologies, Inc.",,,1000',
  'Some Person,,https://www.geogroup.com/about,75',
].join('\n');

interface Options {
  out: string;
  extension: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { out: 'docs', extension: EXTENSION_DIR };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => argv[++i] ?? fail(`${a} needs a value`);
    if (a === '--out') o.out = value();
    else if (a === '--extension') o.extension = resolve(value());
    else fail(`unknown argument ${a} (usage: npm run screenshots -- [--out <dir>] [--extension <built extension dir>])`);
  }
  return o;
}

/** Opens an extension page in a new tab of the given size and colour scheme. */
async function openPage(ext: Launched, path: string, size: { width: number; height: number }, dark = false): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}

/** A tab on www.salesforce.com, once its badge is set: the popup is opened for that tab, as the toolbar button does. */
async function salesforceTab(ext: Launched, site: TestSite): Promise<{ tabId: number; badge: string }> {
  const tab = await ext.context.newPage();
  const url = siteUrl(site, 'www.salesforce.com');
  await tab.goto(url);
  const b = await badgeShown(ext.worker, url, 'the salesforce.com badge', LONG_WAIT);
  return { tabId: b.tabId, badge: b.text };
}

/** The popup once React has taken over from its first paint (the headline): with its search box. */
async function popupReady(page: Page): Promise<void> {
  await page.getByTestId('tie').first().waitFor({ timeout: LONG_WAIT });
  await page.getByTestId('search-input').waitFor({ timeout: LONG_WAIT });
}

async function shoot(page: Page, file: string, written: string[], fullPage = false): Promise<void> {
  await page.screenshot({ path: file, fullPage });
  written.push(file);
}

/** The popup's own measures: its content height, where the first headline line ends, its text sizes. */
function popupFigures(page: Page) {
  return page.evaluate(() => {
    let smallest = Infinity;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.textContent?.trim() && n.parentElement) smallest = Math.min(smallest, parseFloat(getComputedStyle(n.parentElement).fontSize));
    }
    const first = document.querySelector('[data-testid="tie"]')!.getBoundingClientRect();
    const ties = [...document.querySelectorAll<HTMLElement>('[data-testid="tie"]')];
    return {
      height: document.documentElement.scrollHeight,
      firstTieBottom: Math.round(first.bottom),
      ties: ties.length,
      counted: ties.filter((t) => t.dataset.kind === 'contract' || t.dataset.kind === 'resold').length,
      bodyPx: parseFloat(getComputedStyle(document.body).fontSize),
      tiePx: parseFloat(getComputedStyle(document.querySelector('.tie-text')!).fontSize),
      smallestPx: smallest,
    };
  });
}

/** Tab presses from the top of a freshly opened page until the search box has the focus (at most 60). */
async function tabsToSearch(page: Page): Promise<number> {
  const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid);
  for (let presses = 0; presses <= 60; presses++) {
    if ((await focused()) === 'search-input') return presses;
    await page.keyboard.press('Tab');
  }
  return Infinity;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const opts = parseArgs(argv);
  try {
    statSync(join(opts.extension, 'manifest.json'));
  } catch {
    fail(`${opts.extension} has no manifest.json: run \`npm run build\` first (npm run screenshots does)`);
  }
  mkdirSync(opts.out, { recursive: true });
  const out = (name: string) => join(opts.out, name);
  const written: string[] = [];
  const axeRows: [string, number][] = [];
  const popupPath = (tabId: number) => `popup.html?tab=${tabId}`;
  const site = await startTestSite();
  try {
    // English, the browser's default.
    const ext = await launchWithExtension(opts.extension);
    try {
      const welcome = await waitFor(
        async () => ext.context.pages().find((p) => p.url().endsWith('/welcome.html')),
        'the first-run page, opened on install',
        LONG_WAIT,
      );
      await welcome.setViewportSize({ width: 900, height: 900 });
      await welcome.getByTestId('welcome-ready').waitFor({ timeout: LONG_WAIT });
      await shoot(welcome, out('welcome.png'), written, true);
      axeRows.push(['first-run page', (await axeViolations(welcome)).length]);

      const { tabId, badge } = await salesforceTab(ext, site);
      const figures = [];
      for (const dark of [false, true]) {
        const popup = await openPage(ext, popupPath(tabId), POPUP, dark);
        await popupReady(popup);
        await shoot(popup, out(dark ? 'popup-salesforce-dark.png' : 'popup-salesforce.png'), written);
        figures.push(await popupFigures(popup));
        axeRows.push([`popup, www.salesforce.com${dark ? ', dark' : ''}`, (await axeViolations(popup)).length]);
        await popup.close();
      }
      const tabbing = await openPage(ext, popupPath(tabId), POPUP);
      await popupReady(tabbing);
      const presses = await tabsToSearch(tabbing);
      await tabbing.close();

      const absent = await openPage(ext, `popup.html?url=${encodeURIComponent('https://delta.com/')}`, POPUP);
      await absent.getByTestId('no-match').waitFor({ timeout: LONG_WAIT });
      axeRows.push(['popup, a site not in the data', (await axeViolations(absent)).length]);
      await absent.close();

      // The page's top: what the data covers and its sources (the whole page is twice as long and 340 KB).
      const about = await openPage(ext, 'about.html', { width: 900, height: 1000 });
      await about
        .getByTestId('about-version')
        .getByText(/Version/)
        .waitFor({ timeout: LONG_WAIT });
      await shoot(about, out('about.png'), written);
      axeRows.push(['about page', (await axeViolations(about)).length]);
      await about.close();

      const options = await openPage(ext, 'options.html', { width: 900, height: 900 });
      await options.getByTestId('badge-choices').waitFor({ timeout: LONG_WAIT });
      axeRows.push(['settings', (await axeViolations(options)).length]);
      await options.close();

      const single = await openPage(ext, 'lookup.html?q=salesforce%20inc', { width: 900, height: 900 });
      await single.getByTestId('tie').first().waitFor({ timeout: LONG_WAIT });
      axeRows.push(['lookup page with a result', (await axeViolations(single)).length]);
      await single.close();

      // Tall enough for every row: the results table draws only the rows in view.
      const bulk = await openPage(ext, 'lookup.html', { width: 1280, height: 1400 });
      await bulk.getByTestId('file-input').setInputFiles({ name: 'donors.csv', mimeType: 'text/csv', buffer: Buffer.from(DONORS) });
      await bulk.getByTestId('run-check').click();
      await bulk.getByTestId('result-row').first().waitFor({ timeout: LONG_WAIT });
      await waitFor(async () => (await bulk.getByTestId('result-row').count()) === 6, 'six checked rows', LONG_WAIT);
      // Then cut to the page's content, without the empty space below it.
      const contentHeight = await bulk.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom) + 24);
      await bulk.setViewportSize({ width: 1280, height: contentHeight });
      await waitFor(async () => (await bulk.getByTestId('result-row').count()) === 6, 'six rows in the fitted page', LONG_WAIT);
      await shoot(bulk, out('lookup-bulk.png'), written);
      axeRows.push(['lookup page, a checked donor list', (await axeViolations(bulk)).length]);
      await bulk.close();

      const [light] = figures;
      io.stdout(
        [
          `## The popup for a tab on www.salesforce.com (${POPUP.width} px wide, the default font size)`,
          '',
          `| measure | value |`,
          `|---|---|`,
          `| badge | ${badge} |`,
          `| headline lines (contract + resold, which the badge counts) | ${light!.ties} (${light!.counted}) |`,
          `| content height, details folded (the browser shows at most ${POPUP.height} px) | ${light!.height} px |`,
          `| bottom of the first headline line | ${light!.firstTieBottom} px |`,
          `| body text / headline text / smallest text | ${light!.bodyPx} / ${light!.tiePx} / ${light!.smallestPx} px |`,
          `| Tab presses from the top to the search box | ${presses} |`,
          '',
          '',
        ].join('\n'),
      );
    } finally {
      await ext.close();
    }

    // Spanish: the browser's language, as a Spanish-speaking user has it.
    const es = await launchWithExtension(opts.extension, { args: ['--lang=es'] });
    try {
      const { tabId } = await salesforceTab(es, site);
      const popup = await openPage(es, popupPath(tabId), POPUP);
      await popupReady(popup);
      await shoot(popup, out('popup-salesforce-es.png'), written);
      axeRows.push(['popup, www.salesforce.com, Spanish', (await axeViolations(popup)).length]);
    } finally {
      await es.close();
    }

    // The browser's font size set to 24 px (Settings → Appearance): the popup grows with it.
    const big = await launchWithExtension(opts.extension, { prefs: { webkit: { webprefs: { default_font_size: 24 } } } });
    try {
      const popup = await openPage(big, `popup.html?url=${encodeURIComponent('https://www.salesforce.com/')}`, { width: 800, height: 600 });
      await popupReady(popup);
      const f = await popupFigures(popup);
      const width = await popup.evaluate(() => Math.round(document.querySelector('.popup')!.getBoundingClientRect().width));
      io.stdout(
        [
          "## The same popup with the browser's font size set to 24 px",
          '',
          '| measure | value |',
          '|---|---|',
          `| popup width | ${width} px |`,
          `| content height, details folded | ${f.height} px |`,
          `| bottom of the first headline line | ${f.firstTieBottom} px |`,
          `| body text / headline text / smallest text | ${f.bodyPx} / ${f.tiePx} / ${f.smallestPx} px |`,
          '',
          '',
        ].join('\n'),
      );
    } finally {
      await big.close();
    }
  } finally {
    await site.close();
  }

  io.stdout(
    [
      '## axe-core violations (WCAG 2.1 A/AA and best practices)',
      '',
      '| page | violations |',
      '|---|---|',
      ...axeRows.map(([page, n]) => `| ${page} | ${n} |`),
      '',
      '## Written',
      '',
      ...written.map((f) => `- ${f}: ${Math.round(statSync(f).size / 1024)} KB`),
      '',
    ].join('\n'),
  );
  return axeRows.some(([, n]) => n > 0) ? 1 : 0;
}

export const run = (args: string[], io: Io) => runMain('screenshots', main, args, io);

await runCli(import.meta, 'screenshots', main);
