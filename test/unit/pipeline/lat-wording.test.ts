/**
 * How a tracker note names the union's unit and the employer the row lists: "Local" only for a local's number,
 * "(listed as …)" only where it says something the note's name does not.
 */
import { describe, expect, it } from 'vitest';
import { latLocal } from '@/data/pipeline/lat';
import { bundledLabourNote } from '../../helpers/bundled-notes';

describe('latLocal: the tracker’s “Local” column in words', () => {
  it('calls a number a local, and a list of numbers locals', () => {
    expect(latLocal('804')).toBe('Local 804');
    expect(latLocal('Local 804')).toBe('Local 804');
    expect(latLocal('I-66')).toBe('Local I-66');
    expect(latLocal('700; 1746')).toBe('Locals 700 and 1746');
    expect(latLocal('74; 79; 94')).toBe('Locals 74, 79 and 94');
    expect(latLocal('324,770')).toBe('Locals 324 and 770');
  });

  it('tells a named unit as the row gives it, never “Local District 9”', () => {
    expect(latLocal('District 9')).toBe('District 9');
    expect(latLocal('United Healthcare Workers West (UHW)')).toBe('United Healthcare Workers West (UHW)');
    expect(latLocal('AFT Local 5017; SEIU Local 49')).toBe('AFT Local 5017 and SEIU Local 49');
    expect(latLocal('87; United Service Workers West')).toBe('Local 87 and United Service Workers West');
  });

  it('says nothing for an empty or placeholder cell', () => {
    expect(latLocal('')).toBeUndefined();
    expect(latLocal(' N/A ')).toBeUndefined();
    expect(latLocal('none')).toBeUndefined();
  });
});

describe('the shipped notes', () => {
  it('name units as the rows give them (25 notes said “Local District 9”, “Local Chicagoland”, “Local 700; 1746”)', () => {
    expect(bundledLabourNote('lat-1343-frontier').summary).toContain('Organized by Communications Workers of America (CWA), District 9.');
    expect(bundledLabourNote('lat-1024-amazon').summary).toContain('Organized by Amazonians United, Chicagoland.');
    expect(bundledLabourNote('lat-612-deere-and-company').summary).toContain(
      'Organized by United Auto Workers (UAW), Locals 74, 79, 94, 186, 281, 434, 450, 472, 838, 865 and 2366.',
    );
  });

  it('leave out “(listed as …)” where it repeats the name shown (UPS, Harvard, Deere: 30 notes)', () => {
    const ups = bundledLabourNote('lat-228-ups').summary ?? '';
    expect(ups).toMatch(/^A protest by workers at UPS in Laurelton, Queens, New York\./);
    expect(bundledLabourNote('lat-612-deere-and-company').summary).not.toContain('listed as');
    // A name that says more than the note's stays: a contractor or a unit under the company.
    expect(bundledLabourNote('lat-1477-meta').summary).toContain('listed as “Meta Platforms - SBM Management Services”');
  });

  it('correct the union initials the tracker mistyped (tracker 4610: HGSU-UAW, not HSGU-UAW)', () => {
    const harvard = bundledLabourNote('lat-4610-president-and-fellows-of-harvard-college').summary ?? '';
    expect(harvard).toContain(
      'Organized by Harvard Academic Workers-United Auto Workers (HAW-UAW) and Harvard Graduate Student Union-United Auto Workers (HGSU-UAW).',
    );
    expect(harvard).not.toContain('listed as');
  });

  it('names the other employers as they are (tracker 3152: Alaska Airlines, not the row’s “Alaskan Airlines”), each note leaving out its own', () => {
    expect(bundledLabourNote('lat-3152-american-airlines').summary).toContain('Also named: United Airlines and Alaska Airlines.');
    expect(bundledLabourNote('lat-3152-united-airlines').summary).toContain('Also named: Alaska Airlines and American Airlines.');
  });
});
