import type { ActiveDataset } from '@/data/model/state';
import { formatDate } from '@/data/model/format';

export function DatasetFooter({ dataset }: { dataset: ActiveDataset }) {
  return (
    <footer className="dataset" data-testid="dataset-version">
      Data as of version {dataset.version} ({formatDate(dataset.generatedAt.slice(0, 10))})
      {dataset.origin === 'bundled' ? ', bundled with the extension' : `, from ${dataset.origin}`}. Matching runs on your device.
    </footer>
  );
}
