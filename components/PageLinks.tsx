import { useI18n } from './i18n';

/** The popup's way to the lookup page (vendor and donor checks) and to the settings. */
export function PageLinks({ onLookup, onSettings }: { onLookup: () => void; onSettings: () => void }) {
  const { t } = useI18n();
  return (
    <nav className="page-links">
      <button type="button" className="link" data-testid="open-lookup" onClick={onLookup}>
        {t('common.lookupLink')}
      </button>
      <button type="button" className="link" onClick={onSettings}>
        {t('common.settings')}
      </button>
    </nav>
  );
}
