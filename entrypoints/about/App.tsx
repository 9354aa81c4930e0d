import { useEffect, useState } from 'react';
import { AboutPage } from '@/components/about/AboutPage';
import { datasetReady } from '@/data/browser/messages';
import type { ActiveDataset } from '@/data/model/state';

/** The about and methodology page: what the data covers, its sources and credits, how it is read. */
export function App() {
  const [dataset, setDataset] = useState<ActiveDataset | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    datasetReady().then(setDataset, (err: unknown) => setError(String(err)));
  }, []);
  // The popup links to #coverage; the section exists only once the page has rendered.
  useEffect(() => {
    if (dataset && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [dataset]);
  return <AboutPage dataset={dataset} error={error} />;
}
