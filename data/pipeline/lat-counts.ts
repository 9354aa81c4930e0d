/**
 * Which Labor Action Tracker head counts a note tells ("The tracker estimates that about N people took part"). The
 * count is the tracker's own estimate, and readers found it often is not the action's: of the 131 tracker notes with a
 * count that the audits and sweeps judged (test/fixtures/lat/count-labels.csv, labelled from the docs' words), 69 gave
 * a count the reports support, 24 a wrong one (a union's or unit's size told as those who acted, one day's or one
 * group's figure as the whole action's, a number in no source, a count below the reports') and 38 one no reader could
 * settle — 74% right of the 93 settled, far below 0.95. So, as for CAIT (cait-days.ts caitCountChecked), a count is
 * told only where a reader checked it: a correction's count (LAT_FIXES `workers`, which gives or drops the count the
 * reports support), or LAT_CHECKED_COUNTS below. Any other count is left out, a record corrected for another field too.
 */

/**
 * Tracker records whose count a doc's reports support ("right" in test/fixtures/lat/count-labels.csv), by the first
 * doc that said so, drawn from the labels once. A note a doc judged true while its words say no report gives a count
 * ("the tracker's, told as its") is not among them: that count was not checked against the reports, only attributed.
 */
export const LAT_CHECKED_COUNTS: ReadonlySet<string> = new Set(
  [
    // docs/audit-2026-11-30.md: AT&T Southeast's 17,000 strikers.
    3294,
    // docs/audit-pass-3.md to 8.
    431, 4199, 3444, 239, 712, 1054, 1236, 1548, 2276, 3316, 4532, 4593, 3601, 3918, 1703, 2840, 3463, 3251,
    // docs/audit-pass-10.md to 18.
    3129, 1619, 3457, 3462, 4581, 1895, 3745, 4413, 1615, 3446, 3922, 1715, 3677, 628, 1186, 1343, 1682, 3193, 3337, 3445,
    // docs/labour-sweep-7.md.
    506, 1013, 1720, 2430, 2674, 2708, 3272, 3329, 3333, 3509,
    // docs/labour-sweep-9.md.
    711, 904, 1157, 1770, 2370, 2990, 3443, 3448, 4504,
    // docs/labour-sweep-2026-12-01.md.
    893, 1118, 1996, 2968, 2987, 3466, 4223, 4403,
    // Labour sweep 9 #16: DHL's 1,430 counts the strikers in other cities too, right since its note says the strike was in
    // more places than the tracker lists (its fix).
    2671,
    // Audit pass 4 #36: Honolulu's 5,000 strikers were at four employers' hotels, wrong as Marriott's alone, right
    // since lat.ts says a several-employer count is for all of them ("in all, at every employer named").
    3458,
  ].map(String),
);

/**
 * Whether the tracker's head count for a record may be told: a reader gave or dropped its count (a fix's `workers`) or
 * found it right (LAT_CHECKED_COUNTS). Not any fix: a record corrected for its date or demands had its count read by no
 * one — of the five such records the labels name (748, 1151, 2335, 3116, 4121), none had its count judged, and 748's 200
 * is against reports giving more than 60 of Raven's testers.
 */
export function latCountChecked(id: string, fix: { workers?: number | null } | undefined): boolean {
  return fix?.workers !== undefined || LAT_CHECKED_COUNTS.has(id);
}
