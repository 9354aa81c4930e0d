/**
 * NLRB importer: representation elections of registry companies, matched by the legal-name variants
 * the registry lists for NLRB case names. Two file layouts are read: the 2017–2021 tallies (one row per
 * tally; a rerun or runoff supersedes the initial count) and the NLRB's fiscal-year files (FY2022: one
 * row per election, in sections for one, two and three unions, each section with its own header). One
 * note per case across all files: the latest record wins. Streams the CSVs; keeps only matched cases.
 * (Over 300 lines: the two layouts' readers and the words for the employer and the outcome belong together.)
 */
import { NLRB_FIXES } from './audit-fixes';
import { readCsvRows } from './input';
import type { LaborAction } from '../model/schema';
import { aside, formatDate, formatList, formatNumber } from '../model/format';
import { matchCore } from '../model/name-forms';
import { unitPlace, usStateName, type UnitPlaceKind } from './nlrb-place';

export const NLRB_COLUMNS = [
  'Case Number',
  'Case Name',
  'Unit City',
  'Unit State',
  'Tally Date',
  'Tally Type',
  'Num Eligible Voters',
  'Labor Organization 1 Name',
  'Votes For Labor Org1',
  'Votes For Labor Org2',
  'Votes For Labor Org3',
  'Votes Cast Against Labor Org',
  'Union To Certify',
  'Closed Reason',
] as const;

/** The fiscal-year files' columns (the one-union section; the others add unions 2 and 3). */
export const NLRB_FY_COLUMNS = [
  'Case Number',
  'Case Name',
  'Case Type',
  'Dispute Unit City',
  'Dispute Unit State',
  'Election Held Date',
  'Num Eligible Voters',
  'Valid Votes Against',
  'Votes for Labor Org 1',
  'Labor Org 1 Name',
] as const;

export const nlrbCaseUrl = (caseNumber: string) => `https://www.nlrb.gov/case/${encodeURIComponent(caseNumber)}`;

const TALLY_ORDER: Record<string, number> = { Initial: 0, Revised: 1, Rerun: 2, Runoff: 3 };
const CASE = /^\d{2}-R[CDM]-\d+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Closed reasons that mean a union was certified ("Certific. of Representative" in the 2017–2021 file). */
const CERTIFIED = /^(Certific(\.|ation) of Representative|Amended Certification)/i;

interface Election {
  caseNumber: string;
  caseName: string;
  companyId: string;
  companyName: string;
  city: string;
  state: string;
  /** The unit as the file describes it (the Board's determination, else the petition's); the 2017–2021 file only. */
  unit?: string;
  date: string;
  /** Order among records of the same case and date. */
  rank: number;
  eligible?: number;
  votesFor: number;
  votesAgainst: number;
  certified: boolean;
  /**
   * How the case stood in the file when it was not certified: dismissed, still open, or closed by a
   * certification of results (the count certified, no union as representative).
   */
  closed?: 'dismissed' | 'open' | 'results';
  /**
   * Ballots challenged on this tally, where the file marks them determinative (enough to change the result);
   * the 2017–2021 file only ('Num Challenged Ballots', 'Challenges R Determinitive').
   */
  challenged?: number;
  /** Each union's votes, where more than one union on the ballot received votes (both files' layouts). */
  ballot?: { union: string; votes: number; slot?: 1 | 2 | 3 }[];
  union?: string;
  /**
   * The union that held the seat before a decertification vote, where a record fix says which (audit-fixes.ts,
   * `incumbent`): a two-union row names the winner, not the incumbent (audit pass 39 #11).
   */
  incumbent?: string;
  /** Which file layout it came from. */
  layout: 'tallies' | 'fiscal-year';
  /**
   * How the ballots were cast, where the 2017–2021 file says: by mail ('Election Mode' Mail, or a ballot mailing
   * date on the row), or by mail and in person ('Mixed: Mail and Manual'). Absent: in person, or not recorded.
   */
  mode?: 'mail' | 'mixed';
  /**
   * This row's count as the file gives it, to tell a revised tally from a new poll (the 2017–2021 file only):
   * the unit, each union column's votes, the votes against, and all the ballots challenged (determinative or not).
   */
  count?: { unit: string; votes: [number, number, number]; against: number; challenged: number };
  /**
   * The day a later tally settled the count, where the note's votes are a revision of an earlier tally of the
   * same ballots (challenged ballots opened): the note is dated by the first count, the poll's (docs/nlrb-dates.md).
   */
  settled?: string;
}

const int = (s: string | undefined) => {
  const t = (s ?? '').trim();
  const n = Number(t);
  return t !== '' && Number.isInteger(n) && n >= 0 ? n : undefined;
};

