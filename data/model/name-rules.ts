/**
 * The word lists and string measures the name matcher applies, kept apart from its index: which mail
 * domains say nothing about an employer, which words describe a company (a unit's name, a foundation, a
 * PAC), and the distances used for near spellings. Pure; every function here is linear in its input
 * (or bounded by a constant), so a 200 KB cell costs what its length costs.
 */

/**
 * Mailbox providers and internet providers: an address there says nothing about the sender's employer,
 * even where the provider is itself a listed company (icloud.com, comcast.net).
 */
// prettier-ignore
export const FREE_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'live.com', 'live.co.uk', 'msn.com',
  'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'yahoo.ca', 'ymail.com', 'rocketmail.com', 'aol.com', 'aim.com',
  'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me', 'gmx.com', 'gmx.de', 'gmx.net',
  'web.de', 'mail.com', 'email.com', 'zoho.com', 'zohomail.com', 'yandex.com', 'yandex.ru', 'mail.ru', 'fastmail.com',
  'fastmail.fm', 'hey.com', 'tutanota.com', 'tuta.io', 'qq.com', '163.com', '126.com', 'naver.com', 'hushmail.com',
  'comcast.net', 'att.net', 'sbcglobal.net', 'bellsouth.net', 'verizon.net', 'cox.net', 'charter.net', 'spectrum.net',
  'earthlink.net', 'optonline.net', 'optimum.net', 'frontier.com', 'frontiernet.net', 'windstream.net', 'centurylink.net',
  'juno.com', 'netzero.net', 'rogers.com', 'shaw.ca', 'btinternet.com', 'sky.com', 'orange.fr', 'free.fr', 'laposte.net',
]);

/**
 * Sites where a path names someone else's page: facebook.com/walmart is Walmart's page, not Meta. The
 * path's first segment (after the listed prefix) is read as a name; the site's own company never matches
 * such a URL.
 */
export const PROFILE_SITES: Record<string, readonly string[]> = {
  'linkedin.com': ['company/', 'showcase/', 'school/'],
  'facebook.com': [''],
  'instagram.com': [''],
  'twitter.com': [''],
  'x.com': [''],
  'github.com': [''],
  'youtube.com': ['@', 'c/', 'user/'],
  'tiktok.com': ['@'],
  'threads.net': ['@'],
};

const US_STATES =
  'ALABAMA ALASKA ARIZONA ARKANSAS CALIFORNIA COLORADO CONNECTICUT DELAWARE FLORIDA GEORGIA HAWAII IDAHO ILLINOIS INDIANA IOWA KANSAS KENTUCKY LOUISIANA MAINE MARYLAND MASSACHUSETTS MICHIGAN MINNESOTA MISSISSIPPI MISSOURI MONTANA NEBRASKA NEVADA NEW HAMPSHIRE JERSEY MEXICO YORK NORTH CAROLINA DAKOTA OHIO OKLAHOMA OREGON PENNSYLVANIA RHODE ISLAND SOUTH TENNESSEE TEXAS UTAH VERMONT VIRGINIA WASHINGTON WEST WISCONSIN WYOMING DC'.split(
    ' ',
  );

/**
 * Words that make a company's name into the name of one of its units or holding companies, and nothing
 * else: "General Dynamics Land Systems", "Hilton Worldwide Holdings", "Sony Corporation of America". A
 * word that could start another business's name ("Bus", "Elevator", "Community", "Products") is not here.
 */
// prettier-ignore
export const UNIT_WORDS = new Set([
  ...US_STATES,
  'OF', 'AND', 'THE', 'SERVICES', 'SERVICE', 'SOLUTIONS', 'SYSTEMS', 'TECHNOLOGIES', 'TECHNOLOGY', 'TECHNICAL', 'FEDERAL',
  'GOVERNMENT', 'INTERNATIONAL', 'GLOBAL', 'WORLDWIDE', 'HOLDINGS', 'HOLDING', 'ENTERPRISES', 'OPERATIONS', 'OPERATING',
  'MISSION', 'MISSIONS', 'DEFENSE', 'AEROSPACE', 'INFORMATION', 'IT', 'SUPPORT', 'MANAGEMENT', 'LOGISTICS', 'COMMUNICATIONS',
  'WIRELESS', 'MOBILITY', 'NETWORK', 'NETWORKS', 'CABLE', 'ELECTRONIC', 'ELECTRONICS', 'LAND', 'MARINE', 'ELECTRIC', 'USA',
  'US', 'AMERICA', 'AMERICAS', 'PUBLIC', 'SECTOR', 'NATIONAL', 'SECURITY', 'SECURE', 'HEALTH', 'HEALTHCARE', 'RETAIL', 'STORES',
  'SUPPLY', 'DISTRIBUTION', 'FULFILLMENT', 'DATA', 'ENGINEERING', 'INTEGRATED', 'CONSULTING', 'ADVISORY', 'ADVANCED',
  'HOTELS', 'RESORTS', 'CLOUD', 'COMPUTING', 'DIVISION', 'CORPORATION', 'COMPANY', 'INC', 'LLC', 'CORP', 'CO', 'LP', 'LTD',
]);

