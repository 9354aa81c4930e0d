/**
 * A list's root of trust, after The Update Framework (TUF): a small signed file that names the list (its
 * id and canonical URL), the keys that may sign its manifests, the keys that may sign the next root, a
 * version and an expiry. A client starts from a key pinned at build time (or entered by the user), and
 * follows the chain `2.root.json`, `3.root.json` … each signed by a root key of the one before it and
 * by one of its own. Shared by the publishing CLI (Node) and the extension's sync (browser).
 *
 * One publisher, one key per role: every threshold is 1 (TUF allows more; a list run by one person or
 * one CI job gains nothing from a threshold it cannot meet with independent key holders).
 */
import { z } from './zod';
import { Slug } from './schema';

export const ROOT_FILE = 'root.json';
/** Every root version stays published under its number, so a client can walk from any version it trusts. */
export const rootFile = (version: number) => `${version}.root.json`;
/** Roots are small; a client stops reading one past this. */
export const MAX_ROOT_BYTES = 64 << 10;
/** A client follows at most this many rotations in one sync (TUF's bound on the walk). */
export const MAX_ROOT_STEPS = 64;

/** Base64 of a raw 32-byte Ed25519 public key, as `data:keygen` writes it and WebCrypto imports it. */
export const PublicKey = z.lazy(() =>
  z.string().check(z.regex(/^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/, 'a base64 Ed25519 public key (32 bytes)')),
);

/**
 * The folder a list is served from, ending in "/": the canonical form of a list's URL, whether the
 * user typed the folder, the folder without its slash, or its manifest.json.
 */
export function listBaseUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  u.search = '';
  if (u.pathname.endsWith('.json')) u.pathname = u.pathname.slice(0, u.pathname.lastIndexOf('/') + 1);
  if (!u.pathname.endsWith('/')) u.pathname += '/';
  return u.href;
}

/** A list's canonical URL (its folder, ending in "/"). */
export const ListUrl = z.lazy(() =>
  z.string().check(
    z.refine((s) => {
      try {
        return listBaseUrl(s) === s;
      } catch {
        return false;
      }
    }, 'expected the list folder URL, ending in "/"'),
  ),
);

export const Root = z.lazy(() =>
  z.strictObject({
    type: z.literal('tieline-root'),
    version: z.number().check(z.int(), z.positive()),
    /** The publisher's name for the list: rollback protection is kept per list id (and pinned key). */
    listId: Slug,
    /** Where the list is served; a client subscribed at another URL refuses it. */
    url: ListUrl,
    expiresAt: z.iso.datetime(),
    /** May sign the next root (keep offline). */
    rootKeys: z.array(PublicKey).check(z.minLength(1), z.maxLength(8)),
    /** May sign manifests (the publishing job's key). */
    signingKeys: z.array(PublicKey).check(z.minLength(1), z.maxLength(8)),
  }),
);
export type Root = z.infer<typeof Root>;

/**
 * A signed file: the JSON text exactly as signed (so no canonical JSON is needed), and detached Ed25519
 * signatures of its UTF-8 bytes, each naming its key.
 */
export const SignedEnvelope = z.lazy(() =>
  z.strictObject({
    payload: z.string().check(z.maxLength(MAX_ROOT_BYTES)),
    signatures: z.array(z.strictObject({ key: PublicKey, sig: z.string().check(z.maxLength(200)) })).check(z.minLength(1), z.maxLength(16)),
  }),
);
export type SignedEnvelope = z.infer<typeof SignedEnvelope>;

/** Whether two key lists name the same keys (order aside): a change is a rotation. */
export const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k) => b.includes(k));
