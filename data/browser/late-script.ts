/**
 * The background's code a wake-up that only sets badges never runs (./late.ts), as the background reaches it:
 * bundled with it here (Firefox's background page, tests). Chrome's service worker resolves this file to
 * ./late-script.sw.ts (wxt.config.ts), where that code is a script of its own, loaded on first use.
 */
import * as api from './late';

export type LateApi = typeof api;

/** The code above, ready to call. */
export const late = (): LateApi => api;

/** Bundled, so always loaded (./late-script.sw.ts: whether the worker imported it yet). */
export const lateLoaded = (): boolean => true;

/**
 * Nothing to keep here: what a service worker must import while it installs (Dexie's script and the late script,
 * ./late-script.sw.ts) is bundled in a background page, and no `install` event comes to one; nor is there a
 * first install without Dexie (./first-install.ts) before `runtime.onInstalled`'s.
 */
export const keepLateScripts = (_installed: () => void): void => undefined;
