/**
 * The source policy (data/model/source-policy.ts) applied at build time. Our own registry and notes must
 * pass it as written: a bad source there fails the build, to be fixed by hand. Sources that importers
 * carry over from other people's lists are cleaned where that cannot change the page (tracking parameters)
 * and dropped otherwise; a note left without sources is dropped. Importers may call `cleanSources` on
 * their own notes; the build runs it over every note anyway.
 */
import type { Company, Note, Source } from '../model/schema';
import { cleanImportedSource, sourceProblems, sourceSetProblems, type SourceRule } from '../model/source-policy';
import type { DomainEvidence } from './authored';

export class SourcePolicyError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `${problems.length} source${problems.length === 1 ? '' : 's'} in the curated registry break the source policy:\n  ${problems.join('\n  ')}`,
    );
    this.name = 'SourcePolicyError';
  }
}

/** Every problem of the curated registry's (its links' and its domains' evidence) and authored notes' sources, one line each. */
export function authoredSourceProblems(
  companies: readonly Company[],
  notes: readonly Note[],
  domains: ReadonlyMap<string, DomainEvidence> = new Map(),
): string[] {
  const out: string[] = [];
  const check = (where: string, sources: readonly Source[]) => {
    for (const s of sources) for (const p of sourceProblems(s)) out.push(`${where}: ${p.message}`);
    for (const p of sourceSetProblems(sources)) out.push(`${where}: ${p.message}`);
  };
  for (const c of companies) {
    if (c.parent) check(`companies.json "${c.id}" parent`, c.parent.sources);
    for (const m of c.members ?? []) check(`companies.json "${c.id}" member "${m.id}"`, m.sources);
  }
  for (const [domain, e] of domains) check(`companies.json domain "${domain}" evidence`, e.sources);
  for (const n of notes) check(`notes.json "${n.id}"`, n.sources);
  return out;
}

/** Throws a SourcePolicyError naming every offending source of the curated data. */
export function enforceAuthoredSources(
  companies: readonly Company[],
  notes: readonly Note[],
  domains: ReadonlyMap<string, DomainEvidence> = new Map(),
): void {
  const problems = authoredSourceProblems(companies, notes, domains);
  if (problems.length) throw new SourcePolicyError(problems);
}

export interface SourceCleaning {
  /** Sources whose tracking parameters were removed. */
  cleaned: number;
  /** Sources dropped, by the first rule they broke. */
  dropped: Partial<Record<SourceRule, number>>;
  /** Notes dropped because none of their sources was left. */
  notesDropped: string[];
  /** A few dropped links, for the report. */
  examples: string[];
}

export const emptyCleaning = (): SourceCleaning => ({ cleaned: 0, dropped: {}, notesDropped: [], examples: [] });

/** Applies the policy to notes built from imported data; returns the notes that keep a source. */
export function cleanSources<T extends Note>(notes: readonly T[], report: SourceCleaning = emptyCleaning()): T[] {
  const out: T[] = [];
  for (const n of notes) {
    const kept: Source[] = [];
    let changed = false;
    for (const s of n.sources) {
      const r = cleanImportedSource(s);
      if (r.ok) {
        if (!kept.some((k) => k.url === r.source.url)) kept.push(r.source);
        if (r.cleaned) report.cleaned++;
        changed ||= r.cleaned;
      } else {
        const rule = r.problems[0]!.rule;
        report.dropped[rule] = (report.dropped[rule] ?? 0) + 1;
        if (report.examples.length < 8) report.examples.push(`${n.id}: ${r.problems[0]!.message}`);
        changed = true;
      }
    }
    if (!kept.length) report.notesDropped.push(n.id);
    else out.push(changed || kept.length !== n.sources.length ? { ...n, sources: kept } : n);
  }
  return out;
}
