/**
 * Screening: from what a person types or a donor list holds (a company name, an email address, a domain
 * or URL) to a company, with how it matched and a confidence. Pure: the lookup page, its worker and the
 * `check` CLI share it. Precision comes first: when in doubt, no match.
 */
import { coreName, normalizeName } from './names';
import { targetFromInput } from './domain';
import { EMAIL, inputKind } from './input-kind';

export interface ScreenCompany {
  id: string;
  name: string;
  aliases: readonly string[];
  domains: readonly string[];
}

export type MatchHow = 'domain' | 'email' | 'name' | 'alias' | 'name-prefix' | 'similar-name';

export interface ScreenMatch {
  companyId: string;
  how: MatchHow;
  /** The domain, name or alias that matched. */
  matched: string;
  /** 1 for an exact domain or legal name; lower for a name without its legal suffix or a near spelling. */
  confidence: number;
}

export interface ScreenOutcome {
  match: ScreenMatch | null;
  /** Why there is no match, when that is worth saying (a free-mail address, two companies alike). */
  note?: string;
}

/**
 * Mailbox providers and internet providers: an address there says nothing about the sender's employer,
 * even where the provider is itself a listed company (icloud.com, comcast.net).
 */
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
const NAME_LINKS =
  /\s+(?:D\s*\/\s*B\s*\/\s*A|DBA|A\s*\/\s*K\s*\/\s*A|AKA|F\s*\/\s*K\s*\/\s*A|FKA|FORMERLY(?:\s+KNOWN\s+AS)?|DOING BUSINESS AS|T\s*\/\s*A)\s+|,?\s+(?:A|AN)\s+(?:DIVISION|SUBSIDIARY|UNIT|AFFILIATE)\s+OF\s+|,\s+(?:A|AN)\s+(.+?)\s+COMPANY\b|\s*\(([^)]*)\)/i;

