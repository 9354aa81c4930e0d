import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsv, readJsonArray } from '@/data/pipeline/input';
import { coreName, normalizeName } from '@/data/model/names';

const dir = mkdtempSync(join(tmpdir(), 'tieline-input-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const all = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('streaming JSON array reader', () => {
  it('yields elements with nested arrays, escaped quotes and brackets inside strings', async () => {
    const items = [{ a: [1, [2, 3]], s: 'x ] } [ {' }, 'str\\"ing', 42, null, { q: '"quoted", \\\\' }, []];
    expect(await all(readJsonArray(file('a.json', JSON.stringify(items, null, 2))))).toEqual(items);
    expect(await all(readJsonArray(file('empty.json', ' [ ] ')))).toEqual([]);
  });

  it('reads gzip-compressed input', async () => {
    expect(await all(readJsonArray(file('a.json.gz', gzipSync(JSON.stringify([1, 2])))))).toEqual([1, 2]);
  });

  it('names the problem in a broken file', async () => {
    await expect(all(readJsonArray(file('t.json', '[{"a": 1}, {"b": ')))).rejects.toThrow(/not closed \(truncated file\?\)/);
    await expect(all(readJsonArray(file('o.json', '{"a": 1}')))).rejects.toThrow(/expected a JSON array/);
    await expect(all(readJsonArray(file('b.json', '[{"a": nope}]')))).rejects.toThrow(/element 0 is not valid JSON/);
    await expect(all(readJsonArray(file('c.json', '[1,,2]')))).rejects.toThrow(/unexpected ","/);
  });

  it('refuses URLs that are not https', async () => {
    await expect(all(readJsonArray('http://example.org/a.json'))).rejects.toThrow(/only local paths and https URLs/);
  });
});

describe('streaming CSV reader', () => {
  it('handles quoted commas, quoted quotes and line breaks inside fields', async () => {
    const rows = await all(readCsv(file('q.csv', 'a,b\n"x, y","say ""hi""\nthere"\n')));
    expect(rows).toEqual([{ a: 'x, y', b: 'say "hi"\nthere' }]);
  });

  it('checks the header for required columns', async () => {
    await expect(all(readCsv(file('h.csv', 'a,b\n1,2\n'), ['a', 'c']))).rejects.toThrow(/missing column\(s\) "c"/);
  });
});

describe('names', () => {
  it('normalises names for matching', () => {
    expect(normalizeName('Salesforce.com, Inc.')).toBe('SALESFORCE COM INC');
    expect(normalizeName('AT&T Corp')).toBe('AT AND T CORP');
    expect(coreName('THE GEO GROUP, INC.')).toBe('GEO');
    expect(coreName('SALESFORCE.COM, INC.')).toBe('SALESFORCE');
    expect(coreName('Deloitte Consulting LLP')).toBe('DELOITTE CONSULTING');
  });
});
