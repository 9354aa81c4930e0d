/**
 * How the shipped bundle is laid out in its file (layout 3, `BUNDLE_FORMAT`): one line of JSON, the header —
 * what `meta.active` will say of the data, the agencies' and domains' rows, and each part's key and length —
 * then the parts' texts one after another, exactly as they are stored, with nothing between them.
 *
 * Why not one JSON document (layouts 1–2): its ~230 parts were JSON strings inside JSON, so reading it meant
 * unescaping 13 MB of text (`Response.json()`) before the first row could be written. Framed, reading is
 * inflating to text and slicing it; a part can be written as soon as its last character is decoded, while
 * the rest of the file still inflates.
 *
 * Lengths count UTF-16 code units of the decoded text (JavaScript's `String.length`), which is what the
 * build writes and what slicing the decoded text needs. The reader is strict: a file that does not begin
 * with this layout's header, whose header is unreadable, that ends inside a part or goes on after the last
 * one is refused with a `BundleError`, and it never holds more than the header's declared length of text.
 *
 * Pure: no Dexie and no browser API beyond the streams (DecompressionStream, TextDecoderStream) Node has too.
 */
import { SCHEMA_VERSION } from '../model/schema';
import type { StoredBundle, Part } from './bundle';

/**
 * Raised when the packed layout changes, so an old reader never misreads a new file. 2: the notes of every
 * company a site's lookup shows are in small parts packed by site, named in its company part (`siteNotes`),
 * and a link from a company with a site of its own says so (`StoredLink`). 3: the file is framed (above)
 * instead of one JSON document; the rows are as in 2.
 */
export const BUNDLE_FORMAT = 3;

export class BundleError extends Error {
  override name = 'BundleError';
}

/** The first line of the file: the bundle without its parts' texts, and each part's key and length instead. */
export type BundleHeader = Omit<StoredBundle, 'parts'> & { parts: [key: string, length: number][] };

/** The header's JSON is a few tens of KB (43 KB for the shipped data): past this, the file is not one of ours. */
export const MAX_HEADER_CHARS = 1_000_000;
/** What the header may declare in all (the shipped data: 13.5 M): the same bound as a synced list's (128 MB). */
export const MAX_TEXT_CHARS = 128_000_000;

/** Build time: the file's text (gzipped by the build). `format` comes first: a reader tells the layout from the first characters. */
export function frameBundle(b: StoredBundle): string {
  const { format, parts, ...rest } = b;
  const header: BundleHeader = { format, ...rest, parts: parts.map((p) => [p.key, p.json.length]) };
  return `${JSON.stringify(header)}\n${parts.map((p) => p.json).join('')}`;
}

/** A bundle being read: its header, then its parts as they are decoded. */
export interface Unframed {
  /** The header, checked for its layout and shape; rejects with a `BundleError`. */
  header: Promise<BundleHeader>;
  /**
   * The parts decoded since the last call, in the file's order (at least one), or null once the last part
   * was read and nothing follows it. Rejects with a `BundleError` when the file is broken, after handing out
   * the parts decoded before the break. One reader at a time.
   */
  next(): Promise<Part[] | null>;
  /** Stops reading (the bundle is not needed after all) and drops what was decoded. */
  cancel(): void;
}

/**
 * The gzipped bytes go into the inflater in slices of this size, the thread given back between them (a
 * task, not a microtask): a slice inflates to ~0.4 MB of text in a few milliseconds. Fed whole, Chromium
 * inflated and decoded the file in one run of microtasks (~200 ms) that kept everything else waiting — the
 * database's opening and the first writes included — so nothing was written until everything was decoded.
 */
export const INFLATE_SLICE_BYTES = 64 * 1024;

/**
 * Gives the thread back for one ordinary task: `scheduler.postTask` where the browser has it (no timer
 * clamping), else a timer. Not `scheduler.yield()`: its continuation runs before the tasks already waiting,
 * which are the ones that must get through (the database opening, the writes' callbacks).
 */
const yieldTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { postTask?: (cb: () => void) => Promise<void> } }).scheduler;
  return scheduler?.postTask ? scheduler.postTask(() => undefined) : new Promise((ok) => setTimeout(ok, 0));
};

/** Reads a gzipped framed bundle; inflating and cutting begin at once and run ahead of the reader. */
export function unframe(gz: Uint8Array): Unframed {
  let at = 0;
  const bytes = new ReadableStream<BufferSource>({
    async pull(c) {
      if (at) await yieldTask();
      c.enqueue(gz.subarray(at, (at += INFLATE_SLICE_BYTES)) as BufferSource);
      if (at >= gz.length) c.close();
    },
  });
  const text = bytes.pipeThrough(new DecompressionStream('gzip')).pipeThrough(new TextDecoderStream('utf-8', { fatal: true }));
  return unframeText(text);
}

/** The file is of another layout or schema version than this code reads (a build mix-up, not a user's data problem). */
export const layoutError = (format: string, schema?: string) =>
  new BundleError(
    `the bundled dataset has layout ${format}${schema === undefined ? '' : ` and schema ${schema}`}; this version reads layout ${BUNDLE_FORMAT}, schema ${SCHEMA_VERSION}`,
  );

