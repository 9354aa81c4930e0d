/**
 * How far the first install of the dataset has got, for pages opened meanwhile ("Preparing data… 42%").
 * Only the background installs; it writes the percentage here as it goes, and pages watch the item. In
 * `storage.session`: it is about this browser session only, is never synced, and is gone after a restart.
 */
import { storage } from 'wxt/utils/storage';
import type { InstallProgress } from '../model/state';

export type { InstallProgress };

export const installProgress = storage.defineItem<InstallProgress | null>('session:installProgress', { fallback: null });

/** A reporter for one install: writes each new whole percentage once, and ignores storage errors. */
export function progressReporter(): { report: (percent: number) => void; finish: (err?: unknown) => Promise<void> } {
  let last = -1;
  const write = (v: InstallProgress | null) => installProgress.setValue(v).catch(() => undefined);
  return {
    report: (percent) => {
      const p = Math.max(0, Math.min(100, Math.round(percent)));
      if (p === last) return;
      last = p;
      void write({ percent: p });
    },
    finish: (err) => write(err === undefined ? null : { failed: String(err) }),
  };
}
