/**
 * The bundled dataset as the extension ships it: the rows already in the shape the store keeps them
 * (companies and notes packed in parts, agencies, domains; what the data covers and how much of it
 * there is), each part deflated on its own and framed behind a header (framed.ts, layout 4), so a first
 * install only fetches, checks, cuts the file into its parts and writes them as they are: it inflates
 * nothing (a lookup inflates the parts it reads). Every
 * record is checked against the schema when `npm run data:build` writes dataset.json and again when the
 * build packs it (`storedBundle` takes a parsed `Dataset`), and the tests read the same file: repeating
 * that on every user's machine bought nothing but seconds.
 *
 * What the device does check is that the bytes are the ones the build packed: a SHA-256 of the shipped
 * file, computed at build time and shipped beside it, compared with the SHA-256 of the bytes fetched. A
 * damaged or truncated file (a bad disk, a broken unpacked copy) is refused before anything of it is read,
 * written or used. Hashing the 1–2 MB of raw bytes costs a few milliseconds; the former check re-serialised the
 * parsed records (`JSON.stringify` of 13 MB) to hash them, which cost half a second and proved less: it
 * hashed whatever the parser had produced.
 *
 * Pure: no Dexie and no browser API, so the build (wxt.config.ts, in Node) packs with the same code the
 * extension reads with.
 */
import type { Agency, Company, Dataset, Note } from '../model/schema';
import { SCHEMA_VERSION } from '../model/schema-version';
import { followsLink, linksOf, MAX_RELATED, relatedCompanies, type CompanyLink } from '../model/links';
import { assembleMatch, ownershipChain, type MatchResult } from '../model/result';
import { badgeFacts } from '../model/headline';
import { coverageOf, type Coverage } from '../model/coverage';
import { fnv1a, sha256Hex } from '../model/hash';
import { MARKS, measure } from '../model/marks';
import { escapeCodeUnits } from '../model/escape';
import { keyBuckets } from '../model/name-keys';
import {
  BUNDLE_FORMAT,
  BundleError,
  inflateText,
  layoutError,
  unpackBundle,
  type BundleHeader,
  type PackedPart,
  type StoredPart,
} from './framed';

export { BUNDLE_FORMAT, BundleError, partText, type PackedPart, type StoredPart } from './framed';

export interface DomainEntry {
  domain: string;
  companyId: string;
  /**
   * The parts a lookup of this domain reads (its companies' and their notes'), worked out when the rows are
   * packed, so the badge's lookup reads them all in one request instead of level by level (owners, then
   * linked companies, then notes: 2–4 dependent reads). A hint only: the lookup still reads any part it
   * finds it needs, and rows written before the hint existed have none.
   */
  parts?: string[];
  /**
   * What the domain's badge shows, whatever the user's choices and language: its `BadgeFacts`
   * (data/model/headline.ts) as JSON, worked out when the rows are written (the build; a sync, for the
   * sites its lists add), so the badge reads nothing and builds no result: the background keeps it in memory
   * with the domain (a few hundred characters; text, not objects, so it costs the worker's heap no more than
   * that). Absent in rows written before it: the badge then builds the result.
   */
  badge?: string;
}

export interface Counts {
  companies: number;
  notes: number;
  agencies: number;
  domains: number;
}

/**
 * Companies and notes are stored in a couple of hundred parts of JSON text rather than a row per record: in
 * Chromium every IndexedDB put costs a round trip and index writes of its own, and 16,000 rows took
 * 1.5–2 s to write in the service worker; the same bytes in 100 rows take 0.3–0.4 s (1,000 rows: 0.7 s).
 * A lookup reads the parts that hold its companies and their notes with indexed reads and parses them.
 * Parts are keyed:
 * - `companies`: every company, sorted by id (the name index of the lookup page, the popup's search);
 * - `c:<n>`: the companies whose id hashes to bucket n, the links pointing at them and where the notes of
 *   those a site shows are (`CompanyPart`);
 * - `n:s<n>`: the notes of the companies some site's lookup shows (400-odd: a site's own company, its owners,
 *   its subsidiaries and joint ventures without a site), packed site by site in parts of at most
 *   SITE_NOTES_CHARS (a company with more has a part of its own). The badge reads one part of notes for
 *   most sites (at most three): 15 KB for the median site, 190 KB at most (Amazon's own notes). In layout 1
 *   they were in the buckets below, and a site's lookup read 100–950 KB of notes, most of them other
 *   companies', as values Chromium keeps in files of their own (over 64 KB);
 * - `n:<n>`: the notes of the other companies (found by name, never by a site) whose id hashes to bucket n,
 *   by company and note id;
 * - `k:<n>`: the name index's exact and legal-form-free keys that hash to bucket n, with the companies each
 *   names (data/model/name-keys.ts): a name typed on the lookup page is answered from one of them, without
 *   building the index. Every bucket is written, an empty one too: a generation without them (packed by an
 *   earlier version) is read with the index.
 */
