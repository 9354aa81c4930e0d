/**
 * The dataset's files as the extension ships them (added by the build hook in wxt.config.ts), read by the
 * installs: ./extension.ts's through Dexie and the service worker's first install (./first-install.ts); and
 * `packaged`, which reads any file of the package (the pages the worker serves: ./page-html.ts).
 */
import { browser } from 'wxt/browser';
import { openBundle, parseChecksumLine, type OpenedBundle } from '../store/bundle';

export const BUNDLED_FILE = '/dataset.bin';
/** The SHA-256 of BUNDLED_FILE, computed by the build (see data/store/bundle.ts for why it is checked). */
export const BUNDLED_CHECKSUM_FILE = '/dataset.bin.sha256';

/** One of the files above, read from the extension. */
export async function packaged(path: string): Promise<Response> {
  // Both files are added by a build hook rather than public/, so WXT's PublicPath type does not list them.
  const res = await fetch((browser.runtime.getURL as (path: string) => string)(path));
  if (!res.ok) throw new Error(`${path} missing from the extension: HTTP ${res.status}`);
  return res;
}

/** The packaged bundle, its hashing begun as soon as its bytes are read (`installMs` counts from the read's start). */
export async function openPackaged(): Promise<OpenedBundle> {
  const startedAt = performance.now();
  return openBundle(new Uint8Array(await (await packaged(BUNDLED_FILE)).arrayBuffer()), startedAt);
}

/** The packaged bundle's SHA-256, as the build wrote it. */
export const readChecksum = async (): Promise<string> => parseChecksumLine(await (await packaged(BUNDLED_CHECKSUM_FILE)).text());
