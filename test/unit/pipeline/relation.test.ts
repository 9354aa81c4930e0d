/**
 * How a labour note's company stood to the people who acted (relation.ts), on the rule's cases and measured on
 * labelled real notes of the bundle: the 39 of audit pass 7's sample still in it (its 40th, CAIT 373 under Apple,
 * was dropped by its fixes) and a fresh seeded draw of 20 more notes of CAIT actions naming several companies.
 * The table is docs/labour-relations.md.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { caitRelation, latRelation } from '@/data/pipeline/relation';
import { demands } from '@/data/pipeline/lat';
import { LaborAction, LABOR_RELATIONS, type LaborRelation } from '@/data/model/schema';

describe('caitRelation', () => {
  const base = { actor: 'workers' as const, types: ['white collar workers'], outside: false, contracted: false };
  it('reads the record as the note is worded', () => {
    expect(caitRelation('google', base)).toBe('employer');
    expect(caitRelation('google', { ...base, outside: true })).toBe('target');
    expect(caitRelation('uber', { ...base, types: ['gig workers'] })).toBe('platform');
    expect(caitRelation('meta', { ...base, types: ['contract workers'] })).toBe('client');
    // The contractor named beside its client employed them.
    expect(caitRelation('accenture', { ...base, types: ['contract workers'] })).toBe('employer');
    // Employees and contractors together (a union of both): the company's own workers acted.
    expect(caitRelation('google', { ...base, types: ['white collar workers', 'contract workers', 'inhouse workers'] })).toBe('employer');
    // The description names another employer (contracted.ts).
    expect(caitRelation('google', { ...base, types: ['white collar workers', 'inhouse workers'], contracted: true })).toBe('client');
    // Unrecorded: no claim the rule could make better; told as the company's (most such records are employees').
    expect(caitRelation('amazon', { ...base, actor: undefined, types: [] })).toBe('employer');
  });

  it('takes an audit’s relation for the company first', () => {
    const fix = { why: 'test', relation: { amazon: 'platform' as const } };
    expect(caitRelation('amazon', { ...base, outside: true, fix })).toBe('platform');
    expect(caitRelation('google', { ...base, fix })).toBe('employer');
  });
});

describe('latRelation', () => {
  it('is the employer unless a fix or the contractor rule says otherwise', () => {
    expect(latRelation('amazon', undefined)).toBe('employer');
    // The tracker lists Uber as the employer of its drivers' strikes: the note is its platform's.
    expect(latRelation('uber', undefined)).toBe('platform');
    expect(latRelation('spotify', { why: 'x', who: 'musicians', outside: true })).toBe('target');
    expect(latRelation('meta', { why: 'x', who: 'cafeteria workers of a contractor', contracted: true })).toBe('client');
    expect(latRelation('amazon', { why: 'x', who: 'Flex drivers', contracted: true, relation: { amazon: 'platform' } })).toBe('platform');
  });
});

describe('the schema', () => {
  const note = {
    id: 'cait-1-x',
    kind: 'labor',
    companyId: 'x',
    date: '2020-01-01',
    action: 'strike',
    summary: 'A strike.',
    sources: [{ url: 'https://example.org/a', publisher: 'Example', title: 'A report' }],
  };
  it('parses a note written before the field, and refuses a relation it does not know', () => {
    expect(LaborAction.safeParse(note).success).toBe(true);
    for (const relation of LABOR_RELATIONS) expect(LaborAction.safeParse({ ...note, relation }).success).toBe(true);
    expect(LaborAction.safeParse({ ...note, relation: 'owner' }).success).toBe(false);
  });
});

/** `none`: the company was none of these to the people who acted (the note's company is wrong). */
type Label = LaborRelation | 'none';

/**
 * Audit pass 7's sample (test/unit/pipeline/audit-open-items-7.test.ts, its roles: 'directed' is `target`),
 * as it is in the bundle after pass 7's fixes.
 */
