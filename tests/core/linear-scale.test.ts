import { expect } from '@open-wc/testing';
import { linearScale } from '../../src/core/linear-scale.js';

describe('linearScale', () => {
  it('maps a domain onto a range and back', () => {
    const scale = linearScale([Date.UTC(1938, 0, 1), Date.UTC(1948, 0, 1)], [40, 1040]);
    expect(scale(Date.UTC(1943, 0, 1))).to.be.closeTo(540, 0.2);
    expect(scale.invert(40)).to.equal(Date.UTC(1938, 0, 1));
    expect(scale(Date.UTC(1950, 0, 1)), 'beyond the end: extended, not clamped').to.be.greaterThan(1040);
  });

  it('is piecewise linear between breakpoints, and inverts each piece', () => {
    const scale = linearScale([0, 10, 100], [0, 500, 600]);
    expect(scale(5)).to.equal(250);
    expect(scale(55)).to.equal(550);
    expect(scale.invert(550)).to.equal(55);
    expect(scale.invert(250)).to.equal(5);
    expect(scale.domain()).to.deep.equal([0, 10, 100]);
    expect(scale.range()).to.deep.equal([0, 500, 600]);
  });

  it('inverts a descending range', () => {
    const scale = linearScale([0, 100], [300, 100]);
    expect(scale(25)).to.equal(250);
    expect(scale.invert(250)).to.equal(25);
  });

  it('refuses a domain and range of different lengths', () => {
    expect(() => linearScale([0, 1, 2], [0, 1])).to.throw(RangeError, /as many positions/);
  });
});
