/**
 * How views get their words: the entrypoint loads an `I18n` (data/browser/i18n.ts) and renders inside
 * `<I18nProvider value={i18n}>`; a view calls `const { t, fmt } = useI18n()`. Tests pass one built from
 * `locales/en.yml` (test/helpers/i18n.tsx).
 */
import { createContext, useContext } from 'react';
import type { I18n } from '@/data/model/i18n';

const I18nContext = createContext<I18n | null>(null);

export const I18nProvider = I18nContext.Provider;

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  // No silent English default: a view rendered outside the provider is a wiring mistake.
  if (!i18n) throw new Error('useI18n() needs an <I18nProvider> above it');
  return i18n;
}
