import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { ScreenIndex, profileName } from '@/data/model/name-matcher';
import { NAME_KEY_BUCKETS, keyBuckets, keyEntries, nameKeyPart, quickMatch, type KeyBucket, type KeyReader } from '@/data/model/name-keys';
import { readBundledDataset } from '@/data/pipeline/bundled';
import type { ScreenCompany } from '@/data/model/screen-outcome';

/** A reader over the table as shipped (each bucket through JSON) and the domains as the store keeps them (the last company listing one wins). */
function readerOf(companies: readonly ScreenCompany[]): { read: KeyReader; parts: () => number } {
  const buckets = new Map([...keyBuckets(companies)].map(([k, b]) => [k, JSON.parse(JSON.stringify(b)) as KeyBucket]));
  const domains = new Map(companies.flatMap((c) => c.domains.map((d) => [d, c.id] as const)));
  let parts = 0;
  return {
    read: {
      keys: async (keys) => {
        const wanted = [...new Set(keys.map(nameKeyPart))];
        parts += wanted.length;
        return keyEntries(
          wanted.map((k) => buckets.get(k)!),
          companies,
        );
      },
      domain: async (d) => domains.get(d),
    },
    parts: () => parts,
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('the shipped key table of the name index', () => {
  // As the background reads them: every company of the generation, sorted by id (the `companies` part).
  const companies = [...readBundledDataset().companies].sort(byId);
  const index = new ScreenIndex(companies);
  const { read, parts } = readerOf(companies);

  /** Asserts that quickMatch gives matchAny's outcome wherever it gives one; returns how many it answered. */
  async function same(inputs: readonly string[]): Promise<number> {
    let answered = 0;
    for (const input of inputs) {
      const quick = await quickMatch(input, read);
      if (quick === undefined) continue;
      answered++;
      expect(quick, input).toEqual(index.matchAny(input));
    }
    return answered;
  }

  it("answers every bundled company's own name, alias, domain and email address exactly as the index does", async () => {
    const names = companies.flatMap((c) => [c.name, ...c.aliases]);
    // Every name and alias is a key of the table: none needs the index.
    expect(await same(names)).toBe(names.length);
    // Names as typed, for a sample of the companies (the index reads many of them with its slower rules).
    const typed = companies
      .filter((_, i) => i % 10 === 0)
      .flatMap((c) => [c.name.toLowerCase(), c.name.toUpperCase(), `${c.name}, Inc.`, `The ${c.name}`, `${c.name} LLC`]);
    expect(await same(typed)).toBeGreaterThan(typed.length / 2);
    // (A page on a profile site — facebook.com/about — is read for a name in its path: the index reads it.)
    const sites = companies.flatMap((c) => c.domains.flatMap((d) => [d, `https://www.${d}/about`, `jane.doe@${d}`]));
    const profiles = sites.filter((s) => s.startsWith('https://www.') && profileName(new URL(s).hostname.slice(4), s));
    expect(await same(sites)).toBe(sites.length - profiles.length);
  });

  it('gives the same outcome as the index on both labelled sets, or leaves the query to it', async () => {
    const inputs = ['test/fixtures/name-matching.csv', 'test/fixtures/names-as-typed.csv'].flatMap((path) =>
      Papa.parse<{ input: string }>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data.map((r) => r.input),
    );
    const answered = await same(inputs);
    // Most typed names are exact or lack only their legal form; typos, units and short forms go to the index.
    expect(answered).toBeGreaterThan(inputs.length / 2);
    expect(answered).toBeLessThan(inputs.length);
  });

  it('leaves to the index what its later rules decide, and answers odd input as it does', async () => {
    for (const input of ['Salesfrce', 'Accenture Foundation', 'Palantir Federal Services', 'SWF1 Amazon', 'salesforce.org']) {
      expect(index.matchAny(input).state, input).not.toBe('none');
      expect(await quickMatch(input, read), input).toBeUndefined();
    }
    await same([
      '',
      '   ',
      'x'.repeat(600),
      'salesforce.com',
      'Salesforce.com',
      'someone@gmail.com',
      'not-an-email@',
      'https://www.linkedin.com/company/salesforce',
    ]);
    expect(await quickMatch(' ', read)).toEqual({ match: null, state: 'none', notes: [{ kind: 'empty' }] });
  });

  it('reads one or two of its parts per query, and every bucket exists', async () => {
    const before = parts();
    expect((await quickMatch('salesforce', read))?.match).toMatchObject({ companyId: 'salesforce', how: 'name', confidence: 1 });
    expect(parts() - before).toBeLessThanOrEqual(2);
    expect(keyBuckets([]).size).toBe(NAME_KEY_BUCKETS);
  });

  it('without a table (data stored by an earlier version) answers nothing, so the index is asked', async () => {
    const none: KeyReader = { keys: async () => undefined, domain: async () => undefined };
    expect(await quickMatch('Salesforce', none)).toBeUndefined();
  });
});