/**
 * A unit city as a note writes it. The files mostly write cities in capitals ("PISCATAWAY"), which are
 * title-cased; a city the file writes in mixed case is kept as written, so that "Shaw AFB" and "McChord AFB"
 * do not become "Shaw Afb" and "Mcchord Afb" (audit pass 7 #12, #36: 7 of the 459 elections).
 */
export function unitCity(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (/[a-z]/.test(t) && /[A-Z]/.test(t)) return t;
  return t.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/** Words that mark a labour organization's name: no employer's name in the file carries one. */
const UNION_WORDS =
  /\b(?:unions?|local|workers?|council|brotherhood|federation|teamsters|guild|association|employees|officers|nurses|trades|international|seiu|uaw|afl|cio|ufcw|cwa|ibew|usw|iam)\b/i;
/** Words that say nothing of whose name it is. */
const NAME_FILLER = new Set(['the', 'of', 'and', 'inc', 'llc', 'dba', 'corp', 'co', 'company', 'corporation', 'lp', 'ltd', 'aka']);
const nameWords = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !NAME_FILLER.has(w)),
  );
const sharedWords = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;

/**
 * The union the file names to certify. In 19 rows of the 2017–2021 file "Union To Certify" holds the employer's
 * name instead (audit pass 15 #2: "Verizon Wireless" for Cellco Partnership dba Verizon Wireless, where CWA Local
 * 1109 was on the ballot and was certified): a name with no union's word that shares more words with the case's
 * name than the ballot's first union does is the employer's, and the ballot's union is the one certified.
 * Measured on every row whose union to certify is none of its ballot's (test/unit/pipeline/audit-fixes-15.test.ts):
 * 19 of 19 employers' names read so, none of the 15 unions' names.
 */
export function unionToCertify(certify: string, caseName: string, firstUnion: string): string {
  if (!certify || !firstUnion || UNION_WORDS.test(certify)) return certify;
  const employer = nameWords(caseName);
  return sharedWords(nameWords(certify), employer) > sharedWords(nameWords(firstUnion), employer) ? firstUnion : certify;
}

/**
 * Who held the election, as the note says it. The case names the employer as it was then: a company
 * renamed since (AECOM Management Services, Amentum since 2020), bought since (L3 Technologies, now part
 * of L3Harris) or one of its subsidiaries (Dillons Stores, Kroger's). "Workers of Amentum" for a 2019
 * election names a company that did not yet exist under that name (truth audit, pass 5), so the case's
 * employer is named, with the registry company the note is listed under. The registry's own name is
 * kept where the case's is the same name or a unit under it ("Costco Wholesale Corporation", "Lockheed
 * Martin Rotary and Mission Systems").
 */
export function employerOf(caseName: string, companyName: string): string {
  const named = matchCore(caseName);
  const ours = matchCore(companyName);
  if (!named || !ours || named === ours || named.startsWith(`${ours} `) || ours.startsWith(named)) return companyName;
  return `“${caseName}”${aside(`listed here under ${companyName}`)}`;
}

/** An "RD" case: the workers' petition to remove the union that represents them (a decertification). */
export const isDecertification = (caseNumber: string) => /-RD-/i.test(caseNumber);

/**
 * How a decertification vote ended, from what the file records: the union certified again (kept), another union
 * on the ballot certified in its place (replaced: only where a record fix names the incumbent, the file's row
 * naming the winner alone), the count certified with no majority for the union (voted out), or neither — an open
 * case, a withdrawal, a majority for the union without a certification (no result told).
 */
export function decertificationEnd(
  t: Pick<Election, 'certified' | 'closed' | 'votesFor' | 'votesAgainst'> & Partial<Pick<Election, 'union' | 'incumbent'>>,
): 'kept' | 'removed' | 'replaced' | 'undecided' {
  if (t.certified) return t.incumbent && t.union && t.incumbent !== t.union ? 'replaced' : 'kept';
  return t.closed === 'results' && t.votesFor <= t.votesAgainst ? 'removed' : 'undecided';
}

/**
 * A majority for the union without a certification is not a lost election (audit pass 6 #15: Boeing's
 * flight-line technicians voted 104–65 for the IAM; the Board later vacated the certification and dismissed
 * the petition). The note says how the vote went and what the file records, and infers no reason beyond
 * the file's own: a dismissal, or a case still open.
 */
