/**
 * Place names for labour notes, written the same way whatever the input: CAIT's "city-state-country"
 * slugs (with their typos) and the Labor Action Tracker's city and state columns. A CAIT place no reader has
 * checked is told by its country (caitToldLocations, with its measure).
 */
import { formatList } from '../model/format';
import { US_STATE_NAMES } from './nlrb-place';
import { caitJudgedWhole } from './cait-days';
import { CAIT_FIXED_BEFORE_PLACES, correctionChecks } from './checked-before';
import type { ImportFix } from './audit-fixes';

/** Misspellings and odd slugs seen in Collective Action in Tech's locations, and what they mean. */
const CAIT_PLACE_FIXES: Record<string, string> = {
  massachussetts: 'massachusetts',
  philadephia: 'philadelphia',
  englad: 'england',
  'rio de janiero': 'rio de janeiro',
  shenzen: 'shenzhen',
  'shen zhen': 'shenzhen',
  redding: 'reading',
  washington_dc: 'washington dc',
};

/** Placeholders that are not places. */
const NOT_A_PLACE = new Set(['', 'na', 'online', 'worldwide', 'global', 'none']);

const SMALL_WORDS = new Set(['de', 'da', 'do', 'del', 'la', 'of', 'and', 'upon', 'on']);
const CAPITALS = new Set(['usa', 'uk', 'dc', 'uae']);

