/**
 * The lookup page in Chromium: single lookups, and a bulk check of an uploaded CSV with its table, its
 * exported CSV and its printable report — with no network request made while the list is checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page, Request } from 'playwright-core';
import { launchWithExtension, type Launched } from './harness';

let ext: Launched;

const CSV = [
  'Donor name,Email,Website,Amount',
  'Salesforce Inc,,,5000',
  'Jane Doe,jane.doe@slack.com,,250',
  'Corner Bakery Fund,hello@cornerbakery.example,,100',
  'Bob Smith,bob@gmail.com,,50',
  '"Palantri Technologies, Inc.",,,1000',
  'Some Person,,https://www.geogroup.com/about,75',
  '"Oracle Elevator Holdco, LLC",,,10',
].join('\n');

beforeAll(async () => {
  ext = await launchWithExtension();
});

/** Each test on a lookup page of its own, so that none depends on what another left behind. */
async function openLookup(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/lookup.html`);
  return page;
}
afterAll(async () => {
  await ext?.close();
});

describe('lookup page', () => {
  it('finds Salesforce from "salesforce inc", with how it matched and a confidence', async () => {
    const page = await openLookup();
    await page.getByTestId('lookup-input').fill('salesforce inc');
    await page.getByTestId('lookup-submit').click();
    await expect.poll(() => page.getByTestId('company-name').first().textContent()).toBe('Salesforce');
    expect(await page.getByTestId('match-how').textContent()).toMatch(/legal-name variant .* confidence 100%/);
    expect(await page.getByTestId('note').count()).toBeGreaterThan(3);
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

  it('opens from the context menu with the selected text (?q=)', async () => {
    const p = await ext.context.newPage();
    await p.goto(`chrome-extension://${ext.extensionId}/lookup.html?q=${encodeURIComponent('The GEO Group')}`);
    await expect.poll(() => p.getByTestId('company-name').first().textContent()).toBe('The GEO Group');
    await p.close();
  });

  it('screens an uploaded CSV: table, exported CSV and printable report; no network request', async () => {
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
    await expect.poll(() => page.getByTestId('results-count').textContent(), { timeout: 30_000 }).toBe('4 of 7 rows matched');
    ext.context.off('request', onRequest);
    expect(seen.filter((u) => !u.startsWith(`chrome-extension://${ext.extensionId}/`))).toEqual([]);

    const rows = page.getByTestId('result-row');
    expect(await rows.count()).toBe(7);
    const texts = await rows.allTextContents();
    expect(texts[0]).toMatch(/Salesforce.*legal-name variant/);
    expect(texts[1]).toMatch(/Slack \(owned by Salesforce\).*email domain/);
    expect(texts[2]).toMatch(/no match/);
    expect(texts[3]).toMatch(/no match — gmail\.com is a public mail provider/);
    expect(texts[4]).toMatch(/Palantir.*similar spelling/);
    expect(texts[5]).toMatch(/The GEO Group.*website domain.*ICE \$/);
    expect(texts[6]).toMatch(/no match/);

    await page.screenshot({ path: 'test-results/lookup-bulk.png', fullPage: true });
    await page.getByTestId('only-matches').check();
    expect(await rows.count()).toBe(4);
    await page.getByTestId('sort').selectOption('total');
    expect((await rows.first().textContent()) ?? '').toMatch(/The GEO Group/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csv = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(download.suggestedFilename()).toBe('donors-tieline.csv');
    expect(csv).toHaveLength(7);
    expect(csv.map((r) => r['Donor name'])).toEqual([
      'Salesforce Inc',
      'Jane Doe',
      'Corner Bakery Fund',
      'Bob Smith',
      'Palantri Technologies, Inc.',
      'Some Person',
      'Oracle Elevator Holdco, LLC',
    ]);
    expect(csv.map((r) => r.tieline_company_id)).toEqual(['salesforce', 'slack', '', '', 'palantir', 'geo-group', '']);
    expect(csv[1]!.tieline_owned_by).toBe('Salesforce');
    expect(csv[0]!.Amount).toBe('5000');
    expect(csv[5]!.tieline_contract_agencies).toMatch(/^ICE \$[\d,]+; CBP \$[\d,]+$/);
    for (const r of csv.filter((x) => x.tieline_state === 'match')) expect(r.tieline_sources).toMatch(/^https:\/\//);

    await page.getByTestId('open-report').click();
    const report = page.getByTestId('print-report');
    await report.waitFor();
    expect(await report.locator('[data-testid="company-name"]').allTextContents()).toEqual(
      ['Palantir', 'Slack', 'Salesforce', 'The GEO Group'].sort((a, b) => a.localeCompare(b)),
    );
    expect(await report.textContent()).toMatch(/Dataset version \d+/);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: 'test-results/lookup-report-print.png' });
    await page.emulateMedia({ media: 'screen' });
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
});
