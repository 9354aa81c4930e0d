import { useI18n } from './i18n';

/** The popup's way to the lookup page (vendor and donor checks), the settings and the about page. */
export function PageLinks({ onLookup, onSettings, onAbout }: { onLookup: () => void; onSettings: () => void; onAbout: () => void }) {
  const { t } = useI18n();
  return (
    <nav className="page-links">
      <button type="button" className="link" data-testid="open-lookup" onClick={onLookup}>
        {t('common.lookupLink')}
      </button>
      <button type="button" className="link" onClick={onSettings}>
        {t('common.settings')}
      </button>
      <button type="button" className="link" onClick={onAbout}>
        {t('common.about')}
      </button>
    </nav>
  );
}
