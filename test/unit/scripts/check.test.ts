import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run } from '../../../scripts/check';
import { inProcess, subprocess } from '../../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'tieline-check-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const check = (args: string[], stdin?: string) => inProcess(run, args, stdin);

const donors = file(
  'donors.csv',
  'Donor,Email,Notes\n"Salesforce, Inc.",,big\nA Person,a.person@slack.com,\nNobody,nobody@gmail.com,\nCorner Bakery,,\n',
);

describe('check CLI', () => {
  it('prints one JSON result per row, in input order, shaped like lookup --json', async () => {
    const r = await check([donors, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as {
      input: Record<string, string>;
      match: { company: { id: string }; via: { id: string }[]; notes: unknown[]; matchedBy: { how: string } } | null;
    }[];
    expect(j.map((x) => x.input.Donor)).toEqual(['Salesforce, Inc.', 'A Person', 'Nobody', 'Corner Bakery']);
    expect(j.map((x) => x.match?.company.id ?? null)).toEqual(['salesforce', 'slack', null, null]);
    expect(j[1]!.match!.via[0]!.id).toBe('salesforce');
    expect(j[1]!.match!.matchedBy.how).toBe('email');
    expect(j[0]!.match!.notes.length).toBeGreaterThan(3);
  });

  it('writes CSV with the original and the match columns', async () => {
    const r = await check([donors, '--csv']);
    expect(r.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(r.out, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((x) => [x.Donor, x.Notes, x.tieline_company_id])).toEqual([
      ['Salesforce, Inc.', 'big', 'salesforce'],
      ['A Person', '', 'slack'],
      ['Nobody', '', ''],
      ['Corner Bakery', '', ''],
    ]);
  });

  it('reads standard input and honours --column', async () => {
    const r = await check(['-', '--column', 'Email', '--json'], 'Donor,Email\nSalesforce,x@gmail.com\n');
    expect(JSON.parse(r.out)[0].match).toBeNull(); // only the email column was checked
    const text = await check(['-'], 'slack.com\nexample.org\n');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/1 of 2 rows matched/);
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
    expect(JSON.parse(r.out).map((x: { match: { company: { id: string } } | null }) => x.match?.company.id ?? null)).toEqual([
      'slack',
      null,
    ]);
    expect(subprocess('scripts/check.ts', ['--frob']).code).toBe(2);
  });
});
