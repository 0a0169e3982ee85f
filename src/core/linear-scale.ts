/**
 * A (poly)linear map from numbers — here UTC milliseconds — to pixels or
 * percentages, with its inverse: what d3-scale's `scaleLinear` does for a
 * numeric range, and all the elements ask of it.
 *
 * Why not d3-scale itself: its continuous scales carry colour interpolation
 * (d3-interpolate, d3-color) and tick formatting (d3-format) for every
 * caller, ~10 KB gzip that a millisecond-to-pixel map never runs — a quarter
 * of the timeline's size budget. Calendar ticks come from d3-time's
 * `utcTicks`, the search from d3-array's `bisectRight`, as in d3-scale.
 */
import { bisectRight } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  /** The value at a position (the inverse map). */
  invert(position: number): number;
  /** The breakpoints of the domain, ascending (two for a plain linear scale). */
  domain(): number[];
  /** The positions of the domain's breakpoints. */
  range(): number[];
}

/** `domain[i]` maps to `range[i]`, linearly in between and beyond the ends. */
export function linearScale(domain: readonly number[], range: readonly number[]): LinearScale {
  const d = [...domain];
  const r = [...range];
  if (d.length < 2 || d.length !== r.length) throw new RangeError(`a linear scale needs two or more breakpoints, as many positions as values (got ${d.length} and ${r.length})`);
  const piece = (from: readonly number[], to: readonly number[], value: number) => {
    // Two breakpoints (every horizontal timeline, thousands of calls per zoom frame): no search.
    const i = from.length === 2 ? 0 : Math.min(from.length - 2, Math.max(0, bisectRight(from, value) - 1));
    const span = from[i + 1] - from[i];
    return span ? to[i] + ((value - from[i]) / span) * (to[i + 1] - to[i]) : to[i];
  };
  const increasing = r[r.length - 1] >= r[0];
  const rangeAscending = increasing ? r : [...r].reverse();
  const domainByRange = increasing ? d : [...d].reverse();
  const scale = ((value: number) => piece(d, r, value)) as LinearScale;
  scale.invert = (position) => piece(rangeAscending, domainByRange, position);
  scale.domain = () => [...d];
  scale.range = () => [...r];
  return scale;
}
