/**
 * What the service worker's build resolves tldts to (wxt.config.ts): nothing. The worker holds the public
 * suffix list as data, loaded on first use (./psl.cjs, ./psl-trie.ts, data/browser/psl.ts).
 */
'use strict';

exports.absent = true;
