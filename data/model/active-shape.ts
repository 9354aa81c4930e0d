/**
 * Whether a stored value is an `ActiveDataset` (./state.ts): the same answer as `ActiveDataset.safeParse(v).success`,
 * without Zod. The service worker's badge code reads META.active at every wake-up (data/store/in-use-read.ts), and
 * Zod was 33 KB of its 71 KB background.js — code Chromium compiles and keeps in the worker's heap at each wake-up
 * (bench/results/2026-12-01-worker10.md) — for this one check. The schema stays the declaration (types, writes,
 * every other read); test/unit/model/active-shape.test.ts holds this check to its answers, field by field.
 */
import { LABOR_SOURCES } from './coverage';

type Check = (v: unknown) => boolean;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str: Check = (v) => typeof v === 'string';
// Zod's numbers are finite; its integers are safe ones.
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const count: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
const positiveInt: Check = (v) => Number.isSafeInteger(v) && (v as number) > 0;
const optional =
  (c: Check): Check =>
  (v) =>
    v === undefined || c(v);
const array =
  (c: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(c);
const object =
  (shape: Record<string, Check>): Check =>
  (v) =>
    isRecord(v) && Object.entries(shape).every(([k, c]) => c(v[k]));
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    values.includes(v as string);

const span = { first: str, last: str, count };

const coverage = object({
  agencies: array(object({ id: str, acronym: str, name: str })),
  contracts: optional(object(span)),
  labor: array(object({ ...span, source: oneOf(LABOR_SOURCES) })),
});

/** ./state.ts's `ActiveDataset`, field by field. */
export const isActiveDataset: Check = object({
  gen: count,
  version: positiveInt,
  generatedAt: str,
  origin: str,
  activatedAt: str,
  counts: object({ companies: count, notes: count, agencies: count, domains: count }),
  checksum: str,
  installMs: optional(num),
  bundledVersion: optional(num),
  lists: optional(array(object({ id: str, url: str, version: num }))),
  coverage: optional(coverage),
});
