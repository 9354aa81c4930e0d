/**
 * Which of the Labor Action Tracker's fixed demand categories a note tells. The tracker files every action's
 * demands under fixed categories (pay, health and safety, staffing …) beside its free-text ones, and audits kept
 * finding a category no report gives (labour sweep 7, audit pass 18 #13: "racial justice" for Harvard's custodians).
 * Measured on test/fixtures/lat/demand-labels.csv (411 labelled note categories, main at 1c00454: every tracker note a
 * doc judged, the demands audits wrote by record, and reports read for every unfixed racial-justice note and a seeded
 * sample of the weak categories; 431 since, with the categories later docs and reads decided;
 * test/unit/pipeline/lat-demands.test.ts), the share of decided labels that a report bears out is, per category, on the
 * 431: pay 102/105 (0.97), job security 26/27 (0.96), health and safety 53/66 (0.80), healthcare 17/23 (0.74),
 * staffing 40/44 (0.91), retirement benefits 19/21 (0.90), union recognition 19/21 (0.90), racial justice 7/12 (0.58);
 * scheduling 6/6, anti-union retaliation 3/3, COVID-19 protocols 2/2 and first contract 2/2 are kept but rest on few
 * labels. So, as a CAIT count no reader checked is left out (cait-days.ts), a category
 * below 0.95 is told only where a reader checked the row: an audit's correction (LAT_FIXES: those readers fix every
 * claim they find wrong, and write the demands the reports give), a row judged fully true in a doc
 * (LAT_DEMANDS_TRUE), or a category a report read for the labels names (LAT_DEMANDS_READ). Its free-text demands
 * ("install air conditioners in UPS trucks") are the row's own words and are kept.
 */
import { LAT_FIXED_BEFORE_DEMANDS, correctionChecks } from './checked-before';
import type { ImportFix } from './audit-fixes';

/** The fixed categories whose labelled precision is below 0.95, lower-case as the tracker's cells read. */
export const LAT_WEAK_DEMANDS: ReadonlySet<string> = new Set([
  'health and safety',
  'healthcare',
  'staffing',
  'retirement benefits',
  'union recognition',
  'racial justice',
]);

/**
 * Tracker rows a doc judged fully true (the verdict `**true**` in a docs/*.md table row naming one of the row's
 * notes), drawn once by script at 1c00454: the brief's "judged true" readers read the note, demands included. A row
 * leaves it when a correction writes its demands, the reports' and no longer the tracker's categories (3129, labour
 * residual B; 1259, demands read B; 519, 1548, 3390, 3816, 4022 and 4574, demands read A, whose reports name their
 * demands and not a category the row listed; 4214 and 4343, read by the lead on 2026-12-02): a fixed row is checked by
 * its fix (lat-demands.test.ts).
 */
export const LAT_DEMANDS_TRUE: ReadonlySet<string> = new Set(
  (
    '83 89 145 163 188 228 239 431 461 506 606 612 628 641 676 712 730 731 807 808 839 865 875 893 900 1013 1015 1054 ' +
    '1086 1118 1186 1214 1236 1305 1343 1357 1387 1397 1399 1488 1559 1560 1610 1619 1622 1655 1676 1682 1685 ' +
    '1703 1715 1787 1800 1812 1819 1880 1895 1899 1959 1960 1987 1996 2032 2048 2132 2156 2246 2276 2316 2335 2379 2430 ' +
    '2492 2519 2531 2594 2638 2703 2785 2840 2858 2918 2968 2987 3017 3038 3055 3071 3145 3167 3193 3251 3272 3294 ' +
    '3316 3333 3337 3378 3395 3402 3417 3443 3444 3445 3446 3448 3454 3457 3462 3463 3465 3466 3476 3502 3509 3523 ' +
    '3572 3601 3625 3633 3677 3750 3753 3799 3853 3864 3922 3973 3976 4040 4066 4082 4083 4147 4225 ' +
    '4403 4581 ' +
    // Labour sweep 9, notes 16–30 (docs/labour-sweep-9.md), judged true after the set was drawn.
    '70 727 1770 2275 2370 2990 3192 3606'
  ).split(' '),
);

/** Weak categories a report read for demand-labels.csv names, by tracker row (rows neither fixed nor judged true). */
export const LAT_DEMANDS_READ: ReadonlyMap<string, readonly string[]> = new Map([
  ['1257', ['health and safety']], // CNBC: UPS workers' rally against extreme heat
  ['1437', ['staffing']], // The Stand: SEIU 925's pickets over short staffing
  ['1623', ['racial justice']], // AP: a performance review system the union called racially biased
  ['2060', ['health and safety']], // ABC7: safer conditions, vans without air conditioning
  ['3482', ['racial justice']], // the Watchdog after the Times: a pay study found women and people of color underpaid
]);

const key = (demand: string) => demand.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether a tracker row's weak categories were checked whole: a correction that writes its demands, any correction made
 * before this rule (checked-before.ts: its reader saw the categories), or a doc's "true".
 */
export const latDemandsChecked = (id: string, fix: ImportFix | undefined): boolean =>
  correctionChecks(fix, ['demands'], LAT_FIXED_BEFORE_DEMANDS, id) || LAT_DEMANDS_TRUE.has(id);

/**
 * The row's demands cell without the weak categories no reader checked (see above); its other demands, and the
 * separators of those kept, are as the tracker wrote them.
 */
export function latCheckedDemandCell(cell: string, id: string, fix: ImportFix | undefined): string {
  if (latDemandsChecked(id, fix)) return cell;
  const read = LAT_DEMANDS_READ.get(id) ?? [];
  return cell
    .split(';')
    .filter((d) => !LAT_WEAK_DEMANDS.has(key(d)) || read.includes(key(d)))
    .join(';');
}
