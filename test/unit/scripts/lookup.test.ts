import { describe, expect, it } from 'vitest';
import { run } from '../../../scripts/lookup';
import { inProcess, subprocess } from '../../helpers/cli';

const lookup = (...args: string[]) => inProcess(run, args);

describe('lookup CLI', () => {
  it('prints the match as JSON in the documented shape', async () => {
    const r = await lookup('https://app.slack.com/client', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.query).toBe('https://app.slack.com/client');
    expect(Object.keys(j.match).sort()).toEqual(['company', 'notes', 'related', 'via']);
    expect(j.match.company).toMatchObject({ id: 'slack', name: 'Slack', domains: expect.arrayContaining(['slack.com']) });
    expect(j.match.via[0]).toMatchObject({ id: 'salesforce', name: 'Salesforce' });
    for (const n of j.match.notes) {
      expect(n).toMatchObject({ kind: expect.any(String), title: expect.any(String), company: { id: expect.any(String) } });
      expect(n.sources[0].url).toMatch(/^https:\/\//);
    }
  });

  it('prints readable text, and exits 0 on no match', async () => {
    const hit = await lookup('salesforce.com');
    expect(hit.code).toBe(0);
    expect(hit.out).toMatch(/^salesforce\.com → Salesforce/);
    // A note not by the company's own workers says so (issue 9): the students' protest of CAIT 118.
    // CAIT 118 is dated by the protest, 26 Feb 2019, not by its reports (audit pass 10 #10).
    expect(hit.out).toMatch(/^\* Protest by students · 26 Feb 2019 · 10 participants \(Not its employees\)$/m);
    expect(hit.out).toMatch(/^\* Open letter · 25 Jun 2018 · more than 650 participants$/m);
    const miss = await lookup('example.org', '--json');
    expect(miss.code).toBe(0);
    expect(JSON.parse(miss.out)).toEqual({ query: 'example.org', match: null });
  });

  it('exits 2 with a one-line reason for unusable input', async () => {
    for (const args of [['not a url'], [], ['a.com', 'b.com'], ['--frobnicate', 'a.com']]) {
      const r = await lookup(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.out).toBe('');
    }
  });

  it('runs as a command (subprocess smoke test)', () => {
    const r = subprocess('scripts/lookup.ts', ['slack.com', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).match.company.id).toBe('slack');
    expect(subprocess('scripts/lookup.ts', ['not a url']).code).toBe(2);
  });
});