export const COMPANY_BUCKETS = 32;
export const NOTE_BUCKETS = 64;
/** Under 64 KB (Chromium keeps larger values in files apart), even were the text UTF-16. */
export const SITE_NOTES_CHARS = 24_000;
export const ALL_COMPANIES = 'companies';
export const companyPartKey = (companyId: string) => `c:${fnv1a(companyId) % COMPANY_BUCKETS}`;
/** The bucket of a company's notes: for companies no site shows, and for every company in layout 1. */
export const notePartKey = (companyId: string) => `n:${fnv1a(companyId) % NOTE_BUCKETS}`;
export const siteNotePartKey = (n: number) => `n:s${n}`;

/**
 * A link as a company part keeps it. Layout 2 marks a link whose linking company has a site of its own
 * (`site`): a lookup walking down to the linked company never follows it (links.ts), so it need not read
 * that company's part to find out.
 */
export interface StoredLink extends CompanyLink {
  site?: true;
}

/**
 * Whether a lookup walking down `link` must read the linking company to see whether its result follows it:
 * never for a foundation's or PAC's link, nor for a company with a site (marked in layout 2).
 */
export const mayFollow = (link: StoredLink): boolean => (link.kind === 'owner' || link.kind === 'member') && !link.site;

export interface CompanyPart {
  companies: Company[];
  /** Links whose target (`to`) is in this bucket, sorted by target and source. */
  links: StoredLink[];
  /**
   * The companies of this part that some site's lookup shows: the key of the part holding their notes, or
   * null when they have none. The other companies' notes are in their bucket (`notePartKey`). Absent in
   * parts packed in layout 1, where every company's notes were in their bucket: generations stored by an
   * earlier version are read that way (queries.ts).
   */
  siteNotes?: Record<string, string | null>;
}

export interface Part {
  key: string;
  json: string;
}

/**
 * One generation's rows, without the generation number (set when written). Parts as text (`rowsOf`: a sync's
 * merged data) or, for the bundled install, deflated as they ship (`StoredPart`).
 */
export interface GenerationRows<P extends StoredPart = Part> {
  agencies: Agency[];
  domains: DomainEntry[];
  parts: P[];
}

/** What the extension ships, before the build deflates its parts: the rows of a generation and what `meta.active` says of it. */
export interface StoredBundle extends GenerationRows {
  format: typeof BUNDLE_FORMAT;
  schemaVersion: Dataset['schemaVersion'];
  version: number;
  generatedAt: string;
  counts: Counts;
  coverage: Coverage;
}

type Records = Pick<Dataset, 'agencies' | 'companies' | 'notes'>;

/**
 * A part's text: JSON with every character above U+00FF written as a `\uXXXX` escape (they occur only inside
 * strings, so the JSON means the same). 18,700 such characters — curly quotes, dashes — made 95% of the
 * shipped text two-byte strings in the engine; all Latin-1, the 13.5 M characters are stored, copied and
 * cloned into IndexedDB as one byte each instead of two, for 0.7% more characters.
 */
export const partJson = (value: unknown): string => escapeCodeUnits(JSON.stringify(value), 0x100);

const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

