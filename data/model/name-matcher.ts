/**
 * Screening: from what a person types or a donor list holds (a company name, an email address, a domain
 * or URL) to a company, with how it matched, a confidence and a review state. Pure: the lookup page, its
 * worker and the `check` CLI share it. Precision comes first: a reading that needs a person's judgement
 * is offered as a suggestion (state `review`), and a name two companies fit equally is a question, not a
 * match. Over 300 lines: the index and the order its rules are tried in belong together.
 */
import { normalizeName } from './names';
import { targetFromInput } from './domain';
import { emailHost, inputKind } from './input-kind';
import { FREE_MAIL_DOMAINS, GRAM_CODES, MIN_FUZZY_LENGTH, PROFILE_SITES, UNIT_WORDS, editDistance, trigramCodes } from './name-rules';
import {
  affiliateOf,
  afterSiteCode,
  beforeAddress,
  joinLetterRuns,
  looseCore,
  matchCore,
  matchCoreOfNormalized,
  nameParts,
  prepareText,
  sideBySide,
  squash,
} from './name-forms';
import {
  NO_MATCH,
  REVIEW_BELOW,
  decide,
  scaled,
  withNotes,
  type ScreenCompany,
  type ScreenMatch,
  type ScreenNote,
  type ScreenOutcome,
} from './screen-outcome';

export * from './screen-outcome';

type Hits = Map<string, string>;
/** A text as the rules read it: normalised, with letter runs joined, and the core of each (see matchCore). */
export interface Forms {
  norm: string;
  joined: string;
  core: string;
  joinedCore: string;
}
/** More companies than this under one short form means it is too common to suggest any of them. */
const PREFIX_CAP = 4;
/** Longest name (in words) a unit's name may begin with; keeps the unit rule's work constant per input. */
const MAX_UNIT_WORDS = 8;

const labelOf = (domain: string) => domain.split('.')[0]!.replace(/-/g, '').toUpperCase();

/** A text's forms as the strict rules read them; the shipped key table (name-keys.ts) is read with the same. */
export function formsOf(text: string): Forms {
  const norm = normalizeName(text);
  const joined = joinLetterRuns(norm);
  const core = matchCoreOfNormalized(norm);
  return { norm, joined, core, joinedCore: joined === norm ? core : matchCoreOfNormalized(joined) };
}

/** The cores the strict rules try after the exact names: the text's, and its letter runs joined when that differs. */
export const coresOf = ({ core: c1, joinedCore: c2 }: Forms): string[] => (c1 === c2 ? (c1 ? [c1] : []) : [c1, c2].filter(Boolean));

/** "Office.com Inc": a name that is a web address the dataset does not list never meets "The Office Group". */
export const namesAnAddress = (f: Forms, cores: readonly string[]): boolean =>
  / COM\b/.test(f.norm) && !cores.some((k) => k.endsWith(' COM'));

