/**
 * Nothing from a list is trusted until it is verified: each root's signatures against the root before it
 * (the first against the pinned key), the manifest's detached Ed25519 signature against the root's
 * signing keys, each shard's size and SHA-256 against the signed manifest, gzip that inflates within
 * bounds, JSON, and every record against the schema.
 */
import type { z } from '../model/zod';
import { formatIssues } from '../model/schema';
import { sha256Hex } from '../model/hash';
import { Shard, type ShardEntry } from '../model/manifest';
import { Root, SignedEnvelope } from '../model/root';
import type { ListShardRow } from '../store/db';
import { SyncError, sizeText } from './list';
import { OverLimit, readCapped } from '../model/capped-read';

function fromBase64(s: string): Uint8Array {
  const bin = atob(s.trim());
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

function rawKey(publicKey: string): Uint8Array {
  try {
    const raw = fromBase64(publicKey);
    if (raw.length === 32) return raw;
  } catch {
    /* reported below */
  }
  throw new SyncError('bad-key', "the list's public key is not a base64 Ed25519 key");
}

/** A key's fingerprint: the first 16 hex digits of the SHA-256 of its raw bytes (names trust records). */
export async function keyFingerprint(publicKey: string): Promise<string> {
  return (await sha256Hex(rawKey(publicKey))).slice(0, 16);
}

/** Whether `signature` (base64 text) is `publicKey`'s Ed25519 signature of `message`. */
export async function verifySignature(publicKey: string, signature: Uint8Array | string, message: Uint8Array): Promise<boolean> {
  const key = await crypto.subtle.importKey('raw', rawKey(publicKey) as BufferSource, { name: 'Ed25519' }, false, ['verify']);
  let sig: Uint8Array;
  try {
    sig = fromBase64(typeof signature === 'string' ? signature : new TextDecoder().decode(signature));
  } catch {
    return false;
  }
  return crypto.subtle.verify({ name: 'Ed25519' }, key, sig as BufferSource, message as BufferSource);
}

/** Whether any of `keys` made `signature` (a detached signature: threshold 1). */
export async function signedByAny(keys: readonly string[], signature: Uint8Array, message: Uint8Array): Promise<boolean> {
  for (const k of keys) if (await verifySignature(k, signature, message)) return true;
  return false;
}

/** Whether an envelope carries a valid signature by one of `keys`. */
export async function envelopeSignedBy(env: SignedEnvelope, keys: readonly string[]): Promise<boolean> {
  const message = new TextEncoder().encode(env.payload);
  for (const s of env.signatures) if (keys.includes(s.key) && (await verifySignature(s.key, s.sig, message))) return true;
  return false;
}

/** A root file's bytes → its envelope and the root it carries (signatures are checked by the caller). */
export function parseRootFile(bytes: Uint8Array, what: string): { env: SignedEnvelope; root: Root } {
  const raw = parseJson(bytes, what);
  const env = SignedEnvelope.safeParse(raw);
  if (!env.success) throw invalid(what, raw, env.error);
  const payload = parseJson(env.data.payload, what);
  const root = Root.safeParse(payload);
  if (!root.success) throw invalid(what, payload, root.error);
  return { env: env.data, root: root.data };
}

/** gzip → UTF-8 text, stopping as soon as the output passes `maxBytes` (a "zip bomb" is cut off, not inflated). */
export async function gunzip(bytes: Uint8Array, maxBytes: number, what: string): Promise<{ text: string; size: number }> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  let out: Uint8Array;
  try {
    out = await readCapped(stream, maxBytes);
  } catch (err) {
    if (err instanceof OverLimit) throw new SyncError('too-large', `${what} decompresses to over ${sizeText(maxBytes)}`);
    throw new SyncError('bad-gzip', `${what} is not valid gzip data (truncated or corrupt)`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(out), size: out.byteLength };
  } catch {
    throw new SyncError('bad-gzip', `${what} is not UTF-8 text`);
  }
}

export function parseJson(bytes: Uint8Array | string, what: string): unknown {
  const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    const looksHtml = /^\s*</.test(text);
    throw new SyncError('not-json', `${what} is not JSON${looksHtml ? ' (the server sent an HTML page)' : ''}`);
  }
}

export function invalid(what: string, input: unknown, error: z.core.$ZodError): SyncError {
  return new SyncError('invalid', `${what} failed validation: ${formatIssues(input, error, 5).join('; ')}`);
}

/** A downloaded shard's bytes → its records and decompressed size, or a SyncError naming what is wrong with it. */
export async function verifyShard(
  bytes: Uint8Array,
  entry: ShardEntry,
  shardCount: number,
  listId: string,
  maxExpandedBytes: number,
): Promise<{ row: ListShardRow; expandedBytes: number }> {
  const what = `shard ${entry.index}`;
  if (bytes.byteLength !== entry.size) {
    throw new SyncError(
      'truncated',
      `${what} has ${bytes.byteLength} bytes where the manifest promises ${entry.size} (truncated download?)`,
    );
  }
  if ((await sha256Hex(bytes)) !== entry.sha256) {
    throw new SyncError('checksum', `${what}'s SHA-256 does not match the signed manifest: the file was altered or corrupted`);
  }
  const { text, size } = await gunzip(bytes, maxExpandedBytes, what);
  const raw = parseJson(text, what);
  const parsed = Shard.safeParse(raw);
  if (!parsed.success) throw invalid(what, raw, parsed.error);
  const s = parsed.data;
  if (s.index !== entry.index || s.shardCount !== shardCount)
    throw new SyncError('invalid', `${what} says it is shard ${s.index} of ${s.shardCount}`);
  return {
    row: { listId, sha256: entry.sha256, index: s.index, agencies: s.agencies, companies: s.companies, notes: s.notes },
    expandedBytes: size,
  };
}
