/** The bundled dataset packed as the build packs it (wxt.config.ts), for tests of the install. */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { parseDataset, type Dataset, type DatasetInput } from '@/data/model/schema';
import { checksumLine, openBundle, storedBundle } from '@/data/store/bundle';
import { frameBundle } from '@/data/store/framed';
import type { BundleSource } from '@/data/store/install';

export interface Packed {
  gz: Uint8Array;
  sha256: string;
  /** The checksum file's text. */
  checksumText: string;
}

export interface PackOptions {
  /** Changes the header line (a parsed object) before it is framed. */
  header?: (h: Record<string, unknown>) => object;
  /** Changes the framed text before it is gzipped (and hashed: the checksum matches what ships). */
  text?: (t: string) => string;
  /** Packs it as layout 2 did: one JSON document, the parts as JSON strings inside it. */
  legacy?: true;
}

/** The framed text of a dataset, as the build writes it before gzipping. */
export const framedText = (input: DatasetInput | Dataset) => frameBundle(storedBundle(parseDataset(input)));

export function packBundle(input: DatasetInput | Dataset, opts: PackOptions = {}): Packed {
  const stored = storedBundle(parseDataset(input));
  let text = opts.legacy ? JSON.stringify({ ...stored, format: 2 }) : frameBundle(stored);
  if (opts.header) {
    const nl = text.indexOf('\n');
    text = JSON.stringify(opts.header(JSON.parse(text.slice(0, nl)) as Record<string, unknown>)) + text.slice(nl);
  }
  if (opts.text) text = opts.text(text);
  const gz = new Uint8Array(gzipSync(text));
  const sha256 = createHash('sha256').update(gz).digest('hex');
  return { gz, sha256, checksumText: checksumLine(sha256, 'dataset.json.gz') };
}

/** A bundle source over a packed bundle that counts how often the big file was read. */
export function bundleSource(packed: Packed): BundleSource & { reads: number } {
  const source = {
    reads: 0,
    checksum: async () => packed.sha256,
    open: async () => {
      source.reads++;
      return openBundle(packed.gz.slice());
    },
  };
  return source;
}
