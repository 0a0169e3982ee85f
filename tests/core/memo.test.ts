import { expect } from '@open-wc/testing';
import { memo } from '../../src/core/memo.js';

describe('memo()', () => {
  it('derives again only when an input changed (compared with ===)', () => {
    let calls = 0;
    const sum = memo((values: readonly number[], offset: number) => {
      calls += 1;
      return values.reduce((total, value) => total + value, offset);
    });
    const values = [1, 2, 3];
    expect(sum(values, 0)).to.equal(6);
    expect(sum(values, 0)).to.equal(6);
    expect(calls).to.equal(1);
    expect(sum(values, 1)).to.equal(7);
    expect(calls).to.equal(2);
    // An equal but new array is a new input: the caller keeps its inputs stable.
    expect(sum([1, 2, 3], 1)).to.equal(7);
    expect(calls).to.equal(3);
  });
});
