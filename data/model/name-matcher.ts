/**
 * Screening: from what a person types or a donor list holds (a company name, an email address, a domain
 * or URL) to a company, with how it matched and a confidence. Pure: the lookup page, its worker and the
 * `check` CLI share it. Precision comes first: when in doubt, no match.
 */
import { coreName, normalizeName } from './names';
import { targetFromInput } from './domain';
import { EMAIL, inputKind } from './input-kind';
import { FREE_MAIL_DOMAINS, MIN_FUZZY_LENGTH, UNIT_WORDS, editDistance, nameParts, trigrams } from './name-rules';

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

interface NameEntry {
  core: string;
  id: string;
  spelled: string;
}

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
      const byName = this.single(this.exact.get(normalizeName(s)), (spelled, id) => ({
        companyId: id,
        how: 'alias',
        matched: spelled,
        confidence: 1,
      }));
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
