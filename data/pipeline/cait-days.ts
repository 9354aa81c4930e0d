/**
 * Which Collective Action in Tech actions are told to the day, and with CAIT's head count (caitCountChecked,
 * below). CAIT gives every action a day, but that day is often its first report's, a day or a week after the
 * action, or a later phase's. Of the CAIT records the audits and sweeps corrected (audit-fixes.ts, main at
 * dfea04b), 61 had a wrong date: in 40 the month was right (in 8 of them the reports give a month and no day) and
 * in 21 the month was wrong too. So a day no reader has checked is told to the month ("Oct 2021"): a note claims
 * no more precision than has been shown to hold. The day stays where a reader checked it: a corrected date
 * (`date` in CAIT_FIXES), a day known to be the first report's (CAIT_REPORTED_DATES, told as "reported"), or
 * CAIT_CHECKED_DAYS below.
 */
import { CAIT_FIXED_BEFORE_COUNTS, correctionChecks } from './checked-before';
import type { ImportFix } from './audit-fixes';

/**
 * Actions whose day a reader confirmed against the reports: the records judged right in docs/audit-cait-dates.md
 * and those judged fully true (the verdict `**true**`, date included) in docs/audit-pass-9.md to 16 and in the
 * labour sweeps (docs/labour-sweep-*.md), drawn from those tables once, by hand-checked script, at dfea04b, less
 * the three told as reported (51, 167, 447), whose day CAIT_REPORTED_DATES keeps.
 * Earlier passes checked CAIT's date against CAIT's own record, not the reports, and are not counted.
 * Checked-days reads A to D (docs/checked-days-a.md to -d.md) read every record of this block not corrected or withdrawn
 * since (94 of 113): the reports give the day for 85, another day for none, no day for 6 (121, 235, 243, 286, 522, 540:
 * taken out, so those notes are told to the month) and could not be found for 3; labour residual K had found one day
 * wrong (543, since corrected).
 */
