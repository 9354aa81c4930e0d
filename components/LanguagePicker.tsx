import { LOCALES, type Locale } from '@/data/model/i18n';
import { useI18n } from './i18n';

/** The settings page's language choice: the browser's language, or one of Tieline's locales. */
export function LanguagePicker({ value, onChange }: { value: 'auto' | Locale; onChange: (v: 'auto' | Locale) => void }) {
  const { t } = useI18n();
  return (
    <label>
      {t('options.language')}{' '}
      <select data-testid="language" value={value} onChange={(e) => onChange(e.target.value as 'auto' | Locale)}>
        <option value="auto">{t('options.languageAuto')}</option>
        {LOCALES.map((l) => (
          // Each language named in itself, so a reader can find their own.
          <option key={l} value={l} lang={l}>
            {t(`options.languageName.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
