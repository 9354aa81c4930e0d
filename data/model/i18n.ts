/**
 * Translation, as pure code: an `I18n` is a locale, a typed `t()` and the formatter for that locale.
 * Views get one from React context (`components/i18n.tsx`); model code that composes text (headlines,
 * contract totals, the badge's tooltip) takes one as an argument, so it never touches `browser.*`. Where
 * the messages come from is the caller's business: the browser's own i18n, a packaged
 * `_locales/<lang>/messages.json` when the user picked a language (`data/browser/i18n.ts`), or
 * `locales/<lang>.yml` read in Node (`data/pipeline/locale-files.ts`: CLIs and tests).
 *
 * Keys are typed from `locales/en.yml` (WXT's i18n module generates the type); so are their placeholders.
 */
// Types only, generated from locales/en.yml by `wxt prepare`: nothing of the browser is imported at run time.
import type { GeneratedI18nStructure } from '#i18n';
import { formatter, type Formatter } from './format';

/** The languages Tieline ships; `en` is the default (and the fallback for a missing message). */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const isLocale = (x: unknown): x is Locale => typeof x === 'string' && (LOCALES as readonly string[]).includes(x);

type Structure = GeneratedI18nStructure;
export type MessageKey = keyof Structure & string;
type Placeholder<K extends MessageKey> = Structure[K] extends { namedSubstitutions: readonly (infer N extends string)[] } ? N : never;
/** The placeholders a message takes; `count` (plural messages) must be a number. */
export type MessageParams<K extends MessageKey> = { [P in Placeholder<K>]: P extends 'count' ? number : string | number };
type Args<K extends MessageKey> = [Placeholder<K>] extends [never] ? [] : [params: MessageParams<K>];

export interface I18n {
  readonly locale: Locale;
  /** The message for `key`, placeholders filled; plural messages pick their form by `count`. */
  t<K extends MessageKey>(key: K, ...params: Args<K>): string;
  /** Numbers, money and dates in this locale (data/model/format.ts). */
  readonly fmt: Formatter;
}

/** Looks up a message by its name in `_locales/<lang>/messages.json` ("popup.noMatch" → "popup_noMatch"). */
export type MessageLookup = (messageName: string) => string | undefined;

/** A `_locales/<lang>/messages.json` as the build writes it. */
export type ChromeMessages = Record<string, { message: string }>;

export const messageName = (key: string) => key.replaceAll('.', '_');

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/**
 * `lookup` answers a message name; a missing message falls back to `fallback` (English) and, failing
 * that, shows its key, so a gap is visible rather than blank (and the locale test catches it first).
 */
export function createI18n(locale: Locale, lookup: MessageLookup, fallback?: MessageLookup): I18n {
  const plural = new Intl.PluralRules(locale);
  const fmt = formatter(locale);
  const t = <K extends MessageKey>(key: K, ...args: Args<K>): string => {
    const name = messageName(key);
    let message = lookup(name) || fallback?.(name) || key;
    const params = (args[0] ?? {}) as Record<string, string | number>;
    // Plural messages are stored as "one | other" (or "zero | one | other"), as WXT's i18n module writes them.
    const count = params['count'];
    if (typeof count === 'number' && message.includes(' | ')) {
      const forms = message.split(' | ');
      const one = plural.select(count) === 'one';
      message = (forms.length === 3 && count === 0 ? forms[0] : one ? forms[forms.length - 2] : forms[forms.length - 1]) ?? message;
    }
    return message.replace(PLACEHOLDER, (whole, p: string) => {
      const v = params[p];
      if (v === undefined) return whole;
      // Counts get the locale's digit grouping; any other number (a year, a version) is written as is.
      return p === 'count' && typeof v === 'number' ? fmt.number(v) : String(v);
    });
  };
  return { locale, t, fmt };
}

/** An I18n over parsed messages files (Node: CLIs and tests; the browser when the user picked a language). */
export function i18nFromMessages(locale: Locale, messages: ChromeMessages, fallback?: ChromeMessages): I18n {
  return createI18n(locale, (n) => messages[n]?.message, fallback && ((n) => fallback[n]?.message));
}
