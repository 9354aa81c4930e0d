import type { ActiveDataset, InstallProgress } from '@/data/model/state';
import { coverageSentence } from '@/data/model/coverage';
import { CONTRACT_COLOR, DOT, LABOR_COLOR, RESOLD_COLOR } from '@/data/model/badge';
import { MAX_ROWS } from '@/data/model/list-input';
import { Preparing } from '../Preparing';
import { useI18n } from '../i18n';

export interface WelcomePageProps {
  progress: InstallProgress | null;
  /** The data in use, once installed. */
  dataset: ActiveDataset | null;
  error: string | null;
  onLookup: () => void;
  onSettings: () => void;
  onAbout: () => void;
}

/**
 * The first-run page: what the badge means, why Tieline asks for the `tabs` permission (shown by browsers
 * as "read your browsing history"), what never leaves the device, where the data comes from, and the three
 * ways to use it.
 */
export function WelcomePage({ progress, dataset, error, onLookup, onSettings, onAbout }: WelcomePageProps) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const swatch = (color: string, text: string) => (
    <span className="swatch" style={{ background: color }} aria-hidden="true">
      {text}
    </span>
  );
  return (
    <main className="page welcome">
      <h1>{t('welcome.title')}</h1>
      <p className="lead">{t('welcome.lead')}</p>
      <section className="status" aria-live="polite" data-testid="welcome-status">
        {error ? (
          <p className="error" role="alert">
            {t('common.loadFailed', { error })}
          </p>
        ) : dataset ? (
          <p data-testid="welcome-ready">
            {t('welcome.ready', { companies: fmt.number(dataset.counts.companies), notes: fmt.number(dataset.counts.notes) })}
          </p>
        ) : (
          <Preparing progress={progress} heading={false} />
        )}
      </section>

      <h2>{t('welcome.badgeHeading')}</h2>
      <ul className="legend">
        <li>
          {swatch(CONTRACT_COLOR, '2')} {t('welcome.badgeNumber')}
        </li>
        <li>
          {swatch(RESOLD_COLOR, '1')} {t('welcome.badgeResold')}
        </li>
        <li>
          {swatch(LABOR_COLOR, DOT)} {t('welcome.badgeDot')}
        </li>
        <li>{t('welcome.badgeNone')}</li>
      </ul>

      <h2>{t('welcome.permissionHeading')}</h2>
      <p>{t('welcome.permission')}</p>

      <h2>{t('welcome.privacyHeading')}</h2>
      <p>{t('welcome.privacy')}</p>

      <h2>{t('welcome.dataHeading')}</h2>
      <p>
        {dataset ? coverageSentence(dataset.coverage, i18n) : t('coverage.unknown')}{' '}
        <button type="button" className="link inline" onClick={onAbout}>
          {t('coverage.link')}
        </button>
      </p>

      <h2>{t('welcome.waysHeading')}</h2>
      <ol className="ways">
        <li>{t('welcome.wayBadge')}</li>
        <li>{t('welcome.wayLookup')}</li>
        <li>{t('welcome.wayList', { max: fmt.number(MAX_ROWS) })}</li>
      </ol>
      <p className="actions">
        <button type="button" onClick={onLookup}>
          {t('common.lookupLink')}
        </button>{' '}
        <button type="button" onClick={onSettings}>
          {t('common.settings')}
        </button>
      </p>
    </main>
  );
}
