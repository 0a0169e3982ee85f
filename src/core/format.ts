/**
 * Dates and numbers in the element's language, with `Intl` doing the work.
 *
 * Dates carry a precision (day, month, year) and optionally a qualifier
 * (approximate, before, after). Czech and Slovak put a date after a
 * preposition into a case that `Intl` does not produce (instrumental after
 * "před"/"pred", locative after "po"); those month forms are the only
 * language data kept here. The genitive (after "kolem"/"okolo") comes from
 * `Intl` itself: the month of a day-precision date.
 */
import type { DateQualifier, DateSpec, FigureValue, Locale, Precision } from '../data/types.js';
import { dateTimeFormat, numberFormat, pluralRules } from './intl.js';


type Case = 'genitive' | 'instrumental' | 'locative';

const MONTH_CASES: Record<'cs' | 'sk', Record<'instrumental' | 'locative', string[]>> = {
  cs: {
    instrumental: ['lednem', 'únorem', 'březnem', 'dubnem', 'květnem', 'červnem', 'červencem', 'srpnem', 'zářím', 'říjnem', 'listopadem', 'prosincem'],
    locative: ['lednu', 'únoru', 'březnu', 'dubnu', 'květnu', 'červnu', 'červenci', 'srpnu', 'září', 'říjnu', 'listopadu', 'prosinci'],
  },
  sk: {
    instrumental: ['januárom', 'februárom', 'marcom', 'aprílom', 'májom', 'júnom', 'júlom', 'augustom', 'septembrom', 'októbrom', 'novembrom', 'decembrom'],
    locative: ['januári', 'februári', 'marci', 'apríli', 'máji', 'júni', 'júli', 'auguste', 'septembri', 'októbri', 'novembri', 'decembri'],
  },
};

/** "roku 1943", "rokem 1943", "roce 1943" — the year after a preposition. */
const YEAR_CASES: Record<'cs' | 'sk', Record<Case, string>> = {
  cs: { genitive: 'roku', instrumental: 'rokem', locative: 'roce' },
  sk: { genitive: 'roku', instrumental: 'rokom', locative: 'roku' },
};

/** Preposition and the case it governs, per qualifier and language. */
const QUALIFIERS: Record<Locale, Record<DateQualifier, { word: string; case: Case }>> = {
  en: {
    approximate: { word: 'c.', case: 'genitive' },
    before: { word: 'before', case: 'genitive' },
    after: { word: 'after', case: 'genitive' },
  },
  cs: {
    approximate: { word: 'kolem', case: 'genitive' },
    before: { word: 'před', case: 'instrumental' },
    after: { word: 'po', case: 'locative' },
  },
  sk: {
    approximate: { word: 'okolo', case: 'genitive' },
    before: { word: 'pred', case: 'instrumental' },
    after: { word: 'po', case: 'locative' },
  },
};


function dateFormat(locale: Locale, precision: Precision): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions =
    precision === 'day' ? { day: 'numeric', month: 'long', year: 'numeric' } : precision === 'month' ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' });
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as a UTC date (missing parts → first). */
export function parseIsoDate(iso: string): Date {
  const match = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso.trim());
  if (!match) return new Date(Number.NaN);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1)));
  date.setUTCFullYear(Number(match[1]));
  return date;
}

