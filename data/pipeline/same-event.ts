/**
 * One event recorded twice by one source. The Labor Action Tracker and Collective Action in Tech each hold a few
 * events in two records (the tracker's two rows of ALPA's pickets of 12 May 2023, CAIT's two of Nava United's request
 * for recognition); each record became a note, and a company's history showed the event twice. Two records of one
 * company and one source are one event when all of these hold:
 *   - the same start day and the same end (a record dated only by month or year is never merged);
 *   - a kind in common, by family (labor.ts FAMILY: a strike and a walkout are one family, a letter another); CAIT
 *     lists several action words per record, and any of them counts (Nava United's request is filed once as an
 *     open letter, once as a union drive, and both records list the union);
 *   - one record's places contain the other's (a record that places nothing is contained in any), so the note kept
 *     already tells the union of places and no place is lost;
 *   - and something beyond the day that the two records share: a report (the same address, compared without its
 *     archive wrapper, scheme, "www.", query or trailing slash), or the same exact head count.
 * Measured on every pair of notes of one company that could be one event on the dataset of 2026-12-01 (the tracker's
 * pairs with overlapping dates and a shared city, or the same day and a shared state; CAIT's within seven days or
 * sharing a report link: 15 and 130 pairs; test/fixtures/lat/duplicate-labels.csv, labelled from the records and the
 * reports): precision 1.000 (4 merged, none wrongly) and recall 1.000 on the 4 labelled the same event (5 unclear
 * left out); the same company and day alone would merge 22 wrongly. same-event.test.ts prints it. The same-day pairs
 * it keeps apart are the ones a wrong merge would lose: walkouts of one company in two states (audit pass 8 #25),
 * Prime Day walkouts at two warehouses and one union's hotel strikes in two cities, each pair told by one report (the
 * place rule), a walkout and a union petition at one warehouse on one day with the same reports (CAIT 509, 513: kind).
 * Records of two sources are merged by labor.ts's own rules in build.ts.
 */
import type { LaborAction, LaborActionKind, Source } from '../model/schema';
import { FAMILY } from './labor';

/** What a record says beyond its note, for telling two records of one source apart (filled by the importers). */
export interface EventFacts {
  /** The record's places, the finest it gives, lower-case (the tracker's "city, state", CAIT's location slugs); none: []. */
  sites: readonly string[];
  /** Every kind the record names: the note's kind first, then any other action word of the record (CAIT). */
  kinds: readonly LaborActionKind[];
  /** A head count the record gives as exact, where it gives one. */
  count?: number;
}

/** A source's own link (its dataset's page), cited in every note it gives and so no sign that two are one event. */
export interface OwnSource {
  url: string;
  /** Its title naming the source's records, in ascending order ("actions 3606 and 3625"). */
  title: (ids: readonly string[]) => string;
}

/** A report's address reduced to the page it names: no archive wrapper, scheme, "www.", query, fragment or final "/". */
export function reportKey(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\*?\//i, '')
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

const ARCHIVED = /^https:\/\/(?:web\.archive\.org|archive\.(?:ph|today|is|org))\//;
/** The record's number in its note's id ("lat-3606-costco" → "3606"). */
export const recordId = (n: Pick<LaborAction, 'id'>) => n.id.split('-')[1] ?? n.id;
const contains = (big: readonly string[], small: readonly string[]) => small.every((s) => big.includes(s));

/** Whether two records of one source are one event, by the rule above. */
export function sameEvent(a: LaborAction, b: LaborAction, fa: EventFacts, fb: EventFacts, own: OwnSource): boolean {
  if (a.companyId !== b.companyId || a.date.length !== 10 || a.date !== b.date) return false;
  if ((a.endDate ?? a.date) !== (b.endDate ?? b.date)) return false;
  if (!fa.kinds.some((k) => fb.kinds.some((l) => FAMILY[k] === FAMILY[l]))) return false;
  if (!contains(fa.sites, fb.sites) && !contains(fb.sites, fa.sites)) return false;
  const reports = (n: LaborAction) => new Set(n.sources.filter((s) => s.url !== own.url).map((s) => reportKey(s.url)));
  const ra = reports(a);
  const sharedReport = [...reports(b)].some((k) => ra.has(k));
  return sharedReport || (fa.count !== undefined && fa.count === fb.count);
}

/**
 * Which of two records of one event keeps its text: the one whose places contain the other's alone; else the one with
 * more reports at their own addresses (not archive copies); else the lower record number.
 */
function keeper(a: LaborAction, b: LaborAction, fa: EventFacts, fb: EventFacts, own: OwnSource): LaborAction {
  const inA = contains(fa.sites, fb.sites);
  const inB = contains(fb.sites, fa.sites);
  if (inA !== inB) return inA ? a : b;
  const direct = (n: LaborAction) => n.sources.filter((s) => s.url !== own.url && !ARCHIVED.test(s.url)).length;
  if (direct(a) !== direct(b)) return direct(a) > direct(b) ? a : b;
  return Number(recordId(a)) <= Number(recordId(b)) ? a : b;
}

/** `kept` with `other`'s reports it lacks (by reportKey), its tags, and the own link's title naming all `records`. */
function joined(kept: LaborAction, other: LaborAction, records: readonly string[], own: OwnSource): LaborAction {
  const reports = kept.sources.filter((s) => s.url !== own.url);
  const keys = new Set(reports.map((s) => reportKey(s.url)));
  for (const s of other.sources)
    if (s.url !== own.url && !keys.has(reportKey(s.url))) {
      keys.add(reportKey(s.url));
      reports.push(s);
    }
  const ownLink = kept.sources.find((s) => s.url === own.url) ?? other.sources.find((s) => s.url === own.url);
  const ownSource: Source[] = ownLink ? [{ ...ownLink, title: own.title(records) }] : [];
  const tags = [...new Set([...(kept.tags ?? []), ...(other.tags ?? [])])].sort();
  return { ...kept, sources: [...reports, ...ownSource], ...(tags.length ? { tags } : {}) };
}

export interface SameEventResult {
  notes: LaborAction[];
  /** Notes merged into another of the same source, by the kept note's id. */
  merged: { into: string; from: string }[];
}

/**
 * Merges the notes of one source that are one event (sameEvent): the note kept gains the other's reports and tags,
 * and its own link names both records. Notes without facts are kept as they are. Order is kept otherwise.
 */
export function mergeSameEvents(notes: readonly LaborAction[], facts: ReadonlyMap<string, EventFacts>, own: OwnSource): SameEventResult {
  const out: LaborAction[] = [];
  /** The records each note in `out` tells, by their numbers. */
  const records: string[][] = [];
  const merged: SameEventResult['merged'] = [];
  const byDay = new Map<string, number[]>();
  for (const n of notes) {
    const fn = facts.get(n.id);
    const key = `${n.companyId}|${n.date}`;
    const earlier = fn ? (byDay.get(key) ?? []) : [];
    const i = earlier.find((j) => sameEvent(out[j]!, n, facts.get(out[j]!.id)!, fn!, own));
    if (i === undefined) {
      if (fn) byDay.set(key, [...earlier, out.length]);
      out.push(n);
      records.push([recordId(n)]);
      continue;
    }
    const m = out[i]!;
    const keep = keeper(m, n, facts.get(m.id)!, fn!, own);
    const other = keep === m ? n : m;
    records[i] = [...records[i]!, recordId(n)].sort((x, y) => Number(x) - Number(y));
    out[i] = joined(keep, other, records[i]!, own);
    merged.push({ into: keep.id, from: other.id });
  }
  return { notes: out, merged };
}
