/**
 * Where an NLRB election's unit was, as precisely as the NLRB's own file supports it. The file's "Unit City" is
 * the city typed on the petition: often the unit's site, but also the employer's or its contract office's
 * address (Paragon Systems' Herndon, VA for guards at federal buildings throughout North Carolina), a city
 * near the site (Chicago for a hotel in Downers Grove), one of several sites (Atmore for technicians in four
 * towns), or "Various". Measured across the bundle (docs/audit-pass-6-open-items.md): of the 411 elections whose
 * 2017–2021 record carries the unit's description, 105 descriptions do not name the unit city at all, and
 * many of them place the unit elsewhere (Kandahar, Afghanistan for a case listed under Las Vegas).
 *
 * So the note says "in <city>" only where the unit's own description (the bargaining unit the Board
 * determined, or the petition's where it has none) names that city and no other place; a unit whose
 * description names several places or a spread ("throughout", "various", "the following stores") is "at
 * several sites"; anything else — no description (the FY2022 file has none), or one naming no place or
 * another — is told as the file's listing, attributed: "(the NLRB's file lists the case under <city>)".
 */

export type UnitPlaceKind = 'in' | 'several' | 'listed';

const STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  PR: 'Puerto Rico',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  GU: 'Guam',
  VI: 'Virgin Islands',
};

/** The states' and DC's names: "Alabama" … "Wyoming". */
export const US_STATE_NAMES: ReadonlySet<string> = new Set(Object.values(STATES));

/** A state's name for its postal code ("LA" → "Louisiana"); anything else as it is. */
export const usStateName = (code: string): string => STATES[code.trim().toUpperCase()] ?? code;
const byLength = (xs: string[]) => xs.sort((a, b) => b.length - a.length).join('|');
/**
 * "Herndon, Virginia", "Ft. Irwin, CA 92310", "HERNOON, VA": a place followed by its state (a two-letter state
 * after a comma only, so that "WORKERS IN OKLAHOMA" is no place).
 */
const PLACE_STATE = new RegExp(
  `([A-Z][A-Za-z.'’-]*(?:[ \\t]+[A-Z][A-Za-z.'’-]*){0,5})(?:,[ \\t]*(?:${byLength(Object.keys(STATES))})\\b|,?[ \\t]+(?:${byLength(Object.values(STATES))})\\b)`,
  'g',
);
/**
 * Words that spread a unit over several places: "various", "throughout", "the State of Georgia", "the counties
 * of", "Northern California Region", "the following stores", "federal buildings listed in Attachment A", "in and
 * around Salt Lake City", "the Los Angeles, Orange County and surrounding areas" (docs/nlrb-places.md).
 */
const SPREAD =
  /\b(?:various|throughout|multiple|several|statewide|territory|island of|the (?:states?|commonwealth|counties) of|counties|region\b|(?:following|these) (?:stores|locations|facilities|sites|buildings)|(?:stores|locations|facilities|sites|buildings) listed|in and around|surrounding areas?\b)/i;
/** A state named for a licence or an exclusion, not as the unit's spread ("who can legally practice … in the State of Hawai'i", "working remotely outside the State of Washington"). */
const NOT_SPREAD = /\b(?:legally practice|outside)\b[^.;]*?\bthe state of [A-Za-z'’]+/gi;
/** Words of a site's kind, not of a place: "Naval Air Station" is the base, not another town. */
const GENERIC =
  /^(?:naval|air|station|base|force|army|airport|international|regional|center|facility|federal|building|courthouse|hospital|medical|national|joint|field|reserve|marine|corps)$/;
/** Where the unit's description ends and the election's arrangements begin ("The mail ballots will be counted at the Region 16 office …"). */
const ARRANGEMENTS = /\b(?:the election will|(?:the )?(?:mail )?ballots will)\b/i;
/** Street words: a place's name is what follows the last of them ("1275 First Street, NE, Washington"). */
const STREET =
  /^(?:street|st|avenue|ave|blvd|boulevard|road|rd|drive|dr|parkway|pkwy|way|lane|ln|highway|hwy|route|plaza|court|ct|circle|suite|ste|building|bldg|room|rm|floor|fl|expressway|loop|terrace|pike)$/i;
const COMPASS = /^(?:n|s|e|w|ne|nw|se|sw|north|south|east|west|northern|southern|eastern|western|central)$/i;
const COMPASS_ABBR = /^(?:n|s|e|w|ne|nw|se|sw)$/i;

/** One spelling for comparing places: "Ft. Irwin" and "Fort Irwin", "Hill AFB" and "Hill Air Force Base". */
export function placeKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[.’']/g, '')
    .replace(/\bft\b/g, 'fort')
    .replace(/\bst\b/g, 'saint')
    .replace(/\bmt\b/g, 'mount')
    .replace(/\bafb\b/g, 'air force base')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The distinct places a description names with their state ("Herndon, Virginia and Warrenton, Virginia": two). */
export function placesNamed(text: string): string[] {
  const out = new Set<string>();
  // A description typed in capitals is read with its longer words capitalised ("HERNDON, VIRGINIA" → "Herndon,
  // Virginia"), two-letter words kept as they are (state codes).
  const letters = text.replace(/[^A-Za-z]/g, '');
  const caps = letters.length > 0 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.8;
  const read = caps ? text.replace(/[A-Za-z’']{3,}/g, (w) => w[0]! + w.slice(1).toLowerCase()) : text;
  for (const m of read.matchAll(PLACE_STATE)) {
    // The place is the last words before the state: "at Hill Air Force Base, Utah" → "Hill Air Force Base".
    let words = m[1]!.split(/\s+/).map((w) => w.replace(/[.,]+$/, '').replace(/\./g, ''));
    const street = words.findLastIndex((w) => STREET.test(w));
    words = words.slice(street + 1);
    // "N. Pensacola" is a street's side; "North Charleston" and "West Covina" are towns.
    while (words.length && COMPASS_ABBR.test(words[0]!)) words.shift();
    while (words.length && COMPASS.test(words[words.length - 1]!)) words.pop();
    if (words.length && !words.every((w) => GENERIC.test(w.toLowerCase()) || COMPASS.test(w))) out.add(placeKey(words.join(' ')));
  }
  return [...out];
}

/**
 * How precisely a unit's place can be told: `description` is the bargaining unit the Board determined, or the
 * petition's where the Board's is empty (undefined where the file has neither).
 */
export function unitPlace(city: string, description: string | undefined): UnitPlaceKind {
  const key = placeKey(city);
  const text = (description ?? '').split(ARRANGEMENTS)[0]!.replace(/\s+/g, ' ').trim();
  if (!key) return 'listed';
  if (key === 'various') return 'several';
  if (!text) return 'listed';
  const places = placesNamed(text);
  const same = (p: string) =>
    p === key || p.endsWith(` ${key}`) || key.endsWith(` ${p}`) || p.startsWith(`${key} `) || key.startsWith(`${p} `);
  const others = places.filter((p) => !same(p));
  // Named as a place where the description names places with their state ("Chicago Marriott Suites Downers
  // Grove … in Downers Grove, Illinois" names Downers Grove, not Chicago); as a word where it names none so.
  const named = places.length ? places.some(same) : new RegExp(`\\b${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(placeKey(text));
  // The city and another place, or two other places: several sites. Only another place: elsewhere than the
  // file's city, which is then told as the file's listing.
  if (SPREAD.test(text.replace(NOT_SPREAD, '')) || others.length > 1 || (named && others.length)) return 'several';
  return named ? 'in' : 'listed';
}
