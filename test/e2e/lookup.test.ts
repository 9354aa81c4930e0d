/**
 * The lookup page in Chromium: single lookups (a match, a suggestion, a foundation), and a bulk check of an
 * uploaded CSV with review states, decisions, a company opened below its row and back, its awards, the
 * exported CSV and the printable report — printed to PDF — with no network request made while the list is checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page, Request } from 'playwright-core';
import { launchWithExtension, type Launched } from './harness';
import { WorkerControl, extensionWorker } from '../../bench/browser/cdp';
import type { Browser } from 'wxt/browser';

let ext: Launched;
// Code passed to worker.evaluate() runs in the extension's service worker, where `chrome` is global.
declare const chrome: typeof Browser;

const CSV = [
  'Donor name,Email,Website,Amount',
  'Salesforce Inc,,,5000',
  'Jane Doe,jane.doe@slack.com,,250',
  'Corner Bakery Fund,hello@cornerbakery.example,,100',
  'Bob Smith,bob@gmail.com,,50',
  '"Palantri Technologies, Inc.",,,1000',
  'Some Person,,https://www.geogroup.com/about,75',
  '"Oracle Elevator Holdco, LLC",,,10',
  '"=HYPERLINK(""http://x.example"",""click"")",,,-1+1',
].join('\n');

/** A nonprofit's list of 20 donors, as the printed report is tried with. */
const TWENTY = [
  'Donor,Email',
  'Salesforce Inc,',
  'Jane Doe,jane.doe@slack.com',
  'Palantri Technologies,',
  'The GEO Group,',
  'Booz Allen,',
  'The Walmart Foundation,',
  'Target Corporation,',
  'Microsoft Corporation,',
  'Hilton Worldwide Holdings,',
  'Lockheed,',
  'Maple Garden Fund,info@maple.example',
  'Bob Smith,bob@gmail.com',
  'Harbor Arts Council,',
  'Ana Ruiz,ana@outlook.com',
  'Friends of the Library,',
  'Corner Bakery,hello@cornerbakery.example',
  'Youth Soccer League,',
  'José Núñez,jose@yahoo.com',
  'Riverside Rotary,',
  'Apple Bus Company,',
].join('\n');

beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

