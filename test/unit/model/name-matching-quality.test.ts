/**
 * Precision and recall of the name matcher on a labelled set of real name variants (USAspending
 * recipients, NLRB employers, re-typed variants, typos, emails and domains), each with the registry
 * company it denotes or no match. Labels were written by hand from what each name denotes, not by this
 * matcher. Goal: precision ≥ 0.98, recall ≥ 0.90.
 *
 * A match is right when it is the expected company, or a registry subsidiary whose ownership chain
 * reaches it (the result then shows the expected company's notes as its owner's): "ROCKWELL COLLINS,
 * INC." labelled RTX is right when it finds Rockwell Collins, owned by RTX.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { ScreenIndex } from '@/data/model/name-matcher';
import { ownershipChain } from '@/data/model/result';
import { Company } from '@/data/model/schema';
import { z } from 'zod';

const registry = z.array(Company).parse(JSON.parse(readFileSync('data/dataset/sources/companies.json', 'utf8')));
const rows = Papa.parse<{ input: string; expected: string; kind: string; note: string }>(
  readFileSync('test/fixtures/name-matching.csv', 'utf8'),
  {
    header: true,
    skipEmptyLines: true,
  },
).data;

describe('name matcher quality', () => {
  it('reaches precision ≥ 0.98 and recall ≥ 0.90 on the labelled set', () => {
    // The labels name registry companies, so the index is the registry's.
    const index = new ScreenIndex(registry);
    const known = new Set(registry.map((c) => c.id));
    const byId = new Map(registry.map((c) => [c.id, c]));
    const owners = (id: string) => (byId.get(id) ? ownershipChain(byId.get(id)!, (x) => byId.get(x)).map((c) => c.id) : []);
    expect(rows.length).toBeGreaterThanOrEqual(300);
    for (const r of rows) if (r.expected) expect(known.has(r.expected), `label "${r.expected}" is a registry id`).toBe(true);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    const byKind = new Map<string, { n: number; ok: number }>();
    for (const r of rows) {
      const found = index.matchAny(r.input).match?.companyId ?? '';
      const got = found && r.expected && owners(found).includes(r.expected) ? r.expected : found;
      const k = byKind.get(r.kind) ?? { n: 0, ok: 0 };
      k.n++;
      if (got === r.expected) k.ok++;
      byKind.set(r.kind, k);
      if (got && got === r.expected) tp++;
      else {
        if (got) fp++;
        if (r.expected) fn++;
        wrong.push(`  ${r.kind.padEnd(9)} ${JSON.stringify(r.input)} → ${got || '(none)'}, expected ${r.expected || '(none)'}`);
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      [
        `name matcher on ${rows.length} labelled inputs: precision ${precision.toFixed(3)} (goal ≥ 0.98), recall ${recall.toFixed(3)} (goal ≥ 0.90); ${tp} right, ${fp} wrong matches, ${fn} missed`,
        `  by kind: ${[...byKind].map(([k, v]) => `${k} ${v.ok}/${v.n}`).join(', ')}`,
        ...(wrong.length ? ['  disagreements:', ...wrong] : []),
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
