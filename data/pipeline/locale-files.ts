/**
 * Node-side access to the messages files (`locales/<lang>.yml`): the CLIs write with them, and tests check
 * that every locale has every key. Parsed and flattened exactly as WXT's i18n module does for the build
 * (`_locales/<lang>/messages.json`), so Node and the extension read the same messages.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText, type ParsedMessage } from '@wxt-dev/i18n/build';
import { DEFAULT_LOCALE, i18nFromMessages, type ChromeMessages, type I18n, type Locale } from '../model/i18n';

// A path, not `new URL(…, import.meta.url)`: view tests run under happy-dom, whose URL class Node's fileURLToPath refuses.
export const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');

export function localeFile(locale: Locale): string {
  return join(LOCALES_DIR, `${locale}.yml`);
}

/** The parsed messages of one locale (key path, placeholders, plural or not), as the build sees them. */
export function parsedMessages(locale: Locale): ParsedMessage[] {
  return parseMessagesText(readFileSync(localeFile(locale), 'utf8'), 'YAML');
}

/** The locale's `messages.json` as the build writes it. */
export function chromeMessages(locale: Locale): ChromeMessages {
  return generateChromeMessages(parsedMessages(locale));
}

/** An I18n for Node code; English fills any message a locale lacks, as the browser does. */
export function nodeI18n(locale: Locale = DEFAULT_LOCALE): I18n {
  return i18nFromMessages(locale, chromeMessages(locale), locale === DEFAULT_LOCALE ? undefined : chromeMessages(DEFAULT_LOCALE));
}