/** The name a profile URL's path gives ("" when the URL is the site's own page), or undefined for other sites. */
export function profileName(domain: string, input: string): string | undefined {
  const prefixes = PROFILE_SITES[domain];
  if (!prefixes) return undefined;
  let path: string;
  try {
    path = new URL(/^https?:\/\//i.test(input.trim()) ? input.trim() : `https://${input.trim()}`).pathname.replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  for (const p of prefixes) {
    if (!path.toLowerCase().startsWith(p)) continue;
    const raw = path.slice(p.length).split('/')[0] ?? '';
    let slug: string;
    try {
      slug = decodeURIComponent(raw);
    } catch {
      slug = raw;
    }
    slug = slug.replace(/[-_.]+/g, ' ');
    if (slug.trim()) return slug;
  }
  return path ? '' : undefined;
}

export class ScreenIndex {
  private readonly byDomain = new Map<string, string>();
  private readonly exact = new Map<string, Hits>();
  private readonly core = new Map<string, Hits>();
  private readonly units = new Map<string, Hits>();
  /** Names without legal forms, plurals made singular ("IDEAL SYSTEM SOLUTION"). */
  private readonly loose = new Map<string, Hits>();
  /** Names of companies with a web presence without their spaces ("WALMART" for "Wal-Mart"). */
  private readonly squashed = new Map<string, Hits>();
  private readonly prefixes = new Map<string, string[] | null>();
  private readonly fuzzy: { core: string; id: string; spelled: string }[] = [];
  /**
   * Trigram postings of the near-spelling names, each list ordered by name length (`gramLens` beside it):
   * one lookup per query trigram, then a binary search to the names within reach of the query's length.
   */
  private readonly grams: number[][] = [];
  private readonly gramLens: Int32Array[] = [];
  private readonly gramSeen = new Int32Array(GRAM_CODES);
  private gramStamp = 0;
  private nextStamp(): number {
    // Stamps are 32-bit: after two billion searches the marks start again from a clean slate.
    if (this.gramStamp >= 0x7fffffff) {
      this.gramSeen.fill(0);
      this.gramStamp = 0;
    }
    return ++this.gramStamp;
  }
  private counts = new Int32Array(0);
  private readonly labels = new Map<string, Set<string>>();
  readonly companies = new Map<string, ScreenCompany>();

  /**
   * `fuzzyFor` picks the companies whose names may match by near spelling, short form or unit. By
   * default, those with a web presence: contractors known only by a legal name are matched exactly.
   */
  constructor(companies: Iterable<ScreenCompany>, fuzzyFor: (c: ScreenCompany) => boolean = (c) => c.domains.length > 0) {
    const add = (map: Map<string, Hits>, key: string, id: string, spelled: string) => {
      if (!key) return;
      const m = map.get(key);
      if (m === undefined) map.set(key, new Map([[id, spelled]]));
      else if (!m.has(id)) m.set(id, spelled);
    };
    const list = [...companies];
    for (const c of list) this.companies.set(c.id, c);
    // How many families use each word: a one-word brand takes descriptors only when no other family has it.
    const families = new Map<string, Set<string>>();
    const coresOf = new Map<string, { spelled: string; core: string }[]>();
    for (const c of list) {
      const cores: { spelled: string; core: string }[] = [];
      for (const n of [c.name, ...c.aliases]) {
        for (const p of new Set([n, ...nameParts(n, true)])) {
          // One normalisation per part (matchCore(p) is the core of its normalised text, and normalised text
          // with its letter runs joined normalises to itself).
          const { norm, joined, core, joinedCore } = formsOf(p);
          add(this.exact, norm, c.id, n);
          add(this.exact, joined, c.id, n);
          for (const k of core === joinedCore ? [core] : [core, joinedCore]) {
            if (!k) continue;
            add(this.core, k, c.id, n);
            add(this.loose, looseCore(k), c.id, n);
            cores.push({ spelled: n, core: k });
          }
        }
      }
      coresOf.set(c.id, cores);
      const root = this.rootOf(c.id);
      for (const { core } of cores)
        for (const w of core.split(' ')) {
          const f = families.get(w);
          if (f === undefined) families.set(w, new Set([root]));
          else if (f.size < 3) f.add(root);
        }
      for (const d of c.domains) {
        this.byDomain.set(d, c.id);
        const l = labelOf(d);
        const ids = this.labels.get(l) ?? new Set<string>();
        ids.add(c.id);
        this.labels.set(l, ids);
      }
    }
    for (const c of list) {
      const web = fuzzyFor(c);
      const labels = new Set(c.domains.map(labelOf));
      const seen = new Set<string>();
      for (const { spelled, core } of coresOf.get(c.id)!) {
        if (seen.has(core)) continue;
        seen.add(core);
        const words = core.split(' ');
        // Every company's short forms count, so a short form two companies share suggests neither.
        for (let k = 1, key = words[0]!; k < words.length && k <= 4; key += ` ${words[k]!}`, k++) {
          const ids = this.prefixes.get(key);
          if (ids === null) continue;
          if (!ids) this.prefixes.set(key, [c.id]);
          else if (!ids.includes(c.id)) this.prefixes.set(key, ids.length >= PREFIX_CAP ? null : [...ids, c.id]);
        }
        if (!web) continue;
        const flat = squash(core);
        const letters = flat.length;
        if (letters >= 5) add(this.squashed, flat, c.id, spelled);
        if (words.length > 1 && letters >= 5) add(this.units, core, c.id, spelled);
        // A one-word name takes descriptors when it is the company's own web address and no other family uses the word.
        else if (words.length === 1 && letters >= 3 && labels.has(core) && families.get(core)?.size === 1)
          add(this.units, core, c.id, spelled);
        if (letters >= MIN_FUZZY_LENGTH) {
          const at = this.fuzzy.push({ core, id: c.id, spelled }) - 1;
          for (const g of trigramCodes(core, this.gramSeen, this.nextStamp())) (this.grams[g] ??= []).push(at);
        }
      }
    }
    this.grams.forEach((list, g) => {
      list.sort((a, b) => this.fuzzy[a]!.core.length - this.fuzzy[b]!.core.length || a - b);
      this.gramLens[g] = Int32Array.from(list, (at) => this.fuzzy[at]!.core.length);
    });
  }

  private nameOf = (id: string): string => this.companies.get(id)?.name ?? id;

  /**
   * A text's normalised forms, remembered for the row being read: its rules ask for the same parts again
   * and again (the strict reading of each part, then its affiliate, site-code and near-spelling readings).
   */
  private memo = new Map<string, Forms>();
  private forms(text: string): Forms {
    let f = this.memo.get(text);
    if (f === undefined) this.memo.set(text, (f = formsOf(text)));
    return f;
  }
  private norm(text: string): string {
    return this.forms(text).norm;
  }

  /** The top of a company's ownership chain (loops in bad data stop at the repeat). */
  private rootOf(id: string): string {
    const seen = new Set<string>();
    let at = id;
    for (let p = this.companies.get(at)?.parent?.id; p && !seen.has(p) && this.companies.has(p); p = this.companies.get(at)?.parent?.id) {
      seen.add(at);
      at = p;
    }
    return at;
  }

  /** normalizeName of the index's own names (a bounded set), kept: every match asks whether it met a name or an alias. */
  private readonly normalized = new Map<string, string>();
  private normOnce(name: string): string {
    let n = this.normalized.get(name);
    if (n === undefined) this.normalized.set(name, (n = normalizeName(name)));
    return n;
  }

  private cands(hits: Hits | undefined, confidence: number, how?: ScreenMatch['how']): ScreenMatch[] {
    if (!hits) return [];
    return [...hits].map(([id, spelled]) => ({
      companyId: id,
      how: how ?? (this.normOnce(spelled) === this.normOnce(this.nameOf(id)) ? 'name' : 'alias'),
      matched: spelled,
      confidence,
    }));
  }

  /**
   * Every exact and legal-form-free key with the candidates the first strict rules give for it (confidence 1
   * and 0.95), in the order those rules list them: what the build ships so that a query these rules answer
   * needs no index on the device (name-keys.ts).
   */
  strictKeys(): Map<string, { exact?: ScreenMatch[]; core?: ScreenMatch[] }> {
    const out = new Map<string, { exact?: ScreenMatch[]; core?: ScreenMatch[] }>();
    for (const [k, hits] of this.exact) out.set(k, { exact: this.cands(hits, 1) });
    for (const [k, hits] of this.core) {
      const had = out.get(k);
      if (had) had.core = this.cands(hits, 0.95);
      else out.set(k, { core: this.cands(hits, 0.95) });
    }
    return out;
  }

  matchDomain(input: string): ScreenOutcome {
    const t = targetFromInput(input);
    if (!t.ok) return { ...NO_MATCH, notes: [{ kind: 'not-site' }] };
    const profile = profileName(t.target.domain, input);
    const named = profile ? this.strict(profile) : [];
    // A page on someone else's site (facebook.com/walmart) names its owner in the path: that company, as a
    // suggestion. A page whose name we do not know is the site's own only as a suggestion too.
    if (named.length)
      return decide(
        named.map((m) => ({ ...m, how: 'profile' as const, confidence: Math.min(m.confidence, 0.85) })),
        this.nameOf,
      );
    const id = this.byDomain.get(t.target.domain);
    if (id)
      return decide([{ companyId: id, how: 'domain', matched: t.target.domain, confidence: profile === undefined ? 1 : 0.8 }], this.nameOf);
    // "google.org", "salesforce.org": the charitable arm of the company at the same name's .com.
    const [label, tld] = t.target.domain.split('.');
    if (tld === 'org' && label) {
      const owners = [...(this.labels.get(labelOf(label)) ?? [])].filter((x) => this.companies.get(x)!.domains.includes(`${label}.com`));
      return decide(
        owners.map((x) => ({
          companyId: x,
          how: 'domain' as const,
          matched: `${label}.com`,
          confidence: 0.8,
          affiliate: 'charity' as const,
        })),
        this.nameOf,
      );
    }
    return NO_MATCH;
  }

  /**
   * Answers by email host, kept: a list names a few hosts over and over (gmail.com, the company's own), so
   * each is read once. Outcomes are never changed after they are made, so rows can share one. Bounded.
   */
  private readonly byHost = new Map<string, ScreenOutcome>();

  matchEmail(input: string): ScreenOutcome {
    const host = emailHost(input.trim());
    if (!host) return { ...NO_MATCH, notes: [{ kind: 'not-email' }] };
    const key = host.toLowerCase().replace(/\.$/, '');
    let o = this.byHost.get(key);
    if (!o) {
      if (this.byHost.size >= 10_000) this.byHost.clear();
      this.byHost.set(key, (o = this.matchHost(key)));
    }
    return o;
  }

  private matchHost(host: string): ScreenOutcome {
    const t = targetFromInput(host);
    if (!t.ok) return { ...NO_MATCH, notes: [{ kind: 'not-site' }] };
    if (FREE_MAIL_DOMAINS.has(t.target.domain) || FREE_MAIL_DOMAINS.has(t.target.hostname)) {
      return { ...NO_MATCH, notes: [{ kind: 'free-mail', domain: t.target.domain }] };
    }
    const id = this.byDomain.get(t.target.domain);
    return id ? decide([{ companyId: id, how: 'email', matched: t.target.domain, confidence: 1 }], this.nameOf) : NO_MATCH;
  }

  private readonly rules: ((core: string) => ScreenMatch[])[] = [
    (k) => this.cands(this.core.get(k), 0.95),
    (k) => this.cands(this.loose.get(looseCore(k)) ?? (k.length >= 5 ? this.squashed.get(squash(k)) : undefined), 0.9),
    (k) => this.unit(k),
    (k) => this.shortForm(k),
  ];

  /** Exact, then without legal forms, then a unit's name, then a short form: the rules that never guess a spelling. */
  private strict(text: string): ScreenMatch[] {
    const f = this.forms(text);
    const { norm, joined } = f;
    const exact = [...this.cands(this.exact.get(norm), 1), ...(joined !== norm ? this.cands(this.exact.get(joined), 1) : [])];
    if (exact.length) return exact;
    const cores = coresOf(f);
    if (namesAnAddress(f, cores)) return [];
    for (const rule of this.rules) {
      const found = cores.length === 1 ? rule(cores[0]!) : cores.flatMap(rule);
      if (found.length) return found;
    }
    return [];
  }

  /**
   * "GENERAL DYNAMICS LAND SYSTEMS" begins with "GENERAL DYNAMICS", "HILTON WORLDWIDE HOLDINGS" with
   * "HILTON": a company's name followed only by words that describe a unit. The longest such name wins.
   * Work is bounded by MAX_UNIT_WORDS, whatever the input's length.
   */
  private unit = (core: string): ScreenMatch[] => {
    const words = core.split(' ');
    let firstUnit = words.length;
    while (firstUnit > 1 && UNIT_WORDS.has(words[firstUnit - 1]!)) firstUnit--;
    for (let k = Math.min(words.length - 1, MAX_UNIT_WORDS); k >= firstUnit; k--) {
      const key = words.slice(0, k).join(' ');
      const hits = this.units.get(key) ?? (k > 1 ? this.units.get(squash(key)) : undefined);
      if (hits) return this.cands(hits, key.includes(' ') && this.units.has(key) ? 0.9 : 0.85, 'name-prefix');
    }
    return [];
  };

  /**
   * An everyday short name: the first words of one company's name ("Lockheed", "Booz Allen") that are
   * also its web address or begin it. Shared by several companies, it suggests none.
   */
  private shortForm = (core: string): ScreenMatch[] => {
    const ids = this.prefixes.get(core);
    if (!ids) return [];
    const flat = squash(core);
    if (flat.length < 3) return [];
    const roots = new Set(ids.map((id) => this.rootOf(id)));
    if (roots.size !== 1) return [];
    const out: ScreenMatch[] = [];
    for (const id of ids) {
      const c = this.companies.get(id)!;
      const labels = c.domains.map(labelOf);
      const confidence = labels.includes(flat) ? (flat.length >= 4 ? 0.9 : 0.85) : labels.some((l) => l.startsWith(flat)) ? 0.8 : 0;
      if (confidence) out.push({ companyId: id, how: 'short-form', matched: c.name, confidence });
    }
    return out;
  };

  /** One typo (two in long names) from a listed name, and no other company as close. */
  private nearSpelling(q: string): ScreenMatch[] {
    const letters = squash(q).length;
    if (letters < MIN_FUZZY_LENGTH) return [];
    const max = letters > 12 ? 2 : 1;
    const qg = trigramCodes(q, this.gramSeen, this.nextStamp());
    if (this.counts.length < this.fuzzy.length) this.counts = new Int32Array(this.fuzzy.length);
    const counts = this.counts;
    const touched: number[] = [];
    for (const g of qg) {
      const list = this.grams[g];
      if (!list) continue;
      const lens = this.gramLens[g]!;
      // The first name no shorter than the query less `max` letters; names beyond its length plus `max` end the walk.
      let lo = 0;
      let hi = lens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (lens[mid]! < q.length - max) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < lens.length && lens[i]! <= q.length + max; i++) {
        const at = list[i]!;
        if (counts[at] === 0) touched.push(at);
        counts[at] = counts[at]! + 1;
      }
    }
    let best = max + 1;
    let winners: ScreenMatch[] = [];
    for (const at of touched) {
      const shared = counts[at]!;
      counts[at] = 0;
      const e = this.fuzzy[at]!;
      // An edit touches at most four trigrams (a transposition); far fewer shared ones cannot be within reach.
      if (shared < Math.max(qg.length, e.core.length) - 4 * max) continue;
      const d = editDistance(q, e.core, max);
      if (d === 0 || d > max || d > best) continue;
      if (d < best) {
        best = d;
        winners = [];
      }
      winners.push({
        companyId: e.id,
        how: 'similar-name',
        matched: e.spelled,
        confidence: Math.round((1 - d / Math.max(letters, 1)) * 0.9 * 100) / 100,
      });
    }
    return winners;
  }

  /** A name typed by a person or held by a list; see REVIEW_BELOW for what each reading is worth. */
  matchName(input: string): ScreenOutcome {
    const { text, cut } = prepareText(input);
    const notes: ScreenNote[] = cut ? [{ kind: 'cut', length: text.length }] : [];
    if (!text) return { ...NO_MATCH, notes: [{ kind: 'empty' }] };
    return withNotes(this.readName(text), notes);
  }

  /**
   * The readings of each part of a name, in the order they are tried: the first that finds a company
   * decides. Made once per index, not per row (a quarter of a million rows would make as many closures).
   */
  private readonly readings: ((p: string) => ScreenMatch[])[] = [
    (p) => this.strict(p),
    // A web address inside the name ("Office.com Inc"): the company that owns it.
    (p) => this.domainInName(p),
    (p) => {
      const cut = beforeAddress(p);
      return cut ? this.strict(cut).map((m) => scaled(m, 0.95)) : [];
    },
    (p) => {
      const a = affiliateOf(this.forms(p).joinedCore);
      return a ? this.strict(a.name).map((m) => scaled(m, 0.95, { affiliate: a.kind })) : [];
    },
    (p) => {
      const rest = afterSiteCode(this.norm(p));
      return rest ? this.strict(rest).map((m) => scaled(m, 0.9)) : [];
    },
    (p) => this.nearSpelling(this.forms(p).core),
  ];

  private readName(text: string): ScreenOutcome {
    if (this.memo.size > 256) this.memo.clear();
    const split = nameParts(text);
    const parts = split.length === 1 && split[0] === text ? split : [...new Set([text, ...split])];
    for (const reading of this.readings)
      for (const p of parts) {
        const found = reading(p);
        if (found.length) return decide(found, this.nameOf);
      }
    const found = this.sideBySide(text);
    return found.length ? decide(found, this.nameOf) : NO_MATCH;
  }

  private domainInName(p: string): ScreenMatch[] {
    const m = /(?:^|[\s,(])([a-z0-9-]{2,63}\.(?:com|net|org|io|co|us))(?=$|[\s,.)])/i.exec(p);
    const id = m && this.byDomain.get(m[1]!.toLowerCase());
    return id ? [{ companyId: id, how: 'domain', matched: m[1]!.toLowerCase(), confidence: 0.95 }] : [];
  }

  /** "Ralphs - Kroger", "Walmart and Sam's Club": each organisation on its own, read strictly. */
  private sideBySide(text: string): ScreenMatch[] {
    const { dash, list } = sideBySide(text);
    if (dash) {
      // The organisation named first is the one meant; the second is its owner or its client
      // ("Flagship - Meta": a contractor at Meta). Only a first part the dataset knows says which (its
      // ownership chain then reaches the owner), so the second alone is never offered.
      return this.strict(dash[0]).map((m) => scaled(m, 0.95, { part: dash[0] }));
    }
    if (!list.length) return [];
    const found = list.map((p) => {
      const a = affiliateOf(matchCore(p));
      return [...this.strict(p), ...(a ? this.strict(a.name).map((m) => scaled(m, 0.95, { affiliate: a.kind })) : [])].map((m) =>
        scaled(m, 1, { part: p }),
      );
    });
    const hits = found.filter((f) => f.length);
    const all = hits.flat();
    const roots = new Set(all.map((m) => this.rootOf(m.companyId)));
    // Parts that agree ("Walmart and the Walmart Foundation", "Walmart and Sam's Club": one family) are
    // worth more than one part alone, and name the family's head when it is among them.
    if (hits.length > 1 && roots.size === 1) {
      const head = all.filter((m) => roots.has(m.companyId));
      return (head.length ? head : all).map((m) => scaled(m, 0.95));
    }
    return all.map((m) => scaled(m, 0.85));
  }

  /** Whatever the input looks like: an email address, a domain or URL, or a name. */
  matchAny(input: string): ScreenOutcome {
    const { text, cut } = prepareText(input);
    const notes: ScreenNote[] = cut ? [{ kind: 'cut', length: text.length }] : [];
    const kind = inputKind(text);
    if (kind === 'empty') return { ...NO_MATCH, notes: [{ kind: 'empty' }] };
    if (kind === 'email') return withNotes(this.matchEmail(text), notes);
    if (kind === 'name') return withNotes(this.readName(text), notes);
    const byDomain = this.matchDomain(text);
    if (byDomain.state !== 'none') return withNotes(byDomain, notes);
    // "Salesforce.com" is both a domain and how people write the name: fall back to the name, spelled
    // exactly (legal forms aside, "snap.com" would otherwise meet any "Snap, Inc").
    const byName = decide(
      this.cands(this.exact.get(normalizeName(text)), 1).map((m) => ({ ...m, how: 'alias' as const })),
      this.nameOf,
    );
    return withNotes(byName.state !== 'none' ? byName : byDomain, notes);
  }

  /**
   * A row of a donor or vendor list: email and website are the strongest evidence, then the name. The
   * first field that matches surely wins; else the first suggestion; notes from the others explain a miss.
   */
  matchRow(fields: { name?: string[]; email?: string[]; website?: string[] }): ScreenOutcome {
    const notes: ScreenNote[] = [];
    let suggestion: ScreenOutcome | undefined;
    const tries: (() => ScreenOutcome)[] = [
      ...(fields.email ?? []).filter(Boolean).map((v) => () => this.matchEmail(v)),
      ...(fields.website ?? []).filter(Boolean).map((v) => () => this.matchDomain(v)),
      ...(fields.name ?? []).filter(Boolean).map((v) => () => this.matchAny(v)),
    ];
    for (const t of tries) {
      const r = t();
      if (r.state === 'match') return withNotes(r, notes);
      if (r.state === 'review' && !suggestion) suggestion = r;
      else if (r.notes) notes.push(...r.notes.filter((n) => n.kind !== 'several'));
    }
    return withNotes(suggestion ?? NO_MATCH, notes);
  }
}

/** Whether a confidence alone makes a match sure (see REVIEW_BELOW). */
export const isSure = (confidence: number) => confidence >= REVIEW_BELOW;
