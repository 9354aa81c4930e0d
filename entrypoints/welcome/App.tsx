import { useEffect, useState } from 'react';
import { WelcomePage } from '@/components/welcome/WelcomePage';
import { datasetReady } from '@/data/browser/messages';
import { openLookupPage } from '@/data/browser/menus';
import { openPage } from '@/data/browser/pages';
import { browser } from 'wxt/browser';
import { useInstallProgress } from '@/hooks/useInstallProgress';
import type { ActiveDataset } from '@/data/model/state';

/** The first-run page, opened on install; it shows the install's progress until the data is ready. */
export function App() {
  const progress = useInstallProgress();
  const [dataset, setDataset] = useState<ActiveDataset | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    datasetReady().then(setDataset, (err: unknown) => setError(String(err)));
  }, []);
  return (
    <WelcomePage
      progress={progress}
      dataset={dataset}
      error={error}
      onLookup={() => void openLookupPage()}
      onSettings={() => void browser.runtime.openOptionsPage()}
      onAbout={() => void openPage('/about.html')}
    />
  );
}
