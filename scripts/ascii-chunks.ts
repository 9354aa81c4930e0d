/**
 * A build plugin that writes every JavaScript file the extension ships in ASCII, non-ASCII characters escaped
 * (`\uXXXX`). Chromium keeps a script's source in memory for as long as the script lives (the service worker's
 * for as long as the worker runs), at one byte per character if every character is Latin-1, at two otherwise:
 * one "…" in a label, or the public suffix list's Japanese and Chinese suffixes inside tldts, doubled the memory
 * background.js's 355 KB of source takes (a heap snapshot of the worker: 711 KB of external string data, 360 KB
 * after). The minifier's own `asciiOnly` output option is not reachable through WXT 0.21's Vite configuration.
 *
 * Escaping after minification is safe for what the bundles hold: `\uXXXX` means the same UTF-16 code unit in a
 * string literal, an untagged template literal, a regular expression and a comment. It would change the raw text
 * of a tagged template (`String.raw`), which the shipped code does not use with non-ASCII text; an identifier
 * with a character outside the Basic Multilingual Plane would break, and none exists (the build fails to load in
 * the e2e tests if it ever does).
 */
import { escapeCodeUnits } from '../data/model/escape';

export const escapeNonAscii = (code: string): string => escapeCodeUnits(code, 0x80);

interface OutputChunk {
  type: string;
  code?: string;
}

export function asciiChunks() {
  return {
    name: 'tieline:ascii-chunks',
    generateBundle(_options: unknown, bundle: Record<string, OutputChunk>) {
      for (const file of Object.values(bundle)) if (file.type === 'chunk' && file.code) file.code = escapeNonAscii(file.code);
    },
  };
}
