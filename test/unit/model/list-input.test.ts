import { describe, expect, it } from 'vitest';
import {
  InputError,
  decodeBytes,
  guessRoles,
  parseTable,
  parseTableInSteps,
  rolesForColumns,
  unclosedQuoteLine,
  MAX_ROWS,
} from '@/data/model/list-input';
import { en, es } from '../../helpers/i18n';

const bytes = (s: string | number[]) => (typeof s === 'string' ? new TextEncoder().encode(s) : new Uint8Array(s));
const text = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.text(en);
    throw e;
  }
  throw new Error('no error');
};

describe('list input', () => {
  it('reads UTF-8 with or without a BOM, and UTF-16 with one or without', () => {
    expect(decodeBytes(bytes('\uFEFFname\nCafé\n'))).toBe('name\nCafé\n');
    const le = [...'name\nJosé Núñez\n'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    const be = [...'name\nJosé Núñez\n'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
    expect(decodeBytes(bytes([0xff, 0xfe, ...le]))).toBe('name\nJosé Núñez\n');
    expect(decodeBytes(bytes(le))).toBe('name\nJosé Núñez\n');
    expect(decodeBytes(bytes(be))).toBe('name\nJosé Núñez\n');
  });

  it.each([
    [[], /empty/],
    [[0x50, 0x4b, 0x03, 0x04, 0], /zip file/],
    [[0x25, 0x50, 0x44, 0x46, 0x2d], /PDF/],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0], /binary file/],
    [[0x43, 0x61, 0x66, 0xe9, 0x0a], /not UTF-8 text/],
  ])('refuses bad bytes with a clear message (%#)', (b, message) => {
    expect(text(() => decodeBytes(bytes(b as number[])))).toMatch(message);
  });

  it("refuses a file over the size limit without reading it, sizes written by the reader's formatter", () => {
    const big = () => decodeBytes(new Uint8Array(101 * 1024 * 1024 + 200 * 1024));
    expect(text(big)).toMatch(/The file is 101\.2 MB; Tieline reads lists of up to 100 MB/);
    try {
      big();
    } catch (err) {
      expect((err as InputError).text(es)).toContain(`ocupa ${es.fmt.number(101.2)} MB; Tieline lee listas de hasta 100 MB`);
    }
    expect.assertions(2);
  });

  it('says which line holds an unclosed quote', () => {
    expect(unclosedQuoteLine('a,b\n"x,y\nz', ',')).toBe(2);
    expect(unclosedQuoteLine('a,b\n"x ""q"" y",z\n', ',')).toBeNull();
    expect(unclosedQuoteLine('a,b\nsay "hi",z\n', ',')).toBeNull(); // a quote inside a field is a character
    expect(text(() => parseTable('name\nok\n"broken\nstill\n'))).toMatch(/Line 3 opens a quoted field/);
  });

  it('detects delimiter, header and column roles, and keeps cells as written', () => {
    const t = parseTable('Organization\tE-mail\tWeb site\tFirst name\nAcme\ta@acme.example\tacme.example\tJo\n');
    expect(t.delimiter).toBe('\t');
    expect(t.header).toEqual(['Organization', 'E-mail', 'Web site', 'First name']);
    expect(guessRoles(t)).toEqual(['name', 'email', 'website', 'ignore']);
    const bare = parseTable('jane@acme.example\nbob@gmail.com\n');
    expect(bare.header).toBeNull();
    expect(guessRoles(bare)).toEqual(['email']);
    expect(parseTable('Name,Note\nAcme, =1+1\n').rows).toEqual([['Acme', ' =1+1']]);
  });

  it('names the missing column and the ones there are', () => {
    const t = parseTable('Donor,Email\nAcme,a@b.example\n');
    expect(text(() => rolesForColumns(t, ['Company']))).toBe('There is no column "Company". Columns: "Donor", "Email".');
    expect(rolesForColumns(t, ['donor', '2'])).toEqual(['name', 'email']);
  });

  it('reads up to 250,000 rows, in steps, and refuses more', () => {
    const big = `name\n${'Acme\n'.repeat(MAX_ROWS)}`;
    let seen = 0;
    expect(parseTableInSteps(big, (n) => (seen = n)).rows).toHaveLength(MAX_ROWS);
    expect(seen).toBe(MAX_ROWS + 1);
    expect(text(() => parseTableInSteps(`${big}Acme\n`))).toMatch(/Tieline checks up to 250,000 at a time/);
    expect(text(() => parseTable(`${big}Acme\n`))).toMatch(/250,001 rows; Tieline checks up to 250,000/);
  });
});
