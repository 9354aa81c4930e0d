/**
 * Dexie as the service worker imports it (data/store/dexie-script.cjs): the installed Dexie's UMD build, which
 * defines `self.Dexie` when loaded as a classic script, escaped to ASCII like every shipped script
 * (./ascii-chunks.ts) and without its `sourceMappingURL` comment (the map is not shipped).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { escapeNonAscii } from './ascii-chunks';

/** Its path in the extension, the one data/store/dexie-script.cjs imports. */
export const DEXIE_SCRIPT = 'dexie.js';

export function dexieScript(): string {
  const file = createRequire(import.meta.url).resolve('dexie/dist/dexie.min.js');
  return escapeNonAscii(readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
}
