/** npm run -s data:keygen -- --out <dir> — writes an Ed25519 key pair for signing published lists. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeys } from '../data/pipeline/publish';

const args = process.argv.slice(2);
const at = args.indexOf('--out');
const out = at >= 0 ? args[at + 1] : undefined;
if (!out || args.length !== 2) {
  console.error('data:keygen: usage: data:keygen --out <dir>');
  process.exit(2);
}
const priv = join(out, 'tieline-signing-key.pem');
const pub = join(out, 'tieline-public-key.txt');
if (existsSync(priv)) {
  console.error(`data:keygen: ${priv} exists; refusing to overwrite a signing key`);
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const keys = generateKeys();
writeFileSync(priv, keys.privatePem, { mode: 0o600 });
writeFileSync(pub, `${keys.publicKeyBase64}\n`);
console.log(`private key: ${priv} (keep it secret)\npublic key:  ${pub}\n${keys.publicKeyBase64}`);
