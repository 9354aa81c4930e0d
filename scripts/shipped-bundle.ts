/**
 * The dataset file as the extension ships it (`dataset.json.gz`): packed in the shape the store keeps it
 * (data/store/bundle.ts), framed (data/store/framed.ts) and gzipped. One function for the build (wxt.config.ts writes it) and the build
 * report (scripts/data-build.ts measures it), so the budget printed is the size of the file shipped.
 */
import { gzipSync } from 'node:zlib';
import type { Dataset } from '../data/model/schema';
import { storedBundle } from '../data/store/bundle';
import { frameBundle } from '../data/store/framed';

export function shippedBundle(d: Dataset): Buffer {
  return gzipSync(frameBundle(storedBundle(d)), { level: 9 });
}