function outcomeWords(
  t: Pick<Election, 'votesFor' | 'votesAgainst' | 'certified' | 'union' | 'closed' | 'challenged'> &
    Partial<Pick<Election, 'caseNumber' | 'incumbent'>>,
): string {
  // A decertification vote: "no union was certified" read as workers failing to form one, when they had voted out
  // the union they had; a certification there keeps it, or, where a fix names another incumbent, replaces it.
  const decertification = t.caseNumber && isDecertification(t.caseNumber) ? decertificationEnd(t) : undefined;
  const union = `the union${t.union ? aside(t.union) : ''}`;
  if (decertification === 'kept') return `${union} was certified again, so it remained their representative`;
  // Kaiser's 21-RD-258174 (audit pass 39 #11): the unit voted to leave the NUHW for UNAC/UHCP, the file's winner.
  if (decertification === 'replaced')
    return `their union${aside(t.incumbent ?? '')} lost its certification, and ${t.union} was certified in its place`;
  if (decertification === 'removed') return `${union} lost its certification as their representative`;
  if (t.certified) return `${union} was certified`;
  // Challenges that could decide a case still open leave the result undecided, not lost (audit pass 14 #31 and
  // Charter's 02-RD-220036: 1,601 ballots challenged, none counted, told as "0 for and 0 against"); so does a
  // decertification vote still open or ended otherwise, which the note's line tells as "no result" (Kaiser's
  // 21-RD-237218, open after a revised 118–143, read "no union was certified" beside that line).
  if ((t.challenged || decertification) && t.closed === 'open') return "the NLRB's file records the case as still open";
  if (decertification && t.votesFor <= t.votesAgainst) return "the NLRB's file records no result";
  // A loss in a case the file still records as open may not be the end of it (Amazon's Bessemer vote of April 2021,
  // 10-RC-269250: the Board later set it aside and ordered another; audit pass 50 #21): the note says the case is open.
  if (t.votesFor <= t.votesAgainst)
    return t.closed === 'open' ? "no union was certified, and the NLRB's file records the case as still open" : 'no union was certified';
  // A certification of results is a certification, of the count rather than of a representative (audit pass 8
  // #26: a King Soopers unit voted 11–7 to join UFCW Local 7's unit; the file closes the case that way).
  if (t.closed === 'results')
    return "most of the votes cast were for the union, but the NLRB's file closes the case with a certification of the results, not of the union as representative";
  const why = t.closed === 'dismissed' ? ' (the petition was dismissed)' : t.closed === 'open' ? ' (the case was still open)' : '';
  return `most of the votes cast were for the union, but the NLRB's file records no certification${why}`;
}

/**
 * The summary. `place` is how precisely the unit's place is known (nlrb-place.ts): "in <city>" where the unit's
 * own description names that city alone; "at several sites" where it spreads the unit; otherwise the file's
 * city is given as its listing, "(the NLRB's file lists the case under <city>)", not as where the vote was.
 */
/**
 * The file's names as a reader reads them: one space between words and none before a comma ("MVM,  Inc.",
 * "Serco  Inc.", "UNITED FOOD AND COMMERCIAL WORKERS , LOCAL 324"; words sweep, docs/words-sweep.md).
 */
export const spaced = (s: string): string => s.replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();

