/**
 * npm run -s data:rotate-key -- --site <dir> --root-key <current-root-key.pem>
 *   [--signing-key <new-signing-key.pem>] [--new-root-key <new-root-key.pem>] [--expires-days N]
 * Writes the list's next root (`<N+1>.root.json` and `root.json`), signed with the current root key (and
 * the new root key, when there is one). Clients follow it and then trust only the new signing key; after
 * a signing key was stolen, this is also how a list recovers (clients drop versions the thief inflated).
 * With neither new key, it renews the root's expiry.
 */
import { readFileSync } from 'node:fs';
import { rotateRoot } from '../data/pipeline/root';
import { fail, runCli, runMain, type Io } from './cli';

const OPTIONS = ['--site', '--root-key', '--signing-key', '--new-root-key', '--expires-days'];

const readKey = (file: string, what: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    fail(`cannot read the ${what}: ${(err as Error).message}`);
  }
};

export async function main(args: string[], io: Io): Promise<number> {
  const opts: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const k = args[i]!;
    if (!OPTIONS.includes(k)) fail(`unknown option ${k}`);
    opts[k] = args[i + 1] ?? fail(`${k} needs a value`);
  }
  const site = opts['--site'];
  const rootKeyFile = opts['--root-key'];
  if (!site || !rootKeyFile)
    fail('usage: data:rotate-key --site <dir> --root-key <current-root-key.pem> [--signing-key <new.pem>] [--new-root-key <new.pem>]');
  const days = opts['--expires-days'] ? Number(opts['--expires-days']) : undefined;
  if (days !== undefined && !(days > 0)) fail('--expires-days must be a positive number');
  let root;
  try {
    root = rotateRoot(site, {
      rootKey: readKey(rootKeyFile, 'root key'),
      ...(opts['--signing-key'] ? { signingKeys: [readKey(opts['--signing-key'], 'new signing key')] } : {}),
      ...(opts['--new-root-key'] ? { newRootKey: readKey(opts['--new-root-key'], 'new root key') } : {}),
      ...(days ? { expiresInDays: days } : {}),
    });
  } catch (err) {
    fail((err as Error).message);
  }
  io.stdout(
    `root version ${root.version} of list "${root.listId}" written to ${site} (expires ${root.expiresAt}); ` +
      `publish next with ${opts['--signing-key'] ? 'the new signing key' : 'the same signing key'}\n`,
  );
  return 0;
}

export const run = (args: string[], io: Io) => runMain('data:rotate-key', main, args, io);
await runCli(import.meta, 'data:rotate-key', main);
