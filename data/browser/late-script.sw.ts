/**
 * What Chrome's service worker resolves ./late-script.ts to (wxt.config.ts): the code a wake-up that only sets
 * badges never runs (./late.ts: installs, syncs, whole lookups, the pages' requests, the name index) is a
 * script of its own, `/background-late.js` (entrypoints/background-late.ts), imported on its first use.
 *
 * Why: Chromium compiles a service worker's whole script and keeps its code in the worker's heap, run or not,
 * and most wake-ups only set badges (bench/results/2026-11-30-worker9.md, 2026-12-01-worker10.md). The late
 * script holds its own copy of the stateless code it uses (the model, the store's queries and writes, the
 * sync); the modules that hold the worker's state are not copied: it takes them from background.js through
 * `SHARED` below, set on the worker's global before the import, so both scripts see one database, one copy of
 * the data in use, one set of generation-switch listeners, one set of kept tab results and controls. The late
 * build resolves each of these modules to the entry of this registry (scripts/late-script.ts, whose list must
 * name the same modules: test/unit/browser/late-script.test.ts).
 *
 * A service worker may import a script after its installation only if it imported it while installing:
 * `keepLateScripts` imports both scripts in the `install` event (as store/dexie-script.cjs explains for Dexie's),
 * after the first install (./first-install.ts, a third script, `/background-install.js`, small and written
 * without Dexie): compiling Dexie's and the late script took ~100 ms that the data then waited for
 * (bench/results/2026-12-01-worker11.md). The spec lets a worker import new scripts until its install event's
 * `waitUntil` has settled, so they are imported at the end of it.
 */
import type * as api from './late';
import type { firstInstall } from './first-install';
import { dexieLibrary } from '../store/dexie.cjs';
import * as inUse from './in-use';
import { beganFirstInstall } from './in-use';
import * as tabResults from './tab-results';
import * as controls from './controls';
import * as settings from './settings';
import * as i18n from './i18n';
import * as switches from '../store/switch';
import * as marks from '../model/marks';

export type LateApi = typeof api;

/** The modules of background.js the late script uses instead of copies, by path from the project's root. */
export const SHARED: Record<string, object> = {
  'data/browser/in-use': inUse,
  'data/browser/tab-results': tabResults,
  'data/browser/controls': controls,
  'data/browser/settings': settings,
  'data/browser/i18n': i18n,
  'data/store/switch': switches,
  'data/model/marks': marks,
};

const SCRIPT = '/background-late.js';
const INSTALL_SCRIPT = '/background-install.js';

interface LateGlobals {
  __tielineShared?: Record<string, object>;
  __tielineLate?: LateApi;
  __tielineFirstInstall?: typeof firstInstall;
}

/**
 * `script`'s export, which it puts in `global`: the script imported on the first call, with the modules both
 * sides share (SHARED), so that its state is this script's.
 */
function imported<K extends '__tielineLate' | '__tielineFirstInstall'>(
  script: string,
  global: K,
  what: string,
): NonNullable<LateGlobals[K]> {
  const scope = globalThis as LateGlobals;
  if (!scope[global]) {
    scope.__tielineShared = SHARED;
    importScripts(script);
  }
  const defined = scope[global];
  if (!defined) throw new Error(`${script} did not define ${what}`);
  return defined;
}

/** The late script's code, imported on the first call. */
export const late = (): LateApi => imported(SCRIPT, '__tielineLate', "the background's late code");

/**
 * Whether the late script is already imported in this worker (the first install's event imports it, and any use
 * after): work done with it then loads no code, which a wake-up that only sets badges must not do.
 */
export const lateLoaded = (): boolean => !!(globalThis as LateGlobals).__tielineLate;

/** The first install's code (./first-install.ts), imported (in the install event only). */
const firstInstallScript = (): typeof firstInstall => imported(INSTALL_SCRIPT, '__tielineFirstInstall', 'the first install');

/** What a service worker's `install` event is (the DOM's lib types have no worker events). */
interface InstallEvent extends Event {
  waitUntil(done: Promise<unknown>): void;
}

/**
 * In the worker's `install` event: the first install (when the database does not exist yet), then the imports of
 * Dexie's script and the late script, so later wake-ups may import them. `installed` is called once the first
 * install's data is in use (not when it did not install).
 */
export function keepLateScripts(installed: () => void): void {
  globalThis.addEventListener('install', (event) => {
    const first = Promise.resolve()
      .then(() => firstInstallScript()())
      .then(
        (active) => {
          if (active) installed();
          return active !== undefined;
        },
        (err: unknown) => {
          // The install through Dexie starts over (./extension.ts): lost time, no lost data.
          console.error('Tieline: the first install without Dexie failed; installing through Dexie', err);
          return false;
        },
      );
    beganFirstInstall(first);
    (event as InstallEvent).waitUntil(
      first.then(() => {
        dexieLibrary();
        late();
      }),
    );
  });
}