export function electionSummary(
  t: Pick<
    Election,
    'companyName' | 'city' | 'state' | 'eligible' | 'votesFor' | 'votesAgainst' | 'certified' | 'union' | 'closed' | 'challenged'
  > &
    Partial<Pick<Election, 'caseName' | 'ballot' | 'caseNumber' | 'date' | 'mode' | 'settled' | 'layout' | 'incumbent'>> & {
      place?: UnitPlaceKind;
      /** A record fix's words for a count the file gives no day for (audit-fixes.ts, `counted`). */
      counted?: string;
    },
): string {
  const who = t.caseName ? employerOf(t.caseName, t.companyName) : t.companyName;
  const various = /^various$/i.test(t.city.trim());
  const city = !various && t.city ? unitCity(t.city) : '';
  // A state is named in full, as the tracker's and CAIT's notes name it: "at several sites in LA" read as Los Angeles
  // (audit pass 10), and "Memphis, TN" beside their "Memphis, Tennessee" was two styles (words sweep, docs/words-sweep.md).
  // Washington keeps its "DC", the name it goes by.
  const where = city
    ? [city, t.state === 'DC' ? 'DC' : usStateName(t.state)].filter(Boolean).join(', ')
    : t.state
      ? usStateName(t.state)
      : '';
  const of = t.eligible !== undefined ? ` of ${formatNumber(t.eligible)} eligible` : '';
  const outcome = outcomeWords(t);
  const place = t.place ?? 'in';
  const at =
    place === 'in'
      ? where
        ? ` in ${where}`
        : ''
      : place === 'several'
        ? ` at several sites${various && where ? ` in ${where}` : ''}`
        : '';
  const listed = place !== 'in' && where && !various ? ` (the NLRB's file lists the case under ${where})` : '';
  // Determinative challenges: the count alone did not settle the vote, and a tally of none counted is no vote.
  const n = t.challenged;
  // A mail ballot has no poll day: the note's date is the count's, and says so (docs/nlrb-dates.md).
  const by = t.mode === 'mail' ? ' by mail' : t.mode === 'mixed' ? ' by mail and in person' : '';
  const vote =
    t.caseNumber && isDecertification(t.caseNumber)
      ? `voted${by} in an NLRB decertification election, on removing their union`
      : `voted${by} in an NLRB election`;
  const challenged = n ? `, with ${formatNumber(n)} challenged ballot${n === 1 ? '' : 's'}, enough to change the outcome` : '';
  if (n && t.votesFor + t.votesAgainst === 0 && !t.ballot?.length)
    return `Workers of ${who}${at} ${vote}${listed}: no ballot was counted and ${formatNumber(n)} were challenged, enough to decide the result${t.eligible !== undefined ? ` (${formatNumber(t.eligible)} eligible)` : ''}; ${outcome}.`;
  // When the votes told were counted: a mail ballot's count, and a later tally that settled the count after
  // challenged ballots were opened (Kaiser's 21-RD-237218: polled 29 Mar 2019, settled 1 May 2020).
  // The FY2022 file gives one day, 'Election Held Date', and no mode. On its 219 rows whose case the 2017–2021 file
  // also holds, a mail ballot's day is its mailing day in 135 of 155 (its count in 11), weeks before the count:
  // Starbucks' Mesa store (28-RC-286556) is listed on 19 Jan 2022, and NLRB Region 28 counted its ballots on 25 Feb.
  // So a note whose election is that file's says what its day is (docs/nlrb-dates.md).
  const listed22 =
    t.layout === 'fiscal-year' && t.date
      ? `the NLRB's file dates the election ${formatDate(t.date)}: the day of the vote, or for a mail ballot the day the ballots were mailed`
      : '';
  const when = [
    listed22,
    by && t.counted ? t.counted : by && t.date ? `counted on ${formatDate(t.date)}` : '',
    t.settled ? `the count was settled on ${formatDate(t.settled)}, after challenged ballots were resolved` : '',
  ].filter(Boolean);
  const counted = when.length ? ` (${when.join('; ')})` : '';
  // Two unions on the ballot: each one's votes, so that the sum is not read as the certified union's (audit
  // pass 8 #10: 588 "for" were 304 for one nurses' union and 284 for its rival).
  if (t.ballot && t.ballot.length > 1) {
    const each = t.ballot.map((b) => `${formatNumber(b.votes)} for ${b.union}`);
    const split = formatList(each);
    return `Workers of ${who}${at} ${vote}${listed}: ${split}, and ${formatNumber(t.votesAgainst)} against union representation${of}${challenged}${counted}; ${outcome}.`;
  }
  return `Workers of ${who}${at} ${vote}${listed}: ${formatNumber(t.votesFor)} for and ${formatNumber(t.votesAgainst)} against union representation${of}${challenged}${counted}; ${outcome}.`;
}

/**
 * Whether `later` is a revision of `earlier`: a later tally of the same ballots after some of the challenged ones
 * were opened, not a new poll. Same unit; each union's votes and the votes against at least the earlier's; no more
 * ballots added than the earlier tally had challenged. The file's 'Tally Type' does not tell it: of the 14 such
 * tallies behind the bundle's notes, 11 are typed "Initial", 1 "Rerun" and 2 "Run-off" (docs/nlrb-dates.md), while
 * its true reruns recount the unit afresh (Harvard's 2018 rerun: 1,931 for and 1,523 against, after 1,396 and 1,526).
 */
export function revises(later: Pick<Election, 'date' | 'count'>, earlier: Pick<Election, 'date' | 'count'>): boolean {
  const a = later.count;
  const b = earlier.count;
  if (!a || !b || a.unit !== b.unit || !(earlier.date < later.date) || b.challenged <= 0) return false;
  const added = [0, 1, 2].map((k) => a.votes[k]! - b.votes[k]!).concat(a.against - b.against);
  return added.every((x) => x >= 0) && added.reduce((s, x) => s + x, 0) <= b.challenged;
}

/**
 * The first count of the votes a tally reports: the earliest tally of the same case that it revises, directly or
 * through other revisions; the tally itself when it revises none. Its day is the poll's (its count), not the day
 * the count was settled (docs/nlrb-dates.md).
 */
export function firstCount<T extends Pick<Election, 'date' | 'count'>>(tally: T, tallies: readonly T[]): T {
  let first = tally;
  for (;;) {
    const earlier = tallies.filter((t) => revises(first, t));
    if (!earlier.length) return first;
    first = earlier.reduce((a, b) => (b.date < a.date ? b : a));
  }
}