function titleWords(s: string): string {
  return s
    .split(' ')
    .map((w, i) => (CAPITALS.has(w) ? w.toUpperCase() : i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** A CAIT slug's parts, lower-case, its misspellings mended and placeholders dropped: "san francisco-california-usa" → 3 parts. */
const caitSlugParts = (slug: string) =>
  slug
    .toLowerCase()
    .split('-')
    .map((p) => p.trim())
    .map((p) => CAIT_PLACE_FIXES[p] ?? p)
    .map((p) => p.replace(/_/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((p) => !NOT_A_PLACE.has(p));

/**
 * "san francisco-california-usa" → "San Francisco, California, USA"; "washington_dc-usa" → "Washington,
 * DC, USA"; placeholders ("worldwide", "online", "na") → undefined.
 */
export function caitPlace(slug: string): string | undefined {
  const parts = caitSlugParts(slug);
  if (!parts.length) return undefined;
  const words = parts.flatMap((p) => (p === 'washington dc' ? ['washington', 'dc'] : [p]));
  const place = words.map(titleWords).join(', ');
  // A country alone reads "in the USA", "in the UK".
  return place === 'USA' || place === 'UK' ? `the ${place}` : place;
}

/**
 * Regions CAIT lists as a place of their own beside cities in them ("shaodong-china", "hunan-china": one strike
 * in Shaodong, a city of Hunan; audit pass 9 #21). Every real record that lists one of these with cities of the
 * same country lists cities in it (81 Wuxi, Jiangsu; 87 Shaodong, Hunan; 88 Hangzhou, Zhejiang; 102 Xiamen,
 * Fujian; 425 Florence and Pisa, Tuscany).
 */
const CAIT_REGIONS: Record<string, ReadonlySet<string>> = {
  china: new Set(
    'anhui fujian gansu guangdong guangxi guizhou hainan hebei heilongjiang henan hubei hunan jiangsu jiangxi jilin liaoning qinghai shaanxi shandong shanxi sichuan yunnan zhejiang'.split(
      ' ',
    ),
  ),
  italy: new Set(['tuscany', 'lombardy', 'piedmont', 'lazio', 'veneto', 'sicily', 'campania', 'liguria', 'umbria', 'marche']),
  // No record lists these beside a city (422, 423: Telangana alone); listed so that caitPlaceKind counts them as regions.
  india: new Set(['telangana', 'tamil nadu']),
};

/**
 * CAIT's locations with a region folded into the cities listed with it: ["shaodong-china", "hunan-china"] →
 * ["shaodong-hunan-china"] ("Shaodong, Hunan, China"). Only where a country has one such region and at least one
 * city ("city-country"); anything else is returned as it is.
 */
export function caitFoldRegions(locations: readonly string[]): string[] {
  const parts = locations.map((l) =>
    l
      .toLowerCase()
      .split('-')
      .map((p) => p.trim()),
  );
  const out: string[] = [];
  const folded = new Set<number>();
  for (const [country, regions] of Object.entries(CAIT_REGIONS)) {
    const here = parts.map((p, i) => ({ p, i })).filter(({ p }) => p.length === 2 && p[1] === country);
    const region = here.filter(({ p }) => regions.has(p[0]!));
    const cities = here.filter(({ p }) => !regions.has(p[0]!));
    if (region.length !== 1 || !cities.length) continue;
    folded.add(region[0]!.i);
    for (const c of cities) folded.add(c.i);
  }
  if (!folded.size) return [...locations];
  for (const [i, p] of parts.entries()) {
    if (!folded.has(i)) out.push(locations[i]!);
    else if (!CAIT_REGIONS[p[1]!]!.has(p[0]!)) {
      const region = parts.find((q) => q.length === 2 && q[1] === p[1] && CAIT_REGIONS[p[1]!]!.has(q[0]!))!;
      out.push(`${p[0]}-${region[0]}-${p[1]}`);
    }
  }
  return out;
}

const US_STATES: ReadonlySet<string> = new Set([...US_STATE_NAMES].map((s) => s.toLowerCase()));

/** How finely CAIT places an action: one city, one region (a US state, CAIT_REGIONS), one country, several places, none. */
export type CaitPlaceKind = 'city' | 'region' | 'country' | 'several' | 'none';

export function caitPlaceKind(locations: readonly string[] | null | undefined): CaitPlaceKind {
  const places = caitFoldRegions(locations ?? [])
    .map(caitSlugParts)
    .filter((p) => p.length);
  if (places.length > 1) return 'several';
  const [p] = places;
  if (!p) return 'none';
  if (p.length === 1) return 'country';
  const region = p.length === 2 && (p[1] === 'usa' ? US_STATES.has(p[0]!) : !!CAIT_REGIONS[p[1]!]?.has(p[0]!));
  return region ? 'region' : 'city';
}

/**
 * Records whose CAIT place a reader judged right against the reports and that neither CAIT_FIXES nor CAIT_CHECKED_DAYS
 * lists (test/fixtures/cait/cait-place-labels.csv, label `right`): notes judged true or partly true, their place not
 * corrected, in docs/audit-pass-9.md to 18 and the labour sweeps (and 266, judged right in pass 11's prose), the places
 * labour sweep 8 judged right, and the records read for that file (its README).
 */
export const CAIT_CHECKED_PLACES: ReadonlySet<number> = new Set([
  30, 35, 42, 74, 82, 83, 86, 87, 100, 105, 131, 140, 150, 154, 161, 167, 177, 189, 193, 215, 216, 230, 266, 268, 284, 304, 320, 327, 359,
  362, 372, 422, 423, 428, 432, 450, 493, 509, 518, 519,
]);

/**
 * Whether a CAIT action's place may be told as CAIT gives it: a correction of its place (`locations`, `online`,
 * `place`, `morePlaces`), any correction made before this rule (checked-before.ts: its reader saw the place), a note
 * judged fully true (caitJudgedWhole, not a day checked alone) or a place judged right (CAIT_CHECKED_PLACES). Otherwise
 * the note tells only the countries (caitToldLocations).
 */
export function caitPlaceChecked(id: number, fix: ImportFix | undefined): boolean {
  const fields = ['locations', 'online', 'place', 'morePlaces'] as const;
  return correctionChecks(fix, fields, CAIT_FIXED_BEFORE_PLACES, id) || caitJudgedWhole(id) || CAIT_CHECKED_PLACES.has(id);
}

/** Whether CAIT names a place finer than a country (a city or a region), which caitToldLocations would tell by country. */
export const caitFinerThanCountry = (locations: readonly string[]) => locations.some((l) => caitSlugParts(l).length > 1);

/**
 * The places a CAIT note tells: CAIT's own where a reader checked them (caitPlaceChecked), otherwise their countries
 * ("portland-oregon-usa" → "usa"; "florence-italy", "pisa-italy" → "italy"); "worldwide" and other placeholders as they
 * are. CAIT often places an action by its first report's dateline or its geocoder's hit for the company rather than
 * where the workers acted. Measured on the 233 records whose place a reader judged against the reports
 * (test/fixtures/cait/cait-place-labels.csv; test/unit/pipeline/cait-places.test.ts prints it), each judged as if
 * unchecked: CAIT's place as given was true for 165 (71%), false for 52, not told for 16 (online, "usa" alone). One city
 * was true for 110 of 142 (77%); the rest were too narrow (12: one city for a nationwide or several-city action —
 * Detroit for Instacart's national strike, Portland for the Postmates Blitz Up), the company's headquarters or the
 * geocoder's hit for its name (11: Seattle for Microsoft, San Bruno for YouTube), a wrong city (7: Minneapolis for
 * Amazon's Shakopee warehouse, San Francisco for Raven Software's Madison) or unplaced (2). Told by its state, a city was
 * true for 120 of 142 (85%); by its country for 133 (94%). Every record by its country: 197 true (84.5%), 20 false (a
 * country no report gives, or none at all: a coarser place cannot mend those). The random samples alone (labour sweep
 * 8 and the 15 read for the labels) agree: of 24 single cities, 19 right, 22 right by country. So a place no reader
 * checked is told at the level CAIT is reliable at, its country, as an unchecked day is told by its month
 * (cait-days.ts). A broader true place is true: no place labelled right becomes wrong. The detail lost: 130 of the
 * labelled places right as CAIT gives them would be told only by country; a reader's check restores it. The merges read
 * the record's full places (facts.sites, same-event.ts; places, labor-place.ts), never the note's text, so this rule
 * cannot change which records are one event.
 */
export function caitToldLocations(locations: readonly string[], checked: boolean): string[] {
  if (checked) return [...locations];
  return [
    ...new Set(
      locations.map((l) => {
        const parts = caitSlugParts(l);
        return parts.length ? parts[parts.length - 1]! : l;
      }),
    ),
  ];
}

/** Whether CAIT marks the action as worldwide (shown as "worldwide", not as a place). */
export const caitWorldwide = (locations: readonly string[] | null | undefined) =>
  (locations ?? []).some((l) => ['worldwide', 'global'].includes(l.toLowerCase().trim()));

/**
 * The Labor Action Tracker's city and state columns, which repeat values once per location
 * ("California;California"): "Oakland, California"; several cities in one state: "Oakland and San Jose,
 * California"; several states: "California and Oregon".
 */
export function latPlace(cities: string, states: string): string | undefined {
  const split = (s: string) => [
    ...new Set(
      s
        .split(';')
        .map((x) => x.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    ),
  ];
  const c = split(cities);
  const s = split(states);
  if (s.length > 1) return formatList(s.slice(0, 4)) + (s.length > 4 ? ' and other states' : '');
  if (!c.length) return s[0];
  if (c.length > 3) return s[0] ? `${c.length} cities in ${s[0]}` : `${c.length} cities`;
  return s[0] ? `${formatList(c)}, ${s[0]}` : formatList(c);
}
