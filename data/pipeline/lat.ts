/**
 * Labor Action Tracker importer (Kallas, Iyer & Friedman; Cornell ILR School and University of Illinois
 * LER School): strikes and protests in the United States since 2021. An action becomes a note for a
 * registry company only when an employer it lists is one of the company's legal-name variants: the
 * whole employer name, or its first part in the tracker's "<employer> - <site or owner>" form. Nothing
 * else is matched — most employers are school districts, hospitals and local firms, and those are
 * reported, not guessed. The summary is composed by our code from the structured columns (never the
 * tracker's Notes text: they are read only for whether the places listed are some of the action's, see
 * latListsSomePlaces); every note names and links the tracker. Its head count is told only where a reader checked
 * the record (lat-counts.ts: 74% of the 93 counts the docs settled were right; the rule left it out of 145 of 437
 * notes, 79 keep one). Its fixed demand categories below 0.95 precision on labelled notes (health and safety,
 * healthcare, staffing, retirement benefits, union recognition, racial justice) are told only where a reader checked
 * the row (lat-demands.ts). (Over 300 lines: matching the employers,
 * composing the text and reading the notes for places are one importer's work.)
 */
import { readCsv } from './input';
import type { LaborAction, LaborActionKind, Source } from '../model/schema';
import { aside, closeAsides, formatDate, formatList, formatNumber } from '../model/format';
import { normalizeName } from '../model/names';
import { latPlace } from './places';
import { latEventPlace, latListsHeadquarters, type EventPlace } from './labor-place';
import { US_STATE_NAMES } from './nlrb-place';
import { formerNameOn, nameOn } from './former-names';
import { sourceFromUrl } from './source-url';
import { LAT_FIXES, type ImportFix } from './audit-fixes';
import { latCountChecked } from './lat-counts';
import { amazonDrivers, contractorAfterDash } from './contracted';
import { APPS, latRelation } from './relation';
import { latUnit, latUnitApplies, type LatUnit } from './lat-units';
import { KIND_WORDS } from './cait-kind';
import { demandPhrase, properWords } from './demand-case';
import { latCheckedDemandCell } from './lat-demands';
import type { EventFacts, OwnSource } from './same-event';

export { demandPhrase };

export const LAT_COLUMNS = [
  'ID',
  'Employer',
  'Labor Organization',
  'Local',
  'Number of Locations',
  'City',
  'State',
  'Approximate Number of Participants',
  'Start Date',
  'End Date',
  'Duration Amount',
  'Duration Unit',
  'Strike or Protest',
  'Worker Demands',
  'Source',
] as const;

export const LAT_URL = 'https://striketracker.ilr.cornell.edu/';
export const LAT_CREDIT = 'Kallas, Iyer & Friedman, Labor Action Tracker';

/**
 * The tracker itself, cited in every note built from it. The publisher names the site it is on (Cornell's
 * ILR School hosts it; the University of Illinois LER School is its partner).
 */
export const latSource = (...ids: string[]): Source => ({
  url: LAT_URL,
  publisher: 'Cornell ILR School (Labor Action Tracker)',
  title: `Labor Action Tracker, action${ids.length > 1 ? 's' : ''} ${formatList(ids)}: ${LAT_CREDIT} (Cornell ILR School and University of Illinois LER School)`,
});

/** The tracker's own link, for merging its rows of one event (same-event.ts): its title names every row. */
export const LAT_OWN: OwnSource = { url: LAT_URL, title: (ids) => latSource(...ids).title };

export interface LatCompany {
  id: string;
  name: string;
}