/** What a corporate affiliate is to its company; shown as "foundation of Walmart". */
export type AffiliateKind = 'foundation' | 'pac' | 'employees' | 'charity';

/**
 * Words around a company's name that make it the name of its foundation, PAC or employee giving
 * ("The Walmart Foundation", "Microsoft Employee Giving Campaign", "Employees Community Fund of The Boeing
 * Company"). Matched on normalised words; what remains must name the company exactly or by a short form
 * (never by a near spelling), so "Conrad N. Hilton Foundation" stays apart from Hilton.
 */
export const AFFILIATE_SUFFIXES: readonly (readonly [string, AffiliateKind])[] = [
  ['EMPLOYEE GIVING CAMPAIGN', 'employees'],
  ['EMPLOYEES GIVING CAMPAIGN', 'employees'],
  ['EMPLOYEE CAMPAIGN', 'employees'],
  ['EMPLOYEES CAMPAIGN', 'employees'],
  ['EMPLOYEE GIVING PROGRAM', 'employees'],
  ['EMPLOYEES FUND', 'employees'],
  ['EMPLOYEE FUND', 'employees'],
  ['POLITICAL ACTION COMMITTEE', 'pac'],
  ['EMPLOYEES PAC', 'pac'],
  ['EMPLOYEE PAC', 'pac'],
  ['PAC', 'pac'],
  ['CHARITABLE FOUNDATION', 'foundation'],
  ['CHARITABLE TRUST', 'foundation'],
  ['CORPORATE FOUNDATION', 'foundation'],
  ['FOUNDATION', 'foundation'],
  ['PHILANTHROPIES', 'charity'],
  ['PHILANTHROPY', 'charity'],
];
export const AFFILIATE_PREFIXES: readonly (readonly [string, AffiliateKind])[] = [
  ['EMPLOYEES COMMUNITY FUND OF', 'employees'],
  ['EMPLOYEE COMMUNITY FUND OF', 'employees'],
  ['POLITICAL ACTION COMMITTEE OF', 'pac'],
  ['FOUNDATION OF', 'foundation'],
];

/** Near spellings are only tried on names long enough for one typo not to land on another word. */
export const MIN_FUZZY_LENGTH = 7;

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped at `max` + 1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Symbols of a trigram code: A–Z, 0–9, space, and one for anything else (names are normalised first). */
const GRAM_SYMBOLS = 38;
export const GRAM_CODES = GRAM_SYMBOLS ** 3;
const symbol = (c: number) => (c >= 65 && c <= 90 ? c - 65 : c >= 48 && c <= 57 ? c - 22 : c === 32 ? 36 : 37);

/**
 * The distinct trigrams (three-character slices) of ` s ` as numbers: the near-spelling search
 * meets them in arrays, without making or hashing a string per trigram. `seen` (GRAM_CODES long) and a
 * `stamp` new for each call keep each trigram once.
 */
export function trigramCodes(s: string, seen: Int32Array, stamp: number): number[] {
  const out: number[] = [];
  // A sliding window over ` s `: the code of the next trigram from the last one, without a call per character.
  let a = 36;
  let b = s.length ? symbol(s.charCodeAt(0)) : 36;
  for (let i = 1; i <= s.length; i++) {
    const c = i < s.length ? symbol(s.charCodeAt(i)) : 36;
    const code = (a * GRAM_SYMBOLS + b) * GRAM_SYMBOLS + c;
    a = b;
    b = c;
    if (seen[code] === stamp) continue;
    seen[code] = stamp;
    out.push(code);
  }
  return out;
}
