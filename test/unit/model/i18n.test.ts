import { describe, expect, it } from 'vitest';
import { LOCALES, createI18n, i18nFromMessages, type Locale } from '@/data/model/i18n';
import { chromeMessages, parsedMessages } from '@/data/pipeline/locale-files';
import { en, es } from '../../helpers/i18n';

/** key → its placeholders and whether it is plural, as the build sees each locale file. */
function shape(locale: Locale) {
  return new Map(
    parsedMessages(locale)
      .filter((m) => !m.key[0]!.startsWith('@@'))
      .map((m) => [m.key.join('.'), { named: [...m.namedSubstitutions].sort(), plural: m.type === 'plural' }]),
  );
}

describe('locales', () => {
  const base = shape('en');

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has every English key, no other, with the same placeholders', (locale) => {
    const other = shape(locale);
    expect(
      [...base.keys()].filter((k) => !other.has(k)),
      `missing from ${locale}.yml`,
    ).toEqual([]);
    expect(
      [...other.keys()].filter((k) => !base.has(k)),
      `in ${locale}.yml but not en.yml`,
    ).toEqual([]);
    for (const [key, s] of base) expect(other.get(key), `${key} in ${locale}.yml`).toEqual(s);
  });

  it.each(LOCALES)('%s: message names the browser accepts, no "$", and its own locale named', (locale) => {
    const messages = chromeMessages(locale);
    for (const [name, { message }] of Object.entries(messages)) {
      // browser.i18n refuses other names and reads "$" as its own placeholder syntax.
      expect(name, name).toMatch(/^[A-Za-z0-9_]+$/);
      expect(message, name).not.toContain('$');
      expect(message.trim(), name).not.toBe('');
    }
    expect(messages['meta_locale']?.message).toBe(locale);
  });
});

describe('createI18n', () => {
  it('fills named placeholders and picks plural forms by count, with grouped digits', () => {
    expect(en.t('result.showMoreLabor', { count: 1 })).toBe('Show 1 more labor action');
    expect(en.t('result.showMoreLabor', { count: 1234 })).toBe('Show 1,234 more labor actions');
    expect(es.t('result.showMoreLabor', { count: 0 })).toBe('Mostrar 0 acciones laborales más');
    expect(es.t('result.showMoreLabor', { count: 1 })).toBe('Mostrar 1 acción laboral más');
    expect(en.t('popup.notInData', { site: 'delta.com' })).toBe("delta.com is not in Tieline's data.");
  });

  it('falls back to English for a message a locale lacks, and shows the key when none has it', () => {
    const i18n = createI18n(
      'es',
      (n) => (n === 'common_settings' ? 'Configuración' : undefined),
      (n) => (n === 'common_loading' ? 'Loading…' : undefined),
    );
    expect(i18n.t('common.settings')).toBe('Configuración');
    expect(i18n.t('common.loading')).toBe('Loading…');
    expect(i18n.t('options.title')).toBe('options.title');
  });

  it('formats money and dates per locale', () => {
    expect(en.fmt.usd(2_310_000_000, { compact: true })).toBe('$2.31B');
    expect(en.fmt.usd(-7678)).toBe('-$7,678');
    expect(en.fmt.date('2018-06-25')).toBe('25 Jun 2018');
    expect(es.fmt.date('2018-06-25')).toBe('25 jun 2018');
    expect(es.fmt.number(1234567)).toBe('1,234,567');
    expect(en.fmt.decimal(2.68)).toBe('2.7');
    expect(en.fmt.decimal(12)).toBe('12.0');
    expect(es.fmt.list(['CBP', 'DEA'])).toBe('CBP y DEA');
    expect(es.fmt.list(['CBP', 'ICE'])).toBe('CBP e ICE');
    expect(i18nFromMessages('en', chromeMessages('en')).t('extName')).toBe('Tieline');
  });
});
