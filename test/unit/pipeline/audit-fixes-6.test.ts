/**
 * The rules and single-record corrections that came out of the sixth truth audit (docs/audit-pass-6.md):
 * a CAIT count its own description qualifies otherwise ("Over 1000 Google employees" for 1,137); a CAIT
 * "strike" whose record tells only of a gathering; an NLRB election won by the union but never certified;
 * dates, counts, who acted and a place, record by record.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CAIT_FIXES, NLRB_FIXES } from '@/data/pipeline/audit-fixes';
import { caitCount, caitKind, importCait, type CaitAction } from '@/data/pipeline/cait';
import { importLat, LAT_COLUMNS, latListsSomePlaces } from '@/data/pipeline/lat';
import { electionSummary, importNlrb } from '@/data/pipeline/nlrb';
import { latLine } from '../../helpers/lat';

const CAIT = '../shared/data/cait/actions.json';
const NLRB = ['../shared/data/nlrb/nlrb-election-results-2017-01_2021-11.csv', '../shared/data/nlrb/nlrb-elections-FY2022.csv'];
const cait = () => new Map((JSON.parse(readFileSync(CAIT, 'utf8')) as CaitAction[]).map((a) => [a.id, a]));

describe('CAIT: a count no more precise than its record’s own words', () => {
  it.skipIf(!existsSync(CAIT))('gives the description’s qualified count near the field’s, on labelled real records', () => {
    // What a reader of each record's description should be told, labelled by reading it. The first group is
    // every record whose wording the rule changed (pass 6); the second, records with a tempting number nearby.
    const truth: Record<number, string | null> = {
      202: 'more than 200 people', // 212; "Over 200 workers have signed the letter"
      204: 'more than 1,000 people', // 1,137; "Over 1000 Google employees have signed"
      234: 'more than 1,200 people', // 1,260; "Over 1,200 people have signed the petition"
      240: 'more than 5,000 people', // 5,210; "Over 5000 Amazon employees signed"
      279: 'more than 1,650 people', // 1,650; "Over 1, 650 Google employees" (a stray space in the number)
      286: 'more than 330 people', // 339; "over 330 signatures" (audit pass 5 #8)
      39: 'more than 200 people', // 262; "Over two hundred Mechanical Turk workers and academics"
      78: 'more than 1,000 people', // 1,100; "Over one thousand Amazon workers in Spain"
      88: 'nearly 100 people', // 90; "Nearly one hundred Didi drivers gathered"
      501: 'about 600 people', // 601 (CAIT's "more than 600"); "Around 600 Google employees signed"
      94: null, // 950; "called on around 1,000 Amazon employees to walk out": those called, not those who did
      491: '130 people', // "sent more than 100 messages": not people
      253: null, // "heard of over 25 cases of coronavirus"; CAIT's round 50 is in no text of its (open item 3)
      83: null, // "for more than 50 days"; CAIT's round 100 is in no text of its (open item 3)
      167: 'dozens of people', // "Dozens of WalMart tech workers rallied" (about 40, the Washington Post): audit pass 12
      259: 'more than 50 people', // 51; "more than 50 employees were involved"
      2: '14 people', // "over 10,000 possible errors"
      551: null, // "Over 70% of the 100 eligible workers": a share; CAIT's round 70 is in no text of its (open item 3)
    };
    const all = cait();
    const wrong = Object.entries(truth).filter(([id, want]) => {
      const a = all.get(Number(id))!;
      return (caitCount(a.workers, a.description).phrase ?? null) !== want;
    });
    const total = Object.keys(truth).length;
    console.log(`CAIT count rule: ${total - wrong.length} of ${total} labelled records told as their descriptions give them`);
    // The one misfire, a number of people called out rather than taking part, is corrected record by record.
    expect(wrong.map(([id]) => Number(id))).toEqual([94]);
    expect(CAIT_FIXES.get(94)?.workers).toBeNull();
    // No qualified count is a note's exact participants.
    expect(caitCount(1137, 'Over 1000 Google employees have signed a letter').exact).toBeUndefined();
    expect(caitCount(118, '118 food service workers at Yahoo won union representation')).toEqual({ exact: 118, phrase: '118 people' });
  });
});

describe('CAIT: a strike whose record tells only of a gathering is told as a protest', () => {
  it.skipIf(!existsSync(CAIT))('decides on labelled real records, reading the description and the reports’ addresses', () => {
    // Every CAIT "strike" in the bundle whose description has no strike word, labelled by reading the record.
    const truth: Record<number, 'protest' | 'strike'> = {
      55: 'protest', // "janitors' San Jose rally targets Adobe"
      88: 'protest', // drivers "gathered in front of the company office ... protesting"
      163: 'protest', // drivers "chanted and cheered outside" delivering a letter (CBS: "hq-protest")
      299: 'protest', // "a caravan of protestors"
      307: 'protest', // employees and residents "protested in front of" the store, and a boycott
      373: 'protest', // Pegatron workers "turned out to protest a pay dispute"
      100: 'strike', // drivers "switch off their apps"
      159: 'strike', // Shakopee on Prime Day: the report's address says "shakopee-strike"
      168: 'strike', // Gizmodo's address: "amazon-workers-strike-outside-eagan"
      257: 'strike', // a pledge "to call out of work"
      308: 'strike', // "striking for black lives matter" (Vice's address)
      400: 'strike', // drivers "declining" low-paid orders (#DeclineNow)
      500: 'strike', // "sheffield-justeat-couriers-set-to-strike"
      460: 'strike', // "seven representatives of the strike": the rule keeps it; audit-fixes.ts narrows it (pass 6 #4)
    };
    const all = cait();
    const got = Object.fromEntries(
      Object.keys(truth).map((id) => {
        const a = all.get(Number(id))!;
        return [id, caitKind(a.actions, [a.description ?? '', ...(a.sources ?? [])].join(' '))];
      }),
    );
    expect(got).toEqual(Object.fromEntries(Object.entries(truth).map(([k, v]) => [k, v])));
    console.log(
      `CAIT kind rule: ${Object.values(truth).filter((k) => k === 'protest').length} strikes told as protests, ${Object.values(truth).filter((k) => k === 'strike').length} kept, of ${Object.keys(truth).length} labelled`,
    );
    expect(CAIT_FIXES.get(460)?.action).toBe('protest');
    // Without a record to read, the priority alone decides.
    expect(caitKind(['protest', 'strike'])).toBe('strike');
  });
});

describe('NLRB: a vote won without a certification says so', () => {
  const base = { companyName: 'Acme', city: 'TOWN', state: 'ST', eligible: 10, union: 'Union A' };
  it('tells a won, a lost, a dismissed and an open case apart', () => {
    expect(electionSummary({ ...base, votesFor: 6, votesAgainst: 3, certified: true })).toMatch(/; the union \(Union A\) was certified\.$/);
    expect(electionSummary({ ...base, votesFor: 3, votesAgainst: 6, certified: false })).toMatch(/; no union was certified\.$/);
    expect(electionSummary({ ...base, votesFor: 3, votesAgainst: 3, certified: false })).toMatch(/; no union was certified\.$/);
    expect(electionSummary({ ...base, votesFor: 6, votesAgainst: 3, certified: false, closed: 'dismissed' })).toMatch(
      /; most of the votes cast were for the union, but the NLRB's file records no certification \(the petition was dismissed\)\.$/,
    );
    expect(electionSummary({ ...base, votesFor: 6, votesAgainst: 3, certified: false, closed: 'open' })).toMatch(
      /\(the case was still open\)\.$/,
    );
    expect(electionSummary({ ...base, votesFor: 6, votesAgainst: 3, certified: false })).toMatch(/records no certification\.$/);
  });

  it.skipIf(!NLRB.every(existsSync))(
    'reads the real files: Boeing’s dismissed petition, Kaiser’s certification, a Marriott unit’s place',
    async () => {
      const names: Record<string, { id: string; name: string }> = {
        'The Boeing Company': { id: 'boeing', name: 'Boeing' },
        'Kaiser Permanente': { id: 'kaiser', name: 'Kaiser Permanente' },
        'Marriott Hotel Services, Inc.': { id: 'marriott', name: 'Marriott' },
      };
      const r = await importNlrb(NLRB, (n) => names[n]);
      const note = (c: string) => r.notes.find((n) => n.election!.caseNumber === c)!;
      expect(note('10-RC-215878').summary).toBe(
        "Workers of Boeing in North Charleston, South Carolina voted in an NLRB election: 104 for and 65 against union representation of 176 eligible; most of the votes cast were for the union, but the NLRB's file records no certification (the petition was dismissed).",
      );
      // Closed by a certification of representative, with the file's "union to certify" left empty.
      expect(note('20-RC-188438').election).toMatchObject({ votesFor: 240, votesAgainst: 218, certified: true });
      expect(note('13-RC-243069').summary).toMatch(/^Workers of Marriott in Downers Grove, Illinois voted/);
      expect(note('13-RC-243069').election).toMatchObject({ city: 'Downers Grove', state: 'IL' });
      expect(NLRB_FIXES.get('13-RC-243069')?.why).toMatch(/audit pass 6 #35/);
    },
  );
});

describe('tracker: notes that say the places listed are only some', () => {
  it('reads the phrasings pass 6 found unread, from the tracker’s real Notes, and still not the rest', () => {
    // Each the tracker's own words on an action of a registry company (actions 1397, 1453, 1612, 2512, 3962).
    const some = [
      'We have reported the main location of this protest. There were also demonstrations in 3 other cities: New York, NY, Seattle, WA and Durham, NC.',
      'This protest occurred at 11 airports across the country. We have logged 3 locations of this protest.',
      'American Airlines flight attendants picketed at 11 airports around the country. We have included the locations of two of the major picket locations.',
      'This was a multi location protest that took place at 19 different locations. We have included 3 of those locations here.',
      'This protest occurred in 10 locations. We give 3 locations here.',
    ];
    for (const n of some) expect(latListsSomePlaces(n), n).toBe(true);
    const notSome = [
      'We could not find the exact address of the rally. Instead, we put the address of the union office in Durham.',
      "This protest marched from Starbucks interim CEO Howard Schultz's New York residence to Amazon founder Jeff Bezos' New York residence. We have logged the final destination of the protest.",
      'This strike occurred as a phase of the 2024 UNITE HERE national contract campaign.',
      'This is a multi location protest that took place at 3 locations, all 3 are listed here.',
    ];
    for (const n of notSome) expect(latListsSomePlaces(n), n).toBe(false);
  });
});

describe('audit pass 6: single-record corrections', () => {
  const action = (over: Partial<CaitAction>): CaitAction => ({
    id: 9000,
    date: '2019/05/08',
    sources: ['https://example.org/report'],
    actions: ['protest'],
    companies: ['acme'],
    employment_types: ['gig workers'],
    locations: ['usa'],
    online: null,
    workers: 1000,
    tags: null,
    ...over,
  });

  it('applies the CAIT corrections: "more than" and "about" counts, a date, a protest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tieline-fixes6-cait-'));
    const file = join(dir, 'cait.json');
    writeFileSync(
      file,
      JSON.stringify([
        action({ id: 436, locations: ['new york city-new york-usa'] }),
        action({ id: 190, workers: 400, description: 'Over 400 Facebook employees protested' }),
        action({ id: 136, actions: ['legal action'], workers: 3, locations: ['minneapolis-minnesota-usa'] }),
        action({
          id: 460,
          actions: ['protest', 'strike'],
          workers: 7,
          locations: ['hong kong-china'],
          description: 'representatives of the strike',
        }),
      ]),
    );
    const r = await importCait(file, (n) => (n === 'acme' ? { id: 'acme', name: 'Acme' } : undefined));
    const note = (id: number) => r.notes.find((n) => n.id === `cait-${id}-acme`)!;
    expect(note(436).summary).toMatch(/^A protest by gig workers at Acme involving more than 1,000 people in New York City/);
    expect(note(436).participants).toBeUndefined();
    expect(note(190).summary).toContain('involving about 400 people');
    expect(note(190).participants).toBeUndefined();
    expect(note(136).date).toBe('2019-05-07');
    expect(note(136).summary).toContain('in Shakopee, Minnesota, USA');
    expect(note(460).action).toBe('protest');
    expect(note(460).summary).toMatch(/^A protest by gig workers at Acme in Hong Kong, China\./);
  });

  it('applies the tracker corrections: no end date the reports do not give; who acted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tieline-fixes6-lat-'));
    const line = (id: string, kind: string, city: string, state: string, end: string) =>
      latLine({
        ID: id,
        Employer: 'Acme',
        'Start Date': '2025-05-01',
        'End Date': end,
        'Strike or Protest': kind,
        City: city,
        State: state,
        Source: 'https://example.org/r',
      });
    const file = join(dir, 'lat.csv');
    writeFileSync(
      file,
      [
        LAT_COLUMNS.join(','),
        line('3918', 'Strike', 'Orlando', 'Florida', '2025-05-30'),
        line('406', 'Protest', 'Waianae', 'Hawaii', '2025-05-01'),
        line('3750', 'Strike', 'West Palm Beach', 'Florida', '2025-05-20'),
        line('1568', 'Strike', 'Eagan', 'Minnesota', '2025-05-11'),
      ].join('\n') + '\n',
    );
    const r = await importLat(file, (n) => (n === 'Acme' ? { id: 'acme', name: 'Acme' } : undefined));
    const note = (id: string) => r.notes.find((n) => n.id === `lat-${id}-acme`)!;
    expect(note('3918').endDate).toBeUndefined();
    expect(note('3918').summary).not.toContain('until');
    expect(note('3750').date).toBe('2025-02-01');
    expect(note('3750').summary).toMatch(
      /^A strike by workers at Acme in West Palm Beach and Miami, Florida, until 20 May 2025\. Recorded/,
    );
    expect(note('1568').endDate).toBeUndefined();
    expect(note('406').summary).toMatch(
      /^A protest by UNITE HERE Local 5’s Kaiser and hotel workers and members of other unions at Acme in Waianae, Hawaii\./,
    );
  });
});
