import { describe, expect, it } from 'vitest';
import { isActiveDataset } from '@/data/model/active-shape';
import { ActiveDataset } from '@/data/model/state';

/** A record of the data in use with every optional field set (an install's, with lists merged over it). */
const full = {
  gen: 3,
  version: 12,
  generatedAt: '2026-11-30T00:00:00.000Z',
  origin: 'lists',
  activatedAt: '2026-11-30T01:00:00.000Z',
  counts: { companies: 10, notes: 20, agencies: 2, domains: 14 },
  checksum: 'ab'.repeat(32),
  installMs: 187.5,
  bundledVersion: 11,
  lists: [{ id: 'list', url: 'https://lists.example/tieline/', version: 4 }],
  coverage: {
    agencies: [{ id: 'ice', acronym: 'ICE', name: 'U.S. Immigration and Customs Enforcement' }],
    contracts: { first: '2008-01-02', last: '2026-10-01', count: 300 },
    labor: [
      { first: '2019-02-26', last: '2025-05-01', count: 7, source: 'cait' },
      { first: '2020-01-01', last: '2024-01-01', count: 2, source: 'press' },
    ],
  },
};

/** Every value a field of `v` can be replaced with that tests a check: each kind of JSON value and the numbers Zod refuses. */
const REPLACEMENTS: unknown[] = [undefined, null, '', 'x', 0, -1, 1.5, 2 ** 53, NaN, Infinity, true, [], {}, ['x'], 'cait', 'other'];

/** `v` with the value at `path` replaced (or removed, for undefined). */
function withAt(v: unknown, path: (string | number)[], value: unknown): unknown {
  if (!path.length) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(v) ? [...(v as unknown[])] : { ...(v as object) }) as Record<string | number, unknown>;
  const next = withAt(copy[head!], rest, value);
  if (next === undefined && !Array.isArray(v)) delete copy[head!];
  else copy[head!] = next;
  return copy;
}

/** The path of every value inside `v`, itself included. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const inner =
    typeof v === 'object' && v !== null ? Object.entries(v).flatMap(([k, x]) => paths(x, [...at, Array.isArray(v) ? Number(k) : k])) : [];
  return [at, ...inner];
}

describe('isActiveDataset: the check of META.active without Zod', () => {
  it('accepts what the schema accepts: a full record, and one without its optional fields', () => {
    const bare = Object.fromEntries(
      Object.entries(full).filter(([k]) => !['installMs', 'bundledVersion', 'lists', 'coverage'].includes(k)),
    );
    for (const v of [full, bare, { ...full, extra: 1 }, { ...full, coverage: { ...full.coverage, contracts: undefined } }]) {
      expect(ActiveDataset.safeParse(v).success).toBe(true);
      expect(isActiveDataset(v)).toBe(true);
    }
  });

  it('answers as the schema does with any one field of the record replaced or removed', () => {
    let refused = 0;
    for (const path of paths(full))
      for (const value of REPLACEMENTS) {
        const v = withAt(full, path, value);
        const zod = ActiveDataset.safeParse(v).success;
        expect(isActiveDataset(v), `${path.join('.') || 'the record'} = ${String(value)}`).toBe(zod);
        if (!zod) refused++;
      }
    // Most of these are refused: the comparison is not between two checks that accept everything.
    expect(refused).toBeGreaterThan(500);
  });
});
