/**
 * `npm run screenshots` drives Chromium (its pictures and figures are the README's; the same measures are
 * asserted by test/e2e/ui.test.ts). Here: unusable arguments fail at once, with a one-line reason, before a
 * browser starts or a file is written.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../scripts/screenshots';
import { inProcess } from '../../helpers/cli';

describe('screenshots CLI', () => {
  it('exits 2 with a one-line reason for unusable arguments, writing nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tieline-shots-')), 'docs');
    const cases: [string[], RegExp][] = [
      [['--frobnicate'], /unknown argument --frobnicate \(usage: npm run screenshots/],
      [['--out'], /--out needs a value/],
      [['--out', out, '--extension', join(out, 'no-build')], /no-build has no manifest\.json: run `npm run build` first/],
    ];
    for (const [args, reason] of cases) {
      const r = await inProcess(run, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(reason);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.out).toBe('');
    }
    expect(existsSync(out)).toBe(false);
  });
});
