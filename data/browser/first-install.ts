/**
 * The service worker's first install: the packaged dataset read, checked and written without Dexie
 * (data/store/first-write.ts says why), on a database this install creates. In Chrome's service worker it is
 * a script of its own, `background-install.js` (entrypoints/background-install.ts), that the worker's
 * `install` event imports and runs before it imports Dexie's script and the late one
 * (./late-script.sw.ts); anything but a fresh database is left to the install through Dexie (./extension.ts),
 * which waits for this one (./in-use.ts, `afterFirstInstall`).
 */
import { checkBundle } from '../store/bundle';
import { createDatabase, writeFirstGeneration } from '../store/first-write';
import { INSTALL_STEPS } from '../store/install-steps';
import { generationSwitched } from '../store/switch';
import type { ActiveDataset } from '../model/state';
import { progressReporter } from './install-progress';
import { openPackaged, readChecksum } from './packaged';

/**
 * Installs the packaged dataset if the extension's database does not exist yet: resolves with what
 * `meta.active` says once the data is in use, or undefined when the database existed (nothing read or written
 * then beyond the files, which are dropped). Rejects when the install fails (the database then holds no data
 * in use, and the install through Dexie starts over).
 */
export async function firstInstall(): Promise<ActiveDataset | undefined> {
  // The files are read and hashed while the database is created (a fresh install needs both for certain).
  const opening = openPackaged();
  const checksum = readChecksum();
  // Their failures are reported where they are awaited, or not at all when the database existed.
  opening.catch(() => undefined);
  checksum.catch(() => undefined);
  const db = await createDatabase();
  if (!db) return undefined;
  // Pages opened meanwhile show how far the install is (./install-progress.ts), as with the install through Dexie.
  const progress = progressReporter();
  try {
    const opened = await opening;
    progress.report(INSTALL_STEPS.read);
    const bundle = await checkBundle(opened, await checksum);
    progress.report(INSTALL_STEPS.checked);
    const active = await writeFirstGeneration(db, bundle, opened.startedAt);
    generationSwitched();
    // The data is in use now: pages hear that the install is over without holding up what waits for it.
    void progress.finish();
    return active;
  } catch (err) {
    await progress.finish(err);
    throw err;
  } finally {
    db.close();
  }
}