export interface NlrbResult {
  notes: LaborAction[];
  rows: number;
  matchedTallies: number;
  elections: number;
  /** Per file: rows read, rows of registry companies, and cases it contributed. */
  files: { file: string; layout: string; rows: number; matched: number; cases: number }[];
  /** Cases found in more than one file (counted once). */
  casesInSeveralFiles: number;
  /** How precisely the notes place the unit: in its city, at several sites, or as the file lists the case. */
  places: Record<UnitPlaceKind, number>;
  skipped: { line: string; reason: string }[];
  skippedCount: number;
}

type Resolve = (caseName: string) => { id: string; name: string } | undefined;

export async function importNlrb(sources: string | readonly string[], resolve: Resolve): Promise<NlrbResult> {
  const files = typeof sources === 'string' ? [sources] : sources;
  const latest = new Map<string, Election>();
  /** Each case's tallies in the 2017–2021 file, to find the first count of a revised tally's votes. */
  const tallies = new Map<string, Election[]>();
  /** Each case's fiscal-year record, which may close a case its tally row left open. */
  const fiscal = new Map<string, Election>();
  const seenIn = new Map<string, Set<string>>();
  /** Each case's union names by ballot column, from any of its tally rows (a rerun row may leave one blank). */
  const slotNames = new Map<string, Map<number, string>>();
  const result: NlrbResult = {
    notes: [],
    rows: 0,
    matchedTallies: 0,
    elections: 0,
    files: [],
    casesInSeveralFiles: 0,
    places: { in: 0, several: 0, listed: 0 },
    skipped: [],
    skippedCount: 0,
  };
  const skip = (where: string, reason: string) => {
    result.skippedCount++;
    if (result.skipped.length < 20) result.skipped.push({ line: where, reason });
  };
  for (const file of files) {
    const stats = { file, layout: '', rows: 0, matched: 0, cases: 0 };
    const cases = new Set<string>();
    let header: string[] | undefined;
    let line = 0;
    for await (const cells of readCsvRows(file)) {
      line++;
      const where = `${file}:${line}`;
      // A header row starts the file and every section.
      if (cells.includes('Case Number') && cells.includes('Case Name')) {
        header = cells.map((c) => c.trim());
        const layout = header.includes('Tally Date') ? 'tallies' : header.includes('Election Held Date') ? 'fiscal-year' : '';
        // A fiscal-year file's later sections (deauthorization polls) have other vote columns: their rows
        // are skipped one by one, with the reason, rather than failing the file.
        const required =
          layout === 'tallies'
            ? NLRB_COLUMNS
            : header.includes('Valid Votes Against')
              ? NLRB_FY_COLUMNS
              : ['Case Number', 'Case Name', 'Case Type'];
        const missing = required.filter((c) => !header!.includes(c));
        if (!layout || missing.length)
          throw new Error(`${file}: missing column(s) ${(missing.length ? missing : ['Tally Date']).map((m) => `"${m}"`).join(', ')}`);
        stats.layout = stats.layout && stats.layout !== layout ? 'mixed' : layout;
        continue;
      }
      if (!header) throw new Error(`${file}: missing column(s) "Case Number", "Case Name"`);
      const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
      const caseNumber = row['Case Number']?.trim() ?? '';
      // Report titles and run-time lines between sections ("NLRB Elections with 2 Labor Organizations")
      // have no case number.
      if (!/^\d{2}-[A-Z]{2}-\d+$/.test(caseNumber)) continue;
      stats.rows++;
      result.rows++;
      const caseName = row['Case Name']?.trim() ?? '';
      const company = caseName ? resolve(caseName) : undefined;
      if (!company) continue;
      stats.matched++;
      if (header.includes('Tally Date')) {
        const named = slotNames.get(caseNumber) ?? new Map<number, string>();
        for (const k of [1, 2, 3]) {
          const name = (row[`Labor Organization ${k} Name`] ?? '').replace(/\s+/g, ' ').trim();
          if (name) named.set(k, name);
        }
        slotNames.set(caseNumber, named);
      }
      const e = header.includes('Tally Date') ? fromTally(row, company) : fromFiscalYear(row, company, header);
      if (typeof e === 'string') {
        skip(where, `${e} ("${caseName}", ${caseNumber})`);
        continue;
      }
      result.matchedTallies++;
      if (e.layout === 'tallies') tallies.set(e.caseNumber, [...(tallies.get(e.caseNumber) ?? []), e]);
      else fiscal.set(e.caseNumber, e);
      cases.add(e.caseNumber);
      const files = seenIn.get(e.caseNumber) ?? new Set();
      files.add(file);
      seenIn.set(e.caseNumber, files);
      const prev = latest.get(e.caseNumber);
      if (!prev || e.date > prev.date || (e.date === prev.date && e.rank >= prev.rank && e.layout === prev.layout))
        latest.set(e.caseNumber, e);
    }
    stats.cases = cases.size;
    result.files.push(stats);
  }
  result.casesInSeveralFiles = [...seenIn.values()].filter((s) => s.size > 1).length;
  for (const [caseNumber, e] of latest) {
    const closing = closedLater(e, fiscal.get(caseNumber));
    if (closing) latest.set(caseNumber, closing);
  }
  for (const e of latest.values())
    if (e.ballot)
      e.ballot = e.ballot.map((b) =>
        b.union
          ? b
          : { ...b, union: (b.slot && slotNames.get(e.caseNumber)?.get(b.slot)) || 'another union the NLRB’s file does not name' },
      );
  for (const [caseNumber, e] of latest) {
    // A revised tally (challenged ballots opened): dated by the first count, the poll's; the note says when the
    // count was settled (docs/nlrb-dates.md: 14 notes, 9 to 399 days later, Kaiser's 21-RD-237218 by 13 months).
    const first = e.layout === 'tallies' ? firstCount(e, tallies.get(caseNumber) ?? []) : e;
    if (first !== e) latest.set(caseNumber, { ...e, date: first.date, settled: e.date });
  }
  for (const e of [...latest.values()].sort((a, b) => a.caseNumber.localeCompare(b.caseNumber))) {
    // A unit the file's own description places elsewhere than its unit city (audit-fixes.ts).
    // A day the file's other columns give where its tally date cannot be the count's (audit-fixes.ts).
    const fix = NLRB_FIXES.get(e.caseNumber);
    const t = {
      ...e,
      ...(fix?.city ? { city: fix.city, state: fix.state ?? e.state } : {}),
      ...(fix?.date ? { date: fix.date } : {}),
      ...(fix?.counted ? { counted: fix.counted } : {}),
      ...(fix?.incumbent ? { incumbent: fix.incumbent } : {}),
      ...(fix?.union ? { union: fix.union } : {}),
    };
    // An audited place is the unit's; otherwise as precisely as the file's description supports (nlrb-place.ts).
    const place: UnitPlaceKind = fix?.city ? (fix.place ?? 'in') : unitPlace(e.city, describedUnit(e, tallies.get(e.caseNumber) ?? []));
    result.places[place]++;
    result.notes.push({
      id: `nlrb-${t.caseNumber.toLowerCase()}`,
      kind: 'labor',
      companyId: t.companyId,
      date: t.date,
      action: 'union-election',
      actor: 'workers',
      // An NLRB election is of the employer's own workers: the case names it as the employer.
      relation: 'employer',
      summary: spaced(electionSummary({ ...t, place })),
      election: {
        caseNumber: t.caseNumber,
        ...(t.city ? { city: unitCity(t.city) } : {}),
        ...(t.state ? { state: t.state } : {}),
        ...(t.eligible !== undefined ? { eligibleVoters: t.eligible } : {}),
        votesFor: t.votesFor,
        votesAgainst: t.votesAgainst,
        certified: t.certified,
        ...(t.union ? { union: spaced(t.union).slice(0, 300) } : {}),
        ...(isDecertification(t.caseNumber) ? { decertification: decertificationEnd(t) } : {}),
        ...(t.challenged ? { challenged: t.challenged } : {}),
      },
      sources: [
        {
          url: nlrbCaseUrl(t.caseNumber),
          publisher: 'National Labor Relations Board',
          title: spaced(`Case ${t.caseNumber}: ${t.caseName}`).slice(0, 400),
          date: t.date,
        },
      ],
    });
  }
  result.elections = result.notes.length;
  return result;
}

