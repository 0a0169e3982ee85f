/**
 * The time scales: linear maps of UTC milliseconds (core/linear-scale), with
 * d3-time's calendar ticks (the axis formats its labels with Intl). Horizontally time runs linearly. Vertically — a phone,
 * read top to bottom — a linear scale would spend screens on empty years and
 * squeeze the busy ones, so the vertical base scale is polylinear: every year
 * (or month, for short periods) keeps a fixed minimum share of the length and
 * the rest goes to periods in proportion to their events. The axis labels
 * every period, so the uneven spacing stays visible. Zoom then acts linearly
 * on that base, as on any scale.
 */
import { bisector } from 'd3-array';
import { utcMonth, utcTicks, utcYear } from 'd3-time';
import { linearScale, type LinearScale } from '../../core/linear-scale.js';
import type { TimelineItem } from './timeline-model.js';

/** Milliseconds (UTC) to pixels. */
export type Scale = LinearScale;
export type View = readonly [number, number];

const YEAR = 365.25 * 86_400_000;
/** Share of the length every period keeps, whatever its events. */
const MINIMUM_SHARE = 0.35;

export function baseScale(orientation: 'horizontal' | 'vertical', full: View, range: readonly [number, number], items: readonly TimelineItem[]): Scale {
  const linear = linearScale(full, range);
  const span = full[1] - full[0];
  if (orientation === 'horizontal' || span < 0.5 * YEAR || items.length === 0) return linear;
  const interval = span > 4 * YEAR ? utcYear : utcMonth;
  const breaks = [full[0], ...interval.range(new Date(full[0] + 1), new Date(full[1])).map(Number), full[1]];
  const periods = breaks.length - 1;
  const counts = new Array<number>(periods).fill(0);
  const byBreak = bisector((time: number) => time);
  let total = 0;
  for (const item of items) {
    if (item.anchor < full[0] || item.anchor >= full[1]) continue;
    counts[Math.min(periods - 1, byBreak.right(breaks, item.anchor) - 1)] += 1;
    total += 1;
  }
  if (total === 0) return linear;
  const length = range[1] - range[0];
  const positions = [range[0]];
  for (let i = 0; i < periods; i++) {
    const share = (breaks[i + 1] - breaks[i]) / span;
    positions.push(positions[i] + length * (MINIMUM_SHARE * share + (1 - MINIMUM_SHARE) * (counts[i] / total)));
  }
  positions[periods] = range[1];
  return linearScale(breaks, positions);
}

/**
 * The base scale as the view shows it. A linear base simply takes the view as
 * its domain (what d3-zoom's `rescaleX` does); a polylinear one keeps its
 * domain and stretches its range so that `view` fills `range`.
 */
export function zoomedScale(base: Scale, view: View, range: readonly [number, number]): Scale {
  if (base.domain().length === 2) return linearScale(view, range);
  const p0 = base(view[0]);
  const p1 = base(view[1]);
  const k = (range[1] - range[0]) / (p1 - p0 || 1);
  return linearScale(base.domain(), base.range().map((p) => range[0] + (p - p0) * k));
}

/**
 * Tick dates for the view, at least `gap` pixels apart on `scale`: a linear
 * scale's ticks where spacing is even; on a polylinear one, new years first,
 * then finer ticks where they fit.
 */
export function ticksFor(scale: Scale, view: View, length: number, gap: number): Date[] {
  const calendarTicks = (count: number) => utcTicks(new Date(view[0]), new Date(view[1]), Math.max(2, Math.floor(count)));
  if (scale.domain().length === 2) return calendarTicks(length / gap);
  // Polylinear: candidates at calendar steps over the view, then kept where they fit.
  const candidates = calendarTicks((length / gap) * 4);
  const rank = (date: Date) => (date.getUTCMonth() === 0 && date.getUTCDate() === 1 ? 0 : date.getUTCDate() === 1 ? 1 : 2);
  const kept: { date: Date; at: number }[] = [];
  const byAt = bisector((tick: { at: number }) => tick.at);
  for (const level of [0, 1, 2]) {
    for (const date of candidates) {
      if (rank(date) !== level) continue;
      const at = scale(date.getTime());
      const i = byAt.left(kept, at);
      if ((i > 0 && at - kept[i - 1].at < gap) || (i < kept.length && kept[i].at - at < gap)) continue;
      kept.splice(i, 0, { date, at });
    }
  }
  return kept.map((tick) => tick.date);
}

/** A view kept inside the whole period `full` and no narrower than `minSpan` (it keeps its centre where it can). */
export function constrainView(view: View, full: View, minSpan: number): View {
  const [lo, hi] = full;
  const span = Math.min(hi - lo, Math.max(minSpan, view[1] - view[0]));
  const start = Math.max(lo, Math.min(hi - span, (view[0] + view[1]) / 2 - span / 2));
  return [start, start + span];
}

/**
 * `view` zoomed by `factor` (> 1: in) around `center` (ms), measured on the
 * base scale as a pinch would: the point under `center` stays where it is.
 */
export function zoomView(view: View, factor: number, center: number, base?: Scale): View {
  const toPixel = (time: number) => (base ? base(time) : time);
  const toTime = (pixel: number) => (base ? base.invert(pixel) : pixel);
  const [p0, p1] = [toPixel(view[0]), toPixel(view[1])];
  const middle = toPixel(Math.max(view[0], Math.min(view[1], center)));
  const span = (p1 - p0) / factor;
  const start = middle - span * ((middle - p0) / (p1 - p0 || 1));
  return [toTime(start), toTime(start + span)];
}
