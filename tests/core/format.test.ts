// Every case is one row of a table: the inputs and what a reader sees, so a
// new language or qualifier is one more line, and a failure names its row.
import { expect } from '@open-wc/testing';
import { formatDate, formatDateRange, formatDateSpec, formatFigure, formatNumber, pluralForm } from '../../src/core/format.js';
import type { DateQualifier, DateSpec, FigureValue, Locale, Precision } from '../../src/data/types.js';

const dates: [date: string, precision: Precision, locale: Locale, qualifier: DateQualifier | undefined, shown: string][] = [
  // day precision in each language
  ['1943-12-12', 'day', 'en', undefined, '12 December 1943'],
  ['1943-12-12', 'day', 'cs', undefined, '12. prosince 1943'],
  ['1943-12-12', 'day', 'sk', undefined, '12. decembra 1943'],
  // month precision: the month in the nominative
  ['1942-01', 'month', 'en', undefined, 'January 1942'],
  ['1942-01', 'month', 'cs', undefined, 'leden 1942'],
  ['1942-01', 'month', 'sk', undefined, 'január 1942'],
  // year precision: the year alone, even from a full ISO date
  ['1934', 'year', 'cs', undefined, '1934'],
  ['1934-06-09', 'year', 'en', undefined, '1934'],
  // approximate: the right preposition and case
  ['1942', 'year', 'en', 'approximate', 'c. 1942'],
  ['1942', 'year', 'cs', 'approximate', 'kolem roku 1942'],
  ['1942', 'year', 'sk', 'approximate', 'okolo roku 1942'],
  ['1942-01', 'month', 'cs', 'approximate', 'kolem ledna 1942'],
  ['1942-01', 'month', 'sk', 'approximate', 'okolo januára 1942'],
  // “before” takes the instrumental in Czech and Slovak
  ['1943-12-12', 'day', 'en', 'before', 'before 12 December 1943'],
  ['1943-12-12', 'day', 'cs', 'before', 'před 12. prosincem 1943'],
  ['1943-12-12', 'day', 'sk', 'before', 'pred 12. decembrom 1943'],
  ['1939', 'year', 'cs', 'before', 'před rokem 1939'],
  ['1939', 'year', 'sk', 'before', 'pred rokom 1939'],
  // “after” takes the locative
  ['1944-09', 'month', 'en', 'after', 'after September 1944'],
  ['1944-09', 'month', 'cs', 'after', 'po září 1944'],
  ['1944-09', 'month', 'sk', 'after', 'po septembri 1944'],
  ['1945', 'year', 'cs', 'after', 'po roce 1945'],
  ['1945', 'year', 'sk', 'after', 'po roku 1945'],
  // a date it cannot parse stays as written, never "Invalid Date"
  ['not-a-date', 'day', 'en', undefined, 'not-a-date'],
];

describe('format: dates by precision', () => {
  for (const [date, precision, locale, qualifier, shown] of dates) {
    it(`${date} (${precision}${qualifier ? `, ${qualifier}` : ''}) in ${locale} → ${shown}`, () => {
      expect(formatDate(date, precision, locale, qualifier)).to.equal(shown);
    });
  }
});

const ranges: [from: string, to: string, precision: Precision, locale: Locale, shown: string][] = [
  // within one month: the month and year once
  ['1943-11-03', '1943-11-06', 'day', 'en', '3–6 November 1943'],
  ['1943-11-03', '1943-11-06', 'day', 'cs', '3.–6. listopadu 1943'],
  ['1943-11-03', '1943-11-06', 'day', 'sk', '3.–6. novembra 1943'],
  // across months: the year once
  ['1944-09-08', '1944-10-28', 'day', 'en', '8 September – 28 October 1944'],
  ['1944-09-08', '1944-10-28', 'day', 'cs', '8. září – 28. října 1944'],
  ['1944-09-08', '1944-10-28', 'day', 'sk', '8. septembra – 28. októbra 1944'],
  // across years: in full; years with an en dash
  ['1918-05-14', '1920-09-02', 'day', 'en', '14 May 1918 – 2 September 1920'],
  ['1918', '1920', 'year', 'cs', '1918–1920'],
];

const specs: [spec: DateSpec, locale: Locale, shown: string][] = [
  [{ date: '1943-03-08', end: '1943-03-13', precision: 'day' }, 'en', '8–13 March 1943'],
  [{ date: '1945-05-09', precision: 'day' }, 'cs', '9. května 1945'],
  [{ date: '1942', precision: 'year', qualifier: 'approximate' }, 'sk', 'okolo roku 1942'],
  [{ date: '1944-10', end: '1945-05-09', precision: 'month', endPrecision: 'day' }, 'en', 'October 1944 – 9 May 1945'],
];

describe('format: ranges', () => {
  for (const [from, to, precision, locale, shown] of ranges) {
    it(`${from}–${to} in ${locale} → ${shown}`, () => {
      expect(formatDateRange(from, to, precision, locale)).to.equal(shown);
    });
  }
  for (const [spec, locale, shown] of specs) {
    it(`the date spec ${JSON.stringify(spec)} in ${locale} → ${shown}`, () => {
      expect(formatDateSpec(spec, locale)).to.equal(shown);
    });
  }
});

const figures: [value: Partial<Pick<FigureValue, 'max' | 'qualifier'>> & { value: number }, locale: Locale, shown: string | RegExp][] = [
  // digits grouped per language
  [{ value: 12345 }, 'en', '12,345'],
  [{ value: 12345 }, 'cs', /^12\s345$/],
  [{ value: 12345 }, 'sk', /^12\s345$/],
  // a lower bound is "30+" in every language, never 30
  [{ value: 30, qualifier: 'at-least' }, 'en', '30+'],
  [{ value: 30, qualifier: 'at-least' }, 'cs', '30+'],
  [{ value: 30, qualifier: 'at-least' }, 'sk', '30+'],
  // estimates and ranges
  [{ value: 500, qualifier: 'about' }, 'en', 'c. 500'],
  [{ value: 500, qualifier: 'about' }, 'cs', 'cca 500'],
  [{ value: 80, max: 103, qualifier: 'range' }, 'en', '80–103'],
  [{ value: 103, qualifier: 'exact' }, 'sk', '103'],
];

describe('format: numbers and figures', () => {
  for (const [value, locale, shown] of figures) {
    it(`${JSON.stringify(value)} in ${locale} → ${shown}`, () => {
      const { qualifier } = value;
      const text = qualifier ? formatFigure({ ...value, qualifier }, locale) : formatNumber(value.value, locale);
      if (shown instanceof RegExp) expect(text).to.match(shown);
      else expect(text).to.equal(shown);
    });
  }
});

const plurals: [count: number, locale: Locale, form: Intl.LDMLPluralRule][] = [
  // Czech and Slovak tell 2–4 (“osoby”) from 5 and more (“osob”, “osôb”); English one from other
  [2, 'cs', 'few'],
  [3, 'cs', 'few'],
  [4, 'cs', 'few'],
  [5, 'sk', 'other'],
  [10, 'sk', 'other'],
  [2000, 'sk', 'other'],
  [1, 'en', 'one'],
  [3, 'en', 'other'],
];

describe('format: plural forms', () => {
  for (const [count, locale, form] of plurals) {
    it(`${count} in ${locale} is “${form}”`, () => {
      expect(pluralForm(count, locale)).to.equal(form);
    });
  }
});
