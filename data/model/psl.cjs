/**
 * tldts (the public suffix list), evaluated on its first use instead of when a script starts. Its module
 * decodes a 117 KB suffix trie into typed arrays as it is evaluated (about 2 ms of the service worker's
 * wake-up and 120 KB of its heap, measured with bench/worker-profile.ts), and every bundle that imports
 * data/model paid it, though the badge finds a site's domain without it (./known-site.ts). A static
 * `import` is evaluated when the bundle starts. A `require` of a CommonJS module inside a function is not:
 * Vite's build wraps such a module in a function it calls on the first `require`. Hence CommonJS here, and
 * tldts's CommonJS build (a `require` of its ES module build would be hoisted to the bundle's start).
 * Node and the tests load this file as any CommonJS file; ./psl.d.cts gives its type.
 *
 * The service worker holds no tldts at all: Chromium compiles its whole script, so code it never runs still
 * costs its heap. Its build resolves the `require` below to ./psl-absent.cjs (wxt.config.ts), and the worker
 * installs the same list as data instead (`usePsl`, ./psl-trie.ts, data/browser/psl.ts) before any use.
 */
'use strict';

/** @type {typeof import('tldts') | { absent: true } | undefined} */
let tldts;
/** @type {import('./psl-trie').Psl | undefined} */
let installed;

const library = () => (tldts ??= require('tldts/dist/cjs/index.js'));

/** The list: the one installed by `usePsl`, else tldts, loaded on the first call. */
exports.psl = () => {
  if (installed) return installed;
  const lib = library();
  if ('absent' in lib) {
    throw new Error('the public suffix list is not loaded: the service worker loads it before use (data/browser/psl.ts, withPsl)');
  }
  return lib;
};

/** Whether `psl()` answers now, without `usePsl` (false only in the service worker while nothing is installed). */
exports.pslAvailable = () => installed !== undefined || !('absent' in library());

/** Installs the list `psl()` answers from (the service worker's, loaded as data), or removes it (undefined). */
exports.usePsl = (impl) => {
  installed = impl;
};
