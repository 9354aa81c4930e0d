/** The dataset's command-line tools, in-process, with one subprocess smoke test each. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as keygen } from '../../../scripts/data-keygen';
import { run as publishCli } from '../../../scripts/data-publish';
import { run as rotateCli } from '../../../scripts/data-rotate-key';
import { readRoot } from '@/data/pipeline/root';
import { run as exportCli } from '../../../scripts/data-export';
import { run as build } from '../../../scripts/data-build';
import { Manifest } from '@/data/model/manifest';
import { SCHEMA_VERSION } from '@/data/model/schema';
import { miniDataset } from '../../fixtures/datasets';
import { inProcess, subprocess } from '../../helpers/cli';

/** Starting tsx takes seconds on a loaded two-core machine: subprocess tests get room (no timing is asserted). */
const SUBPROCESS_MS = 60_000;
const dir = () => mkdtempSync(join(tmpdir(), 'tieline-cli-'));
const F = 'test/fixtures/pipeline';

describe('data:keygen, data:publish and data:rotate-key', () => {
  it('writes root and signing keys, refuses to overwrite them, publishes a signed list with its root, and rotates the signing key', async () => {
    const d = dir();
    const k = await inProcess(keygen, ['--out', d]);
    expect(k.code).toBe(0);
    const rootPublic = readFileSync(join(d, 'tieline-public-key.txt'), 'utf8').trim();
    expect(rootPublic).toHaveLength(44);
    expect(existsSync(join(d, 'tieline-root-key.pem')) && existsSync(join(d, 'tieline-signing-key.pem'))).toBe(true);
    const again = await inProcess(keygen, ['--out', d]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/refusing to overwrite a signing key/);

    const envelope = join(d, 'mini.json');
    writeFileSync(envelope, JSON.stringify(miniDataset()));
    const site = join(d, 'site');
    const base = ['--out', site, '--key', join(d, 'tieline-signing-key.pem'), '--dataset', envelope, '--expires-days', '7'];
    // The first publish writes the root, so it needs the list's id, URL and root key.
    const bare = await inProcess(publishCli, base);
    expect(bare.code).toBe(2);
    expect(bare.err).toMatch(/has no root\.json yet: the first publish needs --list-id, --url and --root-key/);
    const first = ['--list-id', 'mini', '--url', 'https://lists.example.org/mini', '--root-key', join(d, 'tieline-root-key.pem')];
    const p = await inProcess(publishCli, [...base, ...first]);
    expect(p.code, p.err).toBe(0);
    expect(p.out).toMatch(/published version 3 of list "mini" \(https:\/\/lists\.example\.org\/mini\/\)/);
    const manifest = Manifest.parse(JSON.parse(readFileSync(join(site, 'manifest.json'), 'utf8')));
    expect(manifest).toMatchObject({ version: 3, listId: 'mini', url: 'https://lists.example.org/mini/' });
    expect(existsSync(join(site, 'manifest.json.sig'))).toBe(true);
    for (const s of manifest.shards) expect(existsSync(join(site, s.path))).toBe(true);
    const root = readRoot(site)!;
    expect(root).toMatchObject({ version: 1, listId: 'mini', rootKeys: [rootPublic] });
    expect(readFileSync(join(site, '1.root.json'), 'utf8')).toBe(readFileSync(join(site, 'root.json'), 'utf8'));

    // Later publishes need only the signing key; an older version is refused.
    const older = join(d, 'older.json');
    writeFileSync(older, JSON.stringify({ ...miniDataset(), version: 2 }));
    const o = await inProcess(publishCli, ['--out', site, '--key', join(d, 'tieline-signing-key.pem'), '--dataset', older]);
    expect(o.code).toBe(2);
    expect(o.err).toMatch(/version 2 is older than version 3 already published/);

    // Rotation: a new signing key, signed into root version 2 by the root key.
    const k2 = join(d, 'k2');
    await inProcess(keygen, ['--out', k2]);
    const r = await inProcess(rotateCli, [
      '--site',
      site,
      '--root-key',
      join(d, 'tieline-root-key.pem'),
      '--signing-key',
      join(k2, 'tieline-signing-key.pem'),
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/root version 2 of list "mini"/);
    expect(existsSync(join(site, '2.root.json'))).toBe(true);
    const newer = join(d, 'newer.json');
    writeFileSync(newer, JSON.stringify({ ...miniDataset(), version: 4 }));
    const withOld = await inProcess(publishCli, ['--out', site, '--key', join(d, 'tieline-signing-key.pem'), '--dataset', newer]);
    expect(withOld.code).toBe(2);
    expect(withOld.err).toMatch(/the signing key is not one that root\.json version 2 trusts/);
    const withNew = await inProcess(publishCli, ['--out', site, '--key', join(k2, 'tieline-signing-key.pem'), '--dataset', newer]);
    expect(withNew.code, withNew.err).toBe(0);
    // Only a root key can rotate.
    const bad = await inProcess(rotateCli, ['--site', site, '--root-key', join(k2, 'tieline-signing-key.pem')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/the root key given is not a root key of root\.json version 2/);
  });

  it('names what is wrong in one line (exit 2)', async () => {
    for (const args of [[], ['--out', dir()], ['--frob', 'x'], ['--out', dir(), '--key', '/nonexistent/key.pem']]) {
      const r = await inProcess(publishCli, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    expect((await inProcess(keygen, [])).code).toBe(2);
    for (const args of [[], ['--site', dir()], ['--site', dir(), '--root-key', '/nonexistent/key.pem']]) {
      const r = await inProcess(rotateCli, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it(
    'run as commands (subprocess smoke tests)',
    () => {
      const d = dir();
      expect(subprocess('scripts/data-keygen.ts', ['--out', d]).code).toBe(0);
      const r = subprocess('scripts/data-publish.ts', ['--out', join(d, 'site')]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^data:publish: usage/);
    },
    SUBPROCESS_MS,
  );

  it(
    'data:rotate-key runs as a command (subprocess smoke test)',
    () => {
      const rot = subprocess('scripts/data-rotate-key.ts', ['--site', dir()]);
      expect(rot.code).toBe(2);
      expect(rot.err).toMatch(/^data:rotate-key: usage/);
    },
    SUBPROCESS_MS,
  );
});

describe('data:export', () => {
  it('writes the bundled dataset as one envelope', async () => {
    const out = join(dir(), 'dataset.json');
    const r = await inProcess(exportCli, [out]);
    expect(r.code).toBe(0);
    const d = JSON.parse(readFileSync(out, 'utf8')) as { schemaVersion: number; companies: unknown[] };
    expect(d.schemaVersion).toBe(SCHEMA_VERSION);
    expect(d.companies.length).toBeGreaterThan(100);
    expect((await inProcess(exportCli, ['--frob'])).code).toBe(2);
  });

  it('runs as a command (subprocess smoke test)', () => {
    expect(subprocess('scripts/data-export.ts', []).code).toBe(2);
  });
});

describe('data:build', () => {
  const opts = { sourcesDir: `${F}/sources` };
  const inputs = ['--usaspending', `${F}/usaspending.csv`, '--cait', `${F}/cait.json`, '--nlrb', `${F}/nlrb.csv`];

  it('writes the bundle, then --check passes on it and fails once it changes', async () => {
    const outPath = join(dir(), 'dataset.json');
    const w = await inProcess((a, io) => build(a, io, { ...opts, outPath }), inputs);
    expect(w.code, w.err).toBe(0);
    expect(w.out).toMatch(/Bundle budget/);
    const ok = await inProcess((a, io) => build(a, io, { ...opts, outPath }), [...inputs, '--check']);
    expect(ok.code).toBe(0);
    writeFileSync(
      outPath,
      readFileSync(outPath, 'utf8').replace(/"version": (\d+)/, (_m, v: string) => `"version": ${Number(v) + 1}`),
    );
    const stale = await inProcess((a, io) => build(a, io, { ...opts, outPath }), [...inputs, '--check']);
    expect(stale.code).toBe(1);
    expect(stale.err).toMatch(/out of date/);
  });

  it('says "skipped" when the inputs are absent, and refuses unknown options', async () => {
    const r = await inProcess(build, ['--check', '--inputs', '/nonexistent/tieline-inputs']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/skipped/);
    expect((await inProcess(build, ['--frob'])).code).toBe(2);
  });

  it('runs as a command (subprocess smoke test)', () => {
    const r = subprocess('scripts/data-build.ts', ['--check', '--inputs', '/nonexistent/tieline-inputs']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/skipped/);
  });
});
