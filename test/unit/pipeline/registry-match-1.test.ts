/**
 * Registry match audit 1 (docs/registry-match-1.md). Its sample of 50 recipient–company pairs held no error; reading
 * the whole list of 446 recipient spellings the registry matches, it found two subsidiaries shown under a buyer with
 * an undated link while most of their CBP/ICE dollars were obligated before the buyer owned them: PAE (all its
 * positive obligations, Nov 2020 – Sep 2021, before Amentum's purchase, agreed in Oct 2021 and still being financed
 * on 31 Jan 2022, Moody's) and Mandiant (an ICE order of Sep 2021, before Google's purchase, announced on 8 Mar 2022).
 * Each link now says since when it holds, so the product tells those awards as the subsidiary's, not the buyer's.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

type SourceCompany = { id: string; parent?: { id: string; asOf?: string; sources: { url: string }[] } };
const companies = () => JSON.parse(readFileSync('data/dataset/sources/companies.json', 'utf8')) as SourceCompany[];

describe('Ownership dated where the awards predate the buyer (registry match audit 1)', () => {
  it('shows PAE as Amentum’s since 2022, by the Moody’s notes on the pending purchase', () => {
    const pae = companies().find((c) => c.id === 'pae')!;
    expect(pae.parent).toMatchObject({ id: 'amentum', asOf: '2022' });
    expect(pae.parent!.sources.map((s) => s.url)).toContain(
      'https://www.moodys.com/research/Moodys-confirms-Amentums-CFR-at-B2-outlook-stable--PR_462097',
    );
  });

  it('shows Mandiant as Google’s since 2022, the year Google announced and completed the purchase', () => {
    const mandiant = companies().find((c) => c.id === 'mandiant')!;
    expect(mandiant.parent).toMatchObject({ id: 'google', asOf: '2022' });
    expect(mandiant.parent!.sources.map((s) => s.url)).toContain(
      'https://www.journalgazette.net/business/20220309/google-to-acquire-cybersecurity-firm',
    );
  });
});
