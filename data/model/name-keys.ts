/**
 * The name index's first rules, computed at build time and shipped. Building a `ScreenIndex` normalises every
 * company's names and aliases (a few hundred milliseconds on the device), yet most queries a person types — a
 * company's name or alias, with or without its legal form, a listed domain, an email address at one — are
 * answered by its first rules alone: an exact name (confidence 1) or the name without its legal form (0.95).
 * The build runs the same `ScreenIndex` (bundle.ts's `rowsOf`, in Node; a sync on the device runs it over
 * the merged data) and ships every key those rules read with the candidates each gives, in NAME_KEY_BUCKETS
 * parts of the generation (`k:<n>`), so such a query is one indexed read of a part or two.
 *
 * `quickMatch` gives exactly `ScreenIndex.matchAny`'s outcome for the queries those rules decide, and undefined
 * for every other (a typo, a unit's name, a short form, a foundation, a profile page's name, a charity's .org,
 * data stored without the table): those are asked of the full index. `name-keys.test.ts` compares the two over
 * every bundled company's names, aliases and domains.
 */
import { fnv1a } from './hash';
import { targetFromInput } from './domain';
import { emailHost, inputKind } from './input-kind';
import { FREE_MAIL_DOMAINS } from './name-rules';
import { prepareText } from './name-forms';
import { normalizeName } from './names';
import { NO_MATCH, decide, withNotes, type ScreenCompany, type ScreenMatch, type ScreenNote, type ScreenOutcome } from './screen-outcome';
import { ScreenIndex, coresOf, formsOf, namesAnAddress, profileName } from './name-matcher';

/** Buckets of the key table: about 10,000 keys in 32 parts of about 12 K characters each (150 KB deflated in all). */
export const NAME_KEY_BUCKETS = 32;
/** The key of bucket `n`'s part. */
export const keyBucketPart = (n: number) => `k:${n}`;
/** The key of the part holding a key's entry. */
export const nameKeyPart = (key: string) => keyBucketPart(fnv1a(key) % NAME_KEY_BUCKETS);

/**
 * A candidate as shipped, by the company's place in the generation's list of every company (sorted by id: the
 * `companies` part, which the lookup reads anyway) and the name or alias it matched (0: its name, n: its nth
 * alias): the place alone for its name; [place, n] when how is the usual one (an alias: 'alias'); [place, n, 1]
 * for an alias spelled as the name is once normalised (how: 'name').
 */
type Hit = number | [place: number, spelling: number] | [place: number, spelling: number, asName: 1];

/**
 * One part of the key table: each key with its exact and its legal-form-free candidates (0: none), and how
 * many companies the places count (a table read with another list of companies answers nothing).
 */
export interface KeyBucket {
  companies: number;
  keys: [key: string, exact: Hit[] | 0, core: Hit[] | 0][];
}

/**
 * Build time (and a sync's merged data): the key table of `companies` — the list as the generation stores it,
 * sorted by id — with every bucket present, an empty one too.
 */
export function keyBuckets(companies: readonly ScreenCompany[]): Map<string, KeyBucket> {
  const place = new Map(companies.map((c, i) => [c.id, i]));
  const out = new Map<string, KeyBucket>();
  for (let n = 0; n < NAME_KEY_BUCKETS; n++) out.set(keyBucketPart(n), { companies: companies.length, keys: [] });
  const encode = (ms: readonly ScreenMatch[] | undefined): Hit[] | 0 => {
    if (!ms?.length) return 0;
    return ms.map((m) => {
      const at = place.get(m.companyId)!;
      const c = companies[at]!;
      const spelling = m.matched === c.name ? 0 : c.aliases.indexOf(m.matched) + 1;
      if (spelling === 0 && m.matched !== c.name) throw new Error(`the name index matched "${m.matched}", not a name of ${c.id}`);
      if (spelling === 0 && m.how === 'name') return at;
      return (m.how === 'alias') === spelling > 0 ? [at, spelling] : [at, spelling, 1];
    });
  };
  for (const [key, { exact, core }] of new ScreenIndex(companies).strictKeys()) {
    out.get(nameKeyPart(key))!.keys.push([key, encode(exact), encode(core)]);
  }
  for (const b of out.values()) b.keys.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return out;
}

/** What a query reads of the key table: each key's candidates, and the name of a company they list. */
export interface KeyEntries {
  exact(key: string): ScreenMatch[];
  core(key: string): ScreenMatch[];
  nameOf(id: string): string;
}

/**
 * The key table's entries in the buckets read (parsed `KeyBucket`s: the parts `nameKeyPart` names for the keys
 * wanted), over the generation's list of companies; undefined when the table counts another number of companies.
 */
export function keyEntries(buckets: readonly KeyBucket[], companies: readonly ScreenCompany[]): KeyEntries | undefined {
  if (buckets.some((b) => b.companies !== companies.length)) return undefined;
  const keys = new Map(buckets.flatMap((b) => b.keys.map(([k, e, c]) => [k, { e, c }] as const)));
  const names = new Map<string, string>();
  const decode = (hits: Hit[] | 0 | undefined, confidence: number): ScreenMatch[] =>
    hits
      ? hits.map((h) => {
          const [at, spelling, asName] = typeof h === 'number' ? [h, 0, 0] : h;
          const c = companies[at]!;
          names.set(c.id, c.name);
          const matched = spelling ? c.aliases[spelling - 1]! : c.name;
          return { companyId: c.id, how: spelling && !asName ? 'alias' : 'name', matched, confidence };
        })
      : [];
  return { exact: (k) => decode(keys.get(k)?.e, 1), core: (k) => decode(keys.get(k)?.c, 0.95), nameOf: (id) => names.get(id) ?? id };
}

