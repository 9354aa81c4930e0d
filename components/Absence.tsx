import type { Coverage } from '@/data/model/coverage';
import { coverageSentence } from '@/data/model/coverage';
import { useI18n } from './i18n';

/**
 * The site's company is not in the data: said as exactly that — not a clean bill of health — with what
 * the data covers and the way to the about page.
 */
export function Absence({ site, coverage, onAbout }: { site?: string | undefined; coverage: Coverage | undefined; onAbout: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section className="absence">
      <h1 data-testid="no-match">{site ? t('popup.notInData', { site }) : t('popup.notAWebsite')}</h1>
      {site && <p>{t('popup.absenceMeaning')}</p>}
      <p className="muted" data-testid="coverage">
        {coverageSentence(coverage, i18n)}{' '}
        <button type="button" className="link inline" data-testid="open-about" onClick={onAbout}>
          {t('coverage.link')}
        </button>
      </p>
    </section>
  );
}