/**
 * Refuses, from the file's first characters, what is not this layout: a layout-2 file is one JSON document of
 * 13 MB without a line break, so waiting for the header's end would read all of it.
 */
function checkStart(text: string, complete: boolean): void {
  if (!complete && text.length < 16) return;
  const m = /^\{"format":(\d+)[,}]/.exec(text);
  if (!m) throw new BundleError('the bundled dataset is not a Tieline bundle: it does not begin with its layout');
  if (Number(m[1]) !== BUNDLE_FORMAT) throw layoutError(m[1]!, /^\{"format":\d+,"schemaVersion":(\d+)/.exec(text)?.[1]);
}

const isLength = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

function parseHeader(text: string): BundleHeader {
  let h: Partial<BundleHeader> | null;
  try {
    h = JSON.parse(text) as Partial<BundleHeader> | null;
  } catch (err) {
    throw new BundleError(`the bundled dataset's header is unreadable: ${String(err)}`);
  }
  if (h?.format !== BUNDLE_FORMAT)
    throw layoutError(String(h?.format), h?.schemaVersion === undefined ? undefined : String(h.schemaVersion));
  const parts = h.parts;
  const partsOk = Array.isArray(parts) && parts.every((p) => Array.isArray(p) && typeof p[0] === 'string' && isLength(p[1]));
  if (!partsOk || !Array.isArray(h.agencies) || !Array.isArray(h.domains) || typeof h.version !== 'number' || !h.counts || !h.coverage) {
    throw new BundleError('the bundled dataset lacks some of its parts');
  }
  const declared = parts.reduce((s, p) => s + p[1], 0);
  if (declared > MAX_TEXT_CHARS)
    throw new BundleError(`the bundled dataset declares ${declared} characters of parts, over ${MAX_TEXT_CHARS}`);
  return h as BundleHeader;
}

/** `unframe` over decoded text in chunks of any size (the tests cut it anywhere). */
export function unframeText(text: ReadableStream<string>): Unframed {
  const reader = text.getReader();
  const ready: Part[] = [];
  let ended = false;
  let failure: BundleError | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  let gotHeader!: (h: BundleHeader) => void;
  let noHeader!: (err: BundleError) => void;
  const header = new Promise<BundleHeader>((ok, fail) => ((gotHeader = ok), (noHeader = fail)));
  header.catch(() => undefined); // also reported by next(), to whoever reads on

  const pump = async () => {
    // Decoded text not yet cut: a list of chunks, joined once when a part is complete (a part spans many).
    let chunks: string[] = [];
    let chars = 0;
    let h: BundleHeader | undefined;
    let i = 0;
    const take = (n: number): string => {
      const all = chunks.length === 1 ? chunks[0]! : chunks.join('');
      const rest = all.slice(n);
      chunks = rest ? [rest] : [];
      chars = rest.length;
      return all.slice(0, n);
    };
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      chunks.push(value);
      chars += value.length;
      if (!h) {
        // Only the newest chunk can hold the header's end: the earlier ones were searched already.
        const nl = value.indexOf('\n');
        if (nl < 0) {
          checkStart(chunks.join(''), false);
          if (chars > MAX_HEADER_CHARS)
            throw new BundleError(`the bundled dataset's header is unreadable: no end in its first ${MAX_HEADER_CHARS} characters`);
          continue;
        }
        const line = take(chars - value.length + nl + 1).slice(0, -1);
        checkStart(line, true);
        h = parseHeader(line);
        gotHeader(h);
      }
      let parted = false;
      while (i < h.parts.length && chars >= h.parts[i]![1]) {
        const [key, length] = h.parts[i++]!;
        ready.push({ key, json: take(length) });
        parted = true;
      }
      if (parted) notify();
      if (i === h.parts.length && chars > 0)
        throw new BundleError(`the bundled dataset goes on for ${chars}+ characters after its last part`);
    }
    if (!h) {
      checkStart(chunks.join(''), true);
      throw new BundleError("the bundled dataset's header is unreadable: the file ends inside it");
    }
    if (i < h.parts.length) {
      const [key, length] = h.parts[i]!;
      throw new BundleError(
        `the bundled dataset is truncated: it ends in part ${i + 1} of ${h.parts.length} ("${key}"), ${chars} of its ${length} characters read`,
      );
    }
  };
  void pump().then(
    () => {
      ended = true;
      notify();
    },
    (err: unknown) => {
      failure = err instanceof BundleError ? err : new BundleError(`the bundled dataset could not be unpacked: ${String(err)}`);
      noHeader(failure);
      reader.cancel().catch(() => undefined);
      notify();
    },
  );
  return {
    header,
    async next() {
      for (;;) {
        if (ready.length) return ready.splice(0);
        if (failure) throw failure;
        if (ended) return null;
        await new Promise<void>((ok) => (wake = ok));
      }
    },
    cancel() {
      ready.length = 0;
      failure ??= new BundleError('the bundled dataset was not read to its end: reading it was stopped');
      noHeader(failure);
      reader.cancel().catch(() => undefined);
      notify();
    },
  };
}
