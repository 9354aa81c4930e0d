/**
 * The published form of a dataset: a signed manifest and gzip-compressed shards. Shared by the publishing
 * CLI (Node) and the extension's sync (browser), so both agree on one definition.
 */
import { z } from './zod';
import { Agency, Company, Note, SCHEMA_VERSION, Slug } from './schema';
import { fnv1a } from './hash';
import { ListUrl } from './root';

export const MIN_SHARDS = 16;
/** A client downloads at most this many shards per list (each with its own request). */
export const MAX_SHARDS = 1024;

/** A stable hash (the same in every engine) spreads company ids over shards. */
export const shardOf = (companyId: string, shards: number) => fnv1a(companyId) % shards;

export const ShardEntry = z.lazy(() =>
  z.strictObject({
    index: z.number().check(z.int(), z.nonnegative()),
    /** Relative to the manifest's URL. */
    path: z.string().check(
      z.regex(/^[a-zA-Z0-9._/-]+$/, 'a relative path of letters, digits, dots, dashes and slashes'),
      z.refine((p) => !p.includes('..'), 'no ".." in shard paths'),
    ),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'a hex SHA-256')),
    /** Compressed size in bytes. */
    size: z.number().check(z.int(), z.positive()),
  }),
);
export type ShardEntry = z.infer<typeof ShardEntry>;

export const Manifest = z.lazy(() =>
  z
    .strictObject({
      schemaVersion: z.literal(SCHEMA_VERSION),
      /**
       * The list this manifest belongs to, and where it is served. Both are signed, and both must match the
       * list's root: a staging manifest (another id or URL) served at the production URL is refused.
       */
      listId: Slug,
      url: ListUrl,
      version: z.number().check(z.int(), z.positive()),
      generatedAt: z.iso.datetime(),
      publishedAt: z.iso.datetime(),
      expiresAt: z.iso.datetime(),
      shardCount: z.number().check(z.int(), z.gte(MIN_SHARDS), z.lte(MAX_SHARDS)),
      shards: z.array(ShardEntry).check(z.maxLength(MAX_SHARDS)),
    })
    .check(
      z.superRefine((m, ctx) => {
        const seen = new Set<number>();
        m.shards.forEach((s, i) => {
          if (s.index >= m.shardCount || seen.has(s.index)) {
            ctx.addIssue({ code: 'custom', path: ['shards', i, 'index'], message: `shard index ${s.index} is out of range or repeated` });
          }
          seen.add(s.index);
        });
        if (seen.size !== m.shardCount)
          ctx.addIssue({ code: 'custom', path: ['shards'], message: `expected ${m.shardCount} shards, got ${seen.size}` });
      }),
    ),
);
export type Manifest = z.infer<typeof Manifest>;

export const Shard = z.lazy(() =>
  z
    .strictObject({
      schemaVersion: z.literal(SCHEMA_VERSION),
      index: z.number().check(z.int(), z.nonnegative()),
      shardCount: z.number().check(z.int(), z.gte(MIN_SHARDS)),
      /** Agencies travel in shard 0. */
      agencies: z.array(Agency),
      companies: z.array(Company),
      notes: z.array(Note),
    })
    .check(
      z.superRefine((s, ctx) => {
        // Every record must sit in the shard its company id hashes to: a shard cannot smuggle in records
        // that belong to another (and would be missed when only that other shard changes).
        s.companies.forEach((c, i) => {
          if (shardOf(c.id, s.shardCount) !== s.index)
            ctx.addIssue({
              code: 'custom',
              path: ['companies', i, 'id'],
              message: `company "${c.id}" does not belong in shard ${s.index}`,
            });
        });
        s.notes.forEach((n, i) => {
          if (shardOf(n.companyId, s.shardCount) !== s.index)
            ctx.addIssue({
              code: 'custom',
              path: ['notes', i, 'companyId'],
              message: `a note of "${n.companyId}" does not belong in shard ${s.index}`,
            });
        });
      }),
    ),
);
export type Shard = z.infer<typeof Shard>;

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_SUFFIX = '.sig';
