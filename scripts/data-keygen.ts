/** npm run -s data:keygen -- --out <dir> — writes an Ed25519 key pair for signing published lists. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeys } from '../data/pipeline/publish';
import { fail, runCli, runMain, type Io } from './cli';

export async function main(args: string[], io: Io): Promise<number> {
  const at = args.indexOf('--out');
  const out = at >= 0 ? args[at + 1] : undefined;
  if (!out || args.length !== 2) fail('usage: data:keygen --out <dir>');
  const priv = join(out, 'tieline-signing-key.pem');
  const pub = join(out, 'tieline-public-key.txt');
  if (existsSync(priv)) fail(`${priv} exists; refusing to overwrite a signing key`);
  mkdirSync(out, { recursive: true });
  const keys = generateKeys();
  writeFileSync(priv, keys.privatePem, { mode: 0o600 });
  writeFileSync(pub, `${keys.publicKeyBase64}\n`);
  io.stdout(`private key: ${priv} (keep it secret)\npublic key:  ${pub}\n${keys.publicKeyBase64}\n`);
  return 0;
}

export const run = (args: string[], io: Io) => runMain('data:keygen', main, args, io);
await runCli(import.meta, 'data:keygen', main);
