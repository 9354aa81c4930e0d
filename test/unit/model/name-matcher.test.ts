import { describe, expect, it } from 'vitest';
import { ScreenIndex } from '@/data/model/name-matcher';
import { editDistance } from '@/data/model/name-rules';
import { InputError, decodeBytes, guessRoles, parseTable, rolesForColumns, unclosedQuoteLine, MAX_ROWS } from '@/data/model/list-input';
import { exportCsv, screenRows, summarizeResult } from '@/data/model/screening';
import { DatasetIndex } from '@/data/model/domain-matcher';
import { parseDataset } from '@/data/model/schema';
import Papa from 'papaparse';
import { miniDataset } from '../../fixtures/datasets';

const d = parseDataset(miniDataset());
const idx = new ScreenIndex([
  ...d.companies,
  { id: 'bigname', name: 'Longbrandname Systems', aliases: ['LONGBRANDNAME SYSTEMS, INC.'], domains: ['longbrand.example'] },
]);

describe('screen index', () => {
  it.each([
    ['ACME HOLDINGS, INC.', 'acme', 'alias', 1],
    ['acme holdings inc', 'acme', 'alias', 1],
    ['Acme Holdings', 'acme', 'name', 0.95],
    ['The Acme Corp', 'acme', 'name', 0.95],
    ['Acme Chat, LLC', 'acme-chat', 'name', 0.95],
    ['Foo d/b/a Acme Chat', 'acme-chat', 'name', 1],
    ['Acme Chat Mobile, a division of Acme Chat', 'acme-chat-mobile', 'name', 1],
    ['Zeta Widgets, a Longbrandname Systems company', 'bigname', 'name', 1],
    ['LBS (Longbrandname Systems)', 'bigname', 'name', 1],
    ['Longbrandname Systems Federal Services of Texas', 'bigname', 'name-prefix', 0.85],
    ['Longbrandname Systems Community Co-op', undefined, undefined, undefined],
    ['jane@acmechat.example', 'acme-chat', 'email', 1],
    ['JANE@MAIL.ACMECHAT.EXAMPLE', 'acme-chat', 'email', 1],
    ['https://shop.acme.co.uk/x', 'acme', 'domain', 1],
    ['acme.example', 'acme', 'domain', 1],
    ['Longbrandnmae Systems', 'bigname', 'similar-name', 0.86],
  ])('%s → %s by %s', (input, id, how, confidence) => {
    const m = idx.matchAny(input).match;
    if (id === undefined) return void expect(m).toBeNull();
    expect(m).toMatchObject({ companyId: id, how });
    expect(m!.confidence).toBeCloseTo(confidence!, 2);
  });

  it.each([
    ['bob@gmail.com', /public mail provider/],
    ['someone@comcast.net', /public mail provider/],
    ['Acme Painting LLC', undefined],
    ['Acne', undefined], // too short for a near spelling
    ['acme.example.evil.example', undefined],
    ['', /empty/],
    ['   ', /empty/],
    ['not-an-email@', undefined],
    ['Quiet Incorporated Xyzzy', undefined],
  ])('%s → no match', (input, note) => {
    const r = idx.matchAny(input);
    expect(r.match).toBeNull();
    if (note) expect(r.note).toMatch(note);
  });

  it('refuses a name two companies share', () => {
    const twins = new ScreenIndex([
      { id: 'a', name: 'Summit Services LLC', aliases: [], domains: ['a.example'] },
      { id: 'b', name: 'Summit Services Inc', aliases: [], domains: ['b.example'] },
    ]);
    expect(twins.matchAny('Summit Services').match).toBeNull();
    expect(twins.matchAny('Summit Services').note).toMatch(/fits several companies/);
    expect(twins.matchAny('Summit Services LLC').match?.companyId).toBe('a');
  });

  it('prefers email and website to the name in a row', () => {
    expect(idx.matchRow({ name: ['Acme'], email: ['x@laborco.example'] }).match?.companyId).toBe('laborco');
    expect(idx.matchRow({ name: ['Nobody'], email: ['x@gmail.com'] }).note).toMatch(/public mail provider/);
  });

  it('measures edits, transpositions included', () => {
    expect(editDistance('SALESFORCE', 'SALESFROCE', 2)).toBe(1);
    expect(editDistance('KITTEN', 'SITTING', 3)).toBe(3);
    expect(editDistance('ABC', 'ABCDEFG', 2)).toBe(3);
  });
});

