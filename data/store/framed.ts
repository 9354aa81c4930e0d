/**
 * How the shipped bundle is laid out in its file (layout 4, `BUNDLE_FORMAT`): one line of JSON, the header —
 * what `meta.active` will say of the data, the agencies' and domains' rows, and each part's key, its length
 * in bytes as stored and its text's length — then the parts one after another, each part's text deflated on
 * its own (raw DEFLATE, RFC 1951: `DecompressionStream('deflate-raw')`), nothing between them. The file is not
 * compressed again: its parts already are, and the extension's zip deflates the header.
 *
 * Why parts deflated one by one, and kept so in the store (layout 3 shipped the whole file gzipped, and the
 * install inflated its 13.5 M characters and wrote them to IndexedDB as text): writing 13.5 MB was most of
 * the install — the benchmark's floor extension took 128–150 ms to write those rows alone. Deflated, the
 * install writes 1.8 MB and inflates nothing; a lookup inflates the few parts it reads (`partText`: about
 * 0.1 ms of CPU for a company or site-notes part, 0.5 ms for a note bucket, 3 ms for the list of all companies,
 * measured in Chromium). Two thirds of the text, the notes of companies no site shows, are read only by a
 * lookup by name. The parts a site's badge reads are rewritten as text once the install is in use
 * (site-parts.ts): the stream's several tasks per part cost the badge more than the CPU says.
 *
 * The reader is strict: a file that does not begin with this layout's header, whose header is unreadable, that
 * ends inside a part or goes on after the last one is refused with a `BundleError` before anything of it is
 * used. A stored part whose bytes do not inflate is a `BundleError` for the lookup that reads it.
 *
 * Pure: no Dexie and no browser API beyond `DecompressionStream` and `Response`, which Node has too. The
 * build deflates (with Node's zlib, passed in), so this file imports no Node module.
 */
import { SCHEMA_VERSION } from '../model/schema-version';
import type { StoredBundle, Part } from './bundle';

/**
 * Raised when the packed layout changes, so an old reader never misreads a new file. 2: the notes of every
 * company a site's lookup shows are in small parts packed by site, named in its company part (`siteNotes`),
 * and a link from a company with a site of its own says so (`StoredLink`). 3: the file is framed (a header
 * line, then the parts' texts) instead of one JSON document; the rows are as in 2. 4: each part's text is
 * deflated on its own, the file is not gzipped, and the parts are stored deflated (`PackedPart`).
 */
export const BUNDLE_FORMAT = 4;

export class BundleError extends Error {
  override name = 'BundleError';
}

/** A part as layout 4 stores it: its text deflated (raw DEFLATE of its UTF-8), in a buffer of its own. */
export interface PackedPart {
  key: string;
  deflated: Uint8Array;
}

/**
 * A part as the store holds it: deflated (the bundled install, layout 4), or as text (`json`: written by a
 * sync, which merges lists over the bundle, and by earlier versions).
 */
export type StoredPart = Part | PackedPart;

/** The first line of the file: the bundle without its parts' texts, and each part's key, bytes and characters instead. */
export type BundleHeader = Omit<StoredBundle, 'parts' | 'format'> & {
  format: typeof BUNDLE_FORMAT;
  parts: [key: string, bytes: number, chars: number][];
};

/** The header's JSON is a few tens of KB (43 KB for the shipped data): past this, the file is not one of ours. */
export const MAX_HEADER_BYTES = 1_000_000;
/** What the header may declare in all (the shipped data: 13.5 M): the same bound as a synced list's (128 MB). */
export const MAX_TEXT_CHARS = 128_000_000;

const NEWLINE = 0x0a;

/**
 * Build time: the file's bytes. `deflate` is the build's (Node's zlib `deflateRawSync` at level 9). `format`
 * comes first in the header: a reader tells the layout from the first characters.
 */
export function packBundle(b: StoredBundle, deflate: (bytes: Uint8Array) => Uint8Array): Uint8Array {
  const { format, parts, ...rest } = b;
  const encoder = new TextEncoder();
  const deflated = parts.map((p) => deflate(encoder.encode(p.json)));
  const header: BundleHeader = { format, ...rest, parts: parts.map((p, i) => [p.key, deflated[i]!.length, p.json.length]) };
  const head = encoder.encode(`${JSON.stringify(header)}\n`);
  const out = new Uint8Array(head.length + deflated.reduce((s, d) => s + d.length, 0));
  out.set(head, 0);
  let at = head.length;
  for (const d of deflated) {
    out.set(d, at);
    at += d.length;
  }
  return out;
}