/**
 * A tally row cut while its case was open, told with the outcome a fiscal-year file records for the same count
 * (audit pass 28 #26: Safeway's Wilsonville bakers, 1–0, counted on 18 Nov 2021 and told "the case was still open",
 * which the FY2022 file closes on 29 Nov with a certification of representative; CVS's Murrieta pharmacy, 6–3 with 3
 * challenged ballots, certified on 13 Dec 2021). The latest record wins by its date, and a fiscal-year row is dated by
 * its election (a mail ballot's mailing, Safeway's 19 Oct), so the row that closes the case lost to the open tally.
 * The tally's count, day and words stay; only the outcome is the later file's, and only where both give the same votes.
 */
function closedLater(tally: Election, fy: Election | undefined): Election | undefined {
  if (tally.layout !== 'tallies' || tally.closed !== 'open' || !fy || fy.layout !== 'fiscal-year' || fy.closed === 'open') return undefined;
  if (fy.votesFor !== tally.votesFor || fy.votesAgainst !== tally.votesAgainst) return undefined;
  const { closed: _open, ...counted } = tally;
  return { ...counted, certified: fy.certified, ...(fy.closed ? { closed: fy.closed } : {}) };
}

/**
 * The description of an election's unit. The FY2022 file has none: a case it holds whose 2017–2021 tallies describe
 * one unit (one wording) is that unit (docs/nlrb-places.md: Paragon's ICE headquarters guards, Kaiser's Southern
 * California unit).
 */
