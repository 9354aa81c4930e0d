/**
 * The correction that came out of the twenty-second truth audit (docs/audit-pass-22.md): what they asked for (the Grand
 * Hyatt San Francisco strike of 2024 told with the tracker's "health and safety", which no report gives; the reports give
 * pay, the health insurance plan, understaffing and workloads). Pass 3 had corrected the row's count and end date before
 * the demands rule, so the rule took that correction as a check of its demands and showed the category.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { importLat } from '@/data/pipeline/lat';

const LAT = '../shared/data/lat/labor-actions.csv';

describe('The tracker: the row corrected in pass 22', () => {
  const load = () => importLat(LAT, (n) => (/hyatt/i.test(n) ? { id: 'hyatt', name: 'Hyatt' } : undefined));

  it.skipIf(!existsSync(LAT))('tells the Grand Hyatt strikers’ demands as the reports give them, without health and safety', async () => {
    const r = await load();
    const strike = r.notes.find((n) => n.id === 'lat-3573-hyatt')!;
    expect(strike.summary).not.toContain('health and safety');
    expect(strike.summary).toContain('keeping their health insurance');
    expect(strike.summary).toContain('protection against understaffing and heavier workloads');
    // What pass 3 fixed stays as it made it.
    expect(strike.summary).toContain('About 250 people took part.');
    expect(strike.endDate).toBe('2024-12-21');
  });
});
