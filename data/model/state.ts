/**
 * What the extension records about its data, as plain shapes: the dataset in use, each subscribed list
 * and how its syncs went. Declared once here (Zod, types by inference); the store parses every read with
 * these, and the settings page and popup render them.
 */
import { z } from './zod';
import { LABOR_SOURCES } from './coverage';
import { Root } from './root';

/** A whole number, zero or more. */
const Count = () => z.number().check(z.int(), z.nonnegative());

const Span = () => z.object({ first: z.string(), last: z.string(), count: Count() });

/** What the data in use covers (computed and worded in coverage.ts). */
export const Coverage = z.lazy(() =>
  z.object({
    /** Agencies with award records (USAspending), by acronym; authored ties alone do not make coverage. */
    agencies: z.array(z.object({ id: z.string(), acronym: z.string(), name: z.string() })),
    /** First and last award action dates, over every award (resold ones included). */
    contracts: z.optional(Span()),
    labor: z.array(z.extend(Span(), { source: z.enum(LABOR_SOURCES) })),
  }),
);
export type Coverage = z.infer<typeof Coverage>;

export const ActiveDataset = z.lazy(() =>
  z.object({
    gen: Count(),
    version: z.number().check(z.int(), z.positive()),
    generatedAt: z.string(),
    /** "bundled", "lists", or the URL of the list it was synced from. */
    origin: z.string(),
    activatedAt: z.string(),
    counts: z.object({
      companies: Count(),
      notes: Count(),
      agencies: Count(),
      domains: Count(),
    }),
    /**
     * Identifies the data in use, to prove that a failed update changed nothing: the bundled file's SHA-256
     * (computed by the build, checked on the bytes read) or, for data merged from lists, the SHA-256 of the
     * records' canonical JSON.
     */
    checksum: z.string(),
    /** Time taken to validate and write this generation, in milliseconds. */
    installMs: z.optional(z.number()),
    /** The bundled dataset's version, and each subscribed list merged over it. */
    bundledVersion: z.optional(z.number()),
    lists: z.optional(z.array(z.object({ id: z.string(), url: z.string(), version: z.number() }))),
    /** What the data covers (agencies, years, labor sources), for the popup's and the about page's statement. */
    coverage: z.optional(Coverage),
  }),
);
/** What is in use: written last, in the same transaction that makes a generation active. */
export type ActiveDataset = z.infer<typeof ActiveDataset>;

/** What is in use from a list; written in the same transaction that switches generations. */
export const ListState = z.lazy(() =>
  z.object({
    url: z.string(),
    /** The list id its root names (absent in states written before roots existed). */
    listId: z.optional(z.string()),
    version: z.number(),
    publishedAt: z.string(),
    expiresAt: z.string(),
    etag: z.optional(z.string()),
    shards: z.array(
      z.object({
        index: Count(),
        sha256: z.string(),
        /** Decompressed size, counted against the per-list cap when the shard is reused. */
        expandedBytes: z.optional(Count()),
      }),
    ),
  }),
);
export type ListState = z.infer<typeof ListState>;

/** How the last attempts went; kept apart from the data so that writing it can never disturb the data. */
export const ListStatus = z.lazy(() =>
  z.object({
    lastAttemptAt: z.optional(z.string()),
    lastSuccessAt: z.optional(z.string()),
    lastError: z.optional(z.string()),
    /** Consecutive failures, for backoff. */
    failures: Count(),
    nextRetryAt: z.optional(z.string()),
    /** Bytes downloaded by the last successful sync (manifest, signature, changed shards). */
    lastBytes: z.optional(z.number()),
    lastResult: z.optional(z.string()),
  }),
);
export type ListStatus = z.infer<typeof ListStatus>;

/**
 * What a client trusts about one list, kept per pinned key and list id — after the list is removed too,
 * so removing and re-adding a list does not erase its rollback protection (TUF's trusted metadata).
 */
export const TrustState = z.lazy(() =>
  z.object({
    /** The newest root verified along the chain from the pinned key. */
    root: Root,
    /**
     * The highest manifest version accepted under the root's signing keys; anything older is a rollback.
     * Reset when a root rotation changes the signing keys, so a version inflated with a stolen key cannot
     * block the publisher's genuine versions forever (TUF's fast-forward attack recovery).
     */
    version: Count(),
  }),
);
export type TrustState = z.infer<typeof TrustState>;

/** The last sync run as a whole: what started it and any error outside a single list's sync. */
export const LastRun = z.lazy(() =>
  z.object({
    trigger: z.enum(['sync-now', 'lists-changed', 'alarm', 'startup', 'install']),
    at: z.string(),
    error: z.optional(z.string()),
  }),
);
export type LastRun = z.infer<typeof LastRun>;

/**
 * The generation whose site parts — those a site's lookup reads — were all rewritten as text after its
 * install (data/store/site-parts.ts); absent until the first rewrite finishes.
 */
export const SitePartsText = z.lazy(() => z.object({ gen: Count() }));
export type SitePartsText = z.infer<typeof SitePartsText>;

/** One list's result from a sync the user started, as the settings page shows it. */
export interface ListReport {
  id: string;
  url: string;
  status: 'updated' | 'unchanged' | 'failed';
  version?: number;
  error?: string;
}

export interface Subscription {
  id: string;
  /** The folder (ending in /) or the manifest.json URL. */
  url: string;
  /** Base64 of the raw 32-byte Ed25519 public key. */
  publicKey: string;
  enabled: boolean;
  /** Set for the list configured at build time (WXT_DATASET_URL); it can be disabled, not removed. */
  builtIn?: boolean;
}

/** How far the background's first install has got (kept in storage.session while it runs). */
export type InstallProgress = { percent: number } | { failed: string };
