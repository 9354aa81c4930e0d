/**
 * Between a fresh build and `data:publish`: the checks that decide whether a dataset may replace the one
 * users have, and the version it is published under. A list's company replaces the bundle's (notes and
 * all) on every install, so a build that lost data — an agency fetched half, an input missing — must stop
 * here, not reach millions of extensions.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Dataset, Note } from '../model/schema';

/**
 * Lays out a release's inputs: everything of the inputs folder (cait/, nlrb/, lat/ … as in ../shared/data)
 * linked, except the folders named in `fresh`, which the release fills itself (usaspending/ from data:fetch).
 */
export function linkInputs(from: string, to: string, fresh: readonly string[]): string[] {
  mkdirSync(to, { recursive: true });
  // What the release fills itself stays (an interrupted fetch's saved pages live there); the rest is relinked.
  for (const entry of readdirSync(to)) if (!fresh.includes(entry)) rmSync(join(to, entry), { recursive: true, force: true });
  const linked: string[] = [];
  if (existsSync(from))
    for (const entry of readdirSync(from).sort()) {
      if (fresh.includes(entry) || entry.startsWith('.')) continue;
      symlinkSync(resolve(from, entry), join(to, entry));
      linked.push(entry);
    }
  return linked;
}

export interface Comparison {
  lines: string[];
  /** Reasons not to publish. */
  problems: string[];
  /** Companies whose record or notes differ (added and removed included): each changes one shard. */
  changedCompanies: number;
}

const byCompany = (d: Dataset) => {
  const notes = new Map<string, Note[]>();
  for (const n of d.notes) notes.set(n.companyId, [...(notes.get(n.companyId) ?? []), n]);
  return new Map(d.companies.map((c) => [c.id, JSON.stringify([c, (notes.get(c.id) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1))])]));
};

const count = (d: Dataset, kind: Note['kind']) => d.notes.filter((n) => n.kind === kind).length;

/**
 * Compares a new dataset with the one it would replace (the bundle, or the last published list). Fewer
 * companies or notes of any kind than `1 − maxDrop` of the base is a problem.
 */
export function compareDatasets(base: Dataset, next: Dataset, maxDrop: number): Comparison {
  const lines: string[] = [];
  const problems: string[] = [];
  const measures: [string, number, number][] = [
    ['companies', base.companies.length, next.companies.length],
    ['contract ties', count(base, 'contract'), count(next, 'contract')],
    ['labor actions', count(base, 'labor'), count(next, 'labor')],
    ['context notes', count(base, 'context'), count(next, 'context')],
  ];
  for (const [what, was, now] of measures) {
    lines.push(`${what}: ${was} → ${now}`);
    if (now < was * (1 - maxDrop)) problems.push(`${what} fell from ${was} to ${now}, more than ${Math.round(maxDrop * 100)}%`);
  }
  const a = byCompany(base);
  const b = byCompany(next);
  let changed = 0;
  for (const [id, fingerprint] of b) if (a.get(id) !== fingerprint) changed++;
  for (const id of a.keys()) if (!b.has(id)) changed++;
  lines.push(`companies changed, added or removed: ${changed}`);
  return { lines, problems, changedCompanies: changed };
}

/** Above every version the list's users may hold: the last published one, the bundle's and the build's. */
export const nextVersion = (previousPublished: number | null, ...others: number[]) => Math.max(previousPublished ?? 0, ...others) + 1;

/**
 * The manifest users hold now, to publish above its version and to count the shards that change: from the
 * list's URL (404 means nothing was published yet; any other failure stops the release rather than risk
 * publishing a version users would refuse as a rollback) or from a file.
 */
export async function readPreviousManifest(source: string, timeoutMs = 30_000): Promise<unknown | null> {
  if (!/^https?:\/\//i.test(source)) return existsSync(source) ? (JSON.parse(readFileSync(source, 'utf8')) as unknown) : null;
  const res = await fetch(source, { signal: AbortSignal.timeout(timeoutMs), cache: 'no-store' }).catch((err: Error) => {
    throw new Error(`cannot read the published manifest ${source}: ${err.message}`);
  });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`cannot read the published manifest ${source}: HTTP ${res.status}`);
  try {
    return (await res.json()) as unknown;
  } catch {
    throw new Error(`the published manifest ${source} is not JSON`);
  }
}
