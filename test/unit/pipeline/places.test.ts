import { describe, expect, it } from 'vitest';
import { caitPlace, latPlace } from '@/data/pipeline/places';

describe('places', () => {
  it('writes CAIT locations the same way, typos fixed and placeholders dropped', () => {
    expect(caitPlace('san francisco-california-usa')).toBe('San Francisco, California, USA');
    expect(caitPlace('washington_dc-usa')).toBe('Washington, DC, USA');
    expect(caitPlace('boston-massachussetts-usa')).toBe('Boston, Massachusetts, USA');
    expect(caitPlace('philadephia-pennsylvania-usa')).toBe('Philadelphia, Pennsylvania, USA');
    expect(caitPlace('rio de janiero-brazil')).toBe('Rio de Janeiro, Brazil');
    expect(caitPlace('usa')).toBe('the USA');
    for (const p of ['worldwide', 'online', 'na', '']) expect(caitPlace(p)).toBeUndefined();
  });

  it('collapses the tracker’s repeated city and state columns', () => {
    expect(latPlace('Boston;Boston', 'Massachusetts;Massachusetts')).toBe('Boston, Massachusetts');
    expect(latPlace('Oakland;San Jose', 'California;California')).toBe('Oakland and San Jose, California');
    expect(latPlace('A;B;C;D', 'Ohio')).toBe('4 cities in Ohio');
    expect(latPlace('Portland;Seattle', 'Oregon;Washington')).toBe('Oregon and Washington');
    expect(latPlace('', '')).toBeUndefined();
  });
});
