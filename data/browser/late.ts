/**
 * What the background runs besides setting badges: installs, syncs, whole lookups, the pages' requests and the
 * name index. In Chrome's service worker this is a script of its own, `background-late.js`, loaded on first use
 * (./late-script.sw.ts says why); elsewhere it is bundled with the background (./late-script.ts).
 */
export { ensureDataset, inUseThroughStore, lookup, prefetchBundle, textSiteParts } from './extension';
export { runSync, syncIfStale } from './schedule';
export { handleRequest } from './messages';
export { prepareNames } from './name-lookup';
export { quietWithPsl } from './quiet';
export { servedPage, servePagesWith } from './page-html';
