/**
 * The scheduled publish (.github/workflows/publish-list.yml) read as text: it runs the same npm scripts as
 * the local dry run, keeps the signing key to the one job that signs, and deploys only when not a dry run.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const yml = readFileSync('.github/workflows/publish-list.yml', 'utf8');
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
/** The text of one job, from its key under `jobs:` to the next job. */
const job = (name: string) => {
  const jobs = yml.slice(yml.indexOf('\njobs:\n'));
  const start = jobs.indexOf(`\n  ${name}:\n`);
  expect(start, name).toBeGreaterThan(-1);
  const next = jobs.slice(start + 1).search(/\n {2}[a-z-]+:\n/);
  return next < 0 ? jobs.slice(start) : jobs.slice(start, start + 1 + next);
};

describe('the publish workflow', () => {
  it('runs daily and on demand, with a dry-run switch', () => {
    expect(yml).toMatch(/\n {2}schedule:\n {4}- cron: '[\d* ]+'/);
    expect(yml).toMatch(/\n {2}workflow_dispatch:\n {4}inputs:\n {6}dry_run:/);
  });

  it('runs npm scripts that exist: the release stages, as `npm run data:release -- --dry-run` does locally', () => {
    const used = [...yml.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const s of used) expect(scripts[s], s).toBeDefined();
    expect(job('build')).toMatch(/npm run data:release -- --stage build/);
    expect(job('publish')).toMatch(/npm run data:release -- --stage publish --key \S+ --public-key/);
  });

  it('gives the signing key only to the job that signs, which runs no package scripts, and deploys unless a dry run', () => {
    expect(job('build')).not.toMatch(/secrets\./);
    expect(job('deploy')).not.toMatch(/secrets\./);
    expect(job('publish')).toMatch(/secrets\.TIELINE_SIGNING_KEY/);
    expect(job('publish')).toMatch(/npm ci --ignore-scripts/);
    expect(yml).toMatch(/\npermissions:\n {2}contents: read\n/);
    expect(job('deploy')).toMatch(/if: \$\{\{ !inputs\.dry_run \}\}/);
    expect(job('deploy')).toMatch(/pages: write/);
    expect(job('deploy')).toMatch(/uses: actions\/deploy-pages@v4/);
  });

  it('no private key is committed anywhere', () => {
    // Spelled in two parts so that this file does not match itself.
    const r = spawnSync('git', ['grep', '-l', '-e', ['BEGIN', 'PRIVATE KEY'].join(' '), '--', '.'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1); // git grep: 1 means no match
    expect(r.stdout).toBe('');
  });
});
