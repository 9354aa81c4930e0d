/**
 * Precision of two rules on CAIT's own fields, on labelled real cases (test/fixtures/cait/, README): every CAIT
 * record that becomes a note with the action "union representation" (told as a union election) or the topic
 * `ice` / `cbp` (an agency tie), labelled from its description and, where unclear, news copies.
 *   - a "union representation" is an election only where the description tells a vote and no cards, petition,
 *     voluntary recognition or works council (cait-kind.ts caitTellsVote); otherwise a union drive;
 *   - an `ice` / `cbp` topic is an agency tie only where the description names the agency (cait-agency.ts).
 * Each is compared with what the import did before the rule (every such record an election, every tag a tie).
 * The words were chosen reading these same records: the labels are every record the rules touch (CAIT's
 * data is fixed), so the figures are the rules' precision on the notes, not a held-out estimate.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { caitAgencies, caitKind, type CaitAction } from '@/data/pipeline/cait';

const SHARED = '../shared/data/cait/actions.json';
let actions: Map<number, CaitAction> | undefined;
try {
  actions = new Map((JSON.parse(readFileSync(SHARED, 'utf8')) as CaitAction[]).map((a) => [a.id, a]));
} catch {
  console.warn(`cait-rules.test: ${SHARED} is absent; the labels cannot be joined to their actions, so the test is skipped.`);
}

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
const line = (name: string, s: ReturnType<typeof score>) =>
  `${name}: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)} (${s.tp} right, ${s.fp} wrong, ${s.fn} missed)`;

/** Prints a rule's figures beside the import's before it, with the records it gets wrong, and holds it to its goals. */
function report(title: string, before: [string, ReturnType<typeof score>], rule: [string, ReturnType<typeof score>]) {
  console.log([title, line(...before), line(...rule), ...rule[1].wrong].join('\n'));
  expect(rule[1].precision).toBeGreaterThanOrEqual(0.95);
  expect(rule[1].recall).toBeGreaterThanOrEqual(0.9);
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
    report(
      `CAIT "union representation" on ${rows.length} labelled records (${all.length - rows.length} unclear left out), told as a union election:`,
      ['  before (every record)', before],
      ['  rule (a vote told)', rule],
    );
  });

  it('ties an action to ICE or CBP only where the description names the agency (precision ≥ 0.95)', () => {
    const rows = labels('cait-agency-labels.csv');
    expect(rows.length).toBe(20);
    const agency = (l: Label) => l.label === 'agency';
    const tagged = (a: CaitAction) => (a.tags ?? []).some((t) => t === 'ice' || t === 'cbp');
    for (const l of rows) expect(tagged(actions!.get(Number(l.id))!), l.id).toBe(true);
    const before = score(rows, tagged, agency);
    const rule = score(rows, (a) => caitAgencies(a.tags, a.description).length > 0, agency);
    report(
      `CAIT ice/cbp topics on ${rows.length} labelled records, given an agency tie:`,
      ['  before (every tag)', before],
      ['  rule (agency named)', rule],
    );
  });

  it('reads the acronym, not the word, and keeps a drive a drive', () => {
    expect(caitAgencies(['ice'], 'Workers walked out in the ice and snow.')).toEqual([]);
    expect(caitAgencies(['ice', 'cbp'], 'a contract with U.S. Customs and Border Protection')).toEqual(['cbp']);
    expect(caitKind(['union representation'], '', 'Workers voted 20 to 5 for the union.')).toBe('union-election');
    expect(caitKind(['union representation'], '', 'Workers voted to join after management voluntarily recognized it.')).toBe('union-drive');
    expect(caitKind(['union representation'], '', 'Workers signed cards and petitioned the NLRB for an election.')).toBe('union-drive');
    expect(caitKind(['union representation'])).toBe('union-election');
  });
});
