/**
 * One drawing of the timeline: for a plot size, an orientation and a view,
 * the geometry, the zoomed scale, the visible events, their layout and the
 * axis ticks. Built once per zoom step; everything in it is O(visible).
 *
 * The layout is the costly part (a pass over every event in view: 10,000 at
 * the whole period), so it is asked of `layoutAt`, which the element
 * memoises: while an animated zoom runs, every frame draws the layout of the
 * animation's wider end moved to the frame's scale (`moveLayout`), and the
 * first frame of a zoom-in reuses the layout already on screen.
 */
import type { Locale } from '../../data/types.js';
import { textWidth } from './measure.js';
import { layoutTimeline, type Layout } from './timeline-layout.js';
import type { MoveLayout } from './timeline-move.js';
import { visibleItems, type ShownEvents, type TimelineItem } from './timeline-model.js';
import { geometry, type AxisBreak, type Geometry, type Orientation } from './timeline-render.js';
import { ticksFor, zoomedScale, type BaseScale, type Scale, type View } from './timeline-scale.js';
import { breakLabel, tickLabel } from './timeline-text.js';

/** An axis tick: where, its label, and `start` where the label begins at the tick (just after a break's label) instead of centred on it. */
export interface Tick {
  readonly t: number;
  readonly text: string;
  readonly anchor?: 'start';
}

export interface Frame {
  readonly geometry: Geometry;
  readonly view: View;
  readonly position: (time: number) => number;
  readonly layout: Layout;
  /** The events in view (while an animated zoom runs: those of its wider end, whose layout is drawn). */
  readonly visible: readonly TimelineItem[];
  readonly ticks: readonly Tick[];
  /** Stretches of empty years drawn short (see `baseScale`), in view. */
  readonly breaks: readonly AxisBreak[];
  /**
   * In a frame of an animated zoom that has barely moved yet (the first ones):
   * the layout is drawn as it is and the marks' group is stretched along the
   * axis, position `t` going to `shift + k * t` — one attribute for the whole
   * picture instead of one per mark; glyphs widen by at most MAX_STRETCH.
   */
  readonly stretch?: { readonly k: number; readonly shift: number };
}

/** How far an animated zoom's frame may stretch the marks as a whole (their glyphs widen with it) before it moves each mark instead. */
const MAX_STRETCH = 1.1;

export interface FrameInput {
  readonly orientation: Orientation;
  readonly width: number;
  readonly height: number;
  readonly view: View;
  readonly full: View;
  /** The base scale for this geometry (see `baseScale`). */
  readonly base: (g: Geometry) => BaseScale;
  readonly shown: ShownEvents;
  readonly locale: Locale;
  /** The label of an event beside its mark (horizontal) or in the label column (vertical). */
  readonly label: LabelOf;
  /** The data's end (exclusive, ms): no tick at or past it, though the view keeps room for labels there ("1949" would read as a year of the data). */
  readonly ticksBefore?: number;
  /** While an animated zoom runs (see Moving). */
  readonly moving?: Moving;
  /** `layoutAt`, memoised by the element (its arguments are numbers and kept objects, so equal inputs hit). */
  readonly layoutAt?: LayoutAt;
}

/** While an animated zoom runs: the wider of its two ends, whose layout each frame draws at its own scale, and `move`, which moves it there mark by mark (without it, or while the stretch is small, the marks are stretched as a whole). */
export interface Moving {
  readonly still: View;
  readonly move?: MoveLayout;
}

export type LabelOf = (item: TimelineItem, orientation: Orientation) => string;

/** The events of a view, laid out at that view's scale. */
export interface Placement {
  readonly layout: Layout;
  readonly scale: Scale;
  readonly visible: readonly TimelineItem[];
}

export type LayoutAt = typeof layoutAt;

