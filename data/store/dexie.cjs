/**
 * Dexie, loaded when the first database is made (./db.ts) instead of when a script starts. A static `import`
 * is evaluated with the bundle; a `require` of a CommonJS module inside a function is not (Vite's build wraps
 * such a module in a function it calls on the first `require`; data/model/psl.cjs does the same for tldts).
 * Dexie's package gives `require` its UMD build, the build its ES entry re-exports, so it is one Dexie.
 *
 * The service worker's build resolves this file to ./dexie-script.cjs (wxt.config.ts): there Dexie is a script
 * of its own beside background.js, imported on first use, so a wake-up that only sets badges neither compiles
 * nor runs it (it reads the data in use without Dexie: ./in-use-read.ts). Pages, tests and Firefox's background
 * page take this file. ./dexie.d.cts gives its type.
 */
'use strict';

/** @type {typeof import('dexie').Dexie | undefined} */
let dexie;

/** The Dexie class, its module evaluated on the first call. */
exports.dexieLibrary = () => (dexie ??= require('dexie').Dexie);
