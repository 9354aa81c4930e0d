/**
 * Sync end to end: the extension built with WXT_DATASET_URL / WXT_DATASET_PUBLIC_KEY (the list's root
 * key) pointing at a list served from 127.0.0.1. v1 installs; a new version adds a company with a new
 * domain and "Sync now" makes the badge appear there; a tampered version is rejected, the failure and its
 * cause stay in `sync-status` until the next success; a rotated signing key is followed; a list in use
 * that has expired warns in the popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rotateRoot } from '@/data/pipeline/root';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { badgeFor, badgeShown, launchWithExtension, siteUrl, startTestSite, waitFor, type Launched, type TestSite } from './harness';
import { startListServer, type ListServer } from '../helpers/list-server';
import { generateKeys, publish } from '@/data/pipeline/publish';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { SCHEMA_VERSION, type Dataset } from '@/data/model/schema';
import type { Browser } from 'wxt/browser';

// Code passed to page.evaluate() runs in the extension's page, where `chrome` is global.
declare const chrome: typeof Browser;

const OUT = resolve('.output/e2e-sync');
/** The root key is pinned in the build; manifests are signed with the signing key (rotated in one test). */
const rootKeys = generateKeys();
let signingKey = generateKeys().privatePem;
const bundle = readBundledDataset();
/** One list folder for every version, as a publisher keeps it: roots and shards accumulate. */
const dir = mkdtempSync(join(tmpdir(), 'tieline-e2e-list-'));
let lists: ListServer;
let site: TestSite;
let ext: Launched;
let options: Page;
/**
 * Versions must only grow; each test publishes the next one, so tests need no particular order. The first is the
 * bundle's own release (data/dataset/sources/release.json): a list is used only when newer than what is installed.
 */
let latest = bundle.version;

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
  publish(d, { outDir: dir, privateKey: signingKey, root: { listId: 'e2e', url: `${lists.url}/list/`, rootKey: rootKeys.privatePem } });
  lists.mount('list', dir);
  return dir;
}

