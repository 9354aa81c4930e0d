/**
 * The scheduled publish's steps (data:release) and its check-and-bump step (data:bump): a dry run from a
 * local mock of USAspending to a signed, verified site; the workflow's two stages; failures that must stop
 * before anything is published.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Manifest } from '@/data/model/manifest';
import { parseDataset } from '@/data/model/schema';
import { readCsv } from '@/data/pipeline/input';
import { run as release, type StepRunner } from '../../../scripts/data-release';
import { run as bump } from '../../../scripts/data-bump';
import { run as fetchCli } from '../../../scripts/data-fetch';
import { run as build } from '../../../scripts/data-build';
import { run as keygen } from '../../../scripts/data-keygen';
import { run as publishCli } from '../../../scripts/data-publish';
import { run as rotateKey } from '../../../scripts/data-rotate-key';
import { miniDataset } from '../../fixtures/datasets';
import { inProcess } from '../../helpers/cli';
import { startListServer, type ListServer } from '../../helpers/list-server';
import { startUsaspendingMock, type UsaspendingMock } from '../../helpers/usaspending-mock';

const F = 'test/fixtures/pipeline';
const dir = () => mkdtempSync(join(tmpdir(), 'tieline-release-'));

/** The same npm scripts, called in-process (their `run`), with no real waiting in the fetcher. */
const inProcessSteps: StepRunner = (script, args, io) => {
  const runs: Record<string, (a: string[], i: typeof io) => Promise<number>> = {
    'data:fetch': (a, i) => fetchCli(a, i, { deps: { sleep: async () => undefined } }),
    'data:build': build,
    'data:bump': bump,
    'data:keygen': keygen,
    'data:publish': publishCli,
  };
  return runs[script]!(args, io);
};

let mock: UsaspendingMock;
let inputs: string;
beforeAll(async () => {
  const rows: Record<string, string>[] = [];
  for await (const r of readCsv(`${F}/usaspending-api/cbp-ice-FY2026-sample.csv`)) rows.push(r);
  mock = await startUsaspendingMock({
    rows,
    subtiers: { CBP: 'U.S. Customs and Border Protection', ICE: 'U.S. Immigration and Customs Enforcement' },
  });
  // The other inputs in the layout of ../shared/data; a stale usaspending/ the release must not read.
  inputs = dir();
  mkdirSync(join(inputs, 'cait'));
  cpSync(`${F}/cait.json`, join(inputs, 'cait', 'actions.json'));
  mkdirSync(join(inputs, 'nlrb'));
  cpSync(`${F}/nlrb.csv`, join(inputs, 'nlrb', 'elections.csv'));
  mkdirSync(join(inputs, 'usaspending'));
  cpSync(`${F}/usaspending.csv`, join(inputs, 'usaspending', 'stale.csv'));
});
afterAll(() => mock.close());

const previousManifest = (work: string) => {
  const file = join(work, 'published-manifest.json');
  writeFileSync(file, JSON.stringify({ version: 41, shards: [{ sha256: 'f'.repeat(64) }] }));
  return file;
};
const common = (work: string) => [
  '--work',
  work,
  '--inputs',
  inputs,
  '--api',
  mock.url,
  '--fy',
  '2026',
  '--max-drop',
  '1',
  '--root',
  dir(),
];

