/**
 * The forms a typed name takes before it meets the index: the text cut to a bounded length, the names one
 * legal name holds ("X d/b/a Y", "X, a Y company", "X (Y)"), the name before an address ("…, Inc.,
 * Chantilly, Va."), the company behind a foundation or PAC, and the parts of "A - B" or "A and B". Each
 * function is linear in its input: patterns have no nested or unbounded repetition.
 */
import { coreName, coreOfNormalized, normalizeName } from './names';
import { AFFILIATE_PREFIXES, AFFILIATE_SUFFIXES, type AffiliateKind } from './name-rules';

/**
 * A cell or query is cut to this many characters before matching (the longest legal name in the
 * USAspending inputs is under 200): bounded work per row, whatever a list holds. The row says it was cut.
 */
export const MAX_MATCH_CHARS = 500;

/** Trimmed, cut to MAX_MATCH_CHARS, runs of white space made one space. */
export function prepareText(raw: string): { text: string; cut: boolean } {
  const t = raw.trim();
  const cut = t.length > MAX_MATCH_CHARS;
  return { text: (cut ? t.slice(0, MAX_MATCH_CHARS) : t).replace(/\s+/g, ' ').trim(), cut };
}

/**
 * Ways one legal name mentions another name of the same company or its owner: "X d/b/a Y", "X f/k/a Y",
 * "X, a division of Y", "X, a Y company", "X (Y)". Run on text whose white space is single spaces, so no
 * part of the pattern can match the same characters two ways; the inner repetitions are bounded.
 */
const NAME_LINKS =
  / (?:D ?[/.] ?B ?[/.] ?A\.?|DBA|A ?\/ ?K ?\/ ?A|AKA|F ?\/ ?K ?\/ ?A|FKA|FORMERLY(?: KNOWN AS)?|DOING BUSINESS AS|T ?\/ ?A|TRADING AS):? |,? (?:A|AN) (?:DIVISION|SUBSIDIARY|UNIT|AFFILIATE) OF |, (?:A|AN) ([^,()]{1,80}?) COMPANY\b| ?\(([^()]{0,200})\)/i;

const SMALL_WORDS = new Set(['OF', 'THE', 'AND', 'FOR', 'AT', 'IN', 'A', 'AN']);

/**
 * "School of the Art Institute of Chicago (SAIC)": the parenthesis is the outer name's initials, not a
 * second name, so it is not tried on its own (it would find Science Applications International Corp.).
 */
function isInitialsOf(inner: string, outer: string): boolean {
  const acronym = normalizeName(inner);
  if (!/^[A-Z0-9]{2,8}$/.test(acronym)) return false;
  const words = normalizeName(outer).split(' ');
  const all = words.map((w) => w[0]).join('');
  const significant = words
    .filter((w) => !SMALL_WORDS.has(w))
    .map((w) => w[0])
    .join('');
  return all.includes(acronym) || significant.includes(acronym);
}

/**
 * The names one legal name holds, itself first when it holds no others. At most 12. With `ownNames`,
 * only the names of the company itself: not its owner's ("Sikorsky, a Lockheed Martin company" is not a
 * name of Lockheed Martin's for the index to give to Sikorsky).
 */
export function nameParts(input: string, ownNames = false): string[] {
  const parts: string[] = [];
  const queue = [input.replace(/\s+/g, ' ')];
  for (let steps = 0; queue.length && parts.length < 12 && steps < 64; steps++) {
    const s = queue.shift()!.trim();
    if (!s) continue;
    const m = NAME_LINKS.exec(s);
    if (!m) {
      parts.push(s);
      continue;
    }
    const before = s.slice(0, m.index);
    const owner = m[1] !== undefined || / OF $/i.test(m[0]);
    // What the marker introduces ("a Lockheed Martin company", "(PAE)") is itself a name to try.
    const inner = m[1] ?? (m[2] !== undefined && !isInitialsOf(m[2], before) ? m[2] : undefined);
    queue.push(before, ...(owner && ownNames ? [] : [s.slice(m.index + m[0].length), ...(inner ? [inner] : [])]));
  }
  return [...new Set(parts)];
}

/** Runs of one-letter words joined: "C D W GOVERNMENT" → "CDW GOVERNMENT", "I B M" → "IBM". On normalised text. */
export function joinLetterRuns(normalized: string): string {
  return normalized.replace(/\b[A-Z0-9](?: [A-Z0-9]\b)+/g, (run) => run.replace(/ /g, ''));
}

/**
 * The name before an address or a program name: "Iron Bow Technologies LLC, Chantilly, Va." → "Iron Bow
 * Technologies LLC", "The Kroger Co. Zero Hunger" → "The Kroger Co". A legal form counts as the end of
 * the name only when a comma or a full stop follows it ("Quiet Incorporated Xyzzy" is one name).
 */
