import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, forTerminal } from '../../../scripts/check';
import { inProcess, subprocess } from '../../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'tieline-check-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const check = (args: string[], stdin?: string | Uint8Array) => inProcess(run, args, stdin);

const donors = file(
  'donors.csv',
  'Donor,Email,Notes\n"Salesforce, Inc.",,big\nA Person,a.person@slack.com,\nNobody,nobody@gmail.com,\nCorner Bakery,,\nBooz Allen,,\n',
);

interface JsonRow {
  row: number;
  input: Record<string, string>;
  state: string;
  match: { company: string; how: string; reason: string } | null;
}

describe('check CLI', () => {
  it('--json streams one row per line and each company’s notes once, beside the rows', async () => {
    const r = await check([donors, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as {
      dataset: { version: number };
      rows: JsonRow[];
      companies: Record<string, { via: { id: string }[]; notes: unknown[] }>;
    };
    expect(j.rows.map((x) => x.input.Donor)).toEqual(['Salesforce, Inc.', 'A Person', 'Nobody', 'Corner Bakery', 'Booz Allen']);
    expect(j.rows.map((x) => x.match?.company ?? null)).toEqual(['salesforce', 'slack', null, null, 'booz-allen']);
    expect(j.rows.map((x) => x.state)).toEqual(['match', 'match', 'none', 'none', 'match']);
    expect(j.rows[1]!.match!.how).toBe('email');
    expect(Object.keys(j.companies).sort()).toEqual(['booz-allen', 'salesforce', 'slack']);
    expect(j.companies.slack!.via[0]!.id).toBe('salesforce');
    expect(j.companies.salesforce!.notes.length).toBeGreaterThan(3);
    // One row per line: a consumer can read it as it comes.
    expect(r.out.split('\n').filter((l) => l.startsWith('{"row":'))).toHaveLength(5);
  });

  it('--jsonl writes a company line before the first row that needs it, then row lines', async () => {
    const r = await check([donors, '--jsonl']);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; id?: string; match?: { company: string } | null });
    expect(lines[0]!.type).toBe('dataset');
    expect(lines.filter((l) => l.type === 'row')).toHaveLength(5);
    expect(lines.filter((l) => l.type === 'company').map((l) => l.id)).toEqual(['salesforce', 'slack', 'booz-allen']);
    const firstRowOf = lines.findIndex((l) => l.type === 'row' && l.match?.company === 'slack');
    expect(lines.findIndex((l) => l.id === 'slack')).toBeLessThan(firstRowOf);
  });

  it('does not run out of memory on thousands of rows of one company (its notes are written once)', async () => {
    const many = file('many.csv', `Donor\n${'Salesforce\n'.repeat(3000)}`);
    const r = await check([many, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { rows: unknown[]; companies: object };
    expect(j.rows).toHaveLength(3000);
    expect(Object.keys(j.companies)).toEqual(['salesforce']);
  });

  it('writes CSV with the original and the match columns, with a byte-order mark unless --no-bom', async () => {
    const r = await check([donors, '--csv']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(r.out.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((x) => [x.Donor, x.Notes, x.tieline_company_id, x.tieline_state])).toEqual([
      ['Salesforce, Inc.', 'big', 'salesforce', 'match'],
      ['A Person', '', 'slack', 'match'],
      ['Nobody', '', '', 'none'],
      ['Corner Bakery', '', '', 'none'],
      ['Booz Allen', '', 'booz-allen', 'match'],
    ]);
    expect((await check([donors, '--csv', '--no-bom'])).out.startsWith('Donor,')).toBe(true);
  });

  it('reads standard input and honours --column', async () => {
    const r = await check(['-', '--column', 'Email', '--json'], 'Donor,Email\nSalesforce,x@gmail.com\n');
    expect(JSON.parse(r.out).rows[0].match).toBeNull(); // only the email column was checked
    const text = await check(['-'], 'slack.com\nexample.org\n');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/2 rows checked: 1 matched, 0 to review, 1 with no match/);
  });

  it('reads UTF-16 without a byte-order mark', async () => {
    const s = 'Donor\nSalesforce\n';
    const le = new Uint8Array([...s].flatMap((c) => [c.charCodeAt(0), 0]));
    const r = await check(['-', '--json'], le);
    expect(JSON.parse(r.out).rows[0].match.company).toBe('salesforce');
  });

  it('strips control characters and escape sequences from what the list supplied before printing', async () => {
    const r = await check(['-'], 'Donor\n"Evil\u001b]0;pwned\u0007\u001b[2J Corp"\n');
    // eslint-disable-next-line no-control-regex
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(forTerminal('a\u009b31mb\u202ec')).toBe('a 31mb c');
  });

  it.each([
    [['--json'], /expected a file/],
    [[join(dir, 'missing.csv')], /no such file/],
    [[file('empty.csv', '')], /empty/],
    [[file('bin.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))], /binary file/],
    [[file('quote.csv', 'a\n"b\nc\n')], /Line 2 opens a quoted field/],
    [[file('latin1.csv', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]))], /not UTF-8 text/],
    [[donors, '--column', 'Company'], /There is no column "Company"\. Columns: "Donor", "Email", "Notes"\./],
    [[donors, '--frob'], /unknown option --frob/],
  ])('exits 2 with one line for unusable input (%#)', async (args, message) => {
    const r = await check(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });

  it('runs as a command, reading standard input (subprocess smoke test)', () => {
    const r = subprocess('scripts/check.ts', ['-', '--json'], 'slack.com\nexample.org\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).rows.map((x: JsonRow) => x.match?.company ?? null)).toEqual(['slack', null]);
    expect(subprocess('scripts/check.ts', ['--frob']).code).toBe(2);
  });
});
