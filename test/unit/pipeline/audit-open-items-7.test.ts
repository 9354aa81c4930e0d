/**
 * The items audit pass 7 left open (docs/audit-pass-7-open-items.md), each measured across the bundle and settled
 * on the real inputs: CAIT 157, still unread, withdrawn; a company named as it was on the day; a round CAIT count
 * no text of CAIT's gives left out, and the reports' counts where they were read.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { CAIT_FIXES } from '@/data/pipeline/audit-fixes';
import { caitCount, importCait, type CaitAction } from '@/data/pipeline/cait';
import { readFileSync } from 'node:fs';

const CAIT = '../shared/data/cait/actions.json';

describe('item 1: CAIT 157 (#NiUnRepartidorMenos), still unverifiable', () => {
  it('is withdrawn, with the searches tried', () => {
    expect(CAIT_FIXES.get(157)).toMatchObject({ withdraw: true });
    expect(CAIT_FIXES.get(157)?.why).toMatch(/none gives an action on 13 July 2019 or 20,000 people/);
  });

  it.skipIf(!existsSync(CAIT))('leaves all four of its notes out of the real import', async () => {
    const names: Record<string, { id: string; name: string }> = {
      uber: { id: 'uber', name: 'Uber' },
      rappi: { id: 'rappi', name: 'Rappi' },
      glovo: { id: 'glovo', name: 'Glovo' },
      didi_food: { id: 'didi', name: 'DiDi' },
    };
    const r = await importCait(CAIT, (n) => names[n]);
    expect(r.withdrawn).toContain(157);
    expect(r.notes.filter((n) => n.id.startsWith('cait-157-'))).toEqual([]);
  });
});

describe('item 2: a company named as it was on the day, in every place a note names it', () => {
  const NAMES: Record<string, { id: string; name: string }> = {
    twitter: { id: 'twitter', name: 'X (Twitter)' },
    facebook: { id: 'meta', name: 'Meta' },
    square: { id: 'block', name: 'Block (Square)' },
    doordash: { id: 'doordash', name: 'DoorDash' },
    caviar: { id: 'caviar', name: 'Caviar' },
    kickstarter: { id: 'kickstarter', name: 'Kickstarter' },
    google: { id: 'google', name: 'Google' },
    wework: { id: 'wework', name: 'WeWork' },
    modis: { id: 'modis', name: 'Akkodis (formerly Modis)' },
  };

  it.skipIf(!existsSync(CAIT))('the note’s company, the companies also named and those also involved (real CAIT records)', async () => {
    const r = await importCait(CAIT, (n) => NAMES[n]);
    const note = (id: string) => r.notes.find((n) => n.id === id)!;
    expect(note('cait-383-twitter').summary).toMatch(/^An open letter by white-collar workers at Twitter \(now X\) /);
    expect(note('cait-172-doordash').alsoNamed).toEqual(['Caviar', 'Square (now Block)']);
    expect(note('cait-297-kickstarter').alsoNamed).toEqual(['Google', 'WeWork', 'Facebook (now Meta)']);
    expect(note('cait-491-google').summary).toContain('The action also involved Modis (now Akkodis)');
    // No note dated before a rename names a renamed company by its new name alone.
    for (const n of r.notes) expect(n.summary, n.id).not.toMatch(/X \(Twitter\)|Block \(Square\)|Akkodis \(formerly/);
  });
});

describe('item 3: a round CAIT count no text of CAIT gives', () => {
  // A seeded draw of 25 of the 65 actions whose round count was told as "about N", each read against its reports:
  // what the reports give ('about', 'more', 'exact'), another number ('other') or nothing found ('none'), and what the
  // note says now (the reports' count by audit-fixes.ts, or none).
  const LABELS: Record<number, [label: 'about' | 'more' | 'exact' | 'other' | 'none', now: string | null]> = {
    11: ['about', 'about 140,000 people'], // AP: 140,000 older workers; PlanSponsor: approximately 140,000
    66: ['more', 'more than 2,000 people'], // TechCrunch, Tech Times: more than 2,000; Quartz: at least 2,000
    103: ['more', 'more than 20,000 people'], // organizers via Fortune, 9to5Google
    104: ['other', null], // the suit covers at least 2,805 employees (PYMNTS, Top Class Actions); no 100
    106: ['none', null], // BuzzFeed not returned; the petition page shows no count
    109: ['exact', '12,501 people'], // Reuters' headline: 12,500 drivers; their petition: 12,501 demands (labour sweep)
    135: ['more', 'more than 1,000 people'], // The Hill: more than 1,000 joined the sit-in
    142: ['other', null], // about 100 on the Monday (El Nacional), about 300 on the Sunday (El País via La Voz)
    158: ['other', null], // 30 workers came to management; the petition had over 4,700 signatures (BuzzFeed)
    160: ['none', null],
    161: ['other', null], // several dozen workers and allies (SF Chronicle); over 200 (Liberation)
    164: ['more', '227 people'], // 227 plaintiffs (Kotchen & Low, CNET); "more than 200" (Seattle Times)
    174: ['other', null], // more than 100 drivers (SEIU 721), hundreds (USA Today network), dozens (CNET)
    184: ['none', null],
    198: ['none', null],
    218: ['none', null],
    271: ['none', null], // Apple Daily's report not returned
    297: ['none', null],
    336: ['about', 'about 100 people'], // Los Angeles Times: about 100 at the rally
    400: ['more', null], // Vice: a group of more than 26,000 members; withdrawn since (labour sweep 8: a second record of 416)
    424: ['other', null], // about 14,000 in the WeChat groups; hundreds struck in Shenzhen (RFA)
    457: ['none', null], // the organizers gave no estimate (Bloomberg via the Seattle Times)
    461: ['exact', '60 people'], // Foxglove's page: "open letter from 60 content moderators" (by its address)
    517: ['other', null], // seventy-five employees won recognition (CWA)
    520: ['exact', '30 people'], // all 30 non-management employees (TechCrunch)
  };

  it.skipIf(!existsSync(CAIT))('leaves the count out by rule and gives the reports’ count where one was read', async () => {
    const all = new Map((JSON.parse(readFileSync(CAIT, 'utf8')) as CaitAction[]).map((a) => [a.id, a]));
    // Each labelled record is one the old rule told as "about N": a round count no text of CAIT's gives.
    for (const id of Object.keys(LABELS).map(Number)) {
      const a = all.get(id)!;
      expect(caitCount(a.workers, a.description), String(id)).toEqual({});
    }
    const count = (...ls: string[]) => Object.values(LABELS).filter(([l]) => ls.includes(l)).length;
    // "about N" is true where the reports give about N or N; "N or more" where they give more than N or N.
    console.log(
      `round CAIT counts read against their reports: "about N" true for ${count('about', 'exact')} of 25, "N or more" for ${count(
        'more',
        'exact',
      )}; ${count('other')} give another number, ${count('none')} none found`,
    );
    expect([count('about', 'exact'), count('more', 'exact'), count('other'), count('none')]).toEqual([5, 8, 7, 8]);
    const r = await importCait(CAIT, (n) => ({ id: n.replace(/[^a-z0-9]+/gi, '-').toLowerCase(), name: n }));
    for (const [id, [, now]] of Object.entries(LABELS)) {
      const notes = r.notes.filter((n) => n.id.startsWith(`cait-${id}-`));
      if (CAIT_FIXES.get(Number(id))?.withdraw) {
        expect(notes, id).toEqual([]);
        continue;
      }
      expect(notes.length, id).toBeGreaterThan(0);
      for (const n of notes) expect(n.summary.match(/ involving ([^.;]*?people)/)?.[1] ?? null, n.id).toBe(now);
    }
  });
});

describe('item 4: a CAIT note says "workers at X" only where X employed them, or says how they worked there', () => {
  // Who the workers who acted worked for, by each record and its reports: their employer ('employer'), the client
  // at whose site contract workers worked, told as "contract workers at" ('client'), the platform of gig workers,
  // told as "gig workers at" ('platform'), or a company the action was directed at by others ('directed'). A seeded
  // draw of 24 of the 100 CAIT actions naming several companies (40 notes), then the 8 found by reading the records
  // whose first-named company owns another named one, and the campaigns by outsiders.
  type Role = 'employer' | 'client' | 'platform' | 'directed';
  const SAMPLE: Record<number, Record<string, Role>> = {
    // Labour sweep 10 (#9): in November 2013 the Dongguan factory was still Nokia's (Microsoft's purchase closed in 2014);
    // its workers struck against their terms in the sale: directed at Microsoft, not its workers (was 'employer').
    31: { microsoft: 'directed' },
    43: { 'loop-transportation': 'employer', meta: 'client' },
    47: { apple: 'client', ebay: 'client', genentech: 'client', yahoo: 'client' }, // shuttle drivers of a contractor
    48: { 'allied-universal': 'employer', broadcom: 'client' },
    116: { 'ele-me': 'platform', meituan: 'platform' },
    118: { salesforce: 'directed' }, // was Palantir's: students protesting a Salesforce executive's lecture
    153: { uber: 'platform' },
    172: { doordash: 'directed' },
    174: { uber: 'platform' },
    217: { github: 'directed' }, // was "white-collar workers at GitHub": open source developers
    228: { lyft: 'platform', uber: 'platform' },
    230: { lyft: 'platform', uber: 'platform' },
    245: { uber: 'platform' },
    308: { amazon: 'employer' },
    359: { verizon: 'client' }, // Yahoo's cafeteria workers, "technically not employed by Verizon Media"
    361: { accenture: 'employer', cpl: 'employer', meta: 'client' },
    373: { pegatron: 'employer' }, // was also Apple's: Apple is Pegatron's customer
    378: { google: 'employer' },
    420: { 'compass-group': 'employer', google: 'client' },
    422: { ola: 'platform', uber: 'platform' },
    436: { uber: 'platform' },
    487: { accenture: 'employer', meta: 'client' },
    519: { accenture: 'employer', meta: 'client' },
    522: { accenture: 'employer', whatsapp: 'client' },
  };
  /** Notes of the sample that named the wrong company before the fixes: 3 of its 40. */
  // CAIT 31 since labour sweep 10 (its label was 'employer'): Microsoft's note told Nokia's workers as Microsoft's.
  const WRONG_BEFORE = ['cait-118-palantir', 'cait-217-github', 'cait-373-apple', 'cait-31-microsoft'];
  const FOUND: Record<number, Record<string, Role>> = {
    169: { amazon: 'directed' }, // Whole Foods workers' letter to Amazon
    251: { 'whole-foods': 'employer' }, // was Amazon's
    297: { kickstarter: 'directed' }, // activists' zine
    306: { shipt: 'platform' }, // was Target's
    335: { parcast: 'employer' }, // was Spotify's
    415: { 'gimlet-media': 'employer', 'the-ringer': 'employer' }, // was Spotify's
    440: { paramount: 'directed' }, // the Algorithmic Justice League's petition, was "white-collar workers at"
    490: { alibaba: 'employer' }, // employees of Chinese tech companies, Alibaba's among them (labour sweep 4, b)
  };
  const SAYS: Record<Role, RegExp> = {
    employer: / by [^.]* at /,
    client: / by [^.]*contract workers[^.]* at /,
    platform: / by [^.]*gig workers[^.]* at /,
    directed: / directed at /,
  };

  it.skipIf(!existsSync(CAIT))('attributes each labelled action to the companies the labels give, and says their role', async () => {
    const ds = JSON.parse(readFileSync('data/dataset/dataset.json', 'utf8')) as {
      companies: { id: string; name: string; aliases?: string[]; parent?: { id: string } }[];
    };
    const byName = new Map<string, { id: string; name: string; parentId?: string }>();
    for (const c of ds.companies)
      for (const n of [c.id, c.name, ...(c.aliases ?? [])])
        byName.set(n.toLowerCase(), { id: c.id, name: c.name, ...(c.parent ? { parentId: c.parent.id } : {}) });
    const r = await importCait(CAIT, (n) => byName.get(n.trim().toLowerCase()) ?? byName.get(n.trim().toLowerCase().replace(/_/g, ' ')));
    const wrong: string[] = [];
    let notes = 0;
    for (const [id, roles] of Object.entries({ ...SAMPLE, ...FOUND })) {
      const got = r.notes.filter((n) => n.id.startsWith(`cait-${id}-`));
      expect(got.map((n) => n.companyId).sort(), id).toEqual(Object.keys(roles).sort());
      for (const n of got) {
        notes++;
        if (!SAYS[roles[n.companyId]!].test(n.summary)) wrong.push(n.id);
      }
    }
    expect(wrong).toEqual([]);
    const sampled = Object.values(SAMPLE).reduce((s, x) => s + Object.keys(x).length, 0);
    const employer = Object.values(SAMPLE).reduce((s, x) => s + Object.values(x).filter((v) => v === 'employer').length, 0);
    // Before the fixes the sample had 40 notes: CAIT 373 was also Apple's; 3 of them named the wrong company.
    const before = sampled + 1;
    console.log(
      `CAIT attribution, ${before} sampled notes: the workers' employer ${employer}; employer, or client or platform ` +
        `said so, or "directed at": ${before - WRONG_BEFORE.length} of ${before} before the fixes, ${sampled} of ${sampled} after; ` +
        `${notes - sampled} more notes of the ${Object.keys(FOUND).length} actions found by reading`,
    );
    expect([before, employer]).toEqual([40, 11]);
    // Palantir's and Apple's notes are gone; GitHub's and Microsoft's now say the action was directed at them (checked above).
    for (const id of WRONG_BEFORE.filter((x) => x !== 'cait-217-github' && x !== 'cait-31-microsoft'))
      expect(
        r.notes.some((n) => n.id === id),
        id,
      ).toBe(false);
  });
});
