/** The bundled dataset packed as the build packs it (wxt.config.ts), for tests of the install. */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { parseDataset, type Dataset, type DatasetInput } from '@/data/model/schema';
import { checksumLine, openBundle, storedBundle } from '@/data/store/bundle';
import type { BundleSource } from '@/data/store/install';

export interface Packed {
  gz: Uint8Array;
  sha256: string;
  /** The checksum file's text. */
  checksumText: string;
}

export function packBundle(input: DatasetInput | Dataset, transform: (b: object) => object = (b) => b): Packed {
  const gz = new Uint8Array(gzipSync(JSON.stringify(transform(storedBundle(parseDataset(input))))));
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
