/**
 * The time scales: (poly)linear maps of UTC milliseconds (core/linear-scale),
 * with d3-time's calendar ticks (the axis formats its labels with Intl).
 *
 * A straight 1918–1948 axis spends 38 % of its width on the empty 1920s and
 * crams 1938–1946, so the base scale (zoom level 1) spends length where the
 * events are, in both orientations: every year (or month, for short periods)
 * keeps a minimum share of the length and the rest goes to periods in
 * proportion to their events; a run of two or more empty periods shrinks to
 * a fixed short gap, drawn as an axis break so that the compression is never
 * hidden. The axis labels the periods, so the uneven spacing stays visible.
 * Zoom then acts linearly on that base, as on any scale.
 */
import { bisector } from 'd3-array';
import { utcMonth, utcTicks, utcYear } from 'd3-time';
import { linearScale, type LinearScale } from '../../core/linear-scale.js';
import type { TimelineItem } from './timeline-model.js';

/** Milliseconds (UTC) to pixels. */
export type Scale = LinearScale;
export type View = readonly [number, number];

/** The base scale, with the stretches of time it compresses into a break. */
export interface BaseScale extends Scale {
  /** Empty runs of periods drawn as a short gap with a break mark, as [start, end] (ms). */
  readonly breaks: readonly View[];
}

const YEAR = 365.25 * 86_400_000;
/** Share of the length every non-empty period keeps, whatever its events. */
const MINIMUM_SHARE = { horizontal: 0.3, vertical: 0.35 } as const;
/** Length (px) of an axis break, whatever the time it stands for. */
export const BREAK_LENGTH = { horizontal: 52, vertical: 44 } as const;
/** A view shorter than this gets month (and finer) ticks; a longer one only years. */
const FINE_TICKS_BELOW = 4 * YEAR;
/** Empty periods in a row from which on they become a break. */
const BREAK_FROM = 2;

export function baseScale(orientation: 'horizontal' | 'vertical', full: View, range: readonly [number, number], items: readonly TimelineItem[]): BaseScale {
  const linear = Object.assign(linearScale(full, range), { breaks: [] as View[] });
  const span = full[1] - full[0];
  if (span < 0.5 * YEAR || items.length === 0) return linear;
  const interval = span > 4 * YEAR ? utcYear : utcMonth;
  const edges = [full[0], ...interval.range(new Date(full[0] + 1), new Date(full[1])).map(Number), full[1]];
  const periods = edges.length - 1;
  const counts = new Array<number>(periods).fill(0);
  const byEdge = bisector((time: number) => time);
  let total = 0;
  for (const item of items) {
    if (item.anchor < full[0] || item.anchor >= full[1]) continue;
    counts[Math.min(periods - 1, byEdge.right(edges, item.anchor) - 1)] += 1;
    total += 1;
  }
  if (total === 0) return linear;
  // Runs of empty periods become breaks; the runs' periods are marked so that they take no share.
  const inBreak = new Array<boolean>(periods).fill(false);
  const breaks: View[] = [];
  for (let i = 0; i < periods; ) {
    let j = i;
    while (j < periods && counts[j] === 0) j++;
    if (j - i >= BREAK_FROM) {
      breaks.push([edges[i], edges[j]]);
      inBreak.fill(true, i, j);
    }
    i = Math.max(j, i + 1);
  }
  const length = range[1] - range[0];
  const breakLength = Math.min(BREAK_LENGTH[orientation], length / 12);
  const rest = length - breakLength * breaks.length;
  let keptSpan = 0;
  for (let i = 0; i < periods; i++) if (!inBreak[i]) keptSpan += edges[i + 1] - edges[i];
  const minimum = MINIMUM_SHARE[orientation];
  const domain = [edges[0]];
  const positions = [range[0]];
  for (let i = 0; i < periods; i++) {
    const share = minimum * ((edges[i + 1] - edges[i]) / keptSpan) + (1 - minimum) * (counts[i] / total);
    const step = inBreak[i] ? 0 : rest * share;
    // A break is one piece of the scale: its periods are not breakpoints of their own.
    if (inBreak[i] && inBreak[i + 1]) continue;
    domain.push(edges[i + 1]);
    positions.push(positions[positions.length - 1] + (inBreak[i] ? breakLength : step));
  }
  positions[positions.length - 1] = range[1];
  return Object.assign(linearScale(domain, positions), { breaks });
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
 * then finer ticks where they fit. `skip` leaves out positions (inside axis breaks).
 */
export function ticksFor(scale: Scale, view: View, length: number, gap: number, skip: (at: number) => boolean = () => false): Date[] {
  const calendarTicks = (count: number) => utcTicks(new Date(view[0]), new Date(view[1]), Math.max(2, Math.floor(count)));
  if (scale.domain().length === 2) return calendarTicks(length / gap).filter((date) => !skip(scale(date.getTime())));
  // Polylinear: every new year, then kept where they fit. Finer ticks (calendar steps, months) only in a
  // view of a few years: over decades they would fill only the stretched busy years, and an axis whose
  // ticks change kind from year to year reads as uneven.
  const [from, to] = [new Date(view[0]), new Date(view[1])];
  const fine = view[1] - view[0] < FINE_TICKS_BELOW;
  const candidates = [...(fine ? calendarTicks((length / gap) * 4) : []), ...utcYear.range(from, to), ...(fine ? utcMonth.range(from, to) : [])];
  const rank = (date: Date) => (date.getUTCMonth() === 0 && date.getUTCDate() === 1 ? 0 : date.getUTCDate() === 1 ? 1 : 2);
  const kept: { date: Date; at: number }[] = [];
  const byAt = bisector((tick: { at: number }) => tick.at);
  for (const level of [0, 1, 2]) {
    for (const date of candidates) {
      if (rank(date) !== level) continue;
      const at = scale(date.getTime());
      // Left out before choosing (an axis break's own label stands there), so that it takes no neighbour's place.
      if (skip(at)) continue;
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