function grouped<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** The rows a generation of `d` occupies. */
export function rowsOf(d: Records): GenerationRows {
  const companies = [...d.companies].sort(byKey((c) => c.id));
  const links: StoredLink[] = companies
    .flatMap((c) => linksOf(c).map((l) => (c.domains.length ? { ...l, site: true as const } : l)))
    .sort(byKey((l) => `${l.to}\u0000${l.from}`));
  const notes = [...d.notes].sort(byKey((n) => `${n.companyId}\u0000${n.id}`));
  const byId = new Map(companies.map((c) => [c.id, c]));
  const linksTo = grouped(links, (l) => l.to);
  const get = (id: string) => byId.get(id);
  const to = (id: string) => linksTo.get(id) ?? [];
  // The notes of the companies some site's lookup shows, packed site by site (see above).
  const notesOf = grouped(notes, (n) => n.companyId);
  const siteNoteKeys = new Map<string, string | null>();
  const siteNoteParts: Note[][] = [];
  let chars = Infinity;
  for (const c of companies) {
    if (!c.domains.length) continue;
    for (const x of shownFor(c, get, to)) {
      if (siteNoteKeys.has(x.id)) continue;
      const ns = notesOf.get(x.id);
      if (!ns) {
        siteNoteKeys.set(x.id, null);
        continue;
      }
      const size = partJson(ns).length;
      if (chars + size > SITE_NOTES_CHARS) {
        siteNoteParts.push([]);
        chars = 0;
      }
      siteNoteParts.at(-1)!.push(...ns);
      chars += size;
      siteNoteKeys.set(x.id, siteNotePartKey(siteNoteParts.length - 1));
    }
  }
  const linksByPart = grouped(links, (l) => companyPartKey(l.to));
  const parts: Part[] = [{ key: ALL_COMPANIES, json: partJson(companies) }];
  for (const [key, cs] of grouped(companies, (c) => companyPartKey(c.id))) {
    const siteNotes = Object.fromEntries(cs.flatMap((c) => (siteNoteKeys.has(c.id) ? [[c.id, siteNoteKeys.get(c.id)!]] : [])));
    parts.push({ key, json: partJson({ companies: cs, links: linksByPart.get(key) ?? [], siteNotes } satisfies CompanyPart) });
  }
  for (const [i, ns] of siteNoteParts.entries()) parts.push({ key: siteNotePartKey(i), json: partJson(ns) });
  const others = notes.filter((n) => !siteNoteKeys.has(n.companyId));
  for (const [key, ns] of grouped(others, (n) => notePartKey(n.companyId))) parts.push({ key, json: partJson(ns) });
  for (const [key, bucket] of keyBuckets(companies)) parts.push({ key, json: partJson(bucket) });
  const noteKey = (id: string) => (siteNoteKeys.has(id) ? (siteNoteKeys.get(id) ?? undefined) : notePartKey(id));
  const agencies = new Map(d.agencies.map((a) => [a.id, a]));
  return {
    agencies: d.agencies,
    domains: companies.flatMap((c) => {
      if (!c.domains.length) return [];
      const read = partsReadFor(c, get, to, noteKey);
      const badge = partJson(badgeFacts(siteResult(c, get, to, (id) => notesOf.get(id) ?? [], agencies)));
      return c.domains.map((domain) => ({ domain, companyId: c.id, parts: read, badge }));
    }),
    parts,
  };
}

/**
 * The result a lookup of one of `start`'s domains gives (queries.ts builds it from the stored parts; the
 * query and the host, which differ by domain, are not part of what the badge reads).
 */
function siteResult(
  start: Company,
  get: (id: string) => Company | undefined,
  linksTo: (id: string) => readonly CompanyLink[],
  notesOf: (companyId: string) => Note[],
  agencies: ReadonlyMap<string, Agency>,
): MatchResult {
  const chain = ownershipChain(start, get);
  const related = relatedCompanies(start, get, linksTo, new Set(chain.map((c) => c.id)));
  const domain = start.domains[0]!;
  return assembleMatch(start.name, { hostname: domain, domain }, chain, related, notesOf, agencies);
}

/** The companies whose notes a lookup of `start` shows: its ownership chain, then its related companies. */
function shownFor(start: Company, get: (id: string) => Company | undefined, linksTo: (id: string) => readonly CompanyLink[]): Company[] {
  const chain = ownershipChain(start, get);
  return [...chain, ...relatedCompanies(start, get, linksTo, new Set(chain.map((c) => c.id))).map((r) => r.company)];
}

/**
 * The parts `queries.ts` reads for a lookup of `start`: the company parts of its owners and members (upwards,
 * level by level) and of the companies linking to it that the result follows (downwards), and the note parts
 * of the companies the result shows (`noteKey`: where a company's notes are; undefined when it has none). The
 * same walk as the lookup's, over the records in memory.
 */
export function partsReadFor(
  start: Company,
  get: (id: string) => Company | undefined,
  linksTo: (id: string) => readonly StoredLink[],
  noteKey: (companyId: string) => string | undefined = notePartKey,
): string[] {
  const keys = new Set<string>();
  const up = new Set<string>();
  for (let level = [start.id]; level.length;) {
    const next: string[] = [];
    for (const id of level) {
      if (up.has(id)) continue;
      up.add(id);
      keys.add(companyPartKey(id));
      const c = get(id);
      if (c) next.push(...(c.parent ? [c.parent.id] : []), ...(c.members ?? []).map((m) => m.id));
    }
    level = next;
  }
  const down = new Set<string>();
  let targets = [start.id];
  for (let depth = 0; targets.length && depth < MAX_RELATED; depth++) {
    const rows = targets.flatMap((to) => linksTo(to));
    for (const to of targets) down.add(to);
    for (const l of rows) if (mayFollow(l)) keys.add(companyPartKey(l.from));
    targets = [...new Set(rows.filter((l) => followsLink(l, get(l.from))).map((l) => l.from))].filter((id) => !down.has(id));
  }
  for (const c of shownFor(start, get, linksTo)) {
    const key = noteKey(c.id);
    if (key) keys.add(key);
  }
  return [...keys].sort();
}

export const countsOf = (d: Records): Counts => ({
  companies: d.companies.length,
  notes: d.notes.length,
  agencies: d.agencies.length,
  domains: d.companies.reduce((s, c) => s + c.domains.length, 0),
});

