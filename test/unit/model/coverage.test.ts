import { describe, expect, it } from 'vitest';
import { coverageOf, coverageSentence } from '@/data/model/coverage';
import { readBundledDataset } from '@/data/pipeline/bundled';
import { parseDataset } from '@/data/model/schema';
import { miniDataset } from '../../fixtures/datasets';
import { en, es } from '../../helpers/i18n';

describe('coverage', () => {
  it('lists the agencies with award records, the span of their actions and each labor source', () => {
    const c = coverageOf(readBundledDataset());
    expect(c.agencies.map((a) => a.acronym)).toEqual(['CBP', 'ICE']);
    expect(c.contracts!.first >= '2020-10-01').toBe(true);
    expect(c.labor.map((l) => l.source)).toEqual(expect.arrayContaining(['cait', 'nlrb']));
    expect(coverageSentence(c, en)).toMatch(
      /^Tieline covers contracts with CBP and ICE \(FY2021–\d\d, from USAspending\) and labor actions from Collective Action in Tech \(\d{4}–\d{4}\), NLRB union elections/,
    );
    expect(coverageSentence(c, es)).toMatch(/^Tieline cubre contratos con CBP e ICE \(años fiscales 2021–\d\d, de USAspending\)/);
  });

  it('does not count an agency known only from an authored note without awards', () => {
    const c = coverageOf(parseDataset(miniDataset()));
    // Acme Chat's ICE tie has no awards: ICE is not covered by this data.
    expect(c.agencies.map((a) => a.acronym)).toEqual(['CBP']);
    expect(c.labor).toEqual([{ source: 'press', first: '2018-06-25', last: '2019-05', count: 2 }]);
  });
});