/** How `quickMatch` reads the data in use. */
export interface KeyReader {
  /** The entries of these keys (one read of their parts); undefined when the data in use has no key table. */
  keys(keys: readonly string[]): Promise<KeyEntries | undefined>;
  /** The company a listed domain (registrable, lower case) belongs to. */
  domain(domain: string): Promise<string | undefined>;
}

/**
 * ScreenIndex's strict reading of `text` as far as its first rules decide it: their candidates, none at all
 * (a name that is an unlisted web address), or undefined when the later rules would be asked.
 */
async function strictByKeys(text: string, read: KeyReader): Promise<{ found: ScreenMatch[]; nameOf: (id: string) => string } | undefined> {
  const f = formsOf(text);
  const cores = coresOf(f);
  const entries = await read.keys([...new Set([f.norm, f.joined, ...cores])].filter(Boolean));
  if (!entries) return undefined;
  const { nameOf } = entries;
  const exact = [...entries.exact(f.norm), ...(f.joined !== f.norm ? entries.exact(f.joined) : [])];
  if (exact.length) return { found: exact, nameOf };
  if (namesAnAddress(f, cores)) return { found: [], nameOf };
  const found = cores.flatMap((k) => entries.core(k));
  return found.length ? { found, nameOf } : undefined;
}

/** ScreenIndex.matchDomain, or undefined where it needs the index (a name in a profile page's path, a charity's .org). */
async function bySite(input: string, read: KeyReader): Promise<ScreenOutcome | undefined> {
  const t = targetFromInput(input);
  if (!t.ok) return { ...NO_MATCH, notes: [{ kind: 'not-site' }] };
  const { domain } = t.target;
  const profile = profileName(domain, input);
  if (profile) {
    const named = await strictByKeys(profile, read);
    if (!named) return undefined;
    if (named.found.length)
      return decide(
        named.found.map((m) => ({ ...m, how: 'profile' as const, confidence: Math.min(m.confidence, 0.85) })),
        named.nameOf,
      );
  }
  const id = await read.domain(domain);
  if (id) return decide([{ companyId: id, how: 'domain', matched: domain, confidence: profile === undefined ? 1 : 0.8 }], (x) => x);
  const [label, tld] = domain.split('.');
  return tld === 'org' && label ? undefined : NO_MATCH;
}

/** ScreenIndex.matchEmail (its host's company, a free-mail note, or nothing: no index needed). */
async function byEmail(input: string, read: KeyReader): Promise<ScreenOutcome> {
  const host = emailHost(input.trim());
  if (!host) return { ...NO_MATCH, notes: [{ kind: 'not-email' }] };
  const t = targetFromInput(host.toLowerCase().replace(/\.$/, ''));
  if (!t.ok) return { ...NO_MATCH, notes: [{ kind: 'not-site' }] };
  if (FREE_MAIL_DOMAINS.has(t.target.domain) || FREE_MAIL_DOMAINS.has(t.target.hostname)) {
    return { ...NO_MATCH, notes: [{ kind: 'free-mail', domain: t.target.domain }] };
  }
  const id = await read.domain(t.target.domain);
  return id ? decide([{ companyId: id, how: 'email', matched: t.target.domain, confidence: 1 }], (x) => x) : NO_MATCH;
}

/**
 * `ScreenIndex.matchAny(input)` over the same companies, from the shipped key table and the domains alone; undefined
 * when the answer needs the index's other rules.
 */
export async function quickMatch(input: string, read: KeyReader): Promise<ScreenOutcome | undefined> {
  const { text, cut } = prepareText(input);
  const notes: ScreenNote[] = cut ? [{ kind: 'cut', length: text.length }] : [];
  const kind = inputKind(text);
  if (kind === 'empty') return { ...NO_MATCH, notes: [{ kind: 'empty' }] };
  if (kind === 'email') return withNotes(await byEmail(text, read), notes);
  if (kind === 'name') {
    // readName tries the whole text's strict reading first: when it finds candidates, they decide.
    const strict = await strictByKeys(text, read);
    return strict?.found.length ? withNotes(decide(strict.found, strict.nameOf), notes) : undefined;
  }
  const byDomain = await bySite(text, read);
  if (!byDomain) return undefined;
  if (byDomain.state !== 'none') return withNotes(byDomain, notes);
  // "Salesforce.com" is both a domain and how people write the name (ScreenIndex.matchAny).
  const key = normalizeName(text);
  const entries = key ? await read.keys([key]) : undefined;
  if (key && !entries) return undefined;
  const byName = entries
    ? decide(
        entries.exact(key).map((m) => ({ ...m, how: 'alias' as const })),
        entries.nameOf,
      )
    : NO_MATCH;
  return withNotes(byName.state !== 'none' ? byName : byDomain, notes);
}