/** The file is of another layout or schema version than this code reads (a build mix-up, not a user's data problem). */
export const layoutError = (format: string, schema?: string) =>
  new BundleError(
    `the bundled dataset has layout ${format}${schema === undefined ? '' : ` and schema ${schema}`}; this version reads layout ${BUNDLE_FORMAT}, schema ${SCHEMA_VERSION}`,
  );

/** Refuses, from the file's first bytes, what is not this layout (layouts 1–3 shipped gzipped; 3 began like this one). */
function checkStart(bytes: Uint8Array): void {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b)
    throw new BundleError(`the bundled dataset is gzipped, as layouts 1–3 shipped it; this version reads layout ${BUNDLE_FORMAT}`);
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, 64));
  const m = /^\{"format":(\d+)[,}]/.exec(start);
  if (!m) throw new BundleError('the bundled dataset is not a Tieline bundle: it does not begin with its layout');
  if (Number(m[1]) !== BUNDLE_FORMAT) throw layoutError(m[1]!, /^\{"format":\d+,"schemaVersion":(\d+)/.exec(start)?.[1]);
}

const isLength = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

function parseHeader(line: Uint8Array): BundleHeader {
  let h: Partial<BundleHeader> | null;
  try {
    h = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(line)) as Partial<BundleHeader> | null;
  } catch (err) {
    throw new BundleError(`the bundled dataset's header is unreadable: ${String(err)}`);
  }
  if (h?.format !== BUNDLE_FORMAT)
    throw layoutError(String(h?.format), h?.schemaVersion === undefined ? undefined : String(h.schemaVersion));
  const parts = h.parts;
  const partsOk =
    Array.isArray(parts) &&
    parts.every((p) => Array.isArray(p) && p.length === 3 && typeof p[0] === 'string' && isLength(p[1]) && isLength(p[2]));
  if (!partsOk || !Array.isArray(h.agencies) || !Array.isArray(h.domains) || typeof h.version !== 'number' || !h.counts || !h.coverage) {
    throw new BundleError('the bundled dataset lacks some of its parts');
  }
  const declared = parts.reduce((s, p) => s + p[2], 0);
  if (declared > MAX_TEXT_CHARS)
    throw new BundleError(`the bundled dataset declares ${declared} characters of parts, over ${MAX_TEXT_CHARS}`);
  return h as BundleHeader;
}

/**
 * Reads a layout-4 file: its header, checked for its layout and shape, and its parts' deflated bytes, each
 * copied into a buffer of its own (a view into the file would take the whole file into every row IndexedDB
 * stores: a typed array is cloned with its buffer). Nothing is inflated. Throws a `BundleError` for a file
 * that is not this layout, whose header is unreadable, that is cut short inside a part or goes on after the last.
 */
export function unpackBundle(bytes: Uint8Array): { header: BundleHeader; parts: PackedPart[] } {
  checkStart(bytes);
  const nl = bytes.subarray(0, MAX_HEADER_BYTES).indexOf(NEWLINE);
  if (nl < 0) {
    throw new BundleError(
      bytes.length < MAX_HEADER_BYTES
        ? "the bundled dataset's header is unreadable: the file ends inside it"
        : `the bundled dataset's header is unreadable: no end in its first ${MAX_HEADER_BYTES} bytes`,
    );
  }
  const header = parseHeader(bytes.subarray(0, nl));
  const parts: PackedPart[] = [];
  let at = nl + 1;
  for (const [i, [key, length]] of header.parts.entries()) {
    if (at + length > bytes.length) {
      throw new BundleError(
        `the bundled dataset is truncated: it ends in part ${i + 1} of ${header.parts.length} ("${key}"), ${bytes.length - at} of its ${length} bytes read`,
      );
    }
    parts.push({ key, deflated: bytes.slice(at, (at += length)) });
  }
  if (at < bytes.length) throw new BundleError(`the bundled dataset goes on for ${bytes.length - at} bytes after its last part`);
  return { header, parts };
}

/**
 * Inflates deflated bytes to text. Written to the stream whole and read as one response: per call, 5–8×
 * faster in Chromium than `new Blob([bytes]).stream().pipeThrough(…)`. Rejects when the bytes do not inflate.
 */
export async function inflateText(deflated: Uint8Array): Promise<string> {
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  // Their failures (bytes that do not inflate) are the readable side's too, reported below.
  writer.write(deflated as BufferSource).catch(() => undefined);
  writer.close().catch(() => undefined);
  return new Response(ds.readable).text();
}

/** A stored part's text: inflated when it is stored deflated. Rejects with a `BundleError` naming the part when it does not inflate. */
export async function partText(part: StoredPart): Promise<string> {
  if ('json' in part) return part.json;
  try {
    return await inflateText(part.deflated);
  } catch (err) {
    throw new BundleError(`the stored part "${part.key}" of the dataset in use does not inflate (${String(err)}); reinstall the extension`);
  }
}
