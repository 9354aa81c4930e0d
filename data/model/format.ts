/**
 * The one formatter for numbers, money and dates, per locale. Views reach it as `i18n.fmt`; the
 * pipeline and CLIs, which write English, use the `format*` exports (the English formatter).
 */

/** The locales a formatter knows (data/model/i18n.ts lists the ones Tieline ships). */
export type FormatLocale = 'en' | 'es';

export interface Formatter {
  /** 12,345 (en) · 12.345 (es) */
  number(n: number): string;
  /** One decimal: 2.7 (en) · 2,7 (es) — seconds a check took. */
  decimal(n: number): string;
  /** Exact: "$1,234,567"; compact (headlines): "$2.31B", exact below $10,000. */
  usd(amount: number, opts?: { compact?: boolean }): string;
  /** A date known to the day, month or year: "25 Jun 2018", "Jun 2018", "2018". */
  date(date: string | undefined): string;
  /** "3 Feb 2021 – 9 Sep 2025"; one date when both ends are the same or one is missing. */
  dateRange(first: string | undefined, last: string | undefined): string;
  /** "A, B and C" in the locale's words. */
  list(items: readonly string[]): string;
  /** A moment, in the reader's time zone: "29 Nov 2026, 15:45". */
  time(epochMs: number): string;
}

// Money is US dollars throughout. Spanish uses the U.S. Spanish conventions, where "$" is the dollar.
const NUMBER_LOCALE: Record<FormatLocale, string> = { en: 'en-US', es: 'es-US' };
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const cache = new Map<FormatLocale, Formatter>();

export function formatter(locale: FormatLocale): Formatter {
  let f = cache.get(locale);
  if (!f) cache.set(locale, (f = makeFormatter(locale)));
  return f;
}

/** Made on first use: constructing an Intl formatter loads locale data, and most contexts need one or two. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function makeFormatter(locale: FormatLocale): Formatter {
  const tag = NUMBER_LOCALE[locale];
  // Seven Intl objects made at once cost tens of milliseconds of the service worker's start-up (the English
  // formatter below is made when this module loads), so each is made when first used.
  const num = lazy(() => new Intl.NumberFormat(tag));
  const dec = lazy(() => new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  const usd = lazy(() => new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }));
  const usdCompact = lazy(
    () =>
      new Intl.NumberFormat(tag, {
        style: 'currency',
        currency: 'USD',
        notation: 'compact',
        maximumSignificantDigits: 3,
      }),
  );
  const day = lazy(() => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
  const month = lazy(() => new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' }));
  const list = lazy(() => new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }));
  const moment = lazy(() => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }));

  const date = (d: string | undefined): string => {
    if (!d) return '';
    const [y, m, dd] = d.split('-');
    const mi = m ? Number(m) - 1 : NaN;
    if (!(mi >= 0 && mi < 12)) return y ?? d;
    // English keeps "25 Jun 2018" (day first, no comma) in every browser; other locales follow Intl.
    if (locale === 'en') return dd ? `${Number(dd)} ${MONTHS_EN[mi]} ${y}` : `${MONTHS_EN[mi]} ${y}`;
    const at = new Date(Date.UTC(Number(y), mi, dd ? Number(dd) : 1));
    return (dd ? day : month)().format(at);
  };

  return {
    number: (n) => num().format(n),
    decimal: (n) => dec().format(n),
    usd: (amount, opts) => (opts?.compact && Math.abs(amount) >= 10_000 ? usdCompact : usd)().format(amount),
    date,
    dateRange: (first, last) => {
      if (!first && !last) return '';
      if (!first || !last || first === last) return date(first ?? last);
      return `${date(first)} – ${date(last)}`;
    },
    list: (items) => list().format(items),
    time: (ms) => moment().format(new Date(ms)),
  };
}

const en = formatter('en');

/** English, for the pipeline's reports and the CLIs. */
export function formatUsd(amount: number, compact = false): string {
  return en.usd(amount, { compact });
}

/**
 * "A, B and C": a list as the pipeline's English notes write it, with no comma before "and" (the views' `list`
 * follows the locale's Intl.ListFormat, which adds one in English).
 */
export const formatList = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/**
 * A name's aside in the middle of a note's sentence: in parentheses, or between dashes where the text has
 * parentheses of its own — a union's initials ("… of America (SPFPA)"), a registry name's "(formerly Altice USA)",
 * a tracker employer "United Parcel Service (UPS)" — so no parenthesis opens inside another (83 shipped notes did).
 */
export const aside = (text: string): string => (/[()]/.test(text) ? ` — ${text} —` : ` (${text})`);

/** A dashed aside (`aside`) that ends its clause closes on the clause's own mark: "— listed as “…”." not "—.". */
export const closeAsides = (text: string): string => text.replace(/ —(?=[.,;:])/g, '');

/** A count in English: 1,931 (vote tallies, head counts in the pipeline's notes). */
export const formatNumber = (n: number): string => en.number(n);

/** "2018-06-25" → "25 Jun 2018"; "2018-06" → "Jun 2018"; "2018" → "2018". */
export const formatDate = (date: string | undefined): string => en.date(date);

export const formatDateRange = (first: string | undefined, last: string | undefined): string => en.dateRange(first, last);