/** Lays out the events of `shown` in the view `from`–`to` (`start`: the whole period's start, where the aggregates' bins are counted from). */
export function layoutAt(orientation: Orientation, width: number, height: number, base: BaseScale, shown: ShownEvents, start: number, from: number, to: number, label: LabelOf): Placement {
  const g = geometry(orientation, width, height);
  const horizontal = g.orientation === 'horizontal';
  const scale = zoomedScale(base, [from, to], g.range);
  const position = (time: number) => scale(time);
  const visible = visibleItems(shown, from, to);
  const layout = layoutTimeline(visible, {
    orientation: g.orientation,
    position,
    range: g.range,
    origin: position(start),
    lanes: g.lanes,
    binSize: horizontal ? 44 : 30,
    labelText: (item) => label(item, g.orientation),
    measure: (text) => textWidth(text, horizontal ? 12 : 13),
    badgeWidth: (count) => Math.max(24, textWidth(badgeText(count), 11, 600) + 14),
    columnWidth: g.columnWidth,
  });
  return { layout, scale, visible };
}

/** The number on a badge: short enough to fit. */
export function badgeText(count: number): string {
  return count > 999 ? '999+' : String(count);
}

export function buildFrame(input: FrameInput): Frame {
  const { view, full, locale } = input;
  const g = geometry(input.orientation, input.width, input.height);
  const horizontal = g.orientation === 'horizontal';
  const base = input.base(g);
  const scale = zoomedScale(base, view, g.range);
  const position = (time: number) => scale(time);
  const moving = input.moving;
  const still = moving && (moving.still[0] !== view[0] || moving.still[1] !== view[1]) ? moving.still : undefined;
  const at = still ?? view;
  const placed = (input.layoutAt ?? layoutAt)(g.orientation, g.width, g.height, base, input.shown, full[0], at[0], at[1], input.label);
  const { visible } = placed;
  let { layout } = placed;
  let stretch: Frame['stretch'];
  if (still) {
    // The same base scale at two zooms: positions map affinely, fixed by where the still view's ends go.
    const [a, b] = [placed.scale(still[0]), placed.scale(still[1])];
    const [c, d] = [scale(still[0]), scale(still[1])];
    const k = (d - c) / (b - a || 1);
    if (k <= MAX_STRETCH || !moving?.move) stretch = { k, shift: c - a * k };
    else layout = moving.move(layout, (t) => c + (t - a) * k, g.range);
  }
  const length = g.range[1] - g.range[0];
  const [r0, r1] = g.range;
  const breaks: AxisBreak[] = [];
  for (const [from, to] of base.breaks) {
    const at = [scale(from), scale(to)] as const;
    if (at[1] < r0 || at[0] > r1) continue;
    // The years (or months) left out, where the gap holds them.
    const text = breakLabel(from, to, locale, true);
    breaks.push({ at, text: horizontal ? (textWidth(text, 11) + 2 <= at[1] - at[0] ? text : '') : text });
  }
  // Inside a break no tick (its years are not on the scale), nor one whose label would run into the break's
  // (across, the year after a break keeps its tick with the label starting there, 1938 after "1936–37",
  // and the next 54 px stay free for that label); none from the data's end on. Left out before ticks
  // are chosen, so that no neighbour gives way to them.
  const endAt = input.ticksBefore === undefined ? Infinity : scale(input.ticksBefore) - 0.5;
  const afterBreak = (t: number) => horizontal && breaks.some(({ at, text }) => text && t >= at[1] - 1 && t < at[1] + 24);
  // Room kept before a break's label: a centred year label reaches half its width ahead, a label starting at its tick all of it.
  const before = (text: string, t: number) => (!text ? -1 : !horizontal ? 8 : afterBreak(t) ? 37 : 24);
  const skip = (t: number) =>
    t >= endAt || breaks.some(({ at, text }) => t > at[0] - before(text, t) && (t < at[1] - 1 || (horizontal && text && t > at[1] + 1 && t < at[1] + 54)));
  const ticks = ticksFor(scale, view, length, horizontal ? 46 : 24, skip).map((date): Tick => {
    const t = scale(date.getTime());
    return { t, text: tickLabel(date, locale), anchor: afterBreak(t) ? 'start' : undefined };
  });
  return { geometry: g, view, position, layout, visible, ticks, breaks, stretch };
}
