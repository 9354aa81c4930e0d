/**
 * The dataset's schema version (./schema.ts re-exports it), in a module of its own: the service worker's first
 * install (data/browser/first-install.ts) checks the bundle's version without loading the schema and Zod.
 *
 * 2: ownership links carry a kind (owner, foundation, PAC) and an "as of" date; joint ventures list their
 * members. A client refuses lists of another schema version instead of misreading them.
 * 3: a decertification vote may end `replaced` (another union on the ballot certified in the incumbent's place:
 * audit pass 39 #11). A client of schema 2 would fail to parse such a note midway through a list's shards; with the
 * version raised it refuses the list at its manifest, before fetching anything, and says why.
 */
export const SCHEMA_VERSION = 3;
