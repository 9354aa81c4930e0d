/**
 * Sync end to end: the extension built with WXT_DATASET_URL / WXT_DATASET_PUBLIC_KEY pointing at a list
 * served from 127.0.0.1. v1 installs; v2 adds a company with a new domain and "Sync now" makes the badge
 * appear there; a tampered v3 is rejected and v2 stays in use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { badgeFor, launchWithExtension, siteUrl, startTestSite, waitFor, type Launched, type TestSite } from './harness';
import { startListServer, type ListServer } from '../helpers/list-server';
import { generateKeys, publish } from '@/data/pipeline/publish';
import { readBundledDataset } from '@/data/pipeline/bundled';
import type { Dataset } from '@/data/model/schema';

const OUT = resolve('.output/e2e-sync');
const keys = generateKeys();
const bundle = readBundledDataset();
let lists: ListServer;
let site: TestSite;
let ext: Launched;
let options: Page;

function publishVersion(version: number, withVendor: boolean): string {
  const d: Dataset = structuredClone({ ...bundle, version });
  if (withVendor) {
    // Test-only records, served by the local list server; never part of the bundled dataset.
    d.companies.push({ id: 'sync-test-vendor', name: 'Sync Test Vendor', aliases: [], domains: ['sync-test-vendor.example'] });
    d.notes.push({
      id: 'sync-test-vendor-2026-note',
      kind: 'context',
      companyId: 'sync-test-vendor',
      title: 'Added by a signed list update',
      summary: 'This company exists only in the end-to-end test of sync.',
      sources: [{ url: 'https://example.org/sync-test', publisher: 'Tieline tests', title: 'Sync test fixture' }],
    });
  }
  const dir = mkdtempSync(join(tmpdir(), `tieline-e2e-list-v${version}-`));
  publish(d, { outDir: dir, privateKey: keys.privatePem });
  lists.mount('list', dir);
  return dir;
}

async function listVersion(): Promise<string | null> {
  await options.reload();
  await options.getByTestId('sync-status').waitFor();
  return options.getByTestId('list-version').first().textContent({ timeout: 5000 });
}

beforeAll(async () => {
  lists = await startListServer();
  publishVersion(1, false);
  const build = spawnSync('node_modules/.bin/wxt', ['build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      TIELINE_OUT_DIR: OUT,
      WXT_DATASET_URL: `${lists.url}/list/`,
      WXT_DATASET_PUBLIC_KEY: keys.publicKeyBase64,
    },
  });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  site = await startTestSite();
  ext = await launchWithExtension(join(OUT, 'chrome-mv3'));
  options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
}, 180_000);

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await lists?.close();
});

describe('signed list updates in Chromium', () => {
  it('installs v1 from the built-in list at install time', async () => {
    await waitFor(async () => (await listVersion()) === '1', 'list version 1', 60_000);
    expect(await options.getByTestId('sync-status').textContent()).toMatch(/Data in use: version 1/);
  });

  it('v2 adds a company: "Sync now" makes the badge appear on its domain', async () => {
    const url = siteUrl(site, 'www.sync-test-vendor.example');
    const page = await ext.context.newPage();
    await page.goto(url);
    await waitFor(async () => (await badgeFor(ext.worker, url)).title !== '', 'a badge title before the update');
    expect((await badgeFor(ext.worker, url)).text).toBe('');

    publishVersion(2, true);
    await options.getByTestId('sync-now').click();
    await options.getByText(/Sync: done|Sync failed/).waitFor({ timeout: 60_000 });
    await waitFor(async () => (await listVersion()) === '2', 'list version 2', 60_000);
    expect(await options.getByTestId('dataset-in-use').textContent()).toBe('version 2');

    await page.reload();
    const b = await waitFor(async () => {
      const x = await badgeFor(ext.worker, url);
      return x.text ? x : undefined;
    }, 'the badge on the new domain');
    expect(b.text).toBe('1');
    expect(b.title).toBe('Sync Test Vendor — 1 context note');
    await page.close();
  });

  it('rejects a tampered v3 and keeps v2 in use', async () => {
    const dir = publishVersion(3, true);
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    m.expiresAt = '2099-01-01T00:00:00.000Z'; // any change after signing
    writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(m, null, 2)}\n`);
    await options.getByTestId('sync-now').click();
    await waitFor(
      async () => {
        await listVersion();
        return /signature does not match/.test((await options.getByTestId('list-error').first().textContent()) ?? '');
      },
      'the signature error in the status',
      60_000,
    );
    expect(await options.getByTestId('list-version').first().textContent()).toBe('2');
    expect(await options.getByTestId('dataset-in-use').textContent()).toBe('version 2');
    await options.screenshot({ path: 'test-results/options-sync.png', fullPage: true });
    // The badge keeps working on the data in use.
    const url = siteUrl(site, 'www.sync-test-vendor.example', '/again');
    const page = await ext.context.newPage();
    await page.goto(url);
    await waitFor(async () => (await badgeFor(ext.worker, url)).text === '1', 'the badge after the rejected update');
  });
});
