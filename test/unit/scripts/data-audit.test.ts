import { describe, expect, it } from 'vitest';
import { run } from '../../../scripts/data-audit';
import { inProcess, subprocess } from '../../helpers/cli';

const audit = (...args: string[]) => inProcess(run, args);

describe('data:audit CLI', () => {
  it('prints a reproducible sample with each claim’s sources', async () => {
    const a = await audit('--seed', '5', '--notes', '4', '--links', '2', '--domains', '1');
    expect(a.code).toBe(0);
    expect(a.out).toMatch(/^Truth audit sample: seed 5, dataset version \d+/);
    expect(a.out.match(/^\s+\d+\. \[(note|ownership|joint-venture|domain)\]/gm)).toHaveLength(7);
    expect(a.out).toMatch(/https:\/\//);
    expect((await audit('--seed', '5', '--notes', '4', '--links', '2', '--domains', '1')).out).toBe(a.out);
  });

  it('prints the audit record’s table as Markdown, and JSON', async () => {
    const md = await audit('--notes', '3', '--links', '1', '--domains', '1', '--markdown');
    expect(md.out).toMatch(/\| # \| kind \| item \| claim \| sources \| verdict \| finding \|/);
    expect(md.out.split('\n').filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(5);
    const j = JSON.parse((await audit('--notes', '2', '--links', '0', '--domains', '0', '--json')).out);
    expect(j.items).toHaveLength(2);
    expect(j.seed).toBe(20261129);
  });

  it('exits 2 with a one-line reason for bad options', async () => {
    for (const args of [['--seed'], ['--notes', 'many'], ['--frobnicate']]) {
      const r = await audit(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('runs as a command (subprocess smoke test)', () => {
    const r = subprocess('scripts/data-audit.ts', ['--notes', '1', '--links', '1', '--domains', '1']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Truth audit sample/);
  });
});
