import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { I18n } from '@/data/model/i18n';
import { I18nProvider } from './i18n';

/**
 * Renders a page in its language: `<html lang>` follows it, so screen readers and hyphenation do too;
 * `title` (already translated) replaces the HTML file's English one.
 */
export function mountPage(i18n: I18n, page: ReactNode, title?: string): void {
  document.documentElement.lang = i18n.locale;
  if (title) document.title = title;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider value={i18n}>{page}</I18nProvider>
    </StrictMode>,
  );
}
