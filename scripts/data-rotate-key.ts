/**
 * npm run -s data:rotate-key -- --site <dir> --root-key <current-root-key.pem>
 *   [--signing-key <new-signing-key.pem>] [--new-root-key <new-root-key.pem>] [--expires-days N]
 * Writes the list's next root (`<N+1>.root.json` and `root.json`), signed with the current root key (and
 * the new root key, when there is one). Clients follow it and then trust only the new signing key; after
 * a signing key was stolen, this is also how a list recovers (clients drop versions the thief inflated).
 * With neither new key, it renews the root's expiry.
 */
import { rotateRoot } from '../data/pipeline/root';
import { fail, readNeeded, runCli, runMain, valueOptions, type Io } from './cli';

const OPTIONS = ['--site', '--root-key', '--signing-key', '--new-root-key', '--expires-days'];

export async function main(args: string[], io: Io): Promise<number> {
  const opts = valueOptions(args, OPTIONS);
  const site = opts['--site'];
  const rootKeyFile = opts['--root-key'];
  if (!site || !rootKeyFile)
    fail('usage: data:rotate-key --site <dir> --root-key <current-root-key.pem> [--signing-key <new.pem>] [--new-root-key <new.pem>]');
  const days = opts['--expires-days'] ? Number(opts['--expires-days']) : undefined;
  if (days !== undefined && !(days > 0)) fail('--expires-days must be a positive number');
  let root;
  try {
    root = rotateRoot(site, {
      rootKey: readNeeded(rootKeyFile, 'root key'),
      ...(opts['--signing-key'] ? { signingKeys: [readNeeded(opts['--signing-key'], 'new signing key')] } : {}),
      ...(opts['--new-root-key'] ? { newRootKey: readNeeded(opts['--new-root-key'], 'new root key') } : {}),
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
