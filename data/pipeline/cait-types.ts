/**
 * Which of CAIT's worker types ("white collar workers", "contract workers", "gig workers", …) a CAIT note tells. CAIT
 * files each action's workers under one or more types, and readers keep finding types no report names: contract and
 * blue-collar workers beside white-collar employees in online letters and petitions (labour sweep 14: 443, 462, 471;
 * the sweep of 2026-12-01: 442, 446), riders who are employees filed as gig workers (453, 465, 475, 482), a company's
 * own staff filed as contract workers (309, 406, 527). A type no reader checked is told only where CAIT has been
 * shown reliable for it (caitToldTypes, with its measure); otherwise the note says "workers", which any type holds.
 *
 * Only the words change: which companies a note is attributed to and the relation it shows (cait.ts caitAttribution,
 * relation.ts) still read CAIT's types as given, measured on their own labels (cait-attribution-labels*.csv).
 */
import { caitJudgedWhole } from './cait-days';
import { CAIT_FIXED_BEFORE_TYPES, correctionChecks } from './checked-before';
import type { ImportFix } from './audit-fixes';

/**
 * Records whose types a reader judged right (every type CAIT gives labelled `right` in
 * test/fixtures/cait/cait-type-labels.csv) that caitTypesChecked would not count as checked otherwise: notes judged true in the
 * audits and sweeps after CAIT_CHECKED_DAYS was drawn (labour sweep 14 among them), or partly true with who acted not
 * among their errors, and no correction. Drawn from the labels at 9251678, less 392 (labour sweep 14: its types are
 * right, but they are Alphabet's workers, told as YouTube's: a who error, since fixed by record).
 */
export const CAIT_CHECKED_TYPES: ReadonlySet<number> = new Set([
  21, 30, 32, 33, 35, 38, 41, 42, 50, 73, 74, 82, 83, 85, 86, 87, 93, 99, 100, 105, 119, 121, 127, 131, 141, 148, 150, 153, 161, 163, 167,
  183, 191, 193, 215, 216, 220, 230, 236, 254, 257, 260, 263, 268, 275, 284, 287, 327, 349, 350, 353, 359, 362, 366, 372, 390, 393, 420,
  422, 423, 428, 430, 432, 444, 447, 468, 487, 493, 495, 509, 513, 519, 552,
]);

/**
 * Whether a CAIT record's types may be told as CAIT gives them: a correction that words who acted (`who`), any correction
 * made before this rule (checked-before.ts: its reader saw the types), a note judged fully true (caitJudgedWhole) or
 * types judged right (CAIT_CHECKED_TYPES).
 */
export function caitTypesChecked(id: number, fix: ImportFix | undefined): boolean {
  return correctionChecks(fix, ['who'], CAIT_FIXED_BEFORE_TYPES, id) || caitJudgedWhole(id) || CAIT_CHECKED_TYPES.has(id);
}

/**
 * The types a note tells (CAIT's, lower-case, spaces for underscores, in-house and "other" already dropped): all of
 * them where a reader checked them (caitTypesChecked); otherwise white-collar workers, and blue-collar workers
 * where CAIT does not list white-collar workers beside them. Every other type is left out, and a note left with none
 * says "workers" (cait.ts caitSummary).
 *
 * Measured on the 362 CAIT records with a type that a doc judged (test/fixtures/cait/cait-type-labels.csv;
 * test/unit/pipeline/cait-types.test.ts prints it), each judged as if no reader had checked it. Of the type words CAIT
 * gives, right among those decided where workers acted: white-collar workers 128 of 130 (98.5%), blue-collar workers 89
 * of 94 (94.7%: 86 of 88 without white-collar workers, 3 of 6 beside them), contract workers 45 of 57 (78.9%: 36 of 39
 * without white-collar workers, 9 of 18 beside them), gig workers 82 of 90 (91.1%: the eight wrong are riders and
 * couriers hired as employees — Gorillas, Foodora in Norway, efood, Yemeksepeti — and Amazon's own workers under
 * Amazon, 308 and 261). Where CAIT ticks several
 * boxes for one letter of employees, the types beside white-collar workers are the ones no report names. Before the
 * rule 345 of 372 type words right (92.7%); with it 214 of 218 (98.2%), every type told at 95% or better; the 131
 * right words left out are told as "workers", which holds for each. The 15 records where those who acted were not the
 * company's workers at all (the public, activists, job applicants, an app's users: `outsiders` in the labels) are no
 * type's error, and no type word mends them: each is corrected by record (audit-fixes.ts `who`, `outside`) or by the
 * academics rule (403), or withdrawn (523, labour sweep 14).
 */
export function caitToldTypes(types: readonly string[], checked: boolean): string[] {
  if (checked) return [...types];
  const white = types.includes('white collar workers');
  return types.filter((t) => t === 'white collar workers' || (t === 'blue collar workers' && !white));
}
