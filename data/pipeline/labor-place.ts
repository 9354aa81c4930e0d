/**
 * Where a labour record says the action took place, reduced to what two records can be compared by: the
 * country and the US states. The tracker and CAIT overlap from 2021; the same company's actions a day
 * apart in two states are two events (audit pass 8 #25: CAIT's Staten Island walkout of 22 Dec 2021 took
 * the tracker's row of a Chicago walkout the same day, and CAIT's Chicago walkout the Staten Island row).
 */

export interface EventPlace {
  /** Lower-case country ("usa", "uk"); undefined where the record names none. */
  country?: string;
  /** Lower-case US states the record names; empty where it names only a country (or nothing). */
  states: string[];
  /**
   * The tracker's notes say the address it lists is the employer's headquarters instead of the action's
   * sites ("We instead list the address of the employer's headquarters"): a nationwide action.
   */
  listsHeadquarters?: boolean;
}

/** CAIT's own spellings of a state or a country ("washington_dc", "philadephia" is a city). */
const STATE_ALIASES: Record<string, string> = {
  'washington dc': 'district of columbia',
  dc: 'district of columbia',
  'new york city': 'new york',
};
const norm = (s: string) => s.toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
const NOT_PLACES = new Set(['worldwide', 'global', 'online', 'na', '']);

/** "staten island-new york city-new york-usa" → country usa, state new york; "usa" → country only. */
export function caitEventPlace(locations: readonly string[] | null | undefined): EventPlace {
  const countries = new Set<string>();
  const states = new Set<string>();
  for (const slug of locations ?? []) {
    const parts = slug
      .split('-')
      .map(norm)
      .filter((p) => !NOT_PLACES.has(p));
    if (!parts.length) continue;
    const country = parts[parts.length - 1]!;
    countries.add(country);
    if (country === 'usa' && parts.length >= 2) {
      const state = parts[parts.length - 2]!;
      states.add(STATE_ALIASES[state] ?? state);
    }
  }
  return { ...(countries.size === 1 ? { country: [...countries][0]! } : {}), states: [...states] };
}

/**
 * Whether the tracker's Notes say the address it lists is the employer's headquarters instead of the
 * action's sites ("We instead list the address of the employer's headquarters", "… the employer's corporate
 * address", "we list the UPS corporate HQ here": labour sweep 11, tracker 818, the one row that says "HQ" so). "The main
 * location of this protest" is a site, not a headquarters; nor is "a picket outside the Starbucks HQ" (tracker 1929).
 */
export const latListsHeadquarters = (notes: string) =>
  /\b(?:headquarters|(?:main )?corporate (?:address|office|HQ)|main address)\b/i.test(notes);

/** The tracker's State column ("Illinois;Illinois") and whether its notes say it lists a headquarters. */
export function latEventPlace(row: Record<string, string>): EventPlace {
  const states = [...new Set((row['State'] ?? '').split(';').map(norm).filter(Boolean))];
  return { country: 'usa', states, ...(latListsHeadquarters(row['Notes'] ?? '') ? { listsHeadquarters: true } : {}) };
}

/**
 * Whether two records can be one event by place: they share a state; or one names only its country (a
 * nationwide CAIT record) and the other lists a headquarters for a nationwide action. Records in two
 * countries, in states that do not meet, or a country-wide record against one placed at a site are not.
 * Records that place nothing cannot be told apart by place and are not kept apart by it.
 */
export function samePlace(a: EventPlace | undefined, b: EventPlace | undefined): boolean {
  if (!a || !b) return true;
  if (a.country && b.country && a.country !== b.country) return false;
  if (a.states.length && b.states.length) return a.states.some((s) => b.states.includes(s));
  if (!a.states.length && !b.states.length) return true;
  const [wide, placed] = a.states.length ? [b, a] : [a, b];
  return !wide.country ? true : !!placed.listsHeadquarters;
}
