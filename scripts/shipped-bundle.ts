/**
 * The dataset file as the extension ships it (`dataset.bin`): packed in the shape the store keeps it
 * (data/store/bundle.ts), each part deflated on its own at level 9 and framed behind a JSON header
 * (data/store/framed.ts, layout 4; the file is not compressed again). One function for the build
 * (wxt.config.ts writes it) and the build report (scripts/data-build.ts measures it), so the budget printed is
 * the size of the file shipped.
 */
import { deflateRawSync } from 'node:zlib';
import type { Dataset } from '../data/model/schema';
import { storedBundle } from '../data/store/bundle';
import { packBundle } from '../data/store/framed';

export const SHIPPED_BUNDLE_FILE = 'dataset.bin';

export function shippedBundle(d: Dataset): Uint8Array {
  return packBundle(storedBundle(d), (bytes) => deflateRawSync(bytes, { level: 9 }));
}