/** Build time: packs a validated dataset (the output of `parseDataset`) as the extension ships it. */
export function storedBundle(d: Dataset): StoredBundle {
  const { schemaVersion, version, generatedAt } = d;
  return { format: BUNDLE_FORMAT, schemaVersion, version, generatedAt, ...rowsOf(d), counts: countsOf(d), coverage: coverageOf(d) };
}

/** The `Dataset` inside a bundle (what a sync merges lists over). */
export function datasetOf(b: Pick<StoredBundle, 'schemaVersion' | 'version' | 'generatedAt' | 'agencies' | 'parts'>): Dataset {
  const { schemaVersion, version, generatedAt, agencies, parts } = b;
  const companies = JSON.parse(parts.find((p) => p.key === ALL_COMPANIES)?.json ?? '[]') as Company[];
  const notes = parts.filter((p) => p.key.startsWith('n:')).flatMap((p) => JSON.parse(p.json) as Note[]);
  return { schemaVersion, version, generatedAt, agencies, companies, notes };
}

/** The checksum file's text: the SHA-256 of the shipped file, hex, as `sha256sum` would print it. */
export const checksumLine = (sha256: string, fileName: string) => `${sha256}  ${fileName}\n`;

/** Reads the hex SHA-256 from a checksum file's text (`<hex>  <name>`, or the bare hex). */
export function parseChecksumLine(text: string): string {
  const hex = /^([0-9a-f]{64})\b/.exec(text.trim())?.[1];
  if (!hex) throw new BundleError('the checksum shipped with the bundled dataset is unreadable');
  return hex;
}

/**
 * A bundle being read: its bytes and their SHA-256, begun as soon as the bytes are in hand (WebCrypto hashes
 * off this thread, while the database opens). Nothing of it may be read, used or written before `checkBundle`
 * has compared the hash with the shipped one.
 */
export interface OpenedBundle {
  /** When reading the file began (`performance.now()`): where an install's own record (`installMs`) starts. */
  startedAt: number;
  size: number;
  sha256: Promise<string>;
  bytes: Uint8Array;
}

export function openBundle(bytes: Uint8Array, startedAt = performance.now()): OpenedBundle {
  const hashing = performance.now();
  const sha256 = sha256Hex(bytes).then((hex) => (measure(MARKS.checksum, hashing), hex));
  sha256.catch(() => undefined); // a bundle opened and then not needed (the same one is in use) fails nowhere
  return { startedAt, size: bytes.length, sha256, bytes };
}

/** A bundle whose bytes are the ones the build shipped and whose header this version reads, cut into its parts (still deflated). */
export interface CheckedBundle {
  sha256: string;
  header: BundleHeader;
  parts: PackedPart[];
}

/**
 * Device side: checks the bundle's bytes against the SHA-256 shipped with it, then reads its header and cuts
 * it into its parts (framed.ts; nothing is inflated). Throws a `BundleError` (nothing handed out, so nothing
 * written) when the bytes differ, when the file is of another layout or schema version than this code reads
 * (a build mix-up, not a user's data problem), and when it is cut short or goes on after its last part.
 */
export async function checkBundle(opened: OpenedBundle, expectedSha256: string): Promise<CheckedBundle> {
  const sha256 = await opened.sha256;
  if (sha256 !== expectedSha256) {
    throw new BundleError(
      `the bundled dataset is damaged: its SHA-256 is ${sha256}, the build shipped ${expectedSha256} (${opened.size} bytes read); reinstall the extension`,
    );
  }
  const { header, parts } = unpackBundle(opened.bytes);
  if (header.schemaVersion !== SCHEMA_VERSION) throw layoutError(String(header.format), String(header.schemaVersion));
  return { sha256, header, parts };
}

/**
 * The whole bundle in memory, checked as `checkBundle` does and every part inflated (what a sync merges lists
 * over). A part that does not inflate to the length its header declares is refused.
 */
export async function readBundle(opened: OpenedBundle, expectedSha256: string): Promise<StoredBundle & { sha256: string }> {
  const { sha256, header, parts: packed } = await checkBundle(opened, expectedSha256);
  const parts = await Promise.all(
    packed.map(async (p, i): Promise<Part> => {
      const chars = header.parts[i]![2];
      const json = await inflateText(p.deflated).catch((err: unknown) => {
        throw new BundleError(`the bundled dataset's part "${p.key}" does not inflate: ${String(err)}`);
      });
      if (json.length !== chars)
        throw new BundleError(`the bundled dataset's part "${p.key}" inflates to ${json.length} characters, not ${chars}`);
      return { key: p.key, json };
    }),
  );
  const { parts: _lengths, ...rest } = header;
  return { ...rest, parts, sha256 };
}