export const CAIT_CHECKED_DAYS: ReadonlySet<number> = new Set([
  6, 7, 17, 22, 24, 34, 43, 47, 49, 53, 55, 65, 69, 70, 73, 81, 96, 103, 106, 108, 110, 115, 116, 118, 122, 129, 136, 141, 142, 148, 155,
  163, 169, 172, 199, 202, 204, 207, 211, 212, 214, 218, 225, 228, 233, 237, 239, 245, 249, 251, 252, 253, 257, 261, 262, 265, 270, 276,
  279, 293, 306, 308, 309, 310, 333, 334, 335, 342, 351, 353, 363, 364, 371, 378, 383, 391, 394, 397, 407, 415, 417, 419, 421, 429, 435,
  445, 451, 458, 473, 474, 481, 484, 485, 487, 489, 503, 511, 515, 527, 529, 530, 532, 543, 546, 547, 549, 551,
  // Labour sweep 5, part A (docs/labour-sweep-5.md): days read against the reports in that sweep, after this set was drawn
  // (Tableau's rally, Babbel's works council, Big Cartel's recognition, Lagos' strike, Xiamen's strike, Glitch's contract,
  // Gorillas' assembly, the Breque dos Apps, Shipt's walkout, Sheffield's rally).
  201, 377, 520, 328, 102, 396, 465, 292, 344, 500,
  // Part B of that sweep, read before the month rule: the notes it judged fully true, their day with them (Hootsuite's
  // ICE protest, Change.org's drive, foodpanda's strike, Mobilize's drive). Civis' (372), judged true, is left out: its
  // reports give the NLRB charge's month, not its day.
  331, 452, 494, 410,
  // CAIT precision read B (docs/cait-precision-B.md): notes told to the month whose day, count, place and types the
  // reports bear out as CAIT gives them, or as a correction already set them; the doc's table names each one's reports.
  514, 509, 496, 483, 472, 464, 457, 438, 428, 409, 392, 360, 350, 347, 302, 259, 254, 231, 227, 197, 190, 177, 159, 147, 138, 128, 126, 78,
  57, 41,
  // CAIT precision read A (docs/cait-precision-A.md): day, count and place read against the reports, all as CAIT gives
  // them (or as an earlier correction left them): Shakopee's Eid walkout, Nava's recognition, Justice for App Workers'
  // launch, Raven's union, the Staten Island refiling, the Nimbus letter, the #AppleToo letter.
  552, 544, 535, 526, 513, 476, 471,
  // Its second part: the Deliveristas' ride (21 Apr 2021), the South African drivers' class action announced (23 Feb 2021)
  // and Google's Bay Area cafeteria workers' union vote (20 Nov 2019; its place by state, audit-fixes.ts).
  436, 444, 420,
  // Its third part: ver.di's Christmas strike (21 Dec 2020), FAccT's pause of Google's sponsorship (26 Feb 2021),
  // #MakeAIEthical (8 Mar 2021), the Amsterdam suit (20 Jul 2020), the Gebru letter (3 Dec 2020), the moderators' letter
  // (18 Nov 2020).
  418, 411, 405, 399, 365, 361,
  // Its fourth part: the march to Bezos's Beverly Hills home (4 Oct 2020), the San Leandro caravan (1 Aug 2020), Amazon
  // Workers International's letter (30 Apr 2020), the Eastvale workers' complaints to regulators (8 Apr 2020).
  336, 299, 275, 284,
  // And the Staten Island walkout of 30 Mar 2020 (its count and place by the reports, audit-fixes.ts).
  248,
  // CAIT precision read A3 (docs/cait-precision-A3.md): older notes of list A told to the month, whose day, count and
  // place the reports bear out as CAIT gives them or as a correction left them: Google's May Day sit-in (1 May 2019),
  // the 996.ICU letter (22 Apr 2019), the letter for the Assistant's temps (2 Apr 2019), the Dragonfly letter (27 Nov
  // 2018), the JEDI letter (12 Oct 2018), Shaodong's DiDi strike (4 Jun 2018), Naver's first union (2 Apr 2018), the
  // Palantir picket (18 Jan 2017), the Uber drivers' settlement (21 Apr 2016), Sony Mobile's Beijing protest (4 Nov
  // 2014), the Lionbridge testers' vote (11 Sep 2014) and Nokia's Dongguan strike (19 Nov 2013); and two whose day holds
  // but whose count (and place) the reports correct (audit-fixes.ts): the Fast Food Shutdown (4 Oct 2018) and the Oracle
  // women's class motion (18 Jan 2019).
  135, 132, 127, 107, 101, 87, 79, 64, 56, 42, 40, 31, 99, 114,
  // CAIT precision read A2 (docs/cait-precision-A2.md): the rest of list A, older actions, day, count, place and types
  // read against the reports, as CAIT gives them or as a correction sets them (audit-fixes.ts): the LAX drivers' letter
  // (12 Feb 2020), the Sacramento night-shift walkout (23 Dec 2019), the GitHub open source letter (4 Dec 2019, no count),
  // Instacart's strike (3 Nov 2019, no count), Kickstarter United's request (2 Oct 2019), the Eagan walkout (8 Aug 2019,
  // about 80), the Facebook cafeteria picket (16 Jul 2019, no count), the AWS Summit protest (11 Jul 2019) and the
  // Palantir GitHub protest (11 May 2019).
  230, 222, 217, 203, 193, 168, 161, 154, 140,
]);

/**
 * Records an earlier audit judged fully true whose day a later read found no report gives (checked-days reads A,
 * B, C, D): taken out of CAIT_CHECKED_DAYS, so their notes are told to the month, while the count, place and worker types
 * that audit checked stay as it judged them (caitJudgedWhole).
 */
export const CAIT_WHOLE_BUT_DAY: ReadonlySet<number> = new Set([235, 243, 286, 522, 540]);

/**
 * Actions told to the month whose reports a reader has read and found no one day for (CAIT precision reads A, B, A2
 * and A3, docs/cait-precision-*.md, rows marked "left"): a campaign or a letter over days or weeks, reports that
 * disagree, or reports not returned. Their month stays, and the build report counts them apart from the days no
 * reader has looked at (none since the lead's read of 267 and 321). A month a correction set (`date: 'YYYY-MM'` in CAIT_FIXES) is
 * that correction's reading and is not listed here.
 */
