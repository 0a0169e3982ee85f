import { expect } from '@open-wc/testing';
import { formatDate, formatDateRange, formatDateSpec, formatFigure, formatNumber, pluralForm } from '../../src/core/format.js';

describe('format: dates by precision', () => {
  it('writes a day-precision date in each language', () => {
    expect(formatDate('1943-12-12', 'day', 'en')).to.equal('12 December 1943');
    expect(formatDate('1943-12-12', 'day', 'cs')).to.equal('12. prosince 1943');
    expect(formatDate('1943-12-12', 'day', 'sk')).to.equal('12. decembra 1943');
  });

  it('writes a month-precision date with the month in the nominative', () => {
    expect(formatDate('1942-01', 'month', 'en')).to.equal('January 1942');
    expect(formatDate('1942-01', 'month', 'cs')).to.equal('leden 1942');
    expect(formatDate('1942-01', 'month', 'sk')).to.equal('január 1942');
  });

  it('writes a year-precision date as the year alone, even from a full ISO date', () => {
    expect(formatDate('1934', 'year', 'cs')).to.equal('1934');
    expect(formatDate('1934-06-09', 'year', 'en')).to.equal('1934');
  });

  it('marks approximate dates with the right preposition and case', () => {
    expect(formatDate('1942', 'year', 'en', 'approximate')).to.equal('c. 1942');
    expect(formatDate('1942', 'year', 'cs', 'approximate')).to.equal('kolem roku 1942');
    expect(formatDate('1942', 'year', 'sk', 'approximate')).to.equal('okolo roku 1942');
    expect(formatDate('1942-01', 'month', 'cs', 'approximate')).to.equal('kolem ledna 1942');
    expect(formatDate('1942-01', 'month', 'sk', 'approximate')).to.equal('okolo januára 1942');
  });

  it('declines dates after “before” (instrumental) in Czech and Slovak', () => {
    expect(formatDate('1943-12-12', 'day', 'en', 'before')).to.equal('before 12 December 1943');
    expect(formatDate('1943-12-12', 'day', 'cs', 'before')).to.equal('před 12. prosincem 1943');
    expect(formatDate('1943-12-12', 'day', 'sk', 'before')).to.equal('pred 12. decembrom 1943');
    expect(formatDate('1939', 'year', 'cs', 'before')).to.equal('před rokem 1939');
    expect(formatDate('1939', 'year', 'sk', 'before')).to.equal('pred rokom 1939');
  });

  it('declines dates after “after” (locative) in Czech and Slovak', () => {
    expect(formatDate('1944-09', 'month', 'en', 'after')).to.equal('after September 1944');
    expect(formatDate('1944-09', 'month', 'cs', 'after')).to.equal('po září 1944');
    expect(formatDate('1944-09', 'month', 'sk', 'after')).to.equal('po septembri 1944');
    expect(formatDate('1945', 'year', 'cs', 'after')).to.equal('po roce 1945');
    expect(formatDate('1945', 'year', 'sk', 'after')).to.equal('po roku 1945');
  });

  it('returns the raw string for a date it cannot parse instead of "Invalid Date"', () => {
    expect(formatDate('not-a-date', 'day', 'en')).to.equal('not-a-date');
  });
});

describe('format: ranges', () => {
  it('writes a range within one month once with the shared month and year', () => {
    expect(formatDateRange('1943-11-03', '1943-11-06', 'day', 'en')).to.equal('3–6 November 1943');
    expect(formatDateRange('1943-11-03', '1943-11-06', 'day', 'cs')).to.equal('3.–6. listopadu 1943');
    expect(formatDateRange('1943-11-03', '1943-11-06', 'day', 'sk')).to.equal('3.–6. novembra 1943');
  });

  it('writes a range across months with the shared year once', () => {
    expect(formatDateRange('1944-09-08', '1944-10-28', 'day', 'en')).to.equal('8 September – 28 October 1944');
    expect(formatDateRange('1944-09-08', '1944-10-28', 'day', 'cs')).to.equal('8. září – 28. října 1944');
    expect(formatDateRange('1944-09-08', '1944-10-28', 'day', 'sk')).to.equal('8. septembra – 28. októbra 1944');
  });

  it('writes ranges across years in full, and year ranges with an en dash', () => {
    expect(formatDateRange('1918-05-14', '1920-09-02', 'day', 'en')).to.equal('14 May 1918 – 2 September 1920');
    expect(formatDateRange('1918', '1920', 'year', 'cs')).to.equal('1918–1920');
  });

  it('formats a DateSpec as a single date, a range or a qualified date', () => {
    expect(formatDateSpec({ date: '1943-03-08', end: '1943-03-13', precision: 'day' }, 'en')).to.equal('8–13 March 1943');
    expect(formatDateSpec({ date: '1945-05-09', precision: 'day' }, 'cs')).to.equal('9. května 1945');
    expect(formatDateSpec({ date: '1942', precision: 'year', qualifier: 'approximate' }, 'sk')).to.equal('okolo roku 1942');
    expect(formatDateSpec({ date: '1944-10', end: '1945-05-09', precision: 'month', endPrecision: 'day' }, 'en')).to.equal(
      'October 1944 – 9 May 1945',
    );
  });
});

describe('format: numbers and figures', () => {
  it('groups digits per language', () => {
    expect(formatNumber(12345, 'en')).to.equal('12,345');
    expect(formatNumber(12345, 'cs')).to.match(/^12\s345$/);
    expect(formatNumber(12345, 'sk')).to.match(/^12\s345$/);
  });

  it('writes a lower bound as "30+" in every language, never as 30', () => {
    for (const locale of ['en', 'cs', 'sk'] as const) {
      expect(formatFigure({ value: 30, qualifier: 'at-least' }, locale)).to.equal('30+');
    }
  });

  it('writes estimates and ranges', () => {
    expect(formatFigure({ value: 500, qualifier: 'about' }, 'en')).to.equal('c. 500');
    expect(formatFigure({ value: 500, qualifier: 'about' }, 'cs')).to.equal('cca 500');
    expect(formatFigure({ value: 80, max: 103, qualifier: 'range' }, 'en')).to.equal('80–103');
    expect(formatFigure({ value: 103, qualifier: 'exact' }, 'sk')).to.equal('103');
  });
});

describe('format: plural forms', () => {
  it('tells Czech and Slovak 2–4 (“osoby”) from 5 and more (“osob”, “osôb”), and English one from other', () => {
    expect([2, 3, 4].map((n) => pluralForm(n, 'cs'))).to.deep.equal(['few', 'few', 'few']);
    expect([5, 10, 2000].map((n) => pluralForm(n, 'sk'))).to.deep.equal(['other', 'other', 'other']);
    expect([1, 3].map((n) => pluralForm(n, 'en'))).to.deep.equal(['one', 'other']);
  });
});