function nameParts(input: string): string[] {
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

const trigrams = (s: string): Set<string> => {
  const padded = ` ${s} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
};

interface NameEntry {
  core: string;
  id: string;
  spelled: string;
}

const US_STATES =
  'ALABAMA ALASKA ARIZONA ARKANSAS CALIFORNIA COLORADO CONNECTICUT DELAWARE FLORIDA GEORGIA HAWAII IDAHO ILLINOIS INDIANA IOWA KANSAS KENTUCKY LOUISIANA MAINE MARYLAND MASSACHUSETTS MICHIGAN MINNESOTA MISSISSIPPI MISSOURI MONTANA NEBRASKA NEVADA NEW HAMPSHIRE JERSEY MEXICO YORK NORTH CAROLINA DAKOTA OHIO OKLAHOMA OREGON PENNSYLVANIA RHODE ISLAND SOUTH TENNESSEE TEXAS UTAH VERMONT VIRGINIA WASHINGTON WEST WISCONSIN WYOMING DC'.split(' ');

/** Words that make a company's name into the name of one of its units, and nothing else. */
const UNIT_WORDS = new Set([
  ...US_STATES,
  'OF', 'AND', 'THE', 'SERVICES', 'SERVICE', 'SOLUTIONS', 'SYSTEMS', 'TECHNOLOGIES', 'TECHNOLOGY', 'TECHNICAL', 'FEDERAL',
  'GOVERNMENT', 'INTERNATIONAL', 'GLOBAL', 'HOLDINGS', 'ENTERPRISES', 'OPERATIONS', 'OPERATING', 'MISSION', 'DEFENSE',
  'AEROSPACE', 'INFORMATION', 'IT', 'SUPPORT', 'MANAGEMENT', 'LOGISTICS', 'COMMUNICATIONS', 'WIRELESS', 'MOBILITY', 'NETWORK',
  'NETWORKS', 'CABLE', 'ELECTRONIC', 'ELECTRONICS', 'LAND', 'MARINE', 'ELECTRIC', 'USA', 'US', 'AMERICA', 'AMERICAS', 'NORTH',
  'PUBLIC', 'SECTOR', 'NATIONAL', 'SECURITY', 'SECURE', 'HEALTH', 'HEALTHCARE', 'RETAIL', 'STORES', 'SUPPLY', 'DISTRIBUTION',
  'FULFILLMENT', 'DATA', 'SERVICES', 'ENGINEERING', 'INTEGRATED', 'CONSULTING', 'ADVISORY', 'ADVANCED', 'MISSIONS',
]);

/** Near spellings are only tried on names long enough for one typo not to land on another word. */
const MIN_FUZZY_LENGTH = 7;

export class ScreenIndex {
  private readonly byDomain = new Map<string, string>();
  private readonly exact = new Map<string, Map<string, string>>();
  private readonly core = new Map<string, Map<string, string>>();
  private readonly fuzzy: NameEntry[] = [];
  private readonly grams = new Map<string, number[]>();
  private readonly prefixes = new Map<string, Map<string, string>>();
  readonly companies = new Map<string, ScreenCompany>();

  /**
   * `fuzzyFor` picks the companies whose names may match by near spelling. By default, those with a web
   * presence: contractors known only by a legal name are matched exactly, never approximately.
   */
  constructor(companies: Iterable<ScreenCompany>, fuzzyFor: (c: ScreenCompany) => boolean = (c) => c.domains.length > 0) {
    const add = (map: Map<string, Map<string, string>>, key: string, id: string, spelled: string) => {
      if (!key) return;
      const m = map.get(key) ?? new Map<string, string>();
      if (!m.has(id)) m.set(id, spelled);
      map.set(key, m);
    };
    for (const c of companies) {
      this.companies.set(c.id, c);
      for (const d of c.domains) this.byDomain.set(d, c.id);
      const fuzzy = fuzzyFor(c);
      const seen = new Set<string>();
      for (const n of [c.name, ...c.aliases]) {
        add(this.exact, normalizeName(n), c.id, n);
        const k = coreName(n);
        add(this.core, k, c.id, n);
        if (fuzzy && k.includes(' ') && k.replace(/ /g, '').length >= 5) add(this.prefixes, k, c.id, n);
        if (fuzzy && k.replace(/ /g, '').length >= MIN_FUZZY_LENGTH && !seen.has(k)) {
          seen.add(k);
          const at = this.fuzzy.push({ core: k, id: c.id, spelled: n }) - 1;
          for (const g of trigrams(k)) {
            const list = this.grams.get(g);
            if (list) list.push(at);
            else this.grams.set(g, [at]);
          }
        }
      }
    }
  }

  private nameOf(id: string): string {
    return this.companies.get(id)?.name ?? id;
  }

  matchDomain(input: string): ScreenOutcome {
    const t = targetFromInput(input);
    if (!t.ok) return { match: null, note: t.reason };
    const id = this.byDomain.get(t.target.domain);
    return id ? { match: { companyId: id, how: 'domain', matched: t.target.domain, confidence: 1 } } : { match: null };
  }

  matchEmail(input: string): ScreenOutcome {
    const m = EMAIL.exec(input.trim());
    if (!m) return { match: null, note: 'not an email address' };
    const host = m[1]!.toLowerCase().replace(/\.$/, '');
    const t = targetFromInput(host);
    if (!t.ok) return { match: null, note: t.reason };
    if (FREE_MAIL_DOMAINS.has(t.target.domain) || FREE_MAIL_DOMAINS.has(host)) {
      return { match: null, note: `${t.target.domain} is a public mail provider: the address says nothing about an employer` };
    }
    const id = this.byDomain.get(t.target.domain);
    return id ? { match: { companyId: id, how: 'email', matched: t.target.domain, confidence: 1 } } : { match: null };
  }

  private single(hits: Map<string, string> | undefined, how: (spelled: string, id: string) => ScreenMatch): ScreenOutcome | undefined {
    if (!hits?.size) return undefined;
    if (hits.size > 1) {
      return { match: null, note: `the name fits several companies (${[...hits.keys()].map((id) => this.nameOf(id)).join(', ')})` };
    }
    const [[id, spelled]] = [...hits.entries()] as [[string, string]];
    return { match: how(spelled, id) };
  }

  matchName(input: string): ScreenOutcome {
    const parts = [...new Set([input.trim(), ...nameParts(input)])].filter(Boolean);
    let note: string | undefined;
    for (const part of parts) {
      const exact = this.single(this.exact.get(normalizeName(part)), (spelled, id) => ({
        companyId: id,
        how: normalizeName(spelled) === normalizeName(this.nameOf(id)) ? 'name' : 'alias',
        matched: spelled,
        confidence: 1,
      }));
      if (exact?.match) return exact;
      note ??= exact?.note;
    }
    for (const part of parts) {
      const core = this.single(this.core.get(coreName(part)), (spelled, id) => ({
        companyId: id,
        how: normalizeName(spelled) === normalizeName(this.nameOf(id)) ? 'name' : 'alias',
        matched: spelled,
        confidence: 0.95,
      }));
      if (core?.match) return core;
      note ??= core?.note;
    }
    for (const part of parts) {
      const prefix = this.namePrefix(coreName(part));
      if (prefix?.match) return prefix;
      note ??= prefix?.note;
    }
    for (const part of parts) {
      const fuzzy = this.nearSpelling(coreName(part));
      if (fuzzy?.match) return fuzzy;
      note ??= fuzzy?.note;
    }
    return { match: null, ...(note ? { note } : {}) };
  }

  /**
   * "GENERAL DYNAMICS LAND SYSTEMS" begins with "GENERAL DYNAMICS": a company's own name of two words or
   * more, followed by a descriptor, is taken as that company's unit. Single words never count this way
   * ("APPLE BUS COMPANY" is not Apple), and the longest such name wins.
   */
  private namePrefix(q: string): ScreenOutcome | undefined {
    const words = q.split(' ');
    for (let k = words.length - 1; k >= 2; k--) {
      const prefix = words.slice(0, k).join(' ');
      const hits = this.prefixes.get(prefix);
      // Only a corporate descriptor may follow ("… LAND SYSTEMS", "… OF TENNESSEE"): "WHOLE FOODS
      // COMMUNITY CO-OP" is not Whole Foods Market.
      if (hits && words.slice(k).every((w) => UNIT_WORDS.has(w))) {
        return this.single(hits, (spelled, id) => ({ companyId: id, how: 'name-prefix', matched: spelled, confidence: 0.85 }));
      }
    }
    return undefined;
  }

  /** One typo (two in long names) from a listed name, and no other company as close. */
  private nearSpelling(q: string): ScreenOutcome | undefined {
    const letters = q.replace(/ /g, '').length;
    if (letters < MIN_FUZZY_LENGTH) return undefined;
    const max = letters > 12 ? 2 : 1;
    const qg = trigrams(q);
    const counts = new Map<number, number>();
    for (const g of qg) for (const at of this.grams.get(g) ?? []) counts.set(at, (counts.get(at) ?? 0) + 1);
    let best = max + 1;
    const winners = new Map<string, string>();
    for (const [at, shared] of counts) {
      const e = this.fuzzy[at]!;
      // An edit touches at most four trigrams (a transposition); far fewer shared ones cannot be within reach.
      if (shared < Math.max(qg.size, e.core.length) - 4 * max) continue;
      const d = editDistance(q, e.core, max);
      if (d < best) {
        best = d;
        winners.clear();
      }
      if (d === best && d <= max) winners.set(e.id, e.spelled);
    }
    if (best === 0 || best > max) return undefined;
    return this.single(winners, (spelled, id) => ({
      companyId: id,
      how: 'similar-name',
      matched: spelled,
      confidence: Math.round((1 - best / Math.max(letters, 1)) * 0.9 * 100) / 100,
    }));
  }

  /** Whatever the input looks like: an email address, a domain or URL, or a name. */
  matchAny(input: string): ScreenOutcome {
    const s = input.trim();
    const kind = inputKind(s);
    if (kind === 'empty') return { match: null, note: 'empty' };
    if (kind === 'email') return this.matchEmail(s);
    if (kind === 'site') {
      const byDomain = this.matchDomain(s);
      if (byDomain.match) return byDomain;
      // "Salesforce.com" is both a domain and how people write the name: fall back to the name, spelled
      // exactly (legal suffixes aside, "snap.com" would otherwise meet any "Snap, Inc").
      const byName = this.single(this.exact.get(normalizeName(s)), (spelled, id) => ({ companyId: id, how: 'alias', matched: spelled, confidence: 1 }));
      return byName?.match ? byName : byDomain;
    }
    return this.matchName(s);
  }

  /**
   * A row of a donor or vendor list: email and website are the strongest evidence, then the name. The
   * first field that matches wins; notes from the others explain a miss.
   */
  matchRow(fields: { name?: string[]; email?: string[]; website?: string[] }): ScreenOutcome {
    const notes: string[] = [];
    const tries: (() => ScreenOutcome)[] = [
      ...(fields.email ?? []).filter(Boolean).map((v) => () => this.matchEmail(v)),
      ...(fields.website ?? []).filter(Boolean).map((v) => () => this.matchDomain(v)),
      ...(fields.name ?? []).filter(Boolean).map((v) => () => this.matchAny(v)),
    ];
    for (const t of tries) {
      const r = t();
      if (r.match) return r;
      if (r.note) notes.push(r.note);
    }
    return { match: null, ...(notes.length ? { note: notes.join('; ') } : {}) };
  }
}

export const HOW_LABELS: Record<MatchHow, string> = {
  domain: 'website domain',
  email: 'email domain',
  name: 'company name',
  alias: 'legal-name variant',
  'name-prefix': 'name of a company unit',
  'similar-name': 'similar spelling',
};