function describedUnit(e: Pick<Election, 'unit' | 'layout'>, caseTallies: readonly Pick<Election, 'unit'>[]): string | undefined {
  if (e.unit || e.layout !== 'fiscal-year') return e.unit;
  const wordings = new Set(caseTallies.map((t) => t.unit).filter((u): u is string => !!u));
  return wordings.size === 1 ? [...wordings][0] : undefined;
}

/**
 * The file's count of eligible voters, where it can be right: a unit smaller than the valid votes counted in it is a
 * slip in one of the row's columns, and the row cannot tell which (audit pass 31 #10: Labcorp's 31-RD-222589, 7 for
 * and 29 against “of 28 eligible”, its valid votes 36; AECOM's 12-RC-206325, 3 for and 0 against “of 0 eligible”).
 * The votes agree with the row's own valid-vote count and its outcome, so they stay and the eligible count is left out.
 */
function eligibleOf(cell: string | undefined, validVotes: number): number | undefined {
  const eligible = int(cell);
  return eligible !== undefined && eligible >= validVotes ? eligible : undefined;
}

/** The unit's description: the bargaining unit the Board determined, else the one the petition sought. */
function unitOf(row: Record<string, string>): Pick<Election, 'unit'> {
  const unit = row['Bargaining Unit Determined']?.trim() || row['Unit Involved on Petition']?.trim();
  return unit ? { unit } : {};
}

/** A dismissed or still-open case, from the file's status and closed reason ("Dismissal Non-adjusted"). */
function closedAs(status: string | undefined, reason: string | undefined): Pick<Election, 'closed'> {
  if ((status ?? '').trim().toLowerCase() === 'open') return { closed: 'open' };
  if (/^certification of results/i.test((reason ?? '').trim())) return { closed: 'results' };
  return /^dismiss/i.test((reason ?? '').trim()) ? { closed: 'dismissed' } : {};
}

function fromTally(row: Record<string, string>, company: { id: string; name: string }): Election | string {
  const caseNumber = row['Case Number']!.trim();
  const date = row['Tally Date']?.trim() ?? '';
  const votesFor = ['Votes For Labor Org1', 'Votes For Labor Org2', 'Votes For Labor Org3'].reduce((s, c) => s + (int(row[c]) ?? 0), 0);
  const votesAgainst = int(row['Votes Cast Against Labor Org']);
  if (!CASE.test(caseNumber) || !DAY.test(date) || votesAgainst === undefined) return 'incomplete tally';
  const certify = row['Union To Certify']?.trim() ?? '';
  const single = !(int(row['Votes For Labor Org2']) ?? 0) && !(int(row['Votes For Labor Org3']) ?? 0);
  // A union with votes whose name the row leaves blank is kept, with its column: the case's other rows name it
  // (audit pass 10 #27: Paragon's rerun row gives 14 votes to an unnamed second union, its initial row names SPFPA).
  const ballot = ([1, 2, 3] as const)
    .map((k) => ({
      union: (row[`Labor Organization ${k} Name`] ?? '').replace(/\s+/g, ' ').trim(),
      votes: int(row[k === 1 ? 'Votes For Labor Org1' : `Votes For Labor Org${k}`]) ?? 0,
      slot: k,
    }))
    .filter((b) => b.votes > 0);
  const eligible = eligibleOf(row['Num Eligible Voters'], votesFor + votesAgainst);
  const modeCol = row['Election Mode']?.trim() ?? '';
  // A row typed "Manual" with a ballot mailing date was a mail ballot (CVS's 21-RC-280095: mailed 25 Aug 2021,
  // counted 15 Sep); a rerun row may leave the mode blank (G4S's 28-RC-204188).
  const mode = /^mixed/i.test(modeCol) ? 'mixed' : /^mail$/i.test(modeCol) || row['Ballot Mail Date']?.trim() ? 'mail' : undefined;
  const challenged = /^y/i.test(row['Challenges R Determinitive']?.trim() ?? '') ? int(row['Num Challenged Ballots']) : undefined;
  // The file's names carry stray spaces ("ELECTRICAL WORKERS,  LOCAL 827"): one space between words.
  const first = (row['Labor Organization 1 Name'] ?? '').trim();
  const union = (unionToCertify(certify, row['Case Name'] ?? '', first) || first).replace(/\s+/g, ' ').trim();
  return {
    caseNumber,
    caseName: row['Case Name']!.trim(),
    companyId: company.id,
    companyName: company.name,
    city: row['Unit City']?.trim() ?? '',
    state: row['Unit State']?.trim() ?? '',
    ...unitOf(row),
    date,
    rank: TALLY_ORDER[row['Tally Type']?.trim() ?? ''] ?? 0,
    ...(eligible !== undefined ? { eligible } : {}),
    votesFor,
    votesAgainst,
    ...(challenged ? { challenged } : {}),
    // "Union To Certify" is filled in for lost elections too (486 of them in the 2017–2021 file); only a
    // certification of representative says the union won. It is empty in a few certified cases (Kaiser's
    // 20-RC-188438, 240–218): with one union on the ballot and a majority for it, that union is the one.
    certified: CERTIFIED.test(row['Closed Reason']?.trim() ?? '') && (certify !== '' || (single && votesFor > votesAgainst)),
    ...closedAs(row['Case Status'], row['Closed Reason']),
    ...(union ? { union } : {}),
    ...(!single && ballot.length > 1 ? { ballot } : {}),
    layout: 'tallies',
    ...(mode ? { mode } : {}),
    count: {
      unit: row['Unit ID']?.trim() ?? '',
      votes: [int(row['Votes For Labor Org1']) ?? 0, int(row['Votes For Labor Org2']) ?? 0, int(row['Votes For Labor Org3']) ?? 0],
      against: votesAgainst,
      challenged: int(row['Num Challenged Ballots']) ?? 0,
    },
  };
}

