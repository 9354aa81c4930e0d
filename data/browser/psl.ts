/**
 * The public suffix list in the service worker, loaded as data when first needed. The worker's script holds
 * no tldts (wxt.config.ts; data/model/psl.cjs says why), so whatever in it computes a registrable domain the
 * badge's walk cannot (data/model/known-site.ts) — a typed domain, URL or email address, the popup's site
 * when the data has no company for it, a sync's validation of a list, a tab on a host under amazonaws.com —
 * runs inside `withPsl`: it fetches the build's `psl.json` (tldts's own trie, 120 KB; 2–4 ms), installs it
 * for `psl()` and drops it IDLE_MS after the last such job has ended. Elsewhere (pages, Node, the unit tests) tldts answers and `withPsl` just runs the job.
 */
import { browser } from 'wxt/browser';
import { pslAvailable, usePsl } from '../model/psl.cjs';
import { pslFromTrie, type PslTrie } from '../model/psl-trie';

/** The list is dropped this long after the last job that needed it (a sync's validation takes seconds). */
export const IDLE_MS = 60_000;
const FILE = '/psl.json';

let loading: Promise<void> | undefined;
let running = 0;
let idle: ReturnType<typeof setTimeout> | undefined;

function load(): Promise<void> {
  const reading = (loading ??= (async () => {
    // Written by the build (wxt.config.ts), so not among the public files WXT types.
    const res = await fetch((browser.runtime.getURL as (path: string) => string)(FILE));
    if (!res.ok) throw new Error(`the public suffix list (${FILE}) could not be read: HTTP ${res.status}`);
    usePsl(pslFromTrie((await res.json()) as PslTrie));
  })());
  // Nothing kept from a failed read: the next job tries again.
  reading.catch(() => {
    if (loading === reading) loading = undefined;
  });
  return reading;
}

/** Runs `job` with the public suffix list loaded (see above); `psl()` answers until the job has settled. */
export async function withPsl<T>(job: () => T | Promise<T>): Promise<T> {
  if (!loading && pslAvailable()) return job();
  running++;
  clearTimeout(idle);
  try {
    await load();
    return await job();
  } finally {
    if (--running === 0) {
      idle = setTimeout(() => {
        if (running) return;
        usePsl(undefined);
        loading = undefined;
      }, IDLE_MS);
    }
  }
}
