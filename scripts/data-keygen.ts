/**
 * npm run -s data:keygen -- --out <dir> — writes the Ed25519 keys a list needs: a root key (signs the
 * list's root of trust; keep it offline), a signing key (signs each published manifest; the publishing
 * job holds it) and the root's public key (what builds pin and users enter).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeys } from '../data/pipeline/publish';
import { fail, runCli, runMain, type Io } from './cli';

export const ROOT_KEY_FILE = 'tieline-root-key.pem';
export const SIGNING_KEY_FILE = 'tieline-signing-key.pem';
export const PUBLIC_KEY_FILE = 'tieline-public-key.txt';

export async function main(args: string[], io: Io): Promise<number> {
  const at = args.indexOf('--out');
  const out = at >= 0 ? args[at + 1] : undefined;
  if (!out || args.length !== 2) fail('usage: data:keygen --out <dir>');
  const files = [ROOT_KEY_FILE, SIGNING_KEY_FILE, PUBLIC_KEY_FILE].map((f) => join(out, f));
  const existing = files.find((f) => existsSync(f));
  if (existing) fail(`${existing} exists; refusing to overwrite a signing key`);
  mkdirSync(out, { recursive: true });
  const root = generateKeys();
  const signing = generateKeys();
  writeFileSync(files[0]!, root.privatePem, { mode: 0o600 });
  writeFileSync(files[1]!, signing.privatePem, { mode: 0o600 });
  writeFileSync(files[2]!, `${root.publicKeyBase64}\n`);
  io.stdout(
    `root key:    ${files[0]} (signs the list's root of trust; keep it offline)\n` +
      `signing key: ${files[1]} (signs each published manifest)\n` +
      `public key:  ${files[2]} (the root's; pin it in builds as WXT_DATASET_PUBLIC_KEY, give it to subscribers)\n` +
      `${root.publicKeyBase64}\n`,
  );
  return 0;
}

export const run = (args: string[], io: Io) => runMain('data:keygen', main, args, io);
await runCli(import.meta, 'data:keygen', main);
