/**
 * The tracker's "<unit> - <company>" employers (lat-units.ts): the rule on its cases, and measured on every tracker row
 * naming such a pair whose second part is a registry company, each read with its reports (docs/labour-units.md).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { LAT_UNITS, latUnit, latUnitApplies } from '@/data/pipeline/lat-units';
import { sourceFromUrl } from '@/data/pipeline/source-url';
import type { LaborRelation } from '@/data/model/schema';

describe('latUnit', () => {
  it('finds a read pair however the tracker spaces or hyphenates it', () => {
    expect(latUnit('Fred Meyer - Kroger')?.kind).toBe('owned');
    expect(latUnit('Battle-Tested Strategies - Amazon')?.kind).toBe('contractor');
    expect(latUnit('Battle Tested Strategies  -  Amazon')?.kind).toBe('contractor');
    // Never guessed: a pair nobody read.
    expect(latUnit('Ops Team - WidgetSoft')).toBeUndefined();
  });

  it('attributes an owned unit only from the day its owner is shown owning it', () => {
    const alamo = latUnit('Alamo Drafthouse - Sony')!;
    expect(latUnitApplies(alamo, '2025-02-14')).toBe(true);
    expect(latUnitApplies(alamo, '2024-06-12')).toBe(true);
    // Before Sony's purchase of 12 June 2024 the chain was not Sony's.
    expect(latUnitApplies(alamo, '2024-06-11')).toBe(false);
    expect(latUnitApplies(latUnit('Virgin Hotels Las Vegas - Hilton')!, '2024-05-10')).toBe(false);
    expect(latUnitApplies(latUnit('Flagship - Meta')!, '2019-01-01')).toBe(true);
  });

  it('says what makes each note true: a start day for owned units, who acted for contractors, and canonical sources', () => {
    for (const u of LAT_UNITS) {
      expect(u.employer).toMatch(/ - /);
      expect(u.why.length).toBeGreaterThan(40);
      if (u.kind === 'owned') expect(u.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (u.kind === 'contractor') expect(u.who).toMatch(/employed by|of /);
      for (const s of u.sources ?? []) expect(sourceFromUrl(s.url, 'test')?.url).toBe(s.url);
    }
  });
});

/**
 * Every row of the tracker (to March 2026) naming a "<unit> - <company>" pair with a registry company after the dash,
 * read with its reports: the note it should give (relation), or none. Owned: Kroger's Fred Meyer, King Soopers and
 * Foods Co., LexisNexis's Law360, Sony's Alamo Drafthouse, DHL's Genesis Logistics, Compass Group's Levy, Berkshire's
 * NetJets, General Dynamics' NASSCO, Kaiser's Los Angeles hospital and Maui Health. Contractors: Flagship at Meta and Twitter,
 * Battle-Tested Strategies (and its DAX8 drivers) and Worldwide Flight Services for Amazon, Prospect and ABM for
 * American Airlines, Northeast Transportation Services for DHL, Cognizant for Google (listed as Alphabet); Harvard's custodians of C&W Services and ABM strike
 * beside its own (its note, employer).
 */
const LABELS: Record<string, LaborRelation> = {
  'lat-764-kroger': 'employer',
  'lat-2943-kroger': 'employer',
  'lat-3329-kroger': 'employer',
  'lat-803-kroger': 'employer',
  'lat-3677-kroger': 'employer',
  'lat-2918-kroger': 'employer',
  'lat-2683-lexisnexis': 'employer',
  'lat-2959-lexisnexis': 'employer',
  'lat-3331-lexisnexis': 'employer',
  'lat-3690-sony': 'employer',
  'lat-3950-sony': 'employer',
  'lat-4346-dhl': 'employer',
  'lat-1720-compass-group': 'employer',
  'lat-2255-berkshire-hathaway': 'employer',
  'lat-2506-general-dynamics': 'employer',
  'lat-1144-kaiser-permanente': 'employer',
  'lat-1895-kaiser-permanente': 'employer',
  'lat-4505-president-and-fellows-of-harvard-college': 'employer',
  'lat-3007-meta': 'client',
  'lat-1622-twitter': 'client',
  'lat-1986-amazon': 'client',
  'lat-2060-amazon': 'client',
  'lat-2090-amazon': 'client',
  'lat-2379-amazon': 'client',
  'lat-1060-amazon': 'client',
  'lat-3524-american-airlines': 'client',
  'lat-1145-dhl': 'client',
  // Cognizant's YouTube Music workers: Google's contractors, listed as "Cognizant - Alphabet" (named Google by record).
  'lat-1755-google': 'client',
  'lat-2335-google': 'client',
};