const LEGAL_THEN_MORE = /\b(?:INC|INCORPORATED|LLC|L\.L\.C|LP|LLP|CORP|CORPORATION|CO|LTD|LIMITED|PLC)(?=[.,])/gi;
export function beforeAddress(text: string): string | undefined {
  LEGAL_THEN_MORE.lastIndex = 0;
  for (let m = LEGAL_THEN_MORE.exec(text); m; m = LEGAL_THEN_MORE.exec(text)) {
    const end = m.index + m[0].length;
    if (m.index > 0 && /[A-Za-z0-9]/.test(text.slice(end))) return text.slice(0, end);
  }
  return undefined;
}

// The affiliate words with the space that separates them from a name, made once (this runs on every row).
const SUFFIXES = AFFILIATE_SUFFIXES.map(([words, kind]) => ({ words, spaced: ` ${words}`, kind }));
const PREFIXES = AFFILIATE_PREFIXES.map(([words, kind]) => ({ words, spaced: `${words} `, kind }));

/**
 * The company named inside a foundation's, PAC's or employee campaign's name, and what it is to that
 * company: "THE WALMART FOUNDATION" → WALMART, foundation. On normalised text whose legal forms were
 * removed (coreName); undefined when no such words surround a name.
 */
export function affiliateOf(core: string): { name: string; kind: AffiliateKind } | undefined {
  for (const { words, spaced, kind } of SUFFIXES) {
    // (The words alone name no company: a name must come before them.)
    if (core.length > words.length + 1 && core.endsWith(spaced)) {
      return { name: core.slice(0, core.length - words.length - 1).replace(/^THE /, ''), kind };
    }
  }
  for (const { words, spaced, kind } of PREFIXES) {
    if (core.startsWith(spaced)) return { name: core.slice(words.length + 1).replace(/^THE /, ''), kind };
  }
  return undefined;
}

/**
 * The organisations a cell names side by side: "Ralphs - Kroger" (Labor Action Tracker: employer, then its
 * parent or client), "Walmart and Sam's Club", "PepsiCo/Quaker". Only tried when the whole finds nothing;
 * a dash lists the first as the one meant, so the second alone is never read as the answer.
 */
export function sideBySide(text: string): { dash: [string, string] | undefined; list: string[] } {
  const d = / [-–—] /.exec(text);
  const dash: [string, string] | undefined = d ? [text.slice(0, d.index), text.slice(d.index + d[0].length)] : undefined;
  const list = text
    .split(/ and |\/| \| |; | \+ /i)
    .map((p) => p.trim())
    .filter(Boolean);
  return { dash, list: list.length > 1 && list.length <= 6 ? list : [] };
}

/** Letters and digits only: "Booz Allen" and boozallen.com meet as BOOZALLEN. */
export const squash = (normalized: string): string => normalized.replace(/ /g, '');

/**
 * The name without legal forms (coreName), and without an "AND" they leave behind: "MCKINSEY & COMPANY,
 * INC." → "MCKINSEY". Kept here rather than in coreName, which the importers share.
 */
export function matchCore(name: string): string {
  return andless(coreName(name));
}

/** matchCore of text already through normalizeName. */
export function matchCoreOfNormalized(normalized: string): string {
  return andless(coreOfNormalized(normalized));
}

function andless(core: string): string {
  while (core.endsWith(' AND')) core = coreOfNormalized(core.slice(0, -4));
  return core;
}

/** Plural descriptors as their singular, so "IDEAL SYSTEMS SOLUTIONS" and "IDEAL SYSTEM SOLUTIONS" meet. */
// prettier-ignore
const SINGULAR: Record<string, string> = {
  SYSTEMS: 'SYSTEM', SOLUTIONS: 'SOLUTION', SERVICES: 'SERVICE', TECHNOLOGIES: 'TECHNOLOGY', NETWORKS: 'NETWORK',
  ELECTRONICS: 'ELECTRONIC', COMMUNICATIONS: 'COMMUNICATION', HOLDINGS: 'HOLDING', ENTERPRISES: 'ENTERPRISE',
  OPERATIONS: 'OPERATION', LABORATORIES: 'LABORATORY', LABS: 'LAB', PRODUCTS: 'PRODUCT', INDUSTRIES: 'INDUSTRY',
  RESOURCES: 'RESOURCE', ASSOCIATES: 'ASSOCIATE', PARTNERS: 'PARTNER', CONSULTANTS: 'CONSULTANT', STORES: 'STORE', HOTELS: 'HOTEL',
  COMPUTERS: 'COMPUTER',
};
export const looseCore = (core: string): string =>
  core
    .split(' ')
    .map((w) => SINGULAR[w] ?? w)
    .join(' ');

/** A site code before the name, as labour records write warehouses: "SWF1 Amazon" → "AMAZON". On normalised text. */
export const afterSiteCode = (normalized: string): string | undefined => /^[A-Z]{2,4}[0-9]{1,2}[A-Z]? (.+)$/.exec(normalized)?.[1];
