import type { ActiveDataset } from '@/data/model/state';
import type { Freshness, FreshnessWarning } from '@/data/model/freshness';
import type { I18n } from '@/data/model/i18n';
import { listLabel } from '@/data/model/url-text';
import { useI18n } from './i18n';

function warningText({ t, fmt }: I18n, w: FreshnessWarning): string {
  if (w.kind === 'expired') return t('footer.expired', { list: listLabel(w.url), date: fmt.date(w.expiredAt.slice(0, 10)) });
  return t('footer.stale', { list: listLabel(w.url), date: fmt.date(w.lastSuccessAt.slice(0, 10)), days: w.validDays });
}

/** Where the data comes from, how old it is, and a warning when a list in use expired or stopped syncing. */
export function DatasetFooter({ dataset, freshness }: { dataset: ActiveDataset; freshness: Freshness }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const age = freshness.ageDays > 0 ? t('footer.ageDays', { count: freshness.ageDays }) : t('footer.ageToday');
  const params = { version: dataset.version, date: t('footer.dateAge', { date: fmt.date(freshness.asOf), age }) };
  const lists = dataset.lists ?? [];
  return (
    <footer className="dataset" data-testid="dataset-version">
      {freshness.warnings.map((w) => (
        <p key={w.url} className="warning" role="alert" data-testid="data-warning">
          {warningText(i18n, w)}
        </p>
      ))}
      <p data-testid="data-age" data-age-days={freshness.ageDays}>
        {lists.length
          ? t('footer.fromOrigin', { ...params, origin: fmt.list(lists.map((l) => listLabel(l.url))) })
          : t('footer.bundled', params)}
      </p>
    </footer>
  );
}
