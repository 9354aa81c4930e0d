import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FORMER_NAMES, formerNameOn, nameOn } from '@/data/pipeline/former-names';
import { sourceSetProblems, urlProblems } from '@/data/model/source-policy';
import { caitSummary } from '@/data/pipeline/cait';

const registry = JSON.parse(readFileSync('data/dataset/sources/companies.json', 'utf8')) as { id: string; name: string }[];
const meta = registry.find((c) => c.id === 'meta')!;

describe('former names: a note before a rename names the company as it was then', () => {
  it('names Facebook before 28 October 2021 and Meta from then on', () => {
    expect(nameOn(meta, '2018-11-01')).toBe('Facebook (now Meta)');
    expect(nameOn(meta, '2021-10-27')).toBe('Facebook (now Meta)');
    expect(nameOn(meta, '2021-10-28')).toBe('Meta');
    expect(formerNameOn('meta', '2022-01-01')).toBeUndefined();
    expect(nameOn({ id: 'amazon', name: 'Amazon' }, '2018-01-01')).toBe('Amazon');
  });

  it('names Twitter before 23 July 2023, Square before 1 December 2021, ViacomCBS and Modis before their renames', () => {
    const byId = (id: string) => registry.find((c) => c.id === id)!;
    expect(byId('twitter').name).toBe('X (Twitter)');
    expect(nameOn(byId('twitter'), '2022-11-17')).toBe('Twitter (now X)');
    expect(nameOn(byId('twitter'), '2023-07-22')).toBe('Twitter (now X)');
    expect(nameOn(byId('twitter'), '2023-07-23')).toBe('X (Twitter)');
    expect(nameOn(byId('block'), '2019-08-14')).toBe('Square (now Block)');
    expect(nameOn(byId('block'), '2021-12-01')).toBe('Block (Square)');
    expect(nameOn(byId('paramount'), '2021-05-20')).toBe('ViacomCBS (now Paramount Skydance)');
    expect(nameOn(byId('paramount'), '2022-02-15')).toBe(byId('paramount').name);
    expect(nameOn(byId('modis'), '2021-10-29')).toBe('Modis (now Akkodis)');
  });

  it('in the CAIT summary', () => {
    const action = {
      id: 145,
      date: '2019/06/12',
      actions: ['protest'],
      employment_types: ['white collar workers'],
      companies: ['facebook'],
    };
    expect(caitSummary(action as never, nameOn(meta, '2019-06-12'), 'protest', 'workers', [])).toMatch(
      /^A protest by white-collar workers at Facebook \(now Meta\)\./,
    );
  });

  it('each entry is a registry company with sources that pass the source policy', () => {
    for (const f of FORMER_NAMES) {
      expect(
        registry.some((c) => c.id === f.companyId),
        f.companyId,
      ).toBe(true);
      expect(f.until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(f.sources.length).toBeGreaterThan(0);
      for (const url of f.sources) expect(urlProblems(url), url).toEqual([]);
      expect(sourceSetProblems(f.sources.map((url) => ({ url })))).toEqual([]);
    }
  });
});