/** The precision an ISO string itself expresses. */
export function precisionOf(iso: string): Precision {
  const parts = iso.split('-').length;
  return parts >= 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

function formatInCase(date: Date, precision: Precision, locale: Locale, grammaticalCase: Case): string {
  if (locale === 'en') return dateFormat(locale, precision).format(date);
  if (precision === 'year') {
    return `${YEAR_CASES[locale][grammaticalCase]} ${date.getUTCFullYear()}`;
  }
  if (precision === 'day' && grammaticalCase === 'genitive') {
    return dateFormat(locale, 'day').format(date); // "12. prosince 1943" is already genitive
  }
  const month =
    grammaticalCase === 'genitive'
      ? (dateFormat(locale, 'day')
          .formatToParts(date)
          .find((part) => part.type === 'month')?.value ?? '')
      : MONTH_CASES[locale][grammaticalCase][date.getUTCMonth()];
  const year = date.getUTCFullYear();
  return precision === 'day' ? `${date.getUTCDate()}. ${month} ${year}` : `${month} ${year}`;
}

/** A single date at its precision: "12 December 1943", "prosinec 1943", "1934". */
export function formatDate(iso: string, precision: Precision, locale: Locale, qualifier?: DateQualifier): string {
  const date = parseIsoDate(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (!qualifier) return dateFormat(locale, precision).format(date);
  const { word, case: grammaticalCase } = QUALIFIERS[locale][qualifier];
  return `${word} ${formatInCase(date, precision, locale, grammaticalCase)}`;
}

/**
 * A range: "3–6 November 1943", "3.–6. listopadu 1943",
 * "8 September – 28 October 1944", "1918–1920". Parts the two ends share
 * (the year, the month) are written once, at the end.
 */
export function formatDateRange(
  start: string,
  end: string,
  precision: Precision,
  locale: Locale,
  endPrecision: Precision = precision,
): string {
  const from = parseIsoDate(start);
  const to = parseIsoDate(end);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return `${start} – ${end}`;
  const endText = dateFormat(locale, endPrecision).format(to);
  if (precision !== endPrecision) return `${dateFormat(locale, precision).format(from)} – ${endText}`;
  const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
  const sameMonth = sameYear && from.getUTCMonth() === to.getUTCMonth();
  if (precision === 'year') return sameYear ? endText : `${from.getUTCFullYear()}–${to.getUTCFullYear()}`;
  if (!sameYear) return `${dateFormat(locale, precision).format(from)} – ${endText}`;
  if (sameMonth && (precision === 'month' || from.getUTCDate() === to.getUTCDate())) return endText;
  const parts = dateFormat(locale, precision).formatToParts(from);
  if (precision === 'day' && sameMonth) {
    const day = parts.find((part) => part.type === 'day')?.value ?? '';
    // "3–6 November 1943", "3.–6. listopadu 1943": a bare day joins without spaces.
    return `${day}${locale === 'en' ? '' : '.'}–${endText}`;
  }
  const startText = parts
    .filter((part) => part.type !== 'year')
    .map((part) => part.value)
    .join('')
    .trim();
  return `${startText} – ${endText}`;
}

/** Any `DateSpec`: a date or a range, with its qualifier. */
export function formatDateSpec(spec: DateSpec, locale: Locale): string {
  if (spec.end && spec.end !== spec.date) {
    const range = formatDateRange(spec.date, spec.end, spec.precision, locale, spec.endPrecision ?? spec.precision);
    return spec.qualifier ? `${QUALIFIERS[locale].approximate.word} ${range}` : range;
  }
  return formatDate(spec.date, spec.precision, locale, spec.qualifier);
}

/** A whole number with the language's grouping: "12,345", "12 345". */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** The language's plural form of a count (Czech and Slovak: `one`, `few` for 2–4, `many`, `other`), for choosing a message. */
export function pluralForm(count: number, locale: Locale): Intl.LDMLPluralRule {
  return pluralRules(locale).select(count);
}

/**
 * A page's first `Intl.DateTimeFormat` costs 15–45 ms in Chromium and its
 * first `Intl.NumberFormat` 1–5 ms: ICU loads its data then, whatever the
 * language. Made once when the library loads, that cost is part of loading
 * the script, not of the first element's first picture (later formats, in any
 * language, take well under a millisecond).
 */
dateFormat('en', 'year').format(0);
formatNumber(0, 'en');

const ABOUT: Record<Locale, string> = { en: 'c.', cs: 'cca', sk: 'cca' };

/**
 * A figure as a reader should see it: exact "103", a lower bound "30+",
 * an estimate "c. 500" / "cca 500", a range "80–103".
 */
export function formatFigure(value: Pick<FigureValue, 'value' | 'max' | 'qualifier'>, locale: Locale): string {
  switch (value.qualifier) {
    case 'at-least':
      return `${formatNumber(value.value, locale)}+`;
    case 'about':
      return `${ABOUT[locale]} ${formatNumber(value.value, locale)}`;
    case 'range':
      if (value.max !== undefined && value.max !== value.value) {
        return numberFormat(locale).formatRange(value.value, value.max);
      }
      return formatNumber(value.value, locale);
    default:
      return formatNumber(value.value, locale);
  }
}
