/**
 * What the Chrome service worker's build resolves ./dexie.cjs to (wxt.config.ts): Dexie as a script of its own,
 * `/dexie.js` (Dexie's UMD build, shipped beside background.js by the build), imported on its first use.
 *
 * Why: Chromium compiles a service worker's whole script and keeps the code in the worker's heap, run or not
 * (2026-11-30-worker.md), and evaluates every module of it at each wake-up; Dexie was 97 KB of the 257 KB of
 * background.js and ~2 ms of its evaluation, though a wake-up that only sets badges reads the data in use
 * without it (./in-use-read.ts). A service worker may import a script after its installation only if it
 * imported it while installing (the browser keeps such scripts with the worker's own): the worker's `install`
 * event calls `dexieLibrary` (data/browser/late-script.sw.ts, `keepLateScripts`), once per installed version.
 */
'use strict';

const SCRIPT = '/dexie.js';
/** @type {typeof import('dexie').Dexie | undefined} */
let dexie;

exports.dexieLibrary = () => {
  if (dexie) return dexie;
  // The UMD build sets `globalThis.Dexie` (the worker's `self`) when no module system is there; another copy of this file may have loaded it.
  if (typeof globalThis.Dexie !== 'function') importScripts(SCRIPT);
  if (typeof globalThis.Dexie !== 'function') throw new Error(`${SCRIPT} did not define Dexie`);
  dexie = globalThis.Dexie.Dexie ?? globalThis.Dexie;
  return dexie;
};
