/**
 * The extension's database's name (tests name their own), apart from ./db.ts: ./in-use-read.ts opens it without
 * Dexie, in the service worker's badge code, which must not load Dexie's schema and upgrades (./db.ts).
 */
export const DB_NAME = 'tieline';

/** The `meta` key of the data in use (./meta.ts, META.active), which ./in-use-read.ts reads without ./meta.ts's schemas. */
export const ACTIVE_KEY = 'active';
