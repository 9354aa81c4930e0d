/**
 * Place names for labour notes, written the same way whatever the input: CAIT's "city-state-country"
 * slugs (with their typos) and the Labor Action Tracker's city and state columns.
 */
import { formatList } from '../model/format';

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

/**
 * "san francisco-california-usa" → "San Francisco, California, USA"; "washington_dc-usa" → "Washington,
 * DC, USA"; placeholders ("worldwide", "online", "na") → undefined.
 */
export function caitPlace(slug: string): string | undefined {
  const parts = slug
    .toLowerCase()
    .split('-')
    .map((p) => p.trim())
    .map((p) => CAIT_PLACE_FIXES[p] ?? p)
    .map((p) => p.replace(/_/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((p) => !NOT_A_PLACE.has(p));
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
