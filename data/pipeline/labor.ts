/**
 * A company's labour history from several records — our authors' notes, Collective Action in Tech, NLRB
 * elections and the Labor Action Tracker — without showing one event twice. Records of the same company
 * are one event when their dates are close, their kinds agree and (where both say) their places meet; the first record (in the order
 * authored → NLRB → CAIT → tracker) keeps its text, and the others add their sources and their credit.
 */
import type { LaborAction, LaborActionKind, Note } from '../model/schema';

const DAY_MS = 86_400_000;
const time = (d: string) => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);
const days = (a: string, b: string) => Math.abs(time(a) - time(b)) / DAY_MS;

/** Kinds that can describe the same event in two records. */
export const FAMILY: Record<LaborActionKind, string> = {
  strike: 'stoppage',
  walkout: 'stoppage',
  protest: 'protest',
  'open-letter': 'letter',
  petition: 'letter',
  'union-election': 'union',
  'union-drive': 'union',
  lawsuit: 'lawsuit',
  resignation: 'resignation',
  other: 'other',
};

export interface MergeRule {
  /** Largest gap between the two dates, in days. */
  withinDays: number;
  /** Whether the kinds must be of one family (a strike is not a letter). */
  sameKind: boolean;
  /** A sentence added to the kept note's summary: "Also recorded by …". */
  credit?: string;
  /**
   * Whether the two records can be one event by where they took place (labor-place.ts); absent, place is
   * not compared. Two walkouts of one company on one day in two states are two events (audit pass 8 #25).
   */
  samePlace?: (existing: LaborAction, incoming: LaborAction) => boolean;
}

export interface MergeResult {
  added: LaborAction[];
  /** Incoming records merged into an existing note, by the existing note's id. */
  merged: { into: string; from: string }[];
}

/**
 * Merges `incoming` labour notes into `notes` (changed in place), each into at most one existing note of the same
 * company (the closest in date) and each existing note taking at most one incoming record, so two
 * strikes a day apart at different sites stay two notes. Only existing notes accepted by `eligible`
 * (e.g. not from the same source) can take a record. Returns the records that matched none, for the
 * caller to add (or to try against other notes first).
 */
export function mergeLabor(
  notes: Note[],
  incoming: readonly LaborAction[],
  rule: MergeRule,
  eligible: (n: LaborAction) => boolean,
): MergeResult {
  const byCompany = new Map<string, number[]>();
  notes.forEach((n, i) => {
    if (n.kind !== 'labor' || !eligible(n)) return;
    const list = byCompany.get(n.companyId) ?? [];
    list.push(i);
    byCompany.set(n.companyId, list);
  });
  const taken = new Set<number>();
  const result: MergeResult = { added: [], merged: [] };
  for (const n of incoming) {
    let best = -1;
    let bestGap = Infinity;
    for (const i of byCompany.get(n.companyId) ?? []) {
      if (taken.has(i)) continue;
      const m = notes[i] as LaborAction;
      if (rule.sameKind && FAMILY[m.action] !== FAMILY[n.action]) continue;
      if (rule.samePlace && !rule.samePlace(m, n)) continue;
      const gap = days(m.date, n.date);
      if (gap <= rule.withinDays && gap < bestGap) {
        best = i;
        bestGap = gap;
      }
    }
    if (best < 0) {
      result.added.push(n);
      continue;
    }
    taken.add(best);
    const m = notes[best] as LaborAction;
    const extra = n.sources.filter((s) => !m.sources.some((t) => t.url === s.url));
    const tags = [...new Set([...(m.tags ?? []), ...(n.tags ?? [])])].sort();
    const summary = rule.credit && !m.summary.includes(rule.credit) ? `${m.summary} ${rule.credit}`.slice(0, 2000) : m.summary;
    notes[best] = { ...m, summary, sources: [...m.sources, ...extra], ...(tags.length ? { tags } : {}) };
    result.merged.push({ into: m.id, from: n.id });
  }
  return result;
}