describe('data:release', () => {
  it('dry run: fetches, builds, checks and bumps, signs with a throw-away key and reads the site back, running the npm scripts', async () => {
    const work = dir();
    const r = await inProcess(release, ['--dry-run', ...common(work), '--previous', previousManifest(work)]);
    expect(r.code, r.err).toBe(0);
    for (const step of ['data:fetch', 'data:build', 'data:bump', 'data:keygen', 'data:publish'])
      expect(r.out).toContain(`$ npm run ${step} -- `);
    expect(r.out).toMatch(/inputs from .*: cait, nlrb \+ usaspending\/ fetched now/);
    expect(r.out).toMatch(/ice-contract-transactions-FY2026\.csv: 168 rows/);
    expect(r.out).toMatch(/data:bump: version 42 \(published: 41, bundle: \d+\)/);
    expect(r.out).toMatch(/dry run — a throw-away root of trust and keys for https:\/\/example\.org\/tieline-dry-run\//);
    expect(r.out).toMatch(
      /verified: list "dry-run" \(root version 1\), version 42, 16 shards, \d+ records; 16 shard\(s\) new since the published list/,
    );
    expect(r.out).toMatch(/dry run — nothing deployed/);

    const site = join(work, 'site');
    expect(existsSync(join(site, 'root.json'))).toBe(true);
    const manifest = Manifest.parse(JSON.parse(readFileSync(join(site, 'manifest.json'), 'utf8')));
    expect(manifest.version).toBe(42);
    expect(readFileSync(join(site, '_headers'), 'utf8')).toMatch(/Access-Control-Allow-Origin: \*/);
    // Built from the fetched rows, not from the stale file beside the other inputs.
    const d = parseDataset(JSON.parse(readFileSync(join(work, 'dataset.json'), 'utf8')));
    const awardIds = new Set(d.notes.flatMap((n) => (n.kind === 'contract' ? n.awards.map((a) => a.awardId) : [])));
    expect(awardIds.has('70B01C26F00000169')).toBe(true);
    expect(awardIds.has('70B01C21F0001')).toBe(false);
    expect(d.notes.some((n) => n.kind === 'labor')).toBe(true);
  }, 120_000);

  it("runs as the workflow's two stages, with the list's committed root: build without keys, publish with the signing key", async () => {
    const work = dir();
    const built = await inProcess((a, io) => release(a, io, inProcessSteps), ['--stage', 'build', ...common(work)]);
    expect(built.code, built.err).toBe(0);
    expect(built.out).not.toContain('data:publish');
    expect(existsSync(join(work, 'site'))).toBe(false);

    // The maintainer's one-time setup: keys, and the first root written once and committed.
    const keys = dir();
    expect((await inProcess(keygen, ['--out', keys])).code).toBe(0);
    const first = dir();
    const url = 'https://lists.example.org/ours/';
    const init = await inProcess(publishCli, [
      '--out',
      first,
      '--key',
      join(keys, 'tieline-signing-key.pem'),
      '--dataset',
      join(work, 'dataset.json'),
      '--root-key',
      join(keys, 'tieline-root-key.pem'),
      '--list-id',
      'ours',
      '--url',
      url,
    ]);
    expect(init.code, init.err).toBe(0);
    const rootDir = dir();
    for (const f of ['root.json', '1.root.json']) cpSync(join(first, f), join(rootDir, f));
    const pinned = readFileSync(join(keys, 'tieline-public-key.txt'), 'utf8').trim();

    const publish = (key: string, pin = pinned) =>
      inProcess(
        (a, io) => release(a, io, inProcessSteps),
        ['--stage', 'publish', '--work', work, '--root', rootDir, '--key', key, '--public-key', pin],
      );
    const published = await publish(join(keys, 'tieline-signing-key.pem'));
    expect(published.code, published.err).toBe(0);
    expect(published.out).not.toContain('data:fetch');
    expect(published.out).toMatch(/verified: list "ours" \(root version 1\), version \d+, 16 shards/);
    expect(published.out).toMatch(/ready to deploy/);

    // A site that does not chain to the key builds pin is not deployed.
    const other = dir();
    expect((await inProcess(keygen, ['--out', other])).code).toBe(0);
    const wrong = await publish(join(keys, 'tieline-signing-key.pem'), readFileSync(join(other, 'tieline-public-key.txt'), 'utf8').trim());
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/does not chain to the pinned public key/);

    // After a rotation committed to the root folder, the new signing key publishes and the chain still holds.
    const rotated = await inProcess(rotateKey, [
      '--site',
      rootDir,
      '--root-key',
      join(keys, 'tieline-root-key.pem'),
      '--signing-key',
      join(other, 'tieline-signing-key.pem'),
    ]);
    expect(rotated.code, rotated.err).toBe(0);
    expect((await publish(join(keys, 'tieline-signing-key.pem'))).code).toBe(1);
    const afterRotation = await publish(join(other, 'tieline-signing-key.pem'));
    expect(afterRotation.code, afterRotation.err).toBe(0);
    expect(afterRotation.out).toMatch(/\(root version 2\)/);
  });

  it('stops before publishing when a step fails, and needs a key unless it is a dry run', async () => {
    mock.fault({ page: 1 }, { kind: 'status', status: 422, body: '{"detail":"Invalid agency"}' });
    const work = dir();
    const r = await inProcess((a, io) => release(a, io, inProcessSteps), ['--dry-run', ...common(work)]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/HTTP 422: Invalid agency/);
    expect(r.err).toMatch(/data:release: data:fetch failed \(exit 1\); nothing was published/);
    expect(existsSync(join(work, 'site'))).toBe(false);

    const noKey = await inProcess(release, ['--work', dir()]);
    expect(noKey.code).toBe(2);
    expect(noKey.err).toMatch(/--key <signing key file> is required/);
    const noRoot = await inProcess(
      (a, io) => release(a, io, inProcessSteps),
      ['--stage', 'publish', '--work', dir(), '--root', dir(), '--key', 'k.pem'],
    );
    expect(noRoot.code).toBe(2);
    expect(noRoot.err).toMatch(/no root\.json in .*: create the list's root of trust once/);
    expect((await inProcess(release, ['--stage', 'deploy'])).code).toBe(2);
  });
});

describe('data:bump', () => {
  let server: ListServer;
  beforeAll(async () => {
    server = await startListServer();
  });
  afterAll(() => server.close());

  const write = (d: unknown) => {
    const file = join(dir(), 'dataset.json');
    writeFileSync(file, JSON.stringify(d));
    return file;
  };

  it('publishes above the published version (read from the list URL; 404: none yet) and stamps the time', async () => {
    const site = dir();
    writeFileSync(join(site, 'manifest.json'), JSON.stringify({ version: 57 }));
    server.mount('list', site);
    const base = write(miniDataset());
    const file = write(miniDataset());
    const r = await inProcess(bump, [
      '--dataset',
      file,
      '--base',
      base,
      '--previous',
      `${server.url}/list/manifest.json`,
      '--now',
      '2026-09-01T07:23:00Z',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/companies: 6 → 6/);
    const d = JSON.parse(readFileSync(file, 'utf8')) as { version: number; generatedAt: string };
    expect(d).toMatchObject({ version: 58, generatedAt: '2026-09-01T07:23:00.000Z' });

    const first = write(miniDataset());
    expect((await inProcess(bump, ['--dataset', first, '--base', base, '--previous', `${server.url}/list/missing.json`])).code).toBe(0);
    expect((JSON.parse(readFileSync(first, 'utf8')) as { version: number }).version).toBe(4);
  });

  it('refuses a dataset that lost more than a tenth of what it replaces, and an unreadable published manifest', async () => {
    const base = write(miniDataset());
    const small = miniDataset();
    const file = write({ ...small, notes: small.notes.filter((n) => n.kind !== 'labor') });
    const before = readFileSync(file, 'utf8');
    const r = await inProcess(bump, ['--dataset', file, '--base', base]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/labor actions fell from \d+ to 0, more than 10%; not publishing/);
    expect(readFileSync(file, 'utf8')).toBe(before);

    server.fault('broken.json', { kind: 'status', status: 503 });
    const broken = await inProcess(bump, [
      '--dataset',
      write(miniDataset()),
      '--base',
      base,
      '--previous',
      `${server.url}/list/broken.json`,
    ]);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/cannot read the published manifest .*: HTTP 503/);
  });
});