export const CAIT_NO_ONE_DAY: ReadonlySet<number> = new Set([
  // docs/cait-precision-A.md
  495,
  478,
  467,
  453,
  440,
  427,
  403,
  390,
  376,
  359,
  349,
  316,
  303,
  294,
  264,
  260,
  255,
  // docs/cait-precision-B.md
  545,
  539,
  507,
  491,
  488,
  460,
  443,
  432,
  423,
  412,
  404,
  395,
  372,
  327,
  320,
  317,
  287,
  268,
  244,
  240,
  220,
  192,
  181,
  166,
  164,
  143,
  131,
  119,
  113,
  86,
  82,
  44,
  30,
  11,
  // docs/cait-precision-A2.md (its 241 withdrawn since, audit pass 50: the same petition as 240)
  234,
  191,
  184,
  182,
  165,
  152,
  149,
  // docs/cait-precision-A3.md
  74,
  45,
  21,
  // The lead's read of the two no precision read reached (2026-12-02). 267: the content moderators' letter on Medium
  // is undated; The Times (10 Jun 2020) says it was published "earlier this week", Adweek gives no day. 321: the former
  // engineers' motion in their discrimination suit; neither of CAIT's links (Law360, the plaintiffs' lawyers' page) nor
  // any other report of it was returned.
  267,
  321,
  // Checked-days reads A to D (docs/checked-days-a.md to -d.md): days in CAIT_CHECKED_DAYS that no report gives; those
  // judged fully true (CAIT_WHOLE_BUT_DAY above) and 121, whose day alone had been checked (CAIT_DAY_ONLY).
  121,
  ...CAIT_WHOLE_BUT_DAY,
]);

/** A CAIT action's date as a note tells it: the day where a reader checked it, otherwise its month. */
export function caitShownDate(id: number, date: string, fix: { date?: string } | undefined, reported: boolean): string {
  if (fix?.date || reported || CAIT_CHECKED_DAYS.has(id)) return date;
  return date.slice(0, 7);
}

/**
 * Records of CAIT_CHECKED_DAYS whose day alone a reader checked: judged right in docs/audit-cait-dates.md, which read
 * only the date, with no fully-true verdict in audit passes 9 to 18 or the labour sweeps (earlier passes read CAIT's
 * own record, not the reports) and no correction. Their count and place were never read against the reports: labour
 * sweep 8 read the two others there were (225, 270) and found both counts wrong (a count of 364 for the 357 quoted,
 * 141 for "more than 140"). Drawn at a9ba14e: CAIT_CHECKED_DAYS less the records with a CAIT_FIXES entry or a table row
 * holding `**true**` and only their note id in docs/audit-pass-9.md to 18 or docs/labour-sweep-*.md. 199, judged true
 * there as shown (no count, its country), stays: CAIT's 40 and Zurich were not judged. 487 stays too, though labour sweep
 * 10 corrected its place: a correction made since the rules checks only what it names (checked-before.ts).
 */
export const CAIT_DAY_ONLY: ReadonlySet<number> = new Set([73, 129, 141, 148, 163, 199, 218, 257, 353, 417, 429, 487]);

/**
 * Whether a reader judged a CAIT note fully true as it then showed (CAIT_CHECKED_DAYS, less the days checked alone,
 * CAIT_DAY_ONLY; and CAIT_WHOLE_BUT_DAY, whose day alone a later read took back): what the count and place rules keep
 * as CAIT gives it, with a correction that checked the claim.
 */
export function caitJudgedWhole(id: number): boolean {
  return (CAIT_CHECKED_DAYS.has(id) && !CAIT_DAY_ONLY.has(id)) || CAIT_WHOLE_BUT_DAY.has(id);
}

/**
 * Whether CAIT's head count for an action may be told: a correction that gives or drops it (`workers`), any correction
 * made before this rule (checked-before.ts: its reader saw the count), or a note judged fully true (caitJudgedWhole).
 * Labour sweep 6 read 30 unread CAIT notes: 9 had a count no report gives or a unit's size told as those who acted. An
 * unchecked count is left out, as an unchecked day is cut to the month.
 */
export function caitCountChecked(id: number, fix: ImportFix | undefined): boolean {
  return correctionChecks(fix, ['workers'], CAIT_FIXED_BEFORE_COUNTS, id) || caitJudgedWhole(id);
}
