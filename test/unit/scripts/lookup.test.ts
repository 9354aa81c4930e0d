import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

function lookup(...args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/lookup.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('lookup CLI', () => {
  it('prints the match as JSON in the documented shape', () => {
    const r = lookup('https://app.slack.com/client', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.query).toBe('https://app.slack.com/client');
    expect(Object.keys(j.match).sort()).toEqual(['company', 'notes', 'via']);
    expect(j.match.company).toMatchObject({ id: 'slack', name: 'Slack', domains: expect.arrayContaining(['slack.com']) });
    expect(j.match.via[0]).toMatchObject({ id: 'salesforce', name: 'Salesforce' });
    for (const n of j.match.notes) {
      expect(n).toMatchObject({ kind: expect.any(String), title: expect.any(String), company: { id: expect.any(String) } });
      expect(n.sources[0].url).toMatch(/^https:\/\//);
    }
  });

  it('prints readable text, and exits 0 on no match', () => {
    const hit = lookup('salesforce.com');
    expect(hit.code).toBe(0);
    expect(hit.out).toMatch(/^salesforce\.com → Salesforce/);
    const miss = lookup('example.org', '--json');
    expect(miss.code).toBe(0);
    expect(JSON.parse(miss.out)).toEqual({ query: 'example.org', match: null });
  });

  it('exits 2 with a one-line reason for unusable input', () => {
    for (const args of [['not a url'], [], ['a.com', 'b.com'], ['--frobnicate', 'a.com']]) {
      const r = lookup(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.out).toBe('');
    }
  });
});
