/** The bundled dataset packed as the build packs it (wxt.config.ts), for tests of the install. */
import { createHash } from 'node:crypto';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { parseDataset, type Dataset, type DatasetInput } from '@/data/model/schema';
import { checksumLine, openBundle, storedBundle, type StoredBundle } from '@/data/store/bundle';
import { packBundle as pack } from '@/data/store/framed';
import type { BundleSource } from '@/data/store/install';
import { SHIPPED_BUNDLE_FILE } from '../../scripts/shipped-bundle';

export interface Packed {
  bytes: Uint8Array;
  sha256: string;
  /** The checksum file's text. */
  checksumText: string;
}

export interface PackOptions {
  /** Changes the header line (a parsed object) before it is written. */
  header?: (h: Record<string, unknown>) => object;
  /** Changes the file's bytes before they are hashed (the checksum matches what ships). */
  bytes?: (b: Uint8Array) => Uint8Array;
  /** Packs it as layout 3 did: the framed text (a header line, then the parts' texts) gzipped whole. */
  layout3?: true;
}

export const deflate = (bytes: Uint8Array) => new Uint8Array(deflateRawSync(bytes, { level: 9 }));

/** The file's bytes as the build writes them (scripts/shipped-bundle.ts). */
export const packedBytes = (stored: StoredBundle) => pack(stored, deflate);

/** Cuts a file in its header line (parsed) and the bytes after it. */
export function splitHeader(bytes: Uint8Array): { header: Record<string, unknown>; rest: Uint8Array } {
  const nl = bytes.indexOf(0x0a);
  return { header: JSON.parse(new TextDecoder().decode(bytes.subarray(0, nl))) as Record<string, unknown>, rest: bytes.subarray(nl + 1) };
}

export const joinBytes = (...chunks: Uint8Array[]) => {
  const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

export function packBundle(input: DatasetInput | Dataset, opts: PackOptions = {}): Packed {
  const stored = storedBundle(parseDataset(input));
  let bytes: Uint8Array;
  if (opts.layout3) {
    const { format: _format, parts, ...rest } = stored;
    const header = { format: 3, ...rest, parts: parts.map((p) => [p.key, p.json.length]) };
    bytes = new Uint8Array(gzipSync(`${JSON.stringify(header)}\n${parts.map((p) => p.json).join('')}`));
  } else bytes = packedBytes(stored);
  if (opts.header) {
    const { header, rest } = splitHeader(bytes);
    bytes = joinBytes(new TextEncoder().encode(`${JSON.stringify(opts.header(header))}\n`), rest);
  }
  if (opts.bytes) bytes = opts.bytes(bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { bytes, sha256, checksumText: checksumLine(sha256, SHIPPED_BUNDLE_FILE) };
}

/** A bundle source over a packed bundle that counts how often the big file was read. */
export function bundleSource(packed: Packed): BundleSource & { reads: number } {
  const source = {
    reads: 0,
    checksum: async () => packed.sha256,
    open: async () => {
      source.reads++;
      return openBundle(packed.bytes.slice());
    },
  };
  return source;
}
