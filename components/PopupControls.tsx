import { useI18n } from './i18n';

export interface PopupControlsProps {
  /** The site the pause applies to; absent on pages that are not web sites. */
  site?: string | undefined;
  paused: boolean;
  snoozedUntil?: number | undefined;
  onPause: (paused: boolean) => void;
  onSnooze: (choice: 'hour' | 'day' | 'off') => void;
}

/** Pause on this site, snooze everywhere for an hour or a day (uBlock Origin's and Privacy Badger's model). */
export function PopupControls({ site, paused, snoozedUntil, onPause, onSnooze }: PopupControlsProps) {
  const { t, fmt } = useI18n();
  return (
    <section className="controls" aria-label={t('controls.label')}>
      {site && (
        <button type="button" data-testid="pause-site" aria-pressed={paused} onClick={() => onPause(!paused)}>
          {paused ? t('controls.resumeSite', { site }) : t('controls.pauseSite', { site })}
        </button>
      )}
      {snoozedUntil ? (
        <button type="button" data-testid="snooze-off" onClick={() => onSnooze('off')}>
          {t('controls.unsnooze', { until: fmt.time(snoozedUntil) })}
        </button>
      ) : (
        <span className="snooze">
          {t('controls.snooze')}{' '}
          <button type="button" data-testid="snooze-hour" onClick={() => onSnooze('hour')}>
            {t('controls.hour')}
          </button>{' '}
          <button type="button" data-testid="snooze-day" onClick={() => onSnooze('day')}>
            {t('controls.day')}
          </button>
        </span>
      )}
    </section>
  );
}
