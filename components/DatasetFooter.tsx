import type { ActiveDataset } from '@/data/model/state';
import { useI18n } from './i18n';

export function DatasetFooter({ dataset }: { dataset: ActiveDataset }) {
  const { t, fmt } = useI18n();
  const params = { version: dataset.version, date: fmt.date(dataset.generatedAt.slice(0, 10)) };
  return (
    <footer className="dataset" data-testid="dataset-version">
      {dataset.origin === 'bundled' ? t('footer.bundled', params) : t('footer.fromOrigin', { ...params, origin: dataset.origin })}
    </footer>
  );
}