const PASS7: Record<string, Label> = {
  'cait-31-microsoft': 'target', // labour sweep 10: Nokia's workers, before Microsoft's purchase closed (was 'employer')
  'cait-43-loop-transportation': 'employer',
  'cait-43-meta': 'client',
  'cait-47-apple': 'client',
  'cait-47-ebay': 'client',
  'cait-47-genentech': 'client',
  'cait-47-yahoo': 'client',
  'cait-48-allied-universal': 'employer',
  'cait-48-broadcom': 'client',
  'cait-116-ele-me': 'platform',
  'cait-116-meituan': 'platform',
  'cait-118-salesforce': 'target',
  'cait-153-uber': 'platform',
  'cait-172-doordash': 'target',
  'cait-174-uber': 'platform',
  'cait-217-github': 'target',
  'cait-228-lyft': 'platform',
  'cait-228-uber': 'platform',
  'cait-230-lyft': 'platform',
  'cait-230-uber': 'platform',
  'cait-245-uber': 'platform',
  'cait-308-amazon': 'employer',
  'cait-359-verizon': 'client',
  'cait-361-accenture': 'employer',
  'cait-361-cpl': 'employer',
  'cait-361-meta': 'client',
  'cait-373-pegatron': 'employer',
  'cait-378-google': 'employer',
  'cait-420-compass-group': 'employer',
  'cait-420-google': 'client',
  'cait-422-ola': 'platform',
  'cait-422-uber': 'platform',
  'cait-436-uber': 'platform',
  'cait-487-accenture': 'employer',
  'cait-487-meta': 'client',
  'cait-519-accenture': 'employer',
  'cait-519-meta': 'client',
  'cait-522-accenture': 'employer',
  'cait-522-whatsapp': 'client',
};

/**
 * A fresh draw: the 20 first notes, by sha1("relations-9:" + note id), of CAIT actions naming several companies
 * outside pass 7's labelled actions, each read against CAIT's record (description) and, where it was unclear,
 * its reports.
 */
export const FRESH_SEED = 'relations-9:';
const FRESH: Record<string, Label> = {
  'cait-327-uber': 'platform', // ride-hail drivers in Abuja (The Sun): Uber and Bolt drivers
  'cait-39-amazon': 'platform', // Mechanical Turk workers' guidelines for requesters (Dynamo)
  'cait-413-google': 'client', // Shannon Wait, a Modis contractor at Google's data centre (BBC, CWA)
  'cait-25-amazon': 'platform', // Mechanical Turk workers' Turkopticon
  // SEIU and three ride-hail drivers sued California over Prop 22 (SEIU 1021, Sacramento Bee, Golden State
  // Lawyer): the drivers named drive for Uber and Lyft; no report names a DoorDash courier among them.
  'cait-394-doordash': 'none',
  'cait-155-amazon': 'employer', // AWS employees' internal email about Palantir (Forbes)
  'cait-535-doordash': 'platform', // Justice for App Workers' rally of ride-hail and delivery app workers (Guardian)
  'cait-407-google': 'employer', // the Alphabet Workers Union joins Alpha Global (The Verge)
  'cait-235-uber': 'platform', // Gig Workers Rising's petition to the platforms' heads (Fortune)
  'cait-491-google': 'client', // Modis temps at Google's data centres (NYT)
  'cait-413-modis': 'employer',
  'cait-40-lionbridge': 'employer', // bug testers in Microsoft's offices employed by Lionbridge (Bloomberg)
  // Banabi's couriers, "considered self-employed" by CAIT, are Yemeksepeti's employees on a monthly wage (Duvar English,
  // Bloomberg; cait-relation-labels.csv): labelled platform from CAIT's words at first, employer since.
  'cait-533-yemeksepeti': 'employer',
  'cait-160-bolt': 'platform', // Nairobi ride-hail drivers' strike against Uber, Bolt and Little (BBC)
  'cait-82-deliveroo': 'platform', // Sydney delivery riders (Guardian, ABC)
  'cait-235-lyft': 'platform',
  'cait-175-google': 'client', // Google's Pittsburgh contractors, employed by HCL America (Washington Post)
  'cait-235-doordash': 'platform',
  'cait-518-google': 'client', // subcontracted Google Fiber workers of BDS (Bloomberg)
  // Relabelled in audit pass 21 (#5): the suit was filed by a Google product manager and joined by "current and former
  // Google and Adecco employees" (the Court of Appeal), not by Adecco's contractors alone, as CNBC's headline had it.
  'cait-332-google': 'employer',
};