export interface LatResult {
  notes: LaborAction[];
  rows: number;
  /** Actions with at least one registry employer. */
  matchedActions: number;
  /** Distinct employer names matched to registry companies, and not matched. */
  matchedEmployers: number;
  unmatchedEmployers: number;
  /** Unmatched employer names by the number of actions naming them, most first (the first 25). */
  topUnmatched: { employer: string; actions: number }[];
  /** Employers of the "<unit> - <owner or client>" form whose second part is a registry company: not matched, listed for review. */
  namedAfterDash: { employer: string; company: string; actions: number }[];
  /** Such employers read and listed in lat-units.ts: actions naming them, and how many were attributed to the company. */
  units: { employer: string; kind: LatUnit['kind']; actions: number; attributed: number }[];
  noEmployer: number;
  skipped: { line: string; reason: string }[];
  /** Report links left out because they could not be made canonical (http, mobile, AMP, tracking in an archive address). */
  droppedLinks: number;
  /** Notes of workers another company employed, told as such (contracted.ts, audit-fixes.ts). */
  contracted: number;
  /** Actions left out, and actions corrected, after an audit (audit-fixes.ts). */
  withdrawn: string[];
  corrected: string[];
  /** Where each note's action took place, by note id, for telling events apart when merging (labor-place.ts). */
  places: Map<string, EventPlace>;
  /** What each note's row says beyond the note, by note id, for telling the tracker's own rows of one event (same-event.ts). */
  facts: Map<string, EventFacts>;
}

