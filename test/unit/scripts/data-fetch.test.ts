/** data:fetch's command line: what it is asked for, in-process, and one subprocess smoke test. */
import { describe, expect, it } from 'vitest';
import { run as fetchCli } from '../../../scripts/data-fetch';
import { inProcess, subprocess } from '../../helpers/cli';

/** Any request would fail the test: these runs must stop before the network. */
const offline = { deps: { fetch: (() => Promise.reject(new Error('no network in this test'))) as typeof fetch } };
const cli = (args: string[]) => inProcess((a, io) => fetchCli(a, io, offline), args);

describe('data:fetch command line', () => {
  it('lists the agencies with their USAspending names and which are fetched by default', async () => {
    const r = await cli(['--list']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^cbp\s+CBP\s+fetch U\.S\. Customs and Border Protection$/m);
    expect(r.out).toMatch(/^army\s+Army\s+Department of the Army$/m);
    expect(r.out).toMatch(/^dod\s+DoD\s+\(no USAspending sub-agency\)$/m);
  });

  it('names what is wrong in one line (exit 2)', async () => {
    const cases: [string[], RegExp][] = [
      [[], /usage: data:fetch --out <dir>/],
      [['--out', '/tmp/x', '--agency', 'nasa'], /no agency "nasa" in agencies\.json/],
      [['--out', '/tmp/x', '--agency', 'dod'], /agency "dod" has no usaspendingSubtier/],
      [['--out', '/tmp/x', '--fy', '26'], /--fy takes a year or a range/],
      [['--out', '/tmp/x', '--fy', '2026-2021'], /fiscal years run from 2001/],
      [['--out', '/tmp/x', '--api', 'http://api.usaspending.gov'], /--api: https only/],
      [['--out', '/tmp/x', '--interval-ms', 'soon'], /--interval-ms takes a whole number/],
      [['--frob'], /unknown option --frob/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('runs as a command (subprocess smoke test)', () => {
    const r = subprocess('scripts/data-fetch.ts', ['--list']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/U\.S\. Immigration and Customs Enforcement/);
  });
});
