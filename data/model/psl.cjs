/**
 * tldts (the public suffix list), evaluated on its first use instead of when a script starts. Its module
 * decodes a 117 KB suffix trie into typed arrays as it is evaluated (about 2 ms of the service worker's
 * wake-up and 120 KB of its heap, measured with bench/worker-profile.ts), and every bundle that imports
 * data/model paid it, though the badge finds a site's domain without it (./known-site.ts). A static
 * `import` is evaluated when the bundle starts. A `require` of a CommonJS module inside a function is not:
 * Vite's build wraps such a module in a function it calls on the first `require`. Hence CommonJS here, and
 * tldts's CommonJS build (a `require` of its ES module build would be hoisted to the bundle's start).
 * Node and the tests load this file as any CommonJS file; ./psl.d.cts gives its type.
 */
'use strict';

/** @type {typeof import('tldts') | undefined} */
let tldts;

/** The tldts module, loaded on the first call. */
exports.psl = () => (tldts ??= require('tldts/dist/cjs/index.js'));
