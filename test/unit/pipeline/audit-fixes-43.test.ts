/**
 * The correction that came out of the forty-third truth audit (docs/audit-pass-43.md): when a link began. Alascom
 * (AT&T Alaska) was told as AT&T's "since Aug 1995", the month of the FCC's order authorizing the transfer of control
 * from Pacific Telecom (FCC 95-334, adopted 1 Aug 1995); no source found gives the month the sale was completed, so the
 * link is told without a date. That AT&T owns Alascom stays, on the same sources.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readBundledDataset } from '@/data/pipeline/bundled';

type Company = { id: string; parent?: { id: string; asOf?: string; sources: { url: string }[] } };

describe('Ownership: Alascom is AT&T’s, told without the month of the FCC’s authorization', () => {
  it('leaves the date out in the registry and in the bundle, and keeps the owner and its sources', () => {
    const companies = JSON.parse(readFileSync('data/dataset/sources/companies.json', 'utf8')) as Company[];
    const bundled = readBundledDataset().companies as Company[];
    for (const list of [companies, bundled]) {
      const alascom = list.find((c) => c.id === 'alascom')!;
      expect(alascom.parent?.id).toBe('att');
      expect(alascom.parent?.asOf).toBeUndefined();
      expect(alascom.parent!.sources.map((s) => s.url)).toEqual([
        'https://docs.fcc.gov/public/attachments/FCC-95-334A1.txt',
        'https://dermotcole.com/reportingfromalaska/2024/8/6/atampt-plans-to-cut-service-to-42-alaska-villages-saying-gci-will-suffice',
      ]);
    }
  });
});
