/**
 * Who hears a switch of the data in use (./generations.ts, `commitGeneration`). A module of its own, without
 * Dexie or the generations' writes, because the service worker's badge code listens here and its install and
 * sync code (a script of its own there: data/browser/late-script.sw.ts) switches: both must reach this one set.
 */
const switchListeners = new Set<() => void>();

/**
 * Calls `listener` each time this context switches the data in use (an install, a sync), right after the
 * switch and before the old generation is deleted: what a context keeps of the data in use (the
 * background's domain map) is dropped then. Only the background writes generations.
 */
export function onGenerationSwitch(listener: () => void): () => void {
  switchListeners.add(listener);
  return () => switchListeners.delete(listener);
}

/** Tells every listener that the data in use was switched (called by `commitGeneration` only). */
export function generationSwitched(): void {
  for (const listener of switchListeners) listener();
}