/** Publishes the next version with these vendors, presses "Sync now" and waits until it is in use. */
async function syncTo(vendors: string[]): Promise<number> {
  const version = ++latest;
  publishVersion(version, vendors);
  await options.getByTestId('sync-now').click();
  // The click's answer comes once the sync is over, and says what really happened.
  await waitFor(
    async () =>
      new RegExp(`updated to version ${version}\\.$`).test((await options.getByTestId('sync-result').textContent({ timeout: 1000 })) ?? ''),
    `"updated to version ${version}"`,
    60_000,
  );
  expect(await listVersion()).toBe(String(version));
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
  publishVersion(latest, []);
  const build = spawnSync('node_modules/.bin/wxt', ['build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      TIELINE_OUT_DIR: OUT,
      WXT_DATASET_URL: `${lists.url}/list/`,
      WXT_DATASET_PUBLIC_KEY: rootKeys.publicKeyBase64,
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
    const b = await badgeShown(ext.worker, url, 'the badge on the new domain');
    // A context note only: a dot, and the note's title as the tooltip.
    expect(b.text).toBe('•');
    expect(b.title).toBe('Sync Newco — Added by a signed list update');
    await page.close();
  });

  it('rejects a tampered version, keeps the one in use, and says so in sync-status until the next success', async () => {
    const good = await syncTo(['sync-kept']);
    publishVersion(++latest, ['sync-kept']);
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    m.expiresAt = '2099-01-01T00:00:00.000Z'; // any change after signing
    writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(m, null, 2)}\n`);
    await options.getByTestId('sync-now').click();
    // The answer to the click itself names the failure (no "done" for a refused update).
    await waitFor(
      async () =>
        /Sync failed for 127\.0\.0\.1:\d+\/list: the manifest's signature does not match/.test(
          (await options.getByTestId('sync-result').textContent({ timeout: 1000 })) ?? '',
        ),
      'the failed sync in the page',
      60_000,
    );
    // And after a reload (or any later visit), sync-status still names the failure and its cause.
    await listVersion();
    expect(await options.getByTestId('sync-status').textContent()).toMatch(
      /Sync failed for 127\.0\.0\.1:\d+\/list \(.* UTC\): the manifest's signature does not match a signing key of the list's root.*The data in use is unchanged/,
    );
    expect(await options.getByTestId('list-version').first().textContent()).toBe(String(good));
    expect(await options.getByTestId('dataset-in-use').textContent()).toBe(`version ${good}`);
    await options.screenshot({ path: 'test-results/options-sync.png', fullPage: true });
    // The badge keeps working on the data in use.
    const url = siteUrl(site, 'www.sync-kept.example');
    const page = await ext.context.newPage();
    await page.goto(url);
    await waitFor(async () => (await badgeFor(ext.worker, url)).text === '•', 'the badge after the rejected update');
    // The next success clears the failure.
    await syncTo(['sync-kept']);
    expect(await options.getByTestId('sync-failure').count()).toBe(0);
  });

  it('shows a server error from "Sync now" in sync-status, with its cause', async () => {
    lists.fault('list/manifest.json', { kind: 'status', status: 503 });
    try {
      await options.getByTestId('sync-now').click();
      await waitFor(
        async () => {
          await listVersion();
          return /Sync failed for 127\.0\.0\.1:\d+\/list .*the manifest: the server answered HTTP 503/.test(
            (await options.getByTestId('sync-status').textContent()) ?? '',
          );
        },
        'the HTTP 503 in sync-status',
        60_000,
      );
    } finally {
      lists.clearFaults();
    }
  });

  it('follows a rotated signing key: the root signed by the pinned root key names the new key', async () => {
    const next = generateKeys();
    rotateRoot(dir, { rootKey: rootKeys.privatePem, signingKeys: [next.privatePem] });
    signingKey = next.privatePem;
    const version = await syncTo(['sync-rotated']);
    const url = siteUrl(site, 'www.sync-rotated.example');
    const page = await ext.context.newPage();
    await page.goto(url);
    await waitFor(async () => (await badgeFor(ext.worker, url)).text === '•', 'the badge from the rotated key’s version');
    expect(await options.getByTestId('list-version').first().textContent()).toBe(String(version));
    await page.close();
  });

  it('a user list that contradicts the built-in list shows the conflict and does not change the badge', async () => {
    const url = siteUrl(site, 'www.salesforce.com');
    const page = await ext.context.newPage();
    await page.goto(url);
    const before = await badgeShown(ext.worker, url, 'the salesforce.com badge before');

    // A list of its own (its own keys): it renames Salesforce and drops its notes, renames CBP, and gives
    // salesforce.com to "GoodCo (ethical!)".
    const mineKeys = generateKeys();
    const mineDir = mkdtempSync(join(tmpdir(), 'tieline-e2e-mine-'));
    const salesforce = bundle.companies.find((c) => c.id === 'salesforce')!;
    const cbp = bundle.agencies.find((a) => a.id === 'cbp')!;
    publish(
      {
        schemaVersion: SCHEMA_VERSION,
        version: 1,
        generatedAt: bundle.generatedAt,
        agencies: [{ ...cbp, name: 'Friendly Border Agency' }],
        companies: [
          { ...salesforce, name: 'GoodCo (ethical!)' },
          { id: 'goodco', name: 'GoodCo (ethical!)', aliases: [], domains: ['salesforce.com', 'goodco.example'] },
        ],
        notes: [],
      },
      {
        outDir: mineDir,
        privateKey: mineKeys.privatePem,
        root: { listId: 'mine', url: `${lists.url}/mine/`, rootKey: mineKeys.privatePem },
      },
    );
    lists.mount('mine', mineDir);
    const mine = { id: 'list-e2e-mine', url: `${lists.url}/mine/`, publicKey: mineKeys.publicKeyBase64, enabled: true };
    // Subscribed as the settings page saves a list (the host-permission prompt cannot be answered headless).
    await options.evaluate(async (s) => {
      await chrome.storage.sync.set({ subscriptions: [s] });
      const answer = await chrome.runtime.sendMessage({ type: 'lists-changed' });
      if (!answer?.ok) throw new Error(JSON.stringify(answer));
    }, mine);
    try {
      await options.reload();
      const conflictsText = await waitFor(
        async () => options.getByTestId('conflicts').textContent({ timeout: 1000 }),
        'the conflicts on the settings page',
        60_000,
      );
      expect(conflictsText).toMatch(/List 127\.0\.0\.1:\d+\/mine says otherwise: it says salesforce\.com belongs to “GoodCo \(ethical!\)”/);
      expect(conflictsText).toMatch(/it names this company “GoodCo \(ethical!\)”/);
      expect(conflictsText).toMatch(/it names this agency “Friendly Border Agency \(CBP\)”/);

      // The badge is unchanged: same count, same tooltip.
      await page.reload();
      await waitFor(async () => (await badgeFor(ext.worker, url)).title !== '', 'the badge after the list');
      const after = await badgeFor(ext.worker, url);
      expect({ text: after.text, title: after.title }).toEqual({ text: before.text, title: before.title });

      // And the popup says so beside the company.
      const popup = await ext.context.newPage();
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?url=${encodeURIComponent(url)}`);
      await expect.poll(() => popup.getByTestId('company-name').textContent()).toBe('Salesforce');
      const lines = await popup.getByTestId('conflict').allTextContents();
      expect(lines.join('\n')).toMatch(/says otherwise: it says salesforce\.com belongs to “GoodCo \(ethical!\)”/);
      expect(await popup.getByTestId('company-list').textContent()).toMatch(/^From list: 127\.0\.0\.1:\d+\/list$/);
      await popup.close();
    } finally {
      await options.evaluate(async () => {
        await chrome.storage.sync.set({ subscriptions: [] });
        await chrome.runtime.sendMessage({ type: 'lists-changed' });
      });
      await page.close();
    }
  });

  it('warns in the popup when the list in use has expired', async () => {
    await syncTo([]);
    const popup = await ext.context.newPage();
    // The user opens the popup 40 days later: the version in use (valid for 30 days) has expired.
    await popup.clock.setFixedTime(Date.now() + 40 * 86_400_000);
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?url=${encodeURIComponent('https://www.salesforce.com/')}`);
    const warning = await waitFor(
      async () => popup.getByTestId('data-warning').first().textContent({ timeout: 1000 }),
      'the expiry warning',
    );
    expect(warning).toMatch(/^The list 127\.0\.0\.1:\d+\/list expired on .*: its notes may be out of date/);
    expect(await popup.getByTestId('data-age').textContent()).toMatch(/\d+ days old/);
    await popup.close();
  });
});
