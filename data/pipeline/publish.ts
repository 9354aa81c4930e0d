/**
 * Publishing (Node): split a dataset into shards by company id, gzip them deterministically, write a
 * manifest (naming the list's id and URL from its root) and its detached Ed25519 signature by a signing
 * key the root trusts. Any static host can serve the folder.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Dataset } from '../model/schema';
import { SCHEMA_VERSION } from '../model/schema';
import { MANIFEST_FILE, MIN_SHARDS, SIGNATURE_SUFFIX, shardOf, type Manifest, type Shard } from '../model/manifest';
import { ROOT_FILE } from '../model/root';
import { createRoot, publicKeyOf, readRoot, toKey } from './root';

export function generateKeys(): { privatePem: string; publicKeyBase64: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    // The raw 32-byte public key, as WebCrypto imports it ("raw" format), in standard base64.
    publicKeyBase64: Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('base64'),
  };
}

export interface BuiltShard {
  index: number;
  path: string;
  bytes: Buffer;
  sha256: string;
}

/** Splits records by company id. gzip output carries no timestamp, so the same input gives the same bytes. */
export function buildShards(d: Dataset, shardCount = MIN_SHARDS): BuiltShard[] {
  if (!Number.isInteger(shardCount) || shardCount < MIN_SHARDS) throw new Error(`at least ${MIN_SHARDS} shards`);
  const shards: Shard[] = Array.from({ length: shardCount }, (_, index) => ({
    schemaVersion: SCHEMA_VERSION,
    index,
    shardCount,
    agencies: index === 0 ? d.agencies : [],
    companies: [],
    notes: [],
  }));
  for (const c of d.companies) shards[shardOf(c.id, shardCount)]!.companies.push(c);
  for (const n of d.notes) shards[shardOf(n.companyId, shardCount)]!.notes.push(n);
  return shards.map((s) => {
    const bytes = gzipSync(Buffer.from(JSON.stringify(s)), { level: 9 });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // Content-addressed names: a CDN may cache shards forever; only the manifest changes.
    return { index: s.index, path: `shards/${String(s.index).padStart(3, '0')}-${sha256.slice(0, 16)}.json.gz`, bytes, sha256 };
  });
}

export interface PublishOptions {
  outDir: string;
  /** The manifest signing key; the list's root must name it. */
  privateKey: KeyObject | string;
  /** For a folder without a root yet: the root to create (version 1). */
  root?: { listId: string; url: string; rootKey: KeyObject | string; expiresInDays?: number };
  publishedAt?: Date;
  /** How long clients may keep using this manifest before treating the list as frozen. */
  expiresInDays?: number;
  shardCount?: number;
}

export function publish(d: Dataset, opts: PublishOptions): { manifest: Manifest; shards: BuiltShard[] } {
  const key = toKey(opts.privateKey);
  const publishedAt = opts.publishedAt ?? new Date();
  let root = readRoot(opts.outDir);
  if (!root) {
    if (!opts.root) throw new Error(`${join(opts.outDir, ROOT_FILE)} not found: give the list id, its URL and a root key to create it`);
    root = createRoot(opts.outDir, { ...opts.root, signingKeys: [key], now: publishedAt });
  }
  if (!root.signingKeys.includes(publicKeyOf(key)))
    throw new Error(`the signing key is not one that ${ROOT_FILE} version ${root.version} trusts (rotate keys with data:rotate-key)`);
  const shards = buildShards(d, opts.shardCount);
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    listId: root.listId,
    url: root.url,
    version: d.version,
    generatedAt: d.generatedAt,
    publishedAt: publishedAt.toISOString(),
    expiresAt: new Date(publishedAt.getTime() + (opts.expiresInDays ?? 30) * 86_400_000).toISOString(),
    shardCount: shards.length,
    shards: shards.map((s) => ({ index: s.index, path: s.path, sha256: s.sha256, size: s.bytes.length })),
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  mkdirSync(join(opts.outDir, 'shards'), { recursive: true });
  for (const s of shards) writeFileSync(join(opts.outDir, s.path), s.bytes);
  writeFileSync(join(opts.outDir, MANIFEST_FILE), manifestBytes);
  writeFileSync(join(opts.outDir, MANIFEST_FILE + SIGNATURE_SUFFIX), `${sign(null, manifestBytes, key).toString('base64')}\n`);
  return { manifest, shards };
}
