import { describe, expect, it } from 'vitest';
import { coveragePeriod, fiscalYear, productNames } from '@/data/pipeline/contracts';
import { categoryText } from '@/data/pipeline/usaspending';

describe('contract text', () => {
  it('names the period covered, saying how far an open fiscal year goes', () => {
    expect(fiscalYear('2025-09-30')).toBe(2025);
    expect(fiscalYear('2025-10-01')).toBe(2026);
    expect(coveragePeriod('2020-10-01', '2026-08-20')).toBe('FY2021–FY2025 and FY2026 to 20 Aug 2026');
    expect(coveragePeriod('2020-10-01', '2025-09-30')).toBe('FY2021–FY2025');
    expect(coveragePeriod('2025-10-02', '2026-01-05')).toBe('FY2026 to 5 Jan 2026');
  });

  it('writes categories in sentence case with abbreviations kept', () => {
    expect(categoryText('IT AND TELECOM- OTHER IT AND TELECOMMUNICATIONS')).toBe('IT and telecom – other IT and telecommunications');
    expect(categoryText('R&D- GENERAL SCIENCE/TECHNOLOGY')).toBe('R&D – general science/technology');
    expect(categoryText('COMPUTER SYSTEMS DESIGN SERVICES', false)).toBe('computer systems design services');
  });

  it('names each product once', () => {
    expect(
      productNames(['iPads', 'iPad', 'AWS', 'Amazon Web Services', 'Motorola … radio', 'Motorola … radios', 'TLK100', 'TLK 100']),
    ).toEqual(['Amazon Web Services', 'iPads', 'Motorola radios', 'TLK 100']);
  });
});
