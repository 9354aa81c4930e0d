import { useEffect, useState } from 'react';
import { installProgress, type InstallProgress } from '@/data/browser/install-progress';

/** How far the background's install of the dataset has got, live; null when none is running. */
export function useInstallProgress(): InstallProgress | null {
  const [progress, setProgress] = useState<InstallProgress | null>(null);
  useEffect(() => {
    let live = true;
    void installProgress.getValue().then((v) => live && setProgress(v));
    const unwatch = installProgress.watch((v) => setProgress(v));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return progress;
}
