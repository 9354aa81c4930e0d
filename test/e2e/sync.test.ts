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
/** Versions must only grow; each test publishes the next one, so tests need no particular order. */
let latest = 1;

/** A version of the list: the bundle plus test-only vendors (`<id>.example`), served by the local list server. */
function publishVersion(version: number, vendors: string[]): string {
  const d: Dataset = structuredClone({ ...bundle, version });
  for (const id of vendors) {
    const name = id.replace(/(^|-)(\w)/g, (_m, sep: string, c: string) => `${sep ? ' ' : ''}${c.toUpperCase()}`);
    d.companies.push({ id, name, aliases: [], domains: [`${id}.example`] });
    d.notes.push({
      id: `${id}-2026-note`,
      kind: 'context',
      companyId: id,
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

/** Publishes the next version with these vendors, presses "Sync now" and waits until it is in use. */
async function syncTo(vendors: string[]): Promise<number> {
  const version = ++latest;
  publishVersion(version, vendors);
  await options.getByTestId('sync-now').click();
  await waitFor(async () => (await listVersion()) === String(version), `list version ${version}`, 60_000);
  expect(await options.getByTestId('dataset-in-use').textContent()).toBe(`version ${version}`);
  return version;
}

async function listVersion(): Promise<string | null> {
  await options.reload();
  await options.getByTestId('sync-status').waitFor();
  return options.getByTestId('list-version').first().textContent({ timeout: 5000 });
}

beforeAll(async () => {
  lists = await startListServer();
  publishVersion(1, []);
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
  it('installs the built-in list at install time', async () => {
    const version = await waitFor(
      async () => {
        const v = await listVersion();
        return v && v !== '—' ? v : undefined;
      },
      'a list version',
      60_000,
    );
    expect(await options.getByTestId('sync-status').textContent()).toMatch(new RegExp(`Data in use: version ${version}`));
  });

  it('a new version adds a company: "Sync now" makes the badge appear on its domain', async () => {
    const url = siteUrl(site, 'www.sync-newco.example');
    const page = await ext.context.newPage();
    await page.goto(url);
    await waitFor(async () => (await badgeFor(ext.worker, url)).title !== '', 'a badge title before the update');
    expect((await badgeFor(ext.worker, url)).text).toBe('');

    await syncTo(['sync-newco']);

    await page.reload();
    const b = await waitFor(async () => {
      const x = await badgeFor(ext.worker, url);
      return x.text ? x : undefined;
    }, 'the badge on the new domain');
    // A context note only: a dot, and the note's title as the tooltip.
    expect(b.text).toBe('•');
    expect(b.title).toBe('Sync Newco — Added by a signed list update');
    await page.close();
  });

  it('rejects a tampered version and keeps the one in use', async () => {
    const good = await syncTo(['sync-kept']);
    const dir = publishVersion(++latest, ['sync-kept']);
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
    expect(await options.getByTestId('list-version').first().textContent()).toBe(String(good));
    expect(await options.getByTestId('dataset-in-use').textContent()).toBe(`version ${good}`);
    await options.screenshot({ path: 'test-results/options-sync.png', fullPage: true });
    // The badge keeps working on the data in use.
    const url = siteUrl(site, 'www.sync-kept.example');
    const page = await ext.context.newPage();
    await page.goto(url);
    await waitFor(async () => (await badgeFor(ext.worker, url)).text === '•', 'the badge after the rejected update');
  });
});
