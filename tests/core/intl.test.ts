// core/intl: English is British English everywhere, and an Intl object is made once per language and options.
import { expect } from '@open-wc/testing';
import { dateTimeFormat, listFormat, numberFormat, pluralRules } from '../../src/core/intl.js';

describe('core/intl', () => {
  it('writes English dates day first, Czech and Slovak dates in their own words', () => {
    const date = new Date(Date.UTC(1943, 11, 12));
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
    expect(dateTimeFormat('en', options).format(date)).to.equal('12 December 1943');
    expect(dateTimeFormat('cs', options).format(date)).to.equal('12. prosince 1943');
  });

  it('keeps one object per language and options, and tells different options apart', () => {
    expect(numberFormat('en', { maximumFractionDigits: 1 })).to.equal(numberFormat('en', { maximumFractionDigits: 1 }));
    expect(numberFormat('en', { maximumFractionDigits: 1 })).not.to.equal(numberFormat('cs', { maximumFractionDigits: 1 }));
    expect(listFormat('en', 'disjunction').format(['a', 'b'])).to.equal('a or b');
    expect(listFormat('en', 'conjunction').format(['a', 'b'])).to.equal('a and b');
    expect(pluralRules('cs').select(3)).to.equal('few');
  });
});