/** Each test on a lookup page of its own, so that none depends on what another left behind. */
async function openLookup(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/lookup.html`);
  return page;
}

async function screen(page: Page, name: string, csv: string) {
  // The data in use is ready (the first visit installs it) before the list is checked.
  await page.getByTestId('dataset-version').waitFor({ timeout: 120_000 });
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('run-check').click();
  await page.getByTestId('results-count').waitFor({ timeout: 60_000 });
}

describe('lookup page', () => {
  it('finds Salesforce from "salesforce inc", with how it matched, a confidence and its state', async () => {
    const page = await openLookup();
    await page.getByTestId('lookup-input').fill('salesforce inc');
    await page.getByTestId('lookup-submit').click();
    await expect.poll(() => page.getByTestId('company-name').first().textContent()).toBe('Salesforce');
    expect(await page.getByTestId('match-how').textContent()).toMatch(/^Match · matched by legal-name variant .* confidence 100%/);
    // The folded details render just after the headline (ResultView defers them): wait for them.
    await expect.poll(() => page.getByTestId('note').count()).toBeGreaterThan(3);
    // The awards as a table, with totals and an export of its own.
    expect(await page.getByTestId('award-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('awards-period').textContent()).toMatch(/Period covered: \d+ \w+ \d{4} – /);
    expect(await page.getByTestId('totals-fy').textContent()).toMatch(/FY20\d\d/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-awards').click()]);
    const awards = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(awards.length).toBe(await page.getByTestId('award-row').count());
    expect(awards.some((a) => a.direct_or_resold === 'resold')).toBe(true);
  });

  it('offers a suggestion as one ("Did you mean Booz Allen Hamilton?"), never "no company matches" above it', async () => {
    const page = await openLookup();
    // "Motorola" alone could be Motorola Solutions or Motorola Mobility: a suggestion, to be confirmed.
    await page.getByTestId('lookup-input').fill('Motorola');
    await page.getByTestId('lookup-submit').click();
    await expect.poll(() => page.getByTestId('did-you-mean').textContent()).toBe('Did you mean Motorola Solutions?');
    expect(await page.getByTestId('lookup-no-match').count()).toBe(0);
    expect(await page.getByTestId('match-how').getAttribute('data-state')).toBe('review');
    await page.getByTestId('lookup-input').fill('The Walmart Foundation');
    await page.getByTestId('lookup-submit').click();
    // The foundation is in the registry as Walmart's affiliate: the answer says so, never "owned by".
    await expect.poll(() => page.getByTestId('lookup-answer').textContent()).toMatch(/foundation of Walmart/i);
    expect(await page.getByTestId('lookup-answer').textContent()).not.toMatch(/owned by Walmart/i);
  });

  it('matches an email address by its domain, rolled up to the owner, and never a free-mail address', async () => {
    const page = await openLookup();
    await page.getByTestId('lookup-input').fill('jane@slack.com');
    await page.getByTestId('lookup-submit').click();
    await expect.poll(() => page.getByTestId('company-name').first().textContent()).toBe('Slack');
    expect(await page.getByTestId('match-explanation').first().textContent()).toMatch(/owned by Salesforce/);
    await page.getByTestId('lookup-input').fill('someone@gmail.com');
    await page.getByTestId('lookup-submit').click();
    await expect.poll(() => page.getByTestId('lookup-no-match').textContent()).toMatch(/public mail provider/);
  });

  // The menus are opt-in (data/browser/menus.ts). A menu cannot be clicked headless: its click's path is the
  // unit test's (test/unit/entrypoints/background.test.ts); here, the permission, the menus and the listener as
  // Chromium holds them, through the settings page's real switch. Chromium grants `contextMenus` without a
  // prompt (it carries no permission warning), so the switch's click is all a user does too.
  it('right-click menu: off at install; switched on in the settings, created and listened for, also after a restart; off again, gone', async () => {
    const worker = () => extensionWorker(ext.context, ext.extensionId);
    // Without the permission, a worker started since has no `contextMenus` (one that had it keeps the namespace,
    // its functions throwing).
    const inWorker = () =>
      worker().evaluate(async () => {
        const held = await chrome.permissions.contains({ permissions: ['contextMenus'] });
        return {
          api: typeof chrome.contextMenus,
          held,
          listening: held && chrome.contextMenus.onClicked.hasListeners(),
          // update() fails for an item that does not exist.
          menu:
            held &&
            (await chrome.contextMenus.update('tieline-lookup-selection', {}).then(
              () => true,
              () => false,
            )),
        };
      });
    const off = { api: 'undefined', held: false, listening: false, menu: false };
    const on = { api: 'object', held: true, listening: true, menu: true };
    expect(await inWorker()).toEqual(off);
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const box = options.getByTestId('menu-switch');
    await expect.poll(() => box.isEnabled()).toBe(true);
    expect(await box.isChecked()).toBe(false);
    await box.click();
    await expect.poll(inWorker).toEqual(on);
    expect(await box.isChecked()).toBe(true);
    expect(await options.getByTestId('menu-note').textContent()).toBe('');
    // A stopped worker registers the listener in its first turn: a click on a menu wakes it and is heard.
    const control = await WorkerControl.open(ext.context, ext.extensionId);
    await control.stop();
    const wake = await ext.context.newPage();
    await wake.goto(`chrome-extension://${ext.extensionId}/lookup.html`);
    await control.running();
    await expect.poll(inWorker).toEqual(on);
    await box.click();
    await expect.poll(inWorker).toEqual({ ...off, api: 'object' });
    expect(await box.isChecked()).toBe(false);
    await control.stop();
    await wake.reload();
    await control.running();
    await expect.poll(inWorker).toEqual(off);
    await Promise.all([options.close(), wake.close()]);
  });

  it('opens with the selected text as the menu opens it (?q=)', async () => {
    const p = await ext.context.newPage();
    await p.goto(`chrome-extension://${ext.extensionId}/lookup.html?q=${encodeURIComponent('The GEO Group')}`);
    await expect.poll(() => p.getByTestId('company-name').first().textContent()).toBe('The GEO Group');
    await p.close();
  });

  // The first view of ?q= is asked for without them (its paint does not show them); the page asks after it.
  it('lists the other companies named like ?q= as it does for a typed query', async () => {
    const others = (p: Page) => p.locator('.others li').allTextContents();
    const typed = await openLookup();
    await typed.getByTestId('lookup-input').fill('Salesforce');
    await typed.getByTestId('lookup-submit').click();
    await expect.poll(() => others(typed)).not.toEqual([]);
    const p = await ext.context.newPage();
    await p.goto(`chrome-extension://${ext.extensionId}/lookup.html?q=Salesforce`);
    await expect.poll(() => others(p)).toEqual(await others(typed));
    expect(await p.getByTestId('company-name').first().textContent()).toBe('Salesforce');
    await Promise.all([p.close(), typed.close()]);
  });

  it('screens an uploaded CSV: states and filters, review decisions, a company below its row and back, safe export; no network request', async () => {
    const page = await openLookup();
    const seen: string[] = [];
    const onRequest = (r: Request) => void seen.push(r.url());
    ext.context.on('request', onRequest);
    await page.getByTestId('file-input').setInputFiles({ name: 'donors.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.getByTestId('column-picker').waitFor();
    // Guessed from the header: name, email, website; the amount is ignored.
    expect(await page.getByTestId('role-0').inputValue()).toBe('name');
    expect(await page.getByTestId('role-1').inputValue()).toBe('email');
    expect(await page.getByTestId('role-2').inputValue()).toBe('website');
    expect(await page.getByTestId('role-3').inputValue()).toBe('ignore');
    await page.getByTestId('run-check').click();
    await expect
      .poll(() => page.getByTestId('results-count').textContent(), { timeout: 60_000 })
      .toBe('8 rows: 3 match, 1 to review, 4 no match');
    ext.context.off('request', onRequest);
    expect(seen.filter((u) => !u.startsWith(`chrome-extension://${ext.extensionId}/`))).toEqual([]);

    const rows = page.getByTestId('result-row');
    expect(await rows.count()).toBe(8);
    // A short list fits its area whole: no row hidden behind the table's own scroll bar.
    await expect.poll(() => page.locator('.screened-body').evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThanOrEqual(0);
    const texts = await rows.allTextContents();
    expect(texts[0]).toMatch(/Salesforce.*legal-name variant/);
    expect(texts[1]).toMatch(/Slack \(owned by Salesforce\).*email domain/);
    expect(texts[2]).toMatch(/No match/);
    expect(texts[3]).toMatch(/No match — gmail\.com is a public mail provider/);
    expect(texts[4]).toMatch(/Did you mean Palantir\?.*Needs review.*similar spelling/);
    expect(texts[5]).toMatch(/The GEO Group.*website domain.*ICE \$/);
    expect(texts[6]).toMatch(/No match/);

    await page.getByTestId('filter-review').click();
    expect(await rows.count()).toBe(1);
    await rows.first().getByTestId('confirm').click();
    expect(await rows.count()).toBe(0); // confirmed: a match now
    await page.getByTestId('filter-match').click();
    expect(await page.getByTestId('count-match').textContent()).toBe('4');
    expect(await rows.count()).toBe(4);
    await page.getByTestId('filter-all').click();

    // A company opens below its own row; back returns to that row.
    await rows
      .nth(5)
      .getByRole('button', { name: /The GEO Group/ })
      .click();
    const detail = page.getByTestId('row-detail');
    await detail.getByTestId('company-name').waitFor();
    expect(await detail.getByTestId('company-name').textContent()).toBe('The GEO Group');
    expect(await detail.getByTestId('award-row').count()).toBeGreaterThan(10);
    await detail.getByTestId('award-sort-first').click();
    const firsts = await detail.getByTestId('award-row').evaluateAll((trs) => trs.slice(0, 5).map((tr) => tr.children[3]!.textContent));
    expect(firsts.length).toBe(5);
    await detail.getByTestId('back-to-row').click();
    expect(await page.getByTestId('row-detail').count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="result-row"]')?.getAttribute('data-row')))
      .toBe('5');

    await page.screenshot({ path: 'test-results/lookup-bulk.png', fullPage: true });
    await page.getByTestId('sort').selectOption('total');
    expect((await rows.first().textContent()) ?? '').toMatch(/The GEO Group/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const raw = readFileSync((await download.path())!);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = Papa.parse<Record<string, string>>(raw.toString('utf8'), { header: true, skipEmptyLines: true }).data;
    expect(download.suggestedFilename()).toBe('donors-tieline.csv');
    expect(csv).toHaveLength(8);
    expect(csv.map((r) => r['Donor name']!.slice(0, 12))).toEqual([
      'Salesforce I',
      'Jane Doe',
      'Corner Baker',
      'Bob Smith',
      'Palantri Tec',
      'Some Person',
      'Oracle Eleva',
      "'=HYPERLINK(",
    ]);
    expect(csv[7]!.Amount).toBe("'-1+1");
    expect(csv.map((r) => r.tieline_company_id)).toEqual(['salesforce', 'slack', '', '', 'palantir', 'geo-group', '', '']);
    expect(csv.map((r) => r.tieline_state)).toEqual(['match', 'match', 'none', 'none', 'match', 'match', 'none', 'none']);
    expect(csv[4]!.tieline_decision).toBe('confirmed');
    expect(csv[1]!.tieline_owned_by).toBe('Salesforce');
    expect(csv[0]!.Amount).toBe('5000');
    expect(Number(csv[0]!.tieline_direct_total_usd) + Number(csv[0]!.tieline_resold_total_usd)).toBeGreaterThan(0);
    expect(csv[0]!.tieline_resold_total_usd).toMatch(/^\d+(\.\d+)?$/);
    expect(csv[5]!.tieline_contract_agencies).toMatch(/^ICE \$[\d,]+; CBP \$[\d,]+$/);
    for (const r of csv.filter((x) => x.tieline_state === 'match')) expect(r.tieline_sources).toMatch(/^https:\/\//);
  });

  it('prints a board report of a 20-row list: a summary on page one, heaviest first, six pages at most', async () => {
    const page = await openLookup();
    await screen(page, 'donors-20.csv', TWENTY);
    await page.getByTestId('open-report').click();
    const report = page.getByTestId('print-report');
    await report.waitFor();
    const entries = await report.getByTestId('report-entry').allTextContents();
    expect(entries.length).toBeGreaterThanOrEqual(8);
    // Companies with contracts of their own come first, largest first; foundations and no-contract rows after.
    const direct = await report.getByTestId('report-entry').evaluateAll((trs) => trs.map((tr) => tr.children[4]!.textContent));
    const firstDash = direct.indexOf('—');
    expect(direct.slice(firstDash === -1 ? direct.length : firstDash).every((d) => d === '—')).toBe(true);
    expect(await report.getByTestId('report-counts').textContent()).toMatch(
      /^20 rows checked: \d+ matched, \d+ needing review, \d+ with no match\.$/,
    );
    expect(await report.getByTestId('report-coverage').textContent()).toMatch(/CBP.*ICE/);
    expect(await report.getByTestId('report-running').textContent()).toMatch(
      /donors-20\.csv · checked \d+ \w+ \d{4} · dataset version \d+ of/,
    );

    await page.emulateMedia({ media: 'print' });
    // Page one holds the summary: its box ends within the first Letter page (11 in less the margins, at 96 px/in).
    await page.setViewportSize({ width: 720, height: 936 });
    const summaryHeight = await report.getByTestId('report-summary').evaluate((el) => el.getBoundingClientRect().height);
    expect(summaryHeight).toBeLessThan(936);
    await page.screenshot({ path: 'test-results/lookup-report-print.png' });
    const pdf = await page.pdf({ format: 'Letter', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`printed report of the 20-row list: ${pages} Letter pages, ${entries.length} rows in the summary`);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
  });

  it('explains a broken file instead of failing', async () => {
    const page = await openLookup();
    const cases: [Buffer, RegExp][] = [
      [Buffer.from(''), /empty/],
      [Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /zip file, such as an Excel workbook/],
      [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), /binary file/],
      [Buffer.from('name\n"Acme, Inc\nBeta\n'), /Line 2 opens a quoted field/],
      [Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]), /not UTF-8 text/],
    ];
    for (const [buffer, message] of cases) {
      await page.getByTestId('file-input').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer });
      await expect.poll(() => page.getByTestId('bulk-error').textContent()).toMatch(message);
    }
  });

  it('draws at most 40 column menus for a very wide list, and finds any other column by name', async () => {
    const page = await openLookup();
    const width = 20_000;
    const header = Array.from({ length: width }, (_, i) => `col${i + 1}`);
    header[12_345] = 'Employer';
    const row = Array.from({ length: width }, (_, i) => (i === 12_345 ? 'Salesforce' : 'x'));
    await page.getByTestId('file-input').setInputFiles({
      name: 'wide.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header.join(',')}\n${row.join(',')}\n`),
    });
    await page.getByTestId('column-picker').waitFor();
    expect(await page.locator('[data-testid^="role-"]').count()).toBeLessThanOrEqual(41);
    await page.getByTestId('find-column').fill('employer');
    await page.getByTestId('find-column').press('Enter');
    await page.getByTestId('role-12345').selectOption('name');
    await page.getByTestId('run-check').click();
    await expect.poll(() => page.getByTestId('results-count').textContent(), { timeout: 60_000 }).toMatch(/^1 row: 1 match/);
  });
});
