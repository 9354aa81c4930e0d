/** The dataset's command-line tools, in-process, with one subprocess smoke test each. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as keygen } from '../../../scripts/data-keygen';
import { run as publishCli } from '../../../scripts/data-publish';
import { run as exportCli } from '../../../scripts/data-export';
import { run as build } from '../../../scripts/data-build';
import { Manifest } from '@/data/model/manifest';
import { miniDataset } from '../../fixtures/datasets';
import { inProcess, subprocess } from '../../helpers/cli';

const dir = () => mkdtempSync(join(tmpdir(), 'tieline-cli-'));
const F = 'test/fixtures/pipeline';

describe('data:keygen and data:publish', () => {
  it('writes a key pair, refuses to overwrite it, and publishes a signed list with it', async () => {
    const d = dir();
    const k = await inProcess(keygen, ['--out', d]);
    expect(k.code).toBe(0);
    expect(readFileSync(join(d, 'tieline-public-key.txt'), 'utf8').trim()).toHaveLength(44);
    const again = await inProcess(keygen, ['--out', d]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/refusing to overwrite a signing key/);

    const envelope = join(d, 'mini.json');
    writeFileSync(envelope, JSON.stringify(miniDataset()));
    const site = join(d, 'site');
    const p = await inProcess(publishCli, [
      '--out',
      site,
      '--key',
      join(d, 'tieline-signing-key.pem'),
      '--dataset',
      envelope,
      '--expires-days',
      '7',
    ]);
    expect(p.code, p.err).toBe(0);
    const manifest = Manifest.parse(JSON.parse(readFileSync(join(site, 'manifest.json'), 'utf8')));
    expect(manifest.version).toBe(3);
    expect(existsSync(join(site, 'manifest.json.sig'))).toBe(true);
    for (const s of manifest.shards) expect(existsSync(join(site, s.path))).toBe(true);
  });

  it('names what is wrong in one line (exit 2)', async () => {
    for (const args of [[], ['--out', dir()], ['--frob', 'x'], ['--out', dir(), '--key', '/nonexistent/key.pem']]) {
      const r = await inProcess(publishCli, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    expect((await inProcess(keygen, [])).code).toBe(2);
  });

  it('run as commands (subprocess smoke tests)', () => {
    const d = dir();
    expect(subprocess('scripts/data-keygen.ts', ['--out', d]).code).toBe(0);
    const r = subprocess('scripts/data-publish.ts', ['--out', join(d, 'site')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^data:publish: usage/);
  });
});

describe('data:export', () => {
  it('writes the bundled dataset as one envelope', async () => {
    const out = join(dir(), 'dataset.json');
    const r = await inProcess(exportCli, [out]);
    expect(r.code).toBe(0);
    const d = JSON.parse(readFileSync(out, 'utf8')) as { schemaVersion: number; companies: unknown[] };
    expect(d.schemaVersion).toBe(1);
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
