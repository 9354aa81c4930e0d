/** Translations for tests: the real messages files, read as the CLIs read them. */
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { I18nProvider } from '@/components/i18n';
import { nodeI18n } from '@/data/pipeline/locale-files';
import type { I18n } from '@/data/model/i18n';

export const en: I18n = nodeI18n('en');
export const es: I18n = nodeI18n('es');

/** Renders a view the way an entrypoint does: inside the translation provider. */
export function renderIn(ui: ReactNode, i18n: I18n = en) {
  return render(<I18nProvider value={i18n}>{ui}</I18nProvider>);
}
