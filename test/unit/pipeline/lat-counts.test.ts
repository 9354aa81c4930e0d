/**
 * The tracker's head count told only where a reader checked the record (data/pipeline/lat-counts.ts): the rule on a
 * made-up record, its precision on the counts the docs judged (test/fixtures/lat/count-labels.csv, README), and the
 * bundle as built. The checked set was drawn from these same labels, so the figures say what the rule keeps of the
 * labelled counts, not a held-out estimate.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { importLat, LAT_COLUMNS } from '@/data/pipeline/lat';
import { LAT_CHECKED_COUNTS, latCountChecked } from '@/data/pipeline/lat-counts';
import { LAT_FIXES } from '@/data/pipeline/audit-fixes';
import { readBundledDataset } from '@/data/pipeline/bundled';
import type { LaborAction } from '@/data/model/schema';
import { latLine } from '../../helpers/lat';
import { reportRule } from '../../helpers/rule-report';

interface Label {
  note: string;
  count: string;
  label: 'right' | 'wrong' | 'unchecked';
  docs: string;
  reason: string;
}
const labels = Papa.parse<Label>(readFileSync('test/fixtures/lat/count-labels.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const recordOf = (note: string) => note.split('-')[1]!;

// Counts labelled wrong as shown that a correction since answers: sweep 9 re-read DHL's 1,430 as true once its note
// said the strike was in more places (#16), and audit pass 4's Honolulu 5,000 (#36) is told "in all" since lat.ts's rule.
const ANSWERED = new Set(['lat-2671-dhl', 'lat-3458-marriott']);

/** What a note shows of a labelled count: nothing (left out, dropped or withdrawn), the reports' count, or the tracker's. */
function shown(l: Label, rule: boolean): 'none' | 'fixed' | 'tracker' {
  const fix = LAT_FIXES.get(recordOf(l.note));
  if (fix?.withdraw || fix?.workers === null) return 'none';
  if (typeof fix?.workers === 'number') return 'fixed';
  if (rule && !latCountChecked(recordOf(l.note), fix)) return 'none';
  return 'tracker';
}
const isRight = (l: Label, s: ReturnType<typeof shown>) => s === 'fixed' || l.label === 'right' || ANSWERED.has(l.note);

/** Precision and recall of the counts a note shows, over the labels a doc settled (right or wrong). */
function score(rows: Label[], rule: boolean) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const l of rows) {
    const s = shown(l, rule);
    const told = s !== 'none';
    if (told && isRight(l, s)) tp++;
    else if (told) {
      fp++;
      wrong.push(`  ${l.note} (${l.count}) shown, labelled ${l.label}: ${l.reason}`);
    } else if (l.label === 'right') {
      fn++;
      wrong.push(`  ${l.note} (${l.count}) left out, labelled right: ${l.reason}`);
    }
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), tp, fp, fn, wrong };
}

describe('the tracker’s head counts told only where a reader checked them', () => {
  it('leaves out an unchecked count and keeps a checked one (made-up records)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tieline-lat-counts-'));
    const line = (id: string) =>
      latLine({
        ID: id,
        Employer: 'Acme',
        'Start Date': '2024-05-01',
        'Strike or Protest': 'Strike',
        City: 'Memphis',
        State: 'Tennessee',
        'Approximate Number of Participants': '40',
        Source: 'https://example.org/r',
      });
    const file = join(dir, 'lat.csv');
    // 999999: no record, no fix, no doc; 1157: sweep 9 read FedEx's 500 pilots in WREG's report (checked).
    writeFileSync(file, [LAT_COLUMNS.join(','), line('999999'), line('1157')].join('\n') + '\n');
    expect(latCountChecked('999999', undefined)).toBe(false);
    // A correction of another field checks no count; one that gives or drops the count does.
    expect(latCountChecked('999999', { why: 'a correction' } as object)).toBe(false);
    expect(latCountChecked('999999', { workers: 120 })).toBe(true);
    expect(latCountChecked('999999', { workers: null })).toBe(true);
    // Raven Software's QA walkout (audit pass 14): corrected, its 200 unread (reports: more than 60 testers).
    expect(latCountChecked('748', LAT_FIXES.get('748'))).toBe(false);
    const r = await importLat(file, (n) => (n === 'Acme' ? { id: 'acme', name: 'Acme' } : undefined));
    const note = (id: string) => r.notes.find((n) => n.id === `lat-${id}-acme`)!;
    expect(note('999999').summary).not.toMatch(/took part/);
    expect(note('999999').summary).toMatch(/^A strike by workers at Acme in Memphis, Tennessee\. Recorded/);
    expect(note('1157').summary).toContain('The tracker estimates that about 40 people took part.');
  });

  it('keeps the counts the docs found right and none they found wrong (precision ≥ 0.95)', () => {
    expect(labels.length).toBe(131);
    const tally = (k: Label['label']) => labels.filter((l) => l.label === k).length;
    expect([tally('right'), tally('wrong'), tally('unchecked')]).toEqual([69, 24, 38]);
    // The checked set is the records labelled right, and the two labelled wrong that a correction since answers (ANSWERED).
    const right = new Set(labels.filter((l) => l.label === 'right').map((l) => recordOf(l.note)));
    expect([...LAT_CHECKED_COUNTS].filter((id) => !right.has(id)).sort()).toEqual([...ANSWERED].map(recordOf).sort());
    expect([...right].filter((id) => !LAT_CHECKED_COUNTS.has(id))).toEqual([]);
    const settled = labels.filter((l) => l.label !== 'unchecked');
    reportRule(
      `Tracker head counts on ${settled.length} notes whose count a doc settled (${labels.length - settled.length} unchecked left out), a count shown:`,
      ['  before (every count not dropped by a fix)', score(settled, false)],
      ['  rule (a fix’s count or a checked count)', score(settled, true)],
    );
    // The unchecked: none is shown, a record corrected in another field (a date, the demands) included.
    const unchecked = labels.filter((l) => l.label === 'unchecked');
    const kept = unchecked.filter((l) => shown(l, true) !== 'none').map((l) => l.note);
    console.log(
      `  of ${unchecked.length} counts no doc settled: ${unchecked.filter((l) => shown(l, false) !== 'none').length} shown before, ${kept.length} after`,
    );
    expect(kept).toEqual([]);
  });

  it('shows no unchecked tracker count in the bundle', () => {
    const ds = readBundledDataset();
    const lat = ds.notes.filter((n): n is LaborAction => n.kind === 'labor' && n.id.startsWith('lat-'));
    const counted = lat.filter((n) => /\btook part\b/.test(n.summary));
    const unchecked = counted.filter((n) => !latCountChecked(recordOf(n.id), LAT_FIXES.get(recordOf(n.id))));
    expect(unchecked.map((n) => n.id)).toEqual([]);
    expect(counted.length).toBeGreaterThan(0);
    // The University of Washington's 6,000 (UAW Local 4121's size, audit pass 15) is left out by the rule.
    expect(lat.find((n) => n.id === 'lat-3071-university-of-washington')?.summary).not.toMatch(/took part/);
    console.log(`tracker notes with a head count: ${counted.length} of ${lat.length}`);
  });
});
