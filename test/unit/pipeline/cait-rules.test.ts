/**
 * Precision of three rules on CAIT's own fields, on labelled real cases (test/fixtures/cait/, README): every CAIT
 * record that becomes a note with the action "union representation" (told as a union election), the action
 * "strike" or the topic `ice` / `cbp` (an agency tie), labelled from its description and, where unclear, news copies.
 *   - a "union representation" is an election only where the description tells a vote and no cards, petition,
 *     voluntary recognition or works council (cait-kind.ts caitTellsVote); otherwise a union drive;
 *   - a "strike" is a walkout where the description tells a stoppage in hours, or leaving work with no strike,
 *     union or days told (cait-kind.ts caitTellsWalkout);
 *   - an `ice` / `cbp` topic is an agency tie only where the description names the agency (cait-agency.ts).
 * Each is compared with what the import did before the rule (every such record an election, every "strike" a
 * strike unless its record tells only a gathering, every tag a tie).
 * The words were chosen reading these same records: the labels are every record the rules touch (CAIT's
 * data is fixed), so the figures are the rules' precision on the notes, not a held-out estimate.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { caitAgencies, caitKind, caitTellsWalkout, type CaitAction } from '@/data/pipeline/cait';
import { CAIT_FIXES } from '@/data/pipeline/audit-fixes';
import { sharedCaitActions } from '../../helpers/cait';
import { reportRule } from '../../helpers/rule-report';

const actions = sharedCaitActions('cait-rules.test', 'the labels cannot be joined to their actions');

interface Label {
  id: string;
  label: string;
  why: string;
}
const labels = (file: string) =>
  Papa.parse<Label>(readFileSync(`test/fixtures/cait/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;

/** Precision and recall of `given` against `right` over the labelled ids, and the ids it gets wrong. */
function score(rows: Label[], given: (a: CaitAction) => boolean, right: (l: Label) => boolean) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const l of rows) {
    const g = given(actions!.get(Number(l.id))!);
    if (g && right(l)) tp++;
    else if (g) {
      fp++;
      wrong.push(`  ${l.id} given, labelled ${l.label}: ${l.why}`);
    } else if (right(l)) {
      fn++;
      wrong.push(`  ${l.id} not given, labelled ${l.label}: ${l.why}`);
    }
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), tp, fp, fn, wrong };
}
describe.skipIf(!actions)('CAIT rules on labelled records', () => {
  it('tells a union election only where the description tells a vote (precision ≥ 0.95)', () => {
    const all = labels('cait-union-election-labels.csv');
    expect(all.length).toBe(39);
    // Every labelled record is one the import told as a union election before the rule.
    for (const l of all) {
      const a = actions!.get(Number(l.id))!;
      expect(caitKind(a.actions, [a.description ?? '', ...(a.sources ?? [])].join(' ')), l.id).toBe('union-election');
    }
    const rows = all.filter((l) => l.label !== 'unclear');
    const election = (l: Label) => l.label === 'election';
    const before = score(rows, () => true, election);
    const rule = score(
      rows,
      (a) => caitKind(a.actions, [a.description ?? '', ...(a.sources ?? [])].join(' '), a.description) === 'union-election',
      election,
    );
    reportRule(
      `CAIT "union representation" on ${rows.length} labelled records (${all.length - rows.length} unclear left out), told as a union election:`,
      ['  before (every record)', before],
      ['  rule (a vote told)', rule],
    );
  });

  it('tells a CAIT "strike" as a walkout where the description tells one (precision ≥ 0.95, strike more precise)', () => {
    const all = labels('cait-strike-labels.csv');
    expect(all.length).toBe(104);
    const record = (a: CaitAction) => [a.description ?? '', ...(a.sources ?? [])].join(' ');
    // The import before the rule: a "strike" unless its record tells only a gathering (then a protest).
    const before = (a: CaitAction) => caitKind(a.actions, record(a));
    const rule = (a: CaitAction) => caitKind(a.actions, record(a), a.description);
    for (const l of all) expect(['strike', 'protest'], l.id).toContain(before(actions!.get(Number(l.id))!));
    // Partial refusals (declining some orders) and records the reports do not settle are left out.
    const rows = all.filter((l) => l.label !== 'other' && l.label !== 'unclear');
    const is = (kind: string) => (l: Label) => l.label === kind;
    // Walkouts the record tells only as a strike (251, 259, 306, 477) or only in its reports' addresses
    // (159, 168, 308) are beyond words of the record: the rule aims at precision, recall 0.75 (cait-kind.ts);
    // all but 251 (a sick-out its reports also call a strike) are fixed by record.
    reportRule(
      `CAIT "strike" on ${rows.length} labelled records (${all.length - rows.length} left out), told as a walkout:`,
      ['  before (none)', score(rows, (a) => before(a) === 'walkout', is('walkout'))],
      ['  rule (a walkout told)', score(rows, (a) => rule(a) === 'walkout', is('walkout'))],
      { precision: 0.95, recall: 0.75 },
    );
    const strikeBefore = score(rows, (a) => before(a) === 'strike', is('strike'));
    const strikeRule = score(rows, (a) => rule(a) === 'strike', is('strike'));
    // Strike keeps every strike and is more precise (0.652 to 0.853); what it still claims of walkouts and
    // protests is listed: those need the reports; the three protests are fixed by record (81, 460, 500).
    reportRule(`  and as a strike:`, ['  before', strikeBefore], ['  rule', strikeRule], { precision: 0.85, recall: 1 });
    expect(strikeRule.precision).toBeGreaterThan(strikeBefore.precision);
    // A kind fixed by record (audit-fixes.ts) agrees with the rule, or stays fixed because the rule cannot see it.
    const fixed = all.filter((l) => CAIT_FIXES.get(Number(l.id))?.action);
    expect(fixed.map((l) => `${l.id} ${CAIT_FIXES.get(Number(l.id))!.action} ${rule(actions!.get(Number(l.id))!)}`)).toEqual([
      '81 protest strike',
      '159 walkout strike',
      '168 walkout strike',
      '245 protest protest',
      '259 walkout strike',
      '306 walkout strike',
      '308 walkout strike',
      '310 walkout walkout',
      // Two weeks of actions at restaurants, where an outright strike was judged too costly (labour sweep 8).
      '320 protest strike',
      '460 protest strike',
      '464 walkout walkout',
      // Labelled unclear: no strike on CAIT's day, the works council's assembly (labour sweep 5a).
      '465 other strike',
      '477 walkout strike',
      '489 walkout walkout',
      '500 protest strike',
    ]);
  });

  it('ties an action to ICE or CBP only where the description names the agency (precision ≥ 0.95)', () => {
    const rows = labels('cait-agency-labels.csv');
    expect(rows.length).toBe(20);
    const agency = (l: Label) => l.label === 'agency';
    const tagged = (a: CaitAction) => (a.tags ?? []).some((t) => t === 'ice' || t === 'cbp');
    for (const l of rows) expect(tagged(actions!.get(Number(l.id))!), l.id).toBe(true);
    const before = score(rows, tagged, agency);
    const rule = score(rows, (a) => caitAgencies(a.tags, a.description).length > 0, agency);
    reportRule(
      `CAIT ice/cbp topics on ${rows.length} labelled records, given an agency tie:`,
      ['  before (every tag)', before],
      ['  rule (agency named)', rule],
    );
  });

  it('reads the acronym, not the word, keeps a drive a drive and a strike a strike', () => {
    expect(caitAgencies(['ice'], 'Workers walked out in the ice and snow.')).toEqual([]);
    expect(caitAgencies(['ice', 'cbp'], 'a contract with U.S. Customs and Border Protection')).toEqual(['cbp']);
    expect(caitKind(['union representation'], '', 'Workers voted 20 to 5 for the union.')).toBe('union-election');
    expect(caitKind(['union representation'], '', 'Workers voted to join after management voluntarily recognized it.')).toBe('union-drive');
    expect(caitKind(['union representation'], '', 'Workers signed cards and petitioned the NLRB for an election.')).toBe('union-drive');
    expect(caitKind(['union representation'])).toBe('union-election');
    expect(caitKind(['strike'], 'Workers walked out for the afternoon.', 'Workers walked out for the afternoon.')).toBe('walkout');
    expect(caitTellsWalkout('Workers walked off the job; the union called it a strike.')).toBe(false);
    expect(caitTellsWalkout('The strike lasted two and half hours.')).toBe(true);
    expect(caitTellsWalkout('Workers walked out on three separate days.')).toBe(false);
    expect(caitTellsWalkout('Workers protested and threatened walkouts.')).toBe(false);
    expect(caitTellsWalkout('Staff walked out, part of a global general strike.')).toBe(true);
  });
});
