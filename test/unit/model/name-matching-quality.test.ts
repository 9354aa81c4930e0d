/**
 * Precision and recall of the screening matcher on two hand-labelled sets, run over the bundled dataset's
 * companies (the index the lookup page and `check` use):
 *
 * 1. test/fixtures/name-matching.csv — 414 legal names as filed (USAspending recipients, NLRB employers,
 *    re-typed variants, typos, emails and domains), labelled with the registry company each denotes or none.
 *    A match on a company the registry does not know (a contractor known only by its legal name) counts as
 *    "no registry company", which is what its label says.
 * 2. test/fixtures/names-as-typed.csv — 823 names as people type them: corporate supporters copied from
 *    nonprofits' published donor lists, employers as the Labor Action Tracker and CAIT write them, vendor
 *    names from city procurement records, and constructed emails and websites; each with the dataset
 *    company it denotes or none, and where it came from (columns refers_to, source, note).
 *
 * A match is right when it is the expected company, or a subsidiary whose ownership chain reaches it. Both
 * a sure match and a suggestion (state `review`) count as the matcher's answer; a close call between
 * companies (no single match) counts as none. Goal on both sets: precision ≥ 0.98, recall ≥ 0.95. The
 * assertions hold the figures reached; the printout says where each set stands against the goal.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { ScreenIndex } from '@/data/model/name-matcher';
import { ownershipChain } from '@/data/model/result';
import { readBundledDataset } from '@/data/pipeline/bundled';

const dataset = readBundledDataset();
const registry = new Set((JSON.parse(readFileSync('data/dataset/sources/companies.json', 'utf8')) as { id: string }[]).map((c) => c.id));
const byId = new Map(dataset.companies.map((c) => [c.id, c]));
const chain = (id: string) => (byId.get(id) ? ownershipChain(byId.get(id)!, (x) => byId.get(x)).map((c) => c.id) : []);
const index = new ScreenIndex(dataset.companies);

interface Row {
  input: string;
  expected: string;
  kind: string;
  note: string;
}
const read = (path: string) => Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;

function measure(name: string, rows: Row[], registryOnly: boolean) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let review = 0;
  const misses: string[] = [];
  for (const r of rows) {
    const expected = r.expected === 'none' ? '' : r.expected;
    const o = index.matchAny(r.input);
    let found = o.match?.companyId ?? '';
    if (registryOnly && found && !registry.has(found)) found = chain(found).find((x) => registry.has(x)) ?? '';
    const got = found && expected && chain(found).includes(expected) ? expected : found;
    if (o.state === 'review') review++;
    if (got === expected) {
      if (got) tp++;
      continue;
    }
    if (got) fp++;
    if (expected) fn++;
    const how = o.match
      ? ` (${o.state}, ${o.match.how} ${o.match.confidence})`
      : o.candidates
        ? ` (review: ${o.candidates.map((c) => c.companyId).join(' or ')})`
        : '';
    misses.push(`  ${r.kind.padEnd(9)} ${JSON.stringify(r.input)} → ${got || '(none)'}${how}, expected ${expected || '(none)'}`);
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const goal = (x: number, g: number) => `${x.toFixed(3)} (goal ≥ ${g}${x >= g ? ', met' : ', NOT MET'})`;
  console.log(
    [
      `${name}: ${rows.length} labelled inputs: precision ${goal(precision, 0.98)}, recall ${goal(recall, 0.95)}; ${tp} right, ${fp} wrong matches, ${fn} missed, ${review} offered for review`,
      ...(misses.length ? ['  disagreements:', ...misses] : []),
    ].join('\n'),
  );
  return { precision, recall, rows: rows.length };
}

describe('name matcher quality', () => {
  it('set 1 (legal names as filed): precision ≥ 0.98, recall ≥ 0.95', () => {
    const rows = read('test/fixtures/name-matching.csv');
    for (const r of rows) if (r.expected) expect(registry.has(r.expected), `label "${r.expected}" is a registry id`).toBe(true);
    const m = measure('set 1, legal names as filed', rows, true);
    expect(m.rows).toBeGreaterThanOrEqual(400);
    expect(m.precision).toBeGreaterThanOrEqual(0.98);
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('set 2 (names as people type them): precision ≥ 0.98, recall ≥ 0.95', () => {
    const rows = read('test/fixtures/names-as-typed.csv');
    for (const r of rows) if (r.expected !== 'none') expect(byId.has(r.expected), `label "${r.expected}" is a dataset id`).toBe(true);
    const m = measure('set 2, names as typed', rows, false);
    expect(m.rows).toBeGreaterThanOrEqual(800);
    expect(m.precision).toBeGreaterThanOrEqual(0.98);
    // The misses left are facts the registry cannot source yet (Talend, Instaclustr, Law360), hotel
    // properties named with their chain's brand, and labels marked UNSURE.
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('on the real registry, a brand inside another business name and a contractor before its client match nothing', () => {
    for (const input of [
      'Apple Bus Company',
      'Oracle Elevator',
      'Flagship - Meta',
      'Cognizant - Alphabet',
      'Aramark - Arizona State University',
    ])
      expect(index.matchAny(input).match, input).toBeNull();
  });
});