/** The row's places as "city, state", lower-case, each once. */
export function latSites(row: Record<string, string>): string[] {
  const states = (row['State'] ?? '').split(';');
  const sites = (row['City'] ?? '').split(';').map((c, i) => `${c.trim()}, ${(states[i] ?? '').trim()}`.toLowerCase());
  return [...new Set(sites.filter((x) => x !== ', '))];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const LEGAL_SUFFIX = /^(INC|LLC|LLP|LP|LTD|CORP|CORPORATION|CO|COMPANY|PLC|THE)$/;

/**
 * The registry companies an employer cell names, by exact legal-name variants: each ";"-separated
 * employer whole, or the first part of "<employer> - <site or owner>", or each part of a list written
 * with commas or slashes ("Uber, Lyft") when that part is itself a listed name.
 */
export function latEmployers(
  cell: string,
  byLegalName: (name: string) => LatCompany | undefined,
): { name: string; company?: LatCompany }[] {
  const out: { name: string; company?: LatCompany }[] = [];
  for (const raw of cell.split(';')) {
    const name = raw.replace(/\s+/g, ' ').trim();
    if (!name) continue;
    let company = byLegalName(name);
    if (!company && / - /.test(name)) company = byLegalName(name.split(' - ')[0]!);
    if (!company && /,|\//.test(name)) {
      const parts = name.split(/\s*[,/]\s*/).filter(Boolean);
      if (parts.length > 1 && !parts.some((p) => LEGAL_SUFFIX.test(normalizeName(p)))) {
        const found = parts.map((p) => {
          const company = byLegalName(p);
          return company ? { name: p, company } : { name: p };
        });
        if (found.some((f) => 'company' in f)) {
          out.push(...found);
          continue;
        }
      }
    }
    out.push(company ? { name, company } : { name });
  }
  return out;
}

const int = (s: string | undefined) => {
  const t = (s ?? '').trim();
  const n = Number(t);
  return t !== '' && Number.isInteger(n) && n > 0 ? n : undefined;
};

/**
 * The tracker's demands, each once. Its cells separate demands with ";", and once a place's comma too: "…
 * organizing campaign at Amazon in Bessemer;Alabama" (row 168, the one such row) read "in Bessemer and alabama".
 * A state's name alone is the end of the demand before it.
 */
export function demands(cell: string, proper?: ReadonlySet<string>): string[] {
  const items: string[] = [];
  for (const d of cell.split(';')) {
    const t = d.replace(/\s+/g, ' ').trim();
    if (t && items.length && US_STATE_NAMES.has(t)) items[items.length - 1] += `, ${t}`;
    else if (t) items.push(t);
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of items) {
    const key = t
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .replace(/\bend to\b/, 'end')
      .trim();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(demandPhrase(t, proper));
  }
  return out;
}

// "We have logged 3 locations", "We give 3 locations here", "We have included the locations of two",
// "We have reported the main location" (audit pass 6: five such notes listed only some places unsaid).
const LISTS = /\b(?:list(?:ed|ing)?|log(?:ged)?|give|includ(?:e|ed)|reported)\b/i;
// "There were also demonstrations in 3 other cities".
const ALSO_ELSEWHERE = /\balso\b[^.]*\b(?:demonstrations?|protests?|rallies|pickets?|strikes?)\b[^.]*\bin \d+ other\b/i;
const WHERE =
  /\b(?:here|instead|locations?|sites?|picket|address|headquarters?|stores?|rall(?:y|ies)|airports?|campus(?:es)?|schools?|facilit(?:y|ies)|places?|cities|offices?|ports)\b/i;
const NOT_PLACES = /\b(?:number of|end date|intersection)\b/i;
const ALL_LISTED = /\b(?:all|both)\b[^.]*\blist|\blist(?:ed)? (?:all|both)\b/i;
// "We have listed 1 of those" after "… occurred at 7 locations in Honolulu" (the UNITE HERE phases of 2024).
const SOME_OF_THOSE = /\blist(?:ed)?\s+(?:only\s+)?(?:\d+|one|two|three|four|five|some)\s+of\s+(?:those|them|these)\b/i;

/**
 * Whether the tracker's notes say that the places it lists are only some of the action's: "… from multiple
 * locations not listed here", "We instead list 3 main locations", "a multi-location protest", or a stand-in
 * such as a school district's headquarters for a strike at all its schools, "We have listed 1 of those". Its structured columns cannot
 * say so (its location count is usually just the places it lists). Sentences about a head count or an end
 * date, and notes saying that all (or both) places are listed, do not count.
 */
export function latListsSomePlaces(notes: string): boolean {
  const sentences = notes.split(/(?<=[.!?])\s+/);
  if (sentences.some((s) => ALL_LISTED.test(s))) return false;
  return sentences.some(
    (s) =>
      /\bmulti[- ]?location\b/i.test(s) ||
      SOME_OF_THOSE.test(s) ||
      ALSO_ELSEWHERE.test(s) ||
      (LISTS.test(s) && WHERE.test(s) && !NOT_PLACES.test(s)),
  );
}

/** Whether the tracker's notes say the address it lists is one of the employer's offices ("… of the employers' local offices"). */
export const latListsOffice = (notes: string) => /\bone of the employers?['’]?s?['’]? (?:local )?offices\b/i.test(notes);

/**
 * Whether the tracker's notes say the address it lists is the union's hall or office instead of the action's
 * ("We have instead listed the union hall of CWA Local 3704", "we put the address of the union office in
 * Durham"): the hall's or office's kind, or undefined.
 */
export const latListsUnionHall = (notes: string): 'hall' | 'office' | undefined =>
  /\b(?:list|listed|put)\b[^.]*\bunion (hall|office)\b/i.exec(notes)?.[1]?.toLowerCase() as 'hall' | 'office' | undefined;

/** The row's labour organizations, its local joined to a single one ("…, Local 32BJ"). */
function latOrganizers(row: Record<string, string>): string[] {
  const orgs = (row['Labor Organization'] ?? '')
    .split(';')
    .map((x) => x.replace(/\s+/g, ' ').trim())
    .filter((x) => x && !/^(none|n\/?a|non-?union|unknown)$/i.test(x));
  const local = latLocal(row['Local'] ?? '');
  if (orgs.length === 1 && local) orgs[0] = `${orgs[0]}, ${local}`;
  return orgs;
}

/** A local's number as the tracker writes it: "804", "I-66", "W391", "1199NE". */
const LOCAL_NUMBER = /^[A-Z]?-?\d+[A-Z]*$/;

/**
 * The tracker's "Local" column in words. A number is a local ("Local 804"; a list: "Locals 74, 79 and 94"); a name
 * is the union's unit as the row gives it, which is not always a local ("District 9", "United Healthcare Workers
 * West (UHW)", "Chicagoland", "AFT Local 5017; SEIU Local 49"): told as given, never called "Local District 9".
 */
export function latLocal(cell: string): string | undefined {
  const text = cell.replace(/\s+/g, ' ').trim();
  if (!text || /^(none|n\/?a)$/i.test(text)) return undefined;
  const parts = text
    .split(/[;,]/)
    .map((p) => p.trim().replace(/^local\s+/i, ''))
    .filter(Boolean);
  if (parts.length && parts.every((p) => LOCAL_NUMBER.test(p))) return `${parts.length > 1 ? 'Locals' : 'Local'} ${formatList(parts)}`;
  // One name with a comma in it ("Teamsters Local 223, Service Employees …") is split like a list: each part as given.
  return formatList(parts.map((p) => (LOCAL_NUMBER.test(p) ? `Local ${p}` : p)));
}

/**
 * How a tracker note opens: the tracker knows strikes and protests; a kind an audit gave a row (audit-fixes.ts)
 * is named as CAIT's notes name it, but for one mass resignation and an action of no kind.
 */
const LAT_KIND_WORDS: Record<LaborActionKind, string> = { ...KIND_WORDS, resignation: 'A mass resignation', other: 'A labor action' };

/**
 * Whether the tracker's employer is the name the note already shows: the same name, or the same but for a name's
 * parenthesis — "Harvard University" for the registry's "Harvard University (President and Fellows of Harvard
 * College)", "United Parcel Service (UPS)" for "UPS" — which "(listed as …)" would only repeat (30 notes did).
 */
function sameNameShown(shown: string, listed: string): boolean {
  const split = (n: string) => {
    const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(n);
    return m ? [n, m[1]!, m[2]!] : [n];
  };
  const a = split(shown).map(normalizeName);
  const b = split(listed).map(normalizeName);
  return a[0] === b[0] || a.slice(1).includes(b[0]!) || b.slice(1).includes(a[0]!);
}

export function latSummary(
  row: Record<string, string>,
  company: LatCompany,
  employerName: string,
  kind: LaborActionKind,
  others: readonly string[],
  fix?: ImportFix,
  owned?: string,
  proper?: ReadonlySet<string>,
): string {
  const what = LAT_KIND_WORDS[kind];
  // The action's first day: the reports' where an audit corrected the tracker's (audit-fixes.ts `date`), as the
  // note's own date is (importLat's `begin`), so "until" and the name of the day follow the same start.
  const start = fix?.date ?? row['Start Date']!.trim();
  // A note before a rename names the company as it was then (former-names.ts): "at Facebook (now Meta)".
  const former = formerNameOn(company.id, start);
  const shown = nameOn(company, start);
  // A unit the company owned (lat-units.ts) is named with its owner, which says all the tracker's "<unit> - <owner>" does.
  const listed =
    owned || [company.name, former].some((n) => n !== undefined && sameNameShown(n, employerName))
      ? ''
      : aside(`listed as “${employerName}”`);
  const at = owned ? `${owned}${aside(`owned by ${shown}`)}` : shown;
  // The organizers an audit found the reports name instead of the row's (audit-fixes.ts).
  const orgs = fix?.organizers ? [...fix.organizers] : latOrganizers(row);
  const place = fix?.place ?? latPlace(row['City'] ?? '', row['State'] ?? '');
  const locations = int(row['Number of Locations']);
  const people = fix?.workers === null ? 0 : (fix?.workers ?? int(row['Approximate Number of Participants']));
  const end = fix?.endDate === null ? '' : (fix?.endDate ?? (row['End Date'] ?? '').trim());
  const by = fix?.who ?? 'workers';
  let first = fix?.outside ? `${what} directed at ${at}${listed} by ${by}` : `${what} by ${by} at ${at}${listed}`;
  // A listed headquarters is not where the action was (audit pass 8 #6: pharmacy staff of CVS and Walgreens
  // stores across the country, listed at the two companies' headquarters): the note says so instead of "in".
  const hq = !fix?.place && latListsHeadquarters(row['Notes'] ?? '');
  // So is one of its offices (audit pass 9 #10: Frontier's strikers across California, listed at one office).
  const office = !fix?.place && !hq && latListsOffice(row['Notes'] ?? '');
  // Or the union's hall (audit pass 10: AT&T's strike at seven warehouses, listed at CWA Local 3704's hall).
  const hall = !fix?.place && !hq && !office ? latListsUnionHall(row['Notes'] ?? '') : undefined;
  // The address listed is not where the action was: none of what follows speaks of "these places".
  const listedElsewhere = hq || office || hall !== undefined;
  if (place)
    first += hq
      ? `, at sites the tracker does not list (it gives the employer${others.length ? "s'" : "'s"} headquarters in ${place})`
      : office
        ? `, at sites the tracker does not list (it gives one of the employer${others.length ? "s'" : "'s"} offices, in ${place})`
        : hall
          ? `, at sites the tracker does not list (it gives the union's ${hall}, in ${place})`
          : ` in ${place}`;
  // The tracker's location count is usually just the places it lists (one picket line per state, say,
  // for a strike that was everywhere): say "at N locations" only where it counted more than it lists.
  const listedPlaces = (row['City'] ?? '').split(';').filter((c) => c.trim()).length;
  const counted = !!locations && locations > 1 && locations > listedPlaces;
  if (counted) first += ` at ${locations} locations`;
  if (DAY.test(end) && end > start) first += `, until ${formatDate(end)}`;
  const parts = [`${first}.`];
  // A day no report found gives (audit-fixes.ts): it is the tracker's, said as its counts are.
  if (fix?.trackerDay) parts.push('The day is the tracker’s: no report found gives it.');
  // A day of action at ten airports, told only by the three the tracker lists, would understate it
  // (audit 2026-12-01, items 17 and 18): say so where its notes do.
  if (place && !listedElsewhere && !counted && (fix?.morePlaces ?? latListsSomePlaces(row['Notes'] ?? '')))
    parts.push('It took place in more places than the tracker lists.');
  // A row naming several employers gives the places of the whole action; its columns never say which place is
  // whose (audit pass 9 #17 and #22: United's flight attendants placed at Southwest's Love Field, Hilton's
  // strikers at Marriott's Westin), so a place is not told as this company's workers' alone.
  // One place is "this place" (83 notes read "these places" after a single city; words sweep, docs/words-sweep.md).
  if (place && !listedElsewhere && others.length)
    parts.push(`The tracker gives ${/ and |^\d+ cities/.test(place) ? 'these places' : 'this place'} for the whole action.`);
  // The head count is the tracker's own estimate ("Approximate Number of Participants"), often in no
  // report (audits 2026-11-30 #32, 2026-12-01 #17, 2026-12-02 #14): it is given as the tracker's. Where the
  // action names several employers, it is for all of them, not this company's workers alone (2026-12-02
  // #36: 5,000 strikers at eight hotels of Hilton, Hyatt, Marriott and Kyo-ya). A count the reports give
  // instead (audit-fixes.ts) is stated as theirs. The importer passes a count only where a reader checked the record
  // (lat-counts.ts: of 93 counts the docs settled, 74% were right, so an unchecked one is left out).
  if (people) {
    const n = formatNumber(people);
    const all = others.length ? ' in all, at every employer named' : '';
    parts.push(fix?.workers ? `About ${n} people took part${all}.` : `The tracker estimates that about ${n} people took part${all}.`);
  }
  if (orgs.length) parts.push(`Organized by ${formatList(orgs.slice(0, 4))}${orgs.length > 4 ? ' and others' : ''}.`);
  // A name ending in its own full stop ("Foods Co.") ends the sentence.
  if (others.length) parts.push(`Also named: ${formatList(others)}.`.replace(/\.\.$/, '.'));
  // Demands in an audit's words where the row's say otherwise than the reports (audit-fixes.ts). Otherwise the row's:
  // the importer passes only the categories a reader checked or whose labelled precision is 0.95 or more (lat-demands.ts).
  const d = fix?.demands ? [...fix.demands] : demands(row['Worker Demands'] ?? '', proper);
  if (d.length) parts.push(`Demands: ${formatList(d)}.`);
  // Workers of another employer (contracted.ts): the tracker's listing is said, not hidden (a "<company> -
  // <contractor>" employer is already quoted in the first sentence).
  if (fix?.contracted && !listed && !fix.outside) parts.push(`The tracker lists ${shown} as the employer.`);
  parts.push('Recorded by the Labor Action Tracker (Kallas, Iyer & Friedman).');
  return closeAsides(parts.join(' '));
}

export async function importLat(
  source: string,
  byLegalName: (name: string) => LatCompany | undefined,
  byId: (id: string) => LatCompany | undefined = () => undefined,
  companyNames: Iterable<string> = [],
): Promise<LatResult> {
  // Which words of the demands are names (demand-case.ts): read from the whole file's prose first.
  const prose: string[] = [];
  for await (const row of readCsv(source, LAT_COLUMNS)) prose.push(row['Worker Demands'] ?? '', row['Notes'] ?? '');
  const proper = properWords(prose, companyNames);
  const result: LatResult = {
    notes: [],
    rows: 0,
    matchedActions: 0,
    matchedEmployers: 0,
    unmatchedEmployers: 0,
    topUnmatched: [],
    namedAfterDash: [],
    units: [],
    noEmployer: 0,
    skipped: [],
    droppedLinks: 0,
    contracted: 0,
    withdrawn: [],
    corrected: [],
    places: new Map(),
    facts: new Map(),
  };
  const matched = new Set<string>();
  const unmatched = new Map<string, number>();
  const afterDash = new Map<string, { company: string; actions: number }>();
  const units = new Map<LatUnit, { actions: number; attributed: number }>();
  const seenIds = new Set<string>();
  let line = 1;
  for await (const row of readCsv(source, LAT_COLUMNS)) {
    line++;
    result.rows++;
    const id = row['ID']!.trim();
    const employers: { name: string; company?: LatCompany; unit?: LatUnit }[] = latEmployers(row['Employer'] ?? '', byLegalName);
    if (!employers.length) {
      result.noEmployer++;
      continue;
    }
    const start = row['Start Date']?.trim() ?? '';
    for (const e of employers) {
      if (e.company) {
        matched.add(e.name);
        continue;
      }
      const tail = / - /.test(e.name) ? byLegalName(e.name.split(' - ').slice(1).join(' - ')) : undefined;
      // A "<unit> - <company>" pair read and listed (lat-units.ts): the company's, where the pair says so on the day.
      const unit = tail && latUnit(e.name);
      if (tail && unit) {
        const u = units.get(unit) ?? { actions: 0, attributed: 0 };
        units.set(unit, u);
        u.actions++;
        if (latUnitApplies(unit, start)) {
          u.attributed++;
          e.company = tail;
          e.unit = unit;
          matched.add(e.name);
          continue;
        }
      }
      unmatched.set(e.name, (unmatched.get(e.name) ?? 0) + 1);
      if (tail && !unit) afterDash.set(e.name, { company: tail.name, actions: (afterDash.get(e.name)?.actions ?? 0) + 1 });
    }
    const hits = employers.filter((e): e is { name: string; company: LatCompany; unit?: LatUnit } => !!e.company);
    if (!hits.length) continue;
    if (!/^\d+$/.test(id) || seenIds.has(id)) {
      if (result.skipped.length < 20) result.skipped.push({ line: `${source}:${line}`, reason: `ID "${id}" is not a new number` });
      continue;
    }
    if (!DAY.test(start)) {
      if (result.skipped.length < 20) result.skipped.push({ line: `${source}:${line}`, reason: `Start Date "${start}" is not YYYY-MM-DD` });
      continue;
    }
    seenIds.add(id);
    const fix = LAT_FIXES.get(id);
    if (fix?.withdraw) {
      result.withdrawn.push(id);
      continue;
    }
    if (fix) result.corrected.push(id);
    result.matchedActions++;
    const type = (row['Strike or Protest'] ?? '').trim().toLowerCase();
    const kind: LaborActionKind = fix?.action ?? (type === 'strike' ? 'strike' : type === 'protest' ? 'protest' : 'other');
    const sources: Source[] = [];
    for (const raw of (row['Source'] ?? '').split(/[;\s]+/)) {
      if (!raw) continue;
      const s = sourceFromUrl(raw, `the Labor Action Tracker (action ${id})`);
      if (!s) result.droppedLinks++;
      else if (!sources.some((x) => x.url === s.url)) sources.push(s);
    }
    sources.splice(5);
    sources.push(latSource(id));
    const end = fix?.endDate === null ? '' : (fix?.endDate ?? (row['End Date'] ?? '').trim());
    // A start the reports give where the tracker's is a later phase (audit-fixes.ts).
    const begin = fix?.date ?? start;
    // The company named itself comes before a unit of it (Harvard beside its contractors' "C&W Services - Harvard
    // University"): the note is of the row's own employer, the unit is "also named".
    const companies = new Map<string, { company: LatCompany; name: string; unit?: LatUnit }>();
    for (const h of [...hits.filter((x) => !x.unit), ...hits.filter((x) => x.unit)])
      if (!companies.has(h.company.id))
        companies.set(h.company.id, { company: h.company, name: h.name, ...(h.unit ? { unit: h.unit } : {}) });
    // A fix naming the employer (audit-fixes.ts): the row's one registry company is another's, its owner as listed.
    if (fix?.employer) {
      const to = byId(fix.employer);
      const only = [...companies.values()];
      if (!to || only.length !== 1)
        throw new Error(`LAT_FIXES ${id}: employer "${fix.employer}" must be a registry company replacing the row's one`);
      companies.clear();
      companies.set(to.id, { ...only[0]!, company: to });
    }
    const record = [row['Notes'] ?? '', row['Source'] ?? ''].join(' ');
    // Of the row's own claims, those a reader must have checked before a note tells them, decided here and only here
    // against the record's own correction (`fix`, not one a rule makes later): the tracker's head count (lat-counts.ts:
    // 74% right of 93 the docs settled, so an unchecked one is left out) and its weak demand categories (lat-demands.ts:
    // health and safety 0.86, healthcare 0.75, staffing 0.89, retirement benefits 0.93, union recognition 0.92, racial
    // justice 0.58, so an unchecked one is left out; the others are kept).
    const shownRow = {
      ...row,
      'Approximate Number of Participants': latCountChecked(id, fix) ? (row['Approximate Number of Participants'] ?? '') : '',
      'Worker Demands': latCheckedDemandCell(row['Worker Demands'] ?? '', id, fix),
    };
    const unitName = (name: string) => name.split(' - ')[0]!.trim();
    // Fields an audit gave one company's note alone (audit-fixes.ts, `companies`): only of a company the row names.
    for (const c of Object.keys(fix?.companies ?? {}))
      if (!companies.has(c)) throw new Error(`LAT_FIXES ${id}: companies names "${c}", which the row does not`);
    for (const { company, name, unit } of [...companies.values()].sort((x, y) => x.company.id.localeCompare(y.company.id))) {
      const own = fix?.companies?.[company.id];
      const noteFix: ImportFix | undefined = own ? { ...fix!, ...own } : fix;
      // Who acted where the record itself shows another employer (contracted.ts, lat-units.ts); an audit's words come first.
      const contractor = contractorAfterDash(name, (n) => !!byLegalName(n));
      const ruleWho =
        unit?.kind === 'contractor'
          ? unit.who
          : contractor
            ? `workers of ${contractor}`
            : amazonDrivers(company.id, record)
              ? 'delivery drivers'
              : undefined;
      const said: ImportFix | undefined =
        ruleWho && !noteFix?.who ? { ...(noteFix ?? { why: 'contracted.ts' }), who: ruleWho, contracted: true } : noteFix;
      if (said?.contracted) result.contracted++;
      // An app's drivers and couriers (relation.ts, APPS): told as working through it, never as its workers.
      const told: ImportFix | undefined =
        !said?.who && APPS.has(company.id) ? { ...(said ?? { why: 'relation.ts' }), who: 'app-based workers' } : said;
      // Other employers named as they were on the day, like the note's own company (former-names.ts).
      // A unit is named as itself ("Fred Meyer", "C&W Services"), also under its own company's note from another part.
      // The names an audit read in an employer cell that runs two together (audit-fixes.ts `alsoNamed`), else the cell's.
      // An audit's list is the record's: each note leaves out its own company.
      const others = noteFix?.alsoNamed
        ? noteFix.alsoNamed.filter((n) => normalizeName(n) !== normalizeName(nameOn(company, start)))
        : [
            ...new Set(
              employers
                // The company's own sites in the employer column are not other employers (audit pass 10 #32).
                .filter((e) => e.name !== name && !noteFix?.units?.includes(e.name) && (e.company?.id !== company.id || e.unit))
                .map((e) => (e.unit ? unitName(e.name) : e.company ? nameOn(e.company, start) : e.name)),
            ),
          ];
      const noteSources = [...sources];
      for (const s of [...(unit?.sources ?? []), ...(noteFix?.sources ?? [])])
        if (!noteSources.some((x) => x.url === s.url)) noteSources.splice(-1, 0, s);
      result.places.set(`lat-${id}-${company.id}`, latEventPlace(row));
      const count = noteFix?.workers === null ? undefined : (noteFix?.workers ?? int(row['Approximate Number of Participants']));
      result.facts.set(`lat-${id}-${company.id}`, { sites: latSites(row), kinds: [kind], ...(count ? { count } : {}) });
      result.notes.push({
        id: `lat-${id}-${company.id}`,
        kind: 'labor',
        companyId: company.id,
        date: begin,
        ...(DAY.test(end) && end > begin ? { endDate: end } : {}),
        action: kind,
        actor: 'workers',
        relation: latRelation(company.id, told),
        ...(others.length ? { alsoNamed: others.slice(0, 20) } : {}),
        // A subsidiary the reports name where the tracker lists its owner (audit-fixes.ts) reads as an owned unit does.
        // One company's own `unit` (audit-fixes.ts `companies`) comes first: Kroger's two chains of tracker 2918.
        summary: latSummary(
          shownRow,
          company,
          name,
          kind,
          others.slice(0, 8),
          told,
          own?.unit ?? (unit?.kind === 'owned' ? unitName(name) : noteFix?.unit),
          proper,
        ),
        sources: noteSources,
      });
    }
  }
  result.matchedEmployers = matched.size;
  result.unmatchedEmployers = unmatched.size;
  result.topUnmatched = [...unmatched]
    .map(([employer, actions]) => ({ employer, actions }))
    .sort((a, b) => b.actions - a.actions || a.employer.localeCompare(b.employer))
    .slice(0, 25);
  result.units = [...units]
    .map(([u, v]) => ({ employer: u.employer, kind: u.kind, ...v }))
    .sort((a, b) => b.actions - a.actions || a.employer.localeCompare(b.employer));
  result.namedAfterDash = [...afterDash]
    .map(([employer, v]) => ({ employer, ...v }))
    .sort((a, b) => b.actions - a.actions || a.employer.localeCompare(b.employer));
  return result;
}
