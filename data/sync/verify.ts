/**
 * Nothing from a list is trusted until it is verified: the manifest's detached Ed25519 signature against
 * the list's pinned key, each shard's size and SHA-256 against the signed manifest, gzip that inflates
 * within bounds, JSON, and every record against the schema.
 */
import type { z } from 'zod';
import { formatIssues } from '../model/schema';
import { sha256Hex } from '../model/hash';
import { Shard, type ShardEntry } from '../model/manifest';
import type { ListShardRow } from '../store/db';
import { SyncError, sizeText } from './list';
import { OverLimit, readCapped } from './transport';

function fromBase64(s: string): Uint8Array {
  const bin = atob(s.trim());
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export async function verifySignature(publicKey: string, signature: Uint8Array, message: Uint8Array): Promise<boolean> {
  let key: CryptoKey;
  try {
    const raw = fromBase64(publicKey);
    if (raw.length !== 32) throw new Error('not 32 bytes');
    key = await crypto.subtle.importKey('raw', raw as BufferSource, { name: 'Ed25519' }, false, ['verify']);
  } catch {
    throw new SyncError('bad-key', "the list's public key is not a base64 Ed25519 key");
  }
  let sig: Uint8Array;
  try {
    sig = fromBase64(new TextDecoder().decode(signature));
  } catch {
    return false;
  }
  return crypto.subtle.verify({ name: 'Ed25519' }, key, sig as BufferSource, message as BufferSource);
}

/** gzip → UTF-8 text, stopping as soon as the output passes `maxBytes` (a "zip bomb" is cut off, not inflated). */
export async function gunzip(bytes: Uint8Array, maxBytes: number, what: string): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  let out: Uint8Array;
  try {
    out = await readCapped(stream, maxBytes);
  } catch (err) {
    if (err instanceof OverLimit) throw new SyncError('too-large', `${what} decompresses to over ${sizeText(maxBytes)}`);
    throw new SyncError('bad-gzip', `${what} is not valid gzip data (truncated or corrupt)`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(out);
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

export function invalid(what: string, input: unknown, error: z.ZodError): SyncError {
  return new SyncError('invalid', `${what} failed validation: ${formatIssues(input, error, 5).join('; ')}`);
}

/** A downloaded shard's bytes → its records, or a SyncError naming what is wrong with it. */
export async function verifyShard(
  bytes: Uint8Array,
  entry: ShardEntry,
  shardCount: number,
  listId: string,
  maxExpandedBytes: number,
): Promise<ListShardRow> {
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
  const raw = parseJson(await gunzip(bytes, maxExpandedBytes, what), what);
  const parsed = Shard.safeParse(raw);
  if (!parsed.success) throw invalid(what, raw, parsed.error);
  const s = parsed.data;
  if (s.index !== entry.index || s.shardCount !== shardCount)
    throw new SyncError('invalid', `${what} says it is shard ${s.index} of ${s.shardCount}`);
  return { listId, sha256: entry.sha256, index: s.index, agencies: s.agencies, companies: s.companies, notes: s.notes };
}