/** Labelled `none`: the note named a company whose workers no report shows acting; it is "also named" since. */
// CAIT 25 (Turkopticon, a review tool, told as a protest) is withdrawn since labour sweep 8; CAIT 518 (client, right) since
// audit pass 26, as the second record of CAIT 528's petition (its Google note tells it, with 518's report).
const GONE = ['cait-394-doordash', 'cait-25-amazon', 'cait-518-google'];

/**
 * Drawn under the id it had then: CAIT 518 names Alphabet, a registry company of its own since issue 9; CAIT 294's strike
 * is told as iFood's couriers', not Loggi's, since labour sweep 8 (audit-fixes.ts).
 */
const RENAMED: Record<string, string> = { 'cait-518-google': 'cait-518-alphabet', 'cait-294-loggi': 'cait-294-ifood' };
const FORMER = new Map(Object.entries(RENAMED).map(([was, is]) => [is, was]));

const DATASET = 'data/dataset/dataset.json';
const CAIT = '../shared/data/cait/actions.json';

describe.skipIf(!existsSync(CAIT))('measured on labelled notes of the bundle', () => {
  const ds = JSON.parse(readFileSync(DATASET, 'utf8')) as {
    notes: { id: string; kind: string; relation?: LaborRelation; summary: string; agencyIds?: string[] }[];
  };
  const labor = ds.notes.filter((n) => n.kind === 'labor');
  const byId = new Map(labor.map((n) => [FORMER.get(n.id) ?? n.id, n]));

  it('gives every labour note a relation', () => {
    expect(labor.filter((n) => !n.relation).map((n) => n.id)).toEqual([]);
  });

  it('tells no tracker row of a ride-hail or delivery app as its own workers’', () => {
    const apps = labor.filter((n) => /^lat-\d+-(uber|lyft|doordash|grubhub|instacart)$/.test(n.id));
    expect(apps.length).toBeGreaterThan(60);
    expect(apps.filter((n) => n.relation !== 'platform').map((n) => n.id)).toEqual([]);
    // Their words say so too: app-based workers (or an audit's words), never "workers at Uber".
    expect(apps.filter((n) => / by workers at /.test(n.summary)).map((n) => n.id)).toEqual([]);
    expect(apps.filter((n) => / by app-based workers at /.test(n.summary)).length).toBeGreaterThan(60);
  });

  it('tells the protests against Waymo’s driverless cars as directed at it, not as its workers’', () => {
    // The tracker lists Waymo as the employer; its rows' organisers and reports are other workers (audit-fixes.ts).
    const waymo = labor.filter((n) => /^lat-\d+-waymo$/.test(n.id));
    expect(waymo.map((n) => n.id).sort()).toEqual([
      'lat-2430-waymo',
      'lat-4055-waymo',
      'lat-4299-waymo',
      'lat-4469-waymo',
      'lat-4653-waymo',
    ]);
    expect(waymo.filter((n) => n.relation !== 'target').map((n) => n.id)).toEqual([]);
    expect(waymo.filter((n) => !/^A protest directed at Waymo\b.* by /.test(n.summary)).map((n) => n.id)).toEqual([]);
  });

  it('tells the solidarity day and the community rally at Amazon as outsiders’, found beyond the sample', () => {
    // Tracker 168: supporters' pickets at Whole Foods stores for the Bessemer vote; 3221: community groups at a
    // delivery station not yet open. Both listed with Amazon as the employer (audit-fixes.ts, with the reports).
    for (const id of ['lat-168-amazon', 'lat-3221-amazon']) {
      const n = byId.get(id)!;
      expect(n.relation, id).toBe('target');
      expect(n.summary, id).toMatch(/^A protest directed at Amazon by /);
    }
    // The tracker's cell split the place of its one demand in two: said as one place again.
    expect(byId.get('lat-168-amazon')!.summary).toContain('organizing campaign at Amazon in Bessemer, Alabama.');
    expect(demands('Solidarity with RWDSU organizing campaign at Amazon in Bessemer;Alabama')).toEqual([
      'solidarity with RWDSU organizing campaign at Amazon in Bessemer, Alabama',
    ]);
    // A state's name is joined only to a demand before it, never taken for a demand's own words.
    expect(demands('Pay;Staffing')).toEqual(['pay', 'staffing']);
    expect(demands('Alabama;Pay')).toEqual(['alabama', 'pay']);
  });

  it('tells the detained workers’ July 2024 strike at GEO’s two ICE centers once, as our authors’ note (tracker 3248 read, not imported)', () => {
    const n = byId.get('geo-group-2024-07-detainee-strike')!;
    expect(n.relation).toBe('employer');
    expect(n.agencyIds).toEqual(['ice']);
    expect(n.summary).toMatch(/^In July 2024, 59 immigrants held at GEO Group's /);
    expect(labor.filter((x) => /^lat-3248-/.test(x.id)).map((x) => x.id)).toEqual([]);
  });

  it('draws the fresh sample as recorded', () => {
    const actions = JSON.parse(readFileSync(CAIT, 'utf8')) as { id: number; companies: string[] | null }[];
    const multi = new Set(actions.filter((a) => (a.companies ?? []).filter((c) => c.trim()).length > 1).map((a) => a.id));
    const pass7 = new Set([...Object.keys(PASS7), 'cait-373-apple'].map((id) => Number(id.split('-')[1])));
    // Pass 7's found actions, labelled too (audit-open-items-7.test.ts).
    for (const id of [169, 251, 297, 306, 335, 415, 440, 490]) pass7.add(id);
    // Drawn from the bundle before the fixes it led to: CAIT 394's note under DoorDash is gone since (audit-fixes.ts).
    const pool = [...labor.map((n) => FORMER.get(n.id) ?? n.id), ...GONE]
      .filter((id) => id.startsWith('cait-'))
      .filter((id) => multi.has(Number(id.split('-')[1])) && !pass7.has(Number(id.split('-')[1])))
      .sort((a, b) => {
        const h = (x: string) =>
          createHash('sha1')
            .update(FRESH_SEED + x)
            .digest('hex');
        return h(a).localeCompare(h(b));
      });
    expect(pool.slice(0, 20).sort()).toEqual(Object.keys(FRESH).sort());
  });

  it('prints the precision of each relation and holds it', () => {
    const rows = (labels: Record<string, Label>) =>
      LABOR_RELATIONS.map((r) => {
        const said = Object.entries(labels).filter(([id]) => byId.get(id)?.relation === r);
        return { r, said: said.length, right: said.filter(([, l]) => l === r).length };
      });
    const all = { ...PASS7, ...FRESH };
    for (const id of Object.keys(all)) expect(byId.has(id), id).toBe(!GONE.includes(id));
    const table = [
      ['pass 7 sample', rows(PASS7)],
      ['fresh draw', rows(FRESH)],
      ['both', rows(all)],
    ] as const;
    for (const [name, rs] of table) console.log(`${name}: ${rs.map(({ r, said, right }) => `${r} ${right}/${said}`).join(', ')}`);
    const wrong = Object.entries(all).filter(([id, l]) => byId.has(id) && byId.get(id)?.relation !== l);
    console.log(`wrong: ${wrong.map(([id, l]) => `${id} (says ${byId.get(id)?.relation}, is ${l})`).join('; ')}`);
    // Before the record fixes of CAIT 308 and 394 (audit-fixes.ts), platform was right for 22 of 24: 308 under Amazon
    // (its warehouse workers, recorded as gig workers) and 394 under DoorDash (ride-hail drivers of Uber and Lyft).
    // CAIT 25 (platform, right) is withdrawn since labour sweep 8: 21 of 21. CAIT 31 is relabelled target since labour
    // sweep 10 (employer 15 of 15, target 4 of 4). CAIT 533 is relabelled employer since the gig workers' labels
    // (cait-relation-labels.csv), and fixed by record: employer 16 of 16, platform 20 of 20. CAIT 332 under Google is
    // relabelled employer in audit pass 21 (its plaintiffs were Google's and Adecco's own employees): the rule said
    // client, its record fix says employer (employer 17 of 17, client 16 of 16; by the rule alone client 16 of 17). CAIT
    // 518 (client, right) is withdrawn since audit pass 26, one event with CAIT 528: client 15 of 15.
    expect(rows(all).map(({ right, said }) => [right, said])).toEqual([
      [17, 17],
      [15, 15],
      [20, 20],
      [4, 4],
    ]);
    expect(wrong).toEqual([]);
  });
});