/**
 * Read and not the company's workers' or contractors': Virgin Hotels Las Vegas (JC Hospitality's), GEO's detainees,
 * millwrights outside Amazon's construction site.
 */
const NOT_ATTRIBUTED = [
  'lat-3068-hilton',
  'lat-3348-hilton',
  'lat-3248-geo-group',
  'lat-1755-alphabet',
  'lat-2335-alphabet',
  // Millwrights protesting Amazon's out-of-state contractors at its Davenport construction site (audit pass 11).
  'lat-1479-amazon',
];

const LAT = '../shared/data/lat/labor-actions.csv';

describe.skipIf(!existsSync(LAT))('measured on the labelled rows', () => {
  const ds = JSON.parse(readFileSync('data/dataset/dataset.json', 'utf8')) as {
    notes: { id: string; kind: string; relation?: LaborRelation; summary: string }[];
  };
  const byId = new Map(ds.notes.filter((n) => n.kind === 'labor').map((n) => [n.id, n]));

  it('gives each labelled row its note and relation, and none to the rows that are not the company’s', () => {
    const made = Object.keys(LABELS).filter((id) => byId.has(id));
    const right = made.filter((id) => byId.get(id)!.relation === LABELS[id]);
    const byRelation = (r: LaborRelation) =>
      `${r} ${right.filter((id) => LABELS[id] === r).length}/${made.filter((id) => byId.get(id)!.relation === r).length}`;
    console.log(
      `"<unit> - <company>" rows: ${made.length} of ${Object.keys(LABELS).length} labelled notes made, precision ${right.length}/${made.length}; ${byRelation('employer')}, ${byRelation('client')}`,
    );
    expect(made.sort()).toEqual(Object.keys(LABELS).sort());
    expect(right.length).toBe(made.length);
    expect(NOT_ATTRIBUTED.filter((id) => byId.has(id))).toEqual([]);
  });

  it('words an owned unit with its owner, and a contractor’s workers as theirs at the client', () => {
    expect(byId.get('lat-3329-kroger')!.summary).toMatch(/^A strike by workers at Fred Meyer \(owned by Kroger\) in /);
    expect(byId.get('lat-3007-meta')!.summary).toMatch(
      /^A protest by cafeteria workers employed by Flagship \(Meta’s food-service contractor\) at Meta \(listed as “Flagship - Meta”\)/,
    );
    // Harvard's own note stays its own; the contractors are named as themselves.
    expect(byId.get('lat-4505-president-and-fellows-of-harvard-college')!.summary).toContain(
      'Also named: C&W Services and ABM Industries.',
    );
    expect(byId.get('lat-2918-food-4-less')!.summary).toContain('Also named: Foods Co. Demands');
  });

  it('names the employer a record fix gives (LAT_FIXES `employer`): Google, where the tracker lists its owner', () => {
    // The April 2024 sit-ins: Google's employees at Google's offices (CNN), listed as "Alphabet Inc.".
    expect(byId.has('lat-3103-alphabet')).toBe(false);
    expect(byId.get('lat-3103-google')!.summary).toMatch(/^A protest by workers at Google \(listed as “Alphabet Inc\.”\) in /);
    expect(byId.get('lat-3103-google')!.relation).toBe('employer');
    expect(byId.get('lat-1755-google')!.summary).toMatch(
      /^A strike by YouTube Music content workers employed by Cognizant \(a Google contractor\) at Google \(listed as “Cognizant - Alphabet”\)/,
    );
  });
});
