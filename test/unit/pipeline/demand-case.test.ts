/**
 * The case of the tracker's demands inside a note (data/pipeline/demand-case.ts): the rule on its own, and its
 * precision on every real demand whose case it changes (test/fixtures/lat/demand-case-labels.csv, README there).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { demandPhrase, properWords } from '@/data/pipeline/demand-case';
import { demands } from '@/data/pipeline/lat';
import { readBundledDataset } from '@/data/pipeline/bundled';

const TRACKER = '../shared/data/lat/labor-actions.csv';

describe('demandPhrase', () => {
  const proper = properWords(
    ['Pay;Job Security', 'workers at a store walked out'],
    ['Amazon.com, Inc.', 'Kroger Co.', 'Staffing Inc.', 'FedEx'],
  );

  it('takes for names the states and one-word company names the prose never writes in lower case', () => {
    expect(proper.has('alabama')).toBe(true);
    expect(proper.has('kroger')).toBe(true);
    // "Staffing Inc." is one word, but "staffing" is a common word: nothing here says it is a name.
    expect(properWords(['Safe staffing'], ['Staffing Inc.']).has('staffing')).toBe(false);
    // "Amazon.com" is not a plain word; Amazon is taken from "Amazon" where a registry names it so.
    expect(proper.has('amazon')).toBe(false);
    expect(properWords([], ['Amazon']).has('amazon')).toBe(true);
  });

  it('lowers the heading case of a demand but keeps names, acronyms and laws', () => {
    expect(demandPhrase('Job Security', proper)).toBe('job security');
    expect(demandPhrase('End to Anti-Union Retaliation', proper)).toBe('end to anti-union retaliation');
    expect(demandPhrase('End ICE raids', proper)).toBe('end ICE raids');
    expect(demandPhrase('Kroger must keep stores open', proper)).toBe('Kroger must keep stores open');
    expect(demandPhrase('FedEx must stop stalling contract negotiations')).toBe('FedEx must stop stalling contract negotiations');
    expect(demandPhrase('LGBTQ+ justice')).toBe('LGBTQ+ justice');
    expect(demandPhrase('Pass the PRO Act')).toBe('pass the PRO Act');
    expect(demandPhrase('Passage of the Good Jobs for Good Airports Act')).toBe('passage of the Good Jobs for Good Airports Act');
    expect(demandPhrase('Implement a Fast Food Council in California', proper)).toBe('implement a Fast Food Council in California');
    expect(demands('Alabama;Pay', proper)).toEqual(['Alabama', 'pay']);
  });
});

interface Label {
  demand: string;
  before: string;
  after: string;
  label: 'right' | 'wrong';
  why: string;
}

describe.runIf(existsSync(TRACKER))('on every demand in the tracker', () => {
  it('changes exactly the labelled demands, with precision ≥ 0.95', () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync(TRACKER, 'utf8'), { header: true, skipEmptyLines: true }).data;
    const proper = properWords(
      rows.flatMap((r) => [r['Worker Demands'] ?? '', r['Notes'] ?? '']),
      readBundledDataset().companies.map((c) => c.name),
    );
    const labels = Papa.parse<Label>(readFileSync('test/fixtures/lat/demand-case-labels.csv', 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const byDemand = new Map(labels.map((l) => [l.demand, l]));
    const distinct = new Set(
      rows.flatMap((r) => (r['Worker Demands'] ?? '').split(';').map((d) => d.replace(/\s+/g, ' ').trim())).filter(Boolean),
    );
    const changed: string[] = [];
    for (const d of distinct) {
      const label = byDemand.get(d);
      const after = demandPhrase(d, proper);
      if (label) expect(after, d).toBe(label.after);
      else expect(after, d).toBe(oldPhrase(d));
      if (after !== oldPhrase(d)) changed.push(d);
    }
    expect(changed.sort()).toEqual(labels.map((l) => l.demand).sort());
    const right = labels.filter((l) => l.label === 'right').length;
    console.log(
      `demand case: ${changed.length} of ${distinct.size} distinct demands change; precision ${(right / labels.length).toFixed(3)} (${right}/${labels.length})`,
    );
    expect(right / labels.length).toBeGreaterThanOrEqual(0.95);
  });
});

// lat.ts's rule before demand-case.ts (e09b1db): the first word lowered, and a capitalised phrase lowered whole.
function oldPhrase(t: string): string {
  const SMALL = /^(to|of|and|the|for|a|an|in|on|at|with|from|or)$/i;
  const ACRONYM = /^[A-Z0-9$][A-Z0-9$&.-]*[A-Z0-9]$/;
  const words = t.replace(/\s+/g, ' ').trim().split(' ');
  const titled = words.every((w) => SMALL.test(w) || ACRONYM.test(w) || /^[A-Z0-9]/.test(w));
  const bill = (w: string, i: number) => /\d/.test(w) || (/^[B-HJ-Z]$/.test(w) && /^\d/.test(words[i + 1] ?? ''));
  return words.map((w, i) => ((ACRONYM.test(w) && w.length > 1) || bill(w, i) ? w : titled || i === 0 ? w.toLowerCase() : w)).join(' ');
}
