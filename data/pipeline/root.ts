/**
 * The publisher's side of a list's root of trust (see data/model/root.ts): writing the first root, and
 * rotating keys by signing the next root with the current root key. Every version stays in the folder as
 * `<N>.root.json`, and `root.json` is a copy of the newest, so any client can walk from the version it
 * trusts.
 */
import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_FILE, Root, SignedEnvelope, listBaseUrl, rootFile } from '../model/root';

export const toKey = (k: KeyObject | string): KeyObject => (typeof k === 'string' ? createPrivateKey(k) : k);

/** The raw 32-byte Ed25519 public key, in standard base64 (what builds pin and users enter). */
export function publicKeyOf(key: KeyObject | string): string {
  const k = toKey(key);
  const pub = k.type === 'private' ? createPublicKey(k) : k;
  return Buffer.from(pub.export({ format: 'jwk' }).x!, 'base64url').toString('base64');
}

/** Signs `payload`'s JSON text with every key given (each signature names its key). */
export function signEnvelope(payload: unknown, keys: readonly (KeyObject | string)[]): SignedEnvelope {
  const text = `${JSON.stringify(payload, null, 2)}\n`;
  const seen = new Set<string>();
  const signatures = keys
    .map(toKey)
    .filter((k) => {
      const pub = publicKeyOf(k);
      return !seen.has(pub) && !!seen.add(pub);
    })
    .map((k) => ({ key: publicKeyOf(k), sig: sign(null, Buffer.from(text), k).toString('base64') }));
  return { payload: text, signatures };
}

const writeEnvelope = (file: string, e: SignedEnvelope) => writeFileSync(file, `${JSON.stringify(e, null, 2)}\n`);

const days = (from: Date, n: number) => new Date(from.getTime() + n * 86_400_000).toISOString();

/** The newest root in a list folder, or undefined when the folder has none yet. */
export function readRoot(dir: string): Root | undefined {
  const file = join(dir, ROOT_FILE);
  if (!existsSync(file)) return undefined;
  const env = SignedEnvelope.parse(JSON.parse(readFileSync(file, 'utf8')));
  return Root.parse(JSON.parse(env.payload));
}

export interface NewRootOptions {
  listId: string;
  /** Where the list will be served (its folder URL). */
  url: string;
  rootKey: KeyObject | string;
  signingKeys: readonly (KeyObject | string)[];
  now?: Date;
  expiresInDays?: number;
}

/** Writes version 1 of a list's root, signed by its root key. */
export function createRoot(dir: string, opts: NewRootOptions): Root {
  if (existsSync(join(dir, ROOT_FILE))) throw new Error(`${join(dir, ROOT_FILE)} exists; use data:rotate-key to change keys`);
  const root = Root.parse({
    type: 'tieline-root',
    version: 1,
    listId: opts.listId,
    url: listBaseUrl(opts.url),
    expiresAt: days(opts.now ?? new Date(), opts.expiresInDays ?? 365),
    rootKeys: [publicKeyOf(opts.rootKey)],
    signingKeys: opts.signingKeys.map(publicKeyOf),
  });
  mkdirSync(dir, { recursive: true });
  const env = signEnvelope(root, [opts.rootKey]);
  writeEnvelope(join(dir, rootFile(1)), env);
  writeEnvelope(join(dir, ROOT_FILE), env);
  return root;
}

export interface RotateOptions {
  /** The current root key: it signs the new root, which is how clients come to trust it. */
  rootKey: KeyObject | string;
  /** New manifest signing keys (the old ones stop being trusted); unchanged when absent. */
  signingKeys?: readonly (KeyObject | string)[];
  /** A new root key (it signs the new root too, as TUF asks); unchanged when absent. */
  newRootKey?: KeyObject | string;
  now?: Date;
  expiresInDays?: number;
}

/**
 * Writes the next root version: new signing keys, a new root key, or (with neither) the same keys with
 * a later expiry. Refuses a root key the current root does not list.
 */
export function rotateRoot(dir: string, opts: RotateOptions): Root {
  const current = readRoot(dir);
  if (!current) throw new Error(`${join(dir, ROOT_FILE)} not found: publish the list once before rotating its keys`);
  const oldKey = publicKeyOf(opts.rootKey);
  if (!current.rootKeys.includes(oldKey))
    throw new Error(`the root key given is not a root key of ${ROOT_FILE} version ${current.version}`);
  const next = Root.parse({
    ...current,
    version: current.version + 1,
    expiresAt: days(opts.now ?? new Date(), opts.expiresInDays ?? 365),
    rootKeys: opts.newRootKey ? [publicKeyOf(opts.newRootKey)] : current.rootKeys,
    signingKeys: opts.signingKeys ? opts.signingKeys.map(publicKeyOf) : current.signingKeys,
  });
  const env = signEnvelope(next, [opts.rootKey, ...(opts.newRootKey ? [opts.newRootKey] : [])]);
  writeEnvelope(join(dir, rootFile(next.version)), env);
  writeEnvelope(join(dir, ROOT_FILE), env);
  return next;
}
