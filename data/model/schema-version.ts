/**
 * The dataset's schema version (./schema.ts re-exports it), in a module of its own: the service worker's first
 * install (data/browser/first-install.ts) checks the bundle's version without loading the schema and Zod.
 *
 * 2: ownership links carry a kind (owner, foundation, PAC) and an "as of" date; joint ventures list their
 * members. A client refuses lists of another schema version instead of misreading them.
 */
export const SCHEMA_VERSION = 2;
