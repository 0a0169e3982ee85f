// The timeline's dates as numbers: the same instants d3-time and Date give.
import { expect } from '@open-wc/testing';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { parseIsoDate } from '../../src/core/format.js';
import { buildModel, periodEnd } from '../../src/elements/cs-timeline/timeline-model.js';
import type { EventOutlineDocument, Precision } from '../../src/data/types.js';

const UNIT = { day: utcDay, month: utcMonth, year: utcYear };
const CASES: [string, Precision][] = [
  ['1943', 'year'],
  ['1938-09', 'month'],
  ['1938-09-30', 'day'],
  ['1944-02-29', 'day'], // a leap day
  ['1944-02-29', 'year'], // a year later there is no 29 February: 1 March, as Date does it
  ['1943-01-31', 'month'], // no 31 February either
  ['1948-12', 'month'], // into the next year
  ['1948-12-31', 'day'],
  ['0038', 'year'], // Date.UTC would read 38 as 1938
  ['0099-12-31', 'day'],
  ['-0044-03-15', 'day'],
];

describe('cs-timeline model: dates as numbers', () => {
  for (const [iso, precision] of CASES) {
    it(`the end of ${iso} at ${precision} precision is d3-time's`, () => {
      const expected = UNIT[precision].offset(parseIsoDate(iso), 1).getTime();
      expect(new Date(periodEnd(iso, precision)).toISOString()).to.equal(new Date(expected).toISOString());
    });
  }

  it('places events at the instants their ISO dates name, years before 100 included', () => {
    const document = {
      events: [
        { id: 'b', date: '1938-09-30', precision: 'day', categories: ['diplomacy'], title: { en: 'B' } },
        { id: 'a', date: '0038', precision: 'year', end: '0040', endPrecision: 'year', categories: ['military'], title: { en: 'A' } },
      ],
    } as unknown as EventOutlineDocument;
    const model = buildModel(document);
    expect(model.items.map((item) => item.event.id)).to.deep.equal(['a', 'b']);
    const [a, b] = model.items;
    expect(new Date(a.start).toISOString()).to.equal('0038-01-01T00:00:00.000Z');
    expect(new Date(a.end).toISOString()).to.equal('0041-01-01T00:00:00.000Z');
    expect(new Date(b.start).toISOString()).to.equal('1938-09-30T00:00:00.000Z');
    expect(new Date(b.end).toISOString()).to.equal('1938-10-01T00:00:00.000Z');
  });

  it('gives no number for a string that is no ISO date', () => {
    expect(periodEnd('30. 9. 1938', 'day')).to.be.NaN;
  });
});
