import type { InstallProgress } from '@/data/model/state';
import { useI18n } from './i18n';

/** "Preparing data… 42%" while the background installs the dataset, instead of a bare "Loading…". */
export function Preparing({ progress, heading = true }: { progress: InstallProgress | null; heading?: boolean }) {
  const { t } = useI18n();
  const text = !progress
    ? t('common.loading')
    : 'failed' in progress
      ? t('common.loadFailed', { error: progress.failed })
      : t('common.preparing', { percent: progress.percent });
  const Tag = heading ? 'h1' : 'p';
  return (
    <div className="preparing" data-testid="preparing">
      <Tag className="muted" aria-live="polite">
        {text}
      </Tag>
      {progress && 'percent' in progress && <progress max={100} value={progress.percent} aria-label={t('common.preparingLabel')} />}
    </div>
  );
}
