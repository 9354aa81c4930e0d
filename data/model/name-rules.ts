/**
 * The rules the name matcher applies, kept apart from its index: which mail domains say nothing about an
 * employer, how one legal name mentions another, which words make a name into a unit's name, and the
 * string distances used for near spellings. Pure.
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
 * Ways one legal name mentions another name of the same company or its owner: "X d/b/a Y", "X f/k/a Y",
 * "X, a division of Y", "X, a Y company", "X (Y)". Each part is tried on its own.
 */
export const NAME_LINKS =
  /\s+(?:D\s*\/\s*B\s*\/\s*A|DBA|A\s*\/\s*K\s*\/\s*A|AKA|F\s*\/\s*K\s*\/\s*A|FKA|FORMERLY(?:\s+KNOWN\s+AS)?|DOING BUSINESS AS|T\s*\/\s*A)\s+|,?\s+(?:A|AN)\s+(?:DIVISION|SUBSIDIARY|UNIT|AFFILIATE)\s+OF\s+|,\s+(?:A|AN)\s+(.+?)\s+COMPANY\b|\s*\(([^)]*)\)/i;

export function nameParts(input: string): string[] {
  const parts: string[] = [];
  const queue = [input];
  while (queue.length && parts.length < 12) {
    const s = queue.shift()!.trim();
    if (!s) continue;
    const m = NAME_LINKS.exec(s);
    if (!m) {
      parts.push(s);
      continue;
    }
    // What the marker introduces ("a Lockheed Martin company", "(PAE)") is itself a name to try.
    const inner = m[1] ?? m[2];
    queue.push(s.slice(0, m.index), s.slice(m.index + m[0].length), ...(inner ? [inner] : []));
  }
  return [...new Set(parts)];
}

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

export const trigrams = (s: string): Set<string> => {
  const padded = ` ${s} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
};

const US_STATES =
  'ALABAMA ALASKA ARIZONA ARKANSAS CALIFORNIA COLORADO CONNECTICUT DELAWARE FLORIDA GEORGIA HAWAII IDAHO ILLINOIS INDIANA IOWA KANSAS KENTUCKY LOUISIANA MAINE MARYLAND MASSACHUSETTS MICHIGAN MINNESOTA MISSISSIPPI MISSOURI MONTANA NEBRASKA NEVADA NEW HAMPSHIRE JERSEY MEXICO YORK NORTH CAROLINA DAKOTA OHIO OKLAHOMA OREGON PENNSYLVANIA RHODE ISLAND SOUTH TENNESSEE TEXAS UTAH VERMONT VIRGINIA WASHINGTON WEST WISCONSIN WYOMING DC'.split(
    ' ',
  );

/** Words that make a company's name into the name of one of its units, and nothing else. */
// prettier-ignore
export const UNIT_WORDS = new Set([
  ...US_STATES,
  'OF', 'AND', 'THE', 'SERVICES', 'SERVICE', 'SOLUTIONS', 'SYSTEMS', 'TECHNOLOGIES', 'TECHNOLOGY', 'TECHNICAL', 'FEDERAL',
  'GOVERNMENT', 'INTERNATIONAL', 'GLOBAL', 'HOLDINGS', 'ENTERPRISES', 'OPERATIONS', 'OPERATING', 'MISSION', 'DEFENSE',
  'AEROSPACE', 'INFORMATION', 'IT', 'SUPPORT', 'MANAGEMENT', 'LOGISTICS', 'COMMUNICATIONS', 'WIRELESS', 'MOBILITY', 'NETWORK',
  'NETWORKS', 'CABLE', 'ELECTRONIC', 'ELECTRONICS', 'LAND', 'MARINE', 'ELECTRIC', 'USA', 'US', 'AMERICA', 'AMERICAS', 'NORTH',
  'PUBLIC', 'SECTOR', 'NATIONAL', 'SECURITY', 'SECURE', 'HEALTH', 'HEALTHCARE', 'RETAIL', 'STORES', 'SUPPLY', 'DISTRIBUTION',
  'FULFILLMENT', 'DATA', 'SERVICES', 'ENGINEERING', 'INTEGRATED', 'CONSULTING', 'ADVISORY', 'ADVANCED', 'MISSIONS',
]);

/** Near spellings are only tried on names long enough for one typo not to land on another word. */
export const MIN_FUZZY_LENGTH = 7;
