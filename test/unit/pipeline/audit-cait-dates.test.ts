/**
 * CAIT actions dated on their first report's day (issue 9, docs/audit-cait-dates.md): the set is drawn again by its
 * stated rule, and the ten read wrong carry the reports' day by record (CAIT_FIXES).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { CAIT_FIXES, CAIT_REPORTED_DATES } from '@/data/pipeline/audit-fixes';
import { readBundledDataset } from '@/data/pipeline/bundled';

const CAIT = '../shared/data/cait/actions.json';

/** Read wrong in this pass: CAIT's day → the reports' day. */
const FIXED: Record<number, [string, string]> = {
  22: ['2012/05/01', '2012-04-23'],
  48: ['2015/05/04', '2015-05-05'],
  58: ['2016/08/11', '2016-08-10'],
  65: ['2017/01/30', '2017-01-28'],
  146: ['2019/06/13', '2019-06-12'],
  155: ['2019/07/11', '2019-07-08'],
  175: ['2019/08/30', '2019-08-29'],
  238: ['2020/03/17', '2020-03-16'],
  291: ['2020/06/23', '2020-06-15'],
  548: ['2022/03/30', '2022-04-11'],
};

/** Read before this pass (audit pass 9's draw and its item 19). */
const READ_BEFORE = [135, 197, 244, 263, 450, 513, 532, 540, 64, 174, 209];

const DAY_IN_ADDRESS = /\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?=\/|$|[^0-9])/;
const dayIn = (url: string) => {
  const m = url.match(DAY_IN_ADDRESS);
  return m ? `${m[1]}/${m[2]!.padStart(2, '0')}/${m[3]!.padStart(2, '0')}` : undefined;
};

describe('the fixes', () => {
  it('date each action by its reports, saying which', () => {
    for (const [id, [, day]] of Object.entries(FIXED)) {
      const fix = CAIT_FIXES.get(Number(id))!;
      expect(fix.date, id).toBe(day);
      expect(fix.why, id).toMatch(/^issue 9 \(CAIT dates\)/);
    }
  });
});

describe.skipIf(!existsSync(CAIT))('measured on the bundle', () => {
  const actions = new Map(
    (JSON.parse(readFileSync(CAIT, 'utf8')) as { id: number; date: string; sources: string[] | null }[]).map((a) => [a.id, a]),
  );
  const notes = (
    JSON.parse(readFileSync('data/dataset/dataset.json', 'utf8')) as { notes: { id: string; date?: string; summary?: string }[] }
  ).notes.filter((n) => n.id.startsWith('cait-'));

  it('draws the actions dated on their first report’s day by the stated rule, all read', () => {
    const ids = [...new Set(notes.map((n) => Number(n.id.split('-')[1])))];
    const dated = ids.filter((id) => {
      const a = actions.get(id)!;
      return (a.sources ?? []).map(dayIn).find((d) => d) === a.date;
    });
    console.log(
      `CAIT actions dated on their first dated report's day: ${dated.length} (${READ_BEFORE.length} read before, ${dated.length - READ_BEFORE.length} read in issue 9)`,
    );
    for (const id of [...READ_BEFORE, ...Object.keys(FIXED).map(Number)]) expect(dated, String(id)).toContain(id);
    // CAIT's own day is the report's for each fixed one, which is why the rule finds them.
    for (const [id, [caitDay]] of Object.entries(FIXED)) expect(actions.get(Number(id))!.date).toBe(caitDay);
  });

  it('places the DCH1 walkout (CAIT 252) in Chicago, where its reports put it', () => {
    const n = notes.find((x) => x.id === 'cait-252-amazon') as { summary?: string } | undefined;
    expect(n?.summary).toMatch(/ in Chicago, Illinois, USA\./);
    expect(n?.summary).not.toMatch(/Staten Island/);
  });

  it('gives every note of a fixed action the reports’ day', () => {
    for (const [id, [, day]] of Object.entries(FIXED)) {
      const ns = notes.filter((n) => n.id.startsWith(`cait-${id}-`));
      expect(ns.length, id).toBeGreaterThan(0);
      for (const n of ns) expect(n.date, n.id).toBe(day);
    }
  });
});

describe('the actions no report dates to a day', () => {
  // The doc's table of every action read: id → verdict.
  const verdicts = new Map(
    readFileSync('docs/audit-cait-dates.md', 'utf8')
      .split('\n')
      .map((l) => l.match(/^\| (\d+) \| [^|]+ \| [^|]+ \| ([^|]+) \|/))
      .filter((m): m is RegExpMatchArray => !!m)
      .map((m) => [Number(m[1]), m[2]!.trim()]),
  );

  it('are those the table reads "no day", but the three open items, with audit passes 12’s and 13’s changes', () => {
    const noDay = [...verdicts].filter(([, v]) => v === 'no day').map(([id]) => id);
    expect(noDay.length).toBe(26);
    // Audit pass 12 (docs/audit-pass-12.md): 2 (the 1986 AT&T letter) withdrawn, 50 (Google's salary spreadsheet,
    // item 17) dated by its report. Audit pass 13 (docs/audit-pass-13.md): 519 (Meta's moderators, item 24) too.
    expect([...CAIT_REPORTED_DATES.keys()].sort((a, b) => a - b)).toEqual(
      [...noDay.filter((id) => ![352, 379, 509, 2, 133, 258, 459].includes(id)), 50, 519, 416, 246, 493, 512, 422].sort((a, b) => a - b),
    );
  });

  it('say so in every note of theirs, and no other note does', () => {
    const labor = readBundledDataset().notes.filter((n) => n.kind === 'labor');
    const reported = labor.filter((n) => n.dateIs === 'reported').map((n) => Number(n.id.split('-')[1]));
    expect(new Set(reported)).toEqual(new Set(CAIT_REPORTED_DATES.keys()));
    expect(labor.filter((n) => n.dateIs && !n.id.startsWith('cait-')).map((n) => n.id)).toEqual([]);
    // CAIT 352, a call for a Halloween blockade that no report shows took place, is withdrawn.
    expect(labor.filter((n) => n.id.startsWith('cait-352-')).map((n) => n.id)).toEqual([]);
    // Both notes of a multi-company action (CAIT 93: Bolt and Uber; 137 and 519: Accenture and Meta).
    // Labour sweep 3: Google's European works-council request (246), one note. Labour sweep 4: 133 and 258 withdrawn,
    // 459 dated by its month; HelloFresh's Richmond drive (493) dated by the Guardian's report. Labour sweep 5b: SumUp's
    // works-council plan (512), dated by Finance Forward's report. Labour sweep 5a: the Telangana union's survey and
    // appeal (422, two notes: Ola and Uber) dated by the Times of India's report.
    expect(reported.length).toBe(30);
  });
});