describe('bulk input', () => {
  const bytes = (s: string | number[]) => (typeof s === 'string' ? new TextEncoder().encode(s) : new Uint8Array(s));

  it('reads UTF-8 with or without a BOM, and UTF-16 with one', () => {
    expect(decodeBytes(bytes('\uFEFFname\nCafé\n'))).toBe('name\nCafé\n');
    const utf16 = [0xff, 0xfe, ...[...'name\nx\n'].flatMap((c) => [c.charCodeAt(0), 0])];
    expect(decodeBytes(bytes(utf16))).toBe('name\nx\n');
  });

  it.each([
    [[], /empty/],
    [[0x50, 0x4b, 0x03, 0x04, 0], /zip file/],
    [[0x25, 0x50, 0x44, 0x46, 0x2d], /PDF/],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0], /binary file/],
    [[0x43, 0x61, 0x66, 0xe9, 0x0a], /not UTF-8 text/],
  ])('refuses bad bytes with a clear message (%#)', (b, message) => {
    expect(() => decodeBytes(bytes(b as number[]))).toThrow(message);
  });

  it('refuses a file over the size limit without reading it', () => {
    expect(() => decodeBytes(new Uint8Array(26 * 1024 * 1024))).toThrow(/Tieline reads lists of up to 25\.0 MB/);
  });

  it('says which line holds an unclosed quote', () => {
    expect(unclosedQuoteLine('a,b\n"x,y\nz', ',')).toBe(2);
    expect(unclosedQuoteLine('a,b\n"x ""q"" y",z\n', ',')).toBeNull();
    expect(unclosedQuoteLine('a,b\nsay "hi",z\n', ',')).toBeNull(); // a quote inside a field is a character
    expect(() => parseTable('name\nok\n"broken\nstill\n')).toThrow(/Line 3 opens a quoted field/);
  });

  it('detects delimiter, header and column roles', () => {
    const t = parseTable('Organization\tE-mail\tWeb site\tFirst name\nAcme\ta@acme.example\tacme.example\tJo\n');
    expect(t.delimiter).toBe('\t');
    expect(t.header).toEqual(['Organization', 'E-mail', 'Web site', 'First name']);
    expect(guessRoles(t)).toEqual(['name', 'email', 'website', 'ignore']);
    const bare = parseTable('jane@acme.example\nbob@gmail.com\n');
    expect(bare.header).toBeNull();
    expect(guessRoles(bare)).toEqual(['email']);
    const names = parseTable('Acme\nLaborCo\n');
    expect(names.header).toBeNull();
    expect(names.rows).toEqual([['Acme'], ['LaborCo']]);
  });

  it('names the missing column and the ones there are', () => {
    const t = parseTable('Donor,Email\nAcme,a@b.example\n');
    expect(() => rolesForColumns(t, ['Company'])).toThrow(new InputError('There is no column "Company". Columns: "Donor", "Email".'));
    expect(rolesForColumns(t, ['donor', '2'])).toEqual(['name', 'email']);
  });

  it('enforces the row limit', () => {
    const text = `name\n${'Acme\n'.repeat(MAX_ROWS + 1)}`;
    expect(() => parseTable(text)).toThrow(/50,001 rows; Tieline checks up to 50,000/);
  });
});

describe('screening a list and exporting it', () => {
  it('keeps every row in order, with match columns and sources', () => {
    const t = parseTable('Donor,Email,Gift\n"Acme Holdings, Inc.",,100\nJo,jo@gmail.com,5\nLabor Person,x@laborco.example,7\n');
    const results = screenRows(idx, t, guessRoles(t));
    const full = new DatasetIndex(d);
    const summaries = new Map(
      results.flatMap((r) => (r.match ? [[r.match.companyId, summarizeResult(full.companyResult(r.match.companyId)!)] as const] : [])),
    );
    const csv = Papa.parse<Record<string, string>>(exportCsv(t, results, summaries), { header: true, skipEmptyLines: true }).data;
    expect(csv.map((r) => [r.Donor, r.Gift, r.tieline_match, r.tieline_company_id])).toEqual([
      ['Acme Holdings, Inc.', '100', 'yes', 'acme'],
      ['Jo', '5', 'no', ''],
      ['Labor Person', '7', 'yes', 'laborco'],
    ]);
    expect(csv[0]!.tieline_contract_agencies).toBe('CBP $80');
    expect(csv[0]!.tieline_labor_actions).toBe('1');
    expect(csv[0]!.tieline_sources!.split(' ')[0]).toBe('https://news.example.org/story-3');
    expect(csv[1]!.tieline_note).toMatch(/public mail provider/);
  });
});
