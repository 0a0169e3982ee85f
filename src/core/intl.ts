/**
 * Our languages as `Intl` knows them, and the one cache of `Intl` objects.
 * English is British English (day before month, "12 December 1943"). An
 * `Intl` object costs far more to make than to use (a page's first one
 * 10–45 ms while ICU loads its data), and labels are formatted on every zoom
 * step, so each one is made once per language and options and kept.
 */
import type { Locale } from '../data/types.js';

/** The `Intl` locale of each of our languages. */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { en: 'en-GB', cs: 'cs', sk: 'sk' };

const made = new Map<string, unknown>();

function cached<T>(kind: string, locale: Locale, options: object, make: (intlLocale: string) => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let value = made.get(key) as T | undefined;
  if (value === undefined) {
    value = make(INTL_LOCALE[locale]);
    made.set(key, value);
  }
  return value;
}

export const dateTimeFormat = (locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('date', locale, options, (intl) => new Intl.DateTimeFormat(intl, options));

export const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  cached('number', locale, options, (intl) => new Intl.NumberFormat(intl, options));

export const listFormat = (locale: Locale, type: Intl.ListFormatType): Intl.ListFormat =>
  cached('list', locale, { type }, (intl) => new Intl.ListFormat(intl, { type }));

export const pluralRules = (locale: Locale): Intl.PluralRules => cached('plural', locale, {}, (intl) => new Intl.PluralRules(intl));