/**
 * A fiscal-year file's row. The outcome is what the file records ("WON" / "LOSS"); a section that does
 * not record it (three unions on the ballot) is skipped rather than inferred. Union-security
 * deauthorization polls (UD) are not representation elections and are skipped.
 */
function fromFiscalYear(row: Record<string, string>, company: { id: string; name: string }, header: readonly string[]): Election | string {
  const caseNumber = row['Case Number']!.trim();
  if (!CASE.test(caseNumber)) return `not a representation election (RC, RD or RM)`;
  const date = row['Election Held Date']?.trim() ?? '';
  if (!DAY.test(date)) return `no election date`;
  const unions = [1, 2, 3].flatMap((k) => {
    const votes = int(row[k === 1 ? 'Votes for Labor Org 1' : k === 2 ? 'Votes for Labor Org 2' : 'Votes For Labor Org3']);
    const name = (row[k === 3 ? 'Labor Org3' : `Labor Org ${k} Name`] ?? '').replace(/\s+/g, ' ').trim();
    return votes !== undefined ? [{ votes, name }] : [];
  });
  const against = int(row['Valid Votes Against']);
  if (!unions.length || against === undefined) return 'votes missing or not numbers';
  if (!header.includes('Cert of Rep (Win)')) return 'the outcome is not recorded in this section of the file';
  const won = row['Cert of Rep (Win)']?.trim() ?? '';
  const lost = row['Cert of Results (Loss)']?.trim() ?? '';
  if (!(won === 'WON' && !lost) && !(lost === 'LOSS' && !won)) return `outcome columns hold "${won}" / "${lost}", not WON or LOSS`;
  const votesFor = unions.reduce((s, u) => s + u.votes, 0);
  // Two unions with votes: each one's, as for the tallies' file (audit pass 9 #23: Chenega's 44 "for" were 31
  // for SPFPA and 13 for its rival; pass 8's rule read only the 2017–2021 file's columns).
  const ballot = unions.filter((u) => u.name && u.votes > 0).map((u) => ({ union: u.name, votes: u.votes }));
  const valid = votesFor + against;
  // With one union on the ballot, a win certifies it; with several, the file does not say which one
  // won, so a union is named only when it alone had a majority of the valid votes (the board's rule).
  const majority = unions.find((u) => u.votes * 2 > valid);
  const union = won ? (unions.length === 1 ? unions[0]!.name : majority?.name) : unions.length === 1 ? unions[0]!.name : undefined;
  const eligible = eligibleOf(row['Num Eligible Voters'], valid);
  return {
    caseNumber,
    caseName: row['Case Name']!.trim(),
    companyId: company.id,
    companyName: company.name,
    city: row['Dispute Unit City']?.trim() ?? '',
    state: row['Dispute Unit State']?.trim() ?? '',
    date,
    rank: 0,
    ...(eligible !== undefined ? { eligible } : {}),
    votesFor,
    votesAgainst: against,
    certified: won === 'WON',
    ...(header.includes('Closed Date') ? closedAs(row['Closed Date']?.trim() ? 'Closed' : 'Open', row['Closed Reason']) : {}),
    ...(union ? { union } : {}),
    ...(ballot.length > 1 ? { ballot } : {}),
    layout: 'fiscal-year',
  };
}
