/**
 * Tieline's language in the browser. By default it follows the browser's language through
 * `browser.i18n` (the `_locales` WXT's i18n module builds from `locales/*.yml`); when the user picks a
 * language in the settings, that locale's packaged `messages.json` is read instead (the browser's i18n
 * API cannot be told to use another language). Either way every context gets the same `I18n`
 * (data/model/i18n.ts): pages pass it to their views through React context, the background writes the
 * badge's tooltip and the menus with it.
 */
import { browser } from 'wxt/browser';
import {
  DEFAULT_LOCALE,
  createI18n,
  i18nFromMessages,
  isLocale,
  messageName,
  type ChromeMessages,
  type I18n,
  type Locale,
} from '../model/i18n';
import { settings } from './settings';

// WXT types getMessage for the predefined "@@" names only; ours are the keys of locales/en.yml.
const getMessage = (name: string): string => (browser.i18n.getMessage as (name: string) => string)(name);

/** A locale's messages as packaged in the extension. Read once per page (the background keeps its I18n). */
async function packagedMessages(locale: Locale): Promise<ChromeMessages> {
  // `_locales/` is written by the i18n module's build hook, so WXT's PublicPath type does not list it.
  const res = await fetch((browser.runtime.getURL as (path: string) => string)(`/_locales/${locale}/messages.json`));
  if (!res.ok) throw new Error(`messages for "${locale}" missing: HTTP ${res.status}`);
  return (await res.json()) as ChromeMessages;
}

/** The language the user chose in the settings, or 'auto' (a stored value we do not know counts as 'auto'). */
export async function chosenLanguage(): Promise<'auto' | Locale> {
  const v = await settings.language.getValue();
  return isLocale(v) ? v : 'auto';
}

/** The browser's pick among our locales: each messages file names its own locale (`meta.locale`). */
function browserLocale(): Locale {
  const named = getMessage(messageName('meta.locale'));
  return isLocale(named) ? named : DEFAULT_LOCALE;
}

/** The I18n for this context, honouring the language chosen in the settings. */
export async function loadI18n(): Promise<I18n> {
  const browserI18n = () => createI18n(browserLocale(), (name) => getMessage(name) || undefined);
  const choice = await chosenLanguage().catch(() => 'auto' as const);
  if (choice === 'auto') return browserI18n();
  try {
    const [messages, fallback] = await Promise.all([
      packagedMessages(choice),
      choice === DEFAULT_LOCALE ? undefined : packagedMessages(DEFAULT_LOCALE),
    ]);
    return i18nFromMessages(choice, messages, fallback);
  } catch (err) {
    // A page must still open in some language: the browser's.
    console.error('Tieline: the chosen language could not be loaded', err);
    return browserI18n();
  }
}

export const setLanguage = (language: 'auto' | Locale) => settings.language.setValue(language);

/** Calls `onChange` when the chosen language changes (the background rewrites its menus and badges). */
export const watchLanguage = (onChange: () => void) => settings.language.watch(() => onChange());
