/**
 * Where each visible event goes at the current zoom: its lane, its extent
 * along the time axis and its label, or — only where events do not fit —
 * the aggregate ("cluster") that stands for the ones left over.
 *
 * Positions are pixels along the time axis ("t"); lanes stack across it.
 * Horizontally a title is worth as much as its mark: an event takes a lane
 * only where its whole title fits beside it (after the mark, else before it),
 * choosing the lane that is free most recently so that long free stretches
 * stay for long titles. Events that find no such lane are left over; the
 * left-over events of a bin become one aggregate in a row of its own at the
 * bottom. Vertically labels sit in a column of their own and the lanes only
 * hold the marks. The work is linear in the number of visible events.
 */
import type { TimelineItem } from './timeline-model.js';

export const DOT_RADIUS = 6;
const GAP = 3;
const LABEL_GAP = 4;
const MIN_LABEL = 26;
/** Above this many events in view, one layout pass instead of trying several. */
const CROWD = 400;
/** Vertical layout: how far a label may slide below its mark. */
const MAX_SHIFT = 110;

export interface Label {
  /** The text as drawn (maybe shortened with "…"). */
  readonly text: string;
  /** Drawn inside a range bar rather than beside its mark. */
  readonly inside: boolean;
  /** Drawn before the mark (right-aligned to it) rather than after it. */
  readonly before?: boolean;
  /** Shortened with "…": the whole title shows on hover and focus. */
  readonly shortened?: boolean;
  /** Its measured width in pixels. */
  readonly width: number;
}

export interface EventUnit {
  readonly kind: 'event';
  /** Unique among the units: `event:<id>` (a badge is `cluster:<bin>`). */
  readonly key: string;
  readonly item: TimelineItem;
  readonly lane: number;
  /** Mark extent along the time axis (clamped to the view), and the dot's centre. */
  readonly t0: number;
  readonly t1: number;
  readonly anchor: number;
  /** Drawn as a bar (a range, or an uncertain date wide enough to show it), else as a dot. */
  readonly bar: boolean;
  label?: Label;
  /** Vertical layout: the title's lines in the label column, and where they begin. */
  lines?: string[];
  labelTop?: number;
}

export interface ClusterUnit {
  readonly kind: 'cluster';
  readonly key: string;
  readonly items: readonly TimelineItem[];
  readonly lane: number;
  readonly t0: number;
  readonly t1: number;
  readonly anchor: number;
}

export type Unit = EventUnit | ClusterUnit;

export interface LayoutOptions {
  readonly orientation: 'horizontal' | 'vertical';
  /** Pixel position along the time axis of a time (ms). */
  readonly position: (time: number) => number;
  /** The visible pixel range along the time axis. */
  readonly range: readonly [number, number];
  /** Position of a fixed instant (the domain's start): keeps bins still while panning. */
  readonly origin: number;
  readonly lanes: number;
  /** Width of a bin: events closer than this may be grouped into one badge. */
  readonly binSize: number;
  readonly labelText: (item: TimelineItem) => string;
  /** Width in pixels of a label (horizontal) or a title line (vertical). */
  readonly measure: (text: string) => number;
  /** Width of the badge of `count` events. */
  readonly badgeWidth: (count: number) => number;
  /** Vertical layout: width of the label column and height of a label's lines. */
  readonly columnWidth?: number;
  readonly lineHeight?: number;
  readonly dateLineHeight?: number;
}

export interface Layout {
  readonly units: readonly Unit[];
  /** Event id → key of the unit (mark or badge) that shows it. */
  readonly unitOf: ReadonlyMap<string, string>;
  readonly lanesUsed: number;
}

/**
 * Shortens `text` at a word boundary with "…" to about `room` pixels, or
 * undefined when not even its first word fits. Whole words keep the visible
 * label a part of the mark's accessible name.
 */
export function fitText(text: string, room: number, measure: (text: string) => number): string | undefined {
  const width = measure(text);
  if (width <= room) return text;
  if (room < MIN_LABEL) return undefined;
  const chars = Math.floor((text.length * room) / width) - 1;
  const cut = text.slice(0, Math.max(0, chars));
  const space = cut.lastIndexOf(' ');
  if (space <= 0) return undefined;
  return `${cut.slice(0, space).replace(/[\s,.;:—–-]+$/, '')}…`;
}

/** Greedy word wrap into at most `maxLines` lines of `width` pixels; the last line ends in "…" when cut. */
export function wrapText(text: string, width: number, maxLines: number, measure: (text: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i];
    if (measure(next) <= width || !line) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(fitText([line, ...words.slice(i)].join(' '), width, measure) ?? `${line}…`);
      return lines;
    }
    lines.push(line);
    line = words[i];
  }
  if (line) lines.push(measure(line) <= width ? line : (fitText(line, width, measure) ?? line));
  return lines;
}

export function layoutTimeline(items: readonly TimelineItem[], options: LayoutOptions): Layout {
  let units: Unit[];
  if (options.orientation === 'horizontal') {
    units = bestOf(items, options);
  } else {
    units = layoutColumn(items, options);
    labelColumn(units, options);
  }
  const unitOf = new Map<string, string>();
  let lanesUsed = 0;
  for (const unit of units) {
    lanesUsed = Math.max(lanesUsed, unit.lane + 1);
    if (unit.kind === 'event') unitOf.set(unit.item.event.id, unit.key);
    else for (const item of unit.items) unitOf.set(item.event.id, unit.key);
  }
  return { units, unitOf, lanesUsed };
}

/**
 * Labels go before a mark where they can, as a pass runs: that stretch of the
 * lane is of no use to the events still to come. A pass from the left end
 * does well where events crowd the start, one from the right end (titles
 * after their marks first) where they crowd the end; so the events left of a
 * split point are laid out from the left end, those right of it from the
 * right end up to what the first pass took. Three split points are tried (ten gave the same
 * picture of the bundled events in en/cs/sk at 1100 and 360 px, for twice the work of a cold first picture);
 * the layout with the most whole titles (and the fewest shortened or
 * aggregated) is kept.
 */
function bestOf(items: readonly TimelineItem[], options: LayoutOptions): Unit[] {
  const [r0, r1] = options.range;
  const { lanes } = options;
  const score = (units: readonly Unit[]) =>
    units.reduce((sum, unit) => sum + (unit.kind === 'cluster' ? -3 * unit.items.length : !unit.label ? -1.5 : unit.label.shortened ? -6 : 1), 0);
  // Many events: one pass from the left with the aggregates' row set aside at once (a zoom step stays cheap at 10,000).
  if (items.length > CROWD) {
    const units = layoutBeside(items, options, lanes - 1, Infinity);
    return units.some((unit) => unit.kind === 'cluster') ? units : layoutBeside(items, options, lanes, Infinity);
  }
  let best: Unit[] | undefined;
  let bestScore = -Infinity;
  for (const split of [Infinity, -Infinity, ...[0.25, 0.5, 0.75].map((f) => r0 + f * (r1 - r0))]) {
    let units = layoutBeside(items, options, lanes, split);
    // Left-over events: their aggregates take the bottom lane, and the events lay out again in the others.
    if (lanes > 2 && units.some((unit) => unit.kind === 'cluster')) units = layoutBeside(items, options, lanes - 1, split);
    const value = score(units);
    if (value > bestScore) [best, bestScore] = [units, value];
  }
  return best!;
}

/** Where an event's mark runs along the axis, and whether it is a bar. */
function extent(item: TimelineItem, position: (time: number) => number, [r0, r1]: readonly [number, number], startAt?: number) {
  // Each position is a search through the scale's breakpoints: taken once each (10,000 events per zoom step); `startAt` is `position(item.start)` where known.
  const a = startAt !== undefined && item.from === item.start ? startAt : position(item.from);
  const b = item.to === item.from ? a : position(item.to);
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  const bar = to - from >= 2 * DOT_RADIUS;
  const clamp = (t: number) => Math.max(r0 - 8, Math.min(r1 + 8, t));
  const anchor = bar ? clamp(from) : item.anchor === item.from ? a : item.anchor === item.to ? b : position(item.anchor);
  return { bar, t0: bar ? clamp(from) : anchor - DOT_RADIUS, t1: bar ? clamp(to) : anchor + DOT_RADIUS, anchor };
}

/**
 * Horizontal: marks and whole titles in `lanes` lanes, events before `split`
 * (px) from the left end, the others from the right end; the events that find
 * no lane for both are grouped by bin into aggregates in lane `lanes`.
 */
function layoutBeside(items: readonly TimelineItem[], options: LayoutOptions, lanes: number, split: number): Unit[] {
  const [r0, r1] = options.range;
  const flip = (t: number) => r0 + r1 - t;
  // An endless split puts every event on one side without a scale search each (the one pass at 10,000 events).
  let cut = split === Infinity ? items.length : 0;
  if (Number.isFinite(split)) while (cut < items.length && options.position(items[cut].start) < split) cut++;
  const forward = pass(items.slice(0, cut), options, lanes, false, new Array<number>(lanes).fill(Infinity));
  // The right-hand pass runs mirrored: a lane is free up to where the left-hand pass took it.
  const backward = pass(items.slice(cut).reverse(), options, lanes, true, forward.taken.map((taken) => flip(taken)));
  const units = [...forward.units];
  for (let i = backward.units.length - 1; i >= 0; i--) {
    const unit = backward.units[i];
    const previous = units[units.length - 1];
    // Both passes left events over in the bin of the split: one aggregate.
    if (unit.kind === 'cluster' && previous?.kind === 'cluster' && previous.key === unit.key) units[units.length - 1] = { ...previous, items: [...previous.items, ...unit.items] };
    else units.push(unit);
  }
  return units;
}

/** One pass over `items` in the order given, in its own direction; `limit` ends each lane (in the pass's direction). */
function pass(items: readonly TimelineItem[], options: LayoutOptions, lanes: number, mirrored: boolean, limit: readonly number[]): { units: Unit[]; taken: number[] } {
  const { range, binSize, measure, labelText, origin } = options;
  const [r0, r1] = range;
  // A mirrored pass lays out as if time ran leftwards, and turns each mark round at the end.
  const flip = (t: number) => r0 + r1 - t;
  const position = mirrored ? (time: number) => flip(options.position(time)) : options.position;
  const units: Unit[] = [];
  /** Where each lane is taken up to, mark and label (in the pass's direction). */
  const taken = new Array<number>(lanes).fill(-Infinity);
  /** The least of `taken`. */
  let earliest = -Infinity;
  let leftOver: TimelineItem[] = [];
  let leftOverBin = Number.NaN;
  const flush = () => {
    if (leftOver.length === 0) return;
    // Aggregates sit in the middle of their bin, counted from the domain's start whatever the pass: they never touch.
    const anchor = Math.max(r0, Math.min(r1, origin + (leftOverBin + 0.5) * binSize));
    const half = Math.min(binSize - GAP, options.badgeWidth(leftOver.length)) / 2;
    const held = mirrored ? leftOver.reverse() : leftOver;
    units.push({ kind: 'cluster', key: `cluster:${leftOverBin}`, items: held, lane: lanes, t0: anchor - half, t1: anchor + half, anchor });
    leftOver = [];
  };
  /** The lane free from the latest position at or before `t` and up to `end` (best fit), or -1. */
  const bestLane = (t: number, end: number) => {
    let best = -1;
    for (let lane = 0; lane < lanes; lane++) if (taken[lane] + GAP <= t && end + GAP <= limit[lane] && (best < 0 || taken[lane] > taken[best])) best = lane;
    return best;
  };

  for (const item of items) {
    const startAt = options.position(item.start);
    const bin = Math.floor((startAt - origin) / binSize);
    if (bin !== leftOverBin) flush();
    leftOverBin = bin;
    const { bar, t0, t1, anchor } = extent(item, position, range, mirrored ? flip(startAt) : startAt);
    // No lane free at the mark: left over, without measuring its title (keeps 10,000 events cheap).
    // Where even the lane taken least far runs past the mark, no lane can be free: no need to look at each.
    if (earliest + GAP > t0 || bestLane(t0, t1) < 0) {
      leftOver.push(item);
      continue;
    }
    const text = labelText(item);
    const width = measure(text);
    let label: Label | undefined;
    let lane: number;
    let end = t1;
    if (bar && !item.fuzz && t1 - t0 >= width + 26) {
      label = { text, inside: true, width };
      lane = bestLane(t0, t1);
    } else if (t0 - LABEL_GAP - width >= r0 - 8 && (lane = bestLane(t0 - LABEL_GAP - width, t1)) >= 0) {
      // Before the mark first: the events still to come all lie later, so that stretch of the lane is free for nobody else.
      label = { text, inside: false, before: true, width };
    } else if (t1 + LABEL_GAP + width <= r1 + 8 && (lane = bestLane(t0, t1 + LABEL_GAP + width)) >= 0) {
      label = { text, inside: false, width };
      end = t1 + LABEL_GAP + width;
    } else {
      // No room for the whole title: shortened to what is left after the mark, or none (the whole one shows on hover and focus).
      lane = bestLane(t0, t1);
      const room = Math.min(r1 + 8, limit[lane] - GAP) - (t1 + LABEL_GAP);
      // Only where most of it stays: a stub of a title tells less than the whole one on hover and focus.
      const short = room >= width * 0.7 ? fitText(text, room, measure) : undefined;
      if (short) {
        label = { text: short, inside: false, width: Math.min(room, measure(short)), shortened: true };
        end = t1 + LABEL_GAP + label.width;
      }
    }
    taken[lane] = end;
    earliest = Math.min(...taken);
    units.push(
      mirrored
        ? { kind: 'event', key: `event:${item.event.id}`, item, lane, t0: flip(t1), t1: flip(t0), anchor: bar ? flip(t1) : flip(anchor), bar, label: label && !label.inside ? { ...label, before: !label.before } : label }
        : { kind: 'event', key: `event:${item.event.id}`, item, lane, t0, t1, anchor, bar, label },
    );
  }
  flush();
  return { units, taken: mirrored ? taken.map((t) => flip(t)) : taken };
}

/**
 * Vertical: the marks in the lanes beside the axis (their titles go to the
 * column, see `labelColumn`); a bin whose events do not all fit becomes one
 * aggregate across the lanes.
 */
function layoutColumn(items: readonly TimelineItem[], options: LayoutOptions): Unit[] {
  const { position, range, origin, lanes, binSize } = options;
  const [r0, r1] = range;
  const units: Unit[] = [];
  // More events in one bin than could ever fit there: an aggregate without trying (keeps dense zoom levels cheap).
  const capacity = lanes * Math.max(1, Math.floor(binSize / (2 * DOT_RADIUS + GAP)));
  const markEnd = new Array<number>(lanes).fill(-Infinity);
  let start = 0;
  while (start < items.length) {
    const binIndex = Math.floor((position(items[start].start) - origin) / binSize);
    let end = start + 1;
    while (end < items.length && Math.floor((position(items[end].start) - origin) / binSize) === binIndex) end++;
    const bin = items.slice(start, end);
    start = end;
    const saved = markEnd.slice();
    const placed: EventUnit[] = [];
    if (bin.length <= capacity) {
      for (const item of bin) {
        const { bar, t0, t1, anchor } = extent(item, position, range);
        let lane = markEnd.findIndex((taken) => taken + GAP <= t0);
        // A lone event with every lane taken (long spans pass by) goes where it overlaps least: an aggregate of one tells nothing.
        if (lane < 0 && bin.length === 1) lane = markEnd.indexOf(Math.min(...markEnd));
        if (lane < 0) break;
        markEnd[lane] = t1;
        placed.push({ kind: 'event', key: `event:${item.event.id}`, item, lane, t0, t1, anchor, bar });
      }
    }
    if (placed.length === bin.length) {
      units.push(...placed);
      continue;
    }
    markEnd.splice(0, lanes, ...saved);
    // The aggregate sits in the middle of its bin (aggregates of neighbouring bins never touch) and spans every lane.
    const anchor = Math.max(r0, Math.min(r1, origin + (binIndex + 0.5) * binSize));
    markEnd.fill(anchor + 10);
    units.push({ kind: 'cluster', key: `cluster:${binIndex}`, items: bin, lane: 0, t0: anchor - 10, t1: anchor + 10, anchor });
  }
  return units;
}

/** Vertical: each label takes its own lines in the column, at its mark's height, where it does not collide. */
function labelColumn(units: Unit[], options: LayoutOptions): void {
  const lineHeight = options.lineHeight ?? 16;
  const dateLine = options.dateLineHeight ?? 14;
  const width = options.columnWidth ?? 0;
  if (width < 40) return;
  let free = -Infinity;
  // In the order of the marks down the axis, not of the dates: a mark drawn later than its date
  // (an open start, "after 1945") would otherwise take the column below all the events after it.
  const down = units.every((unit, index) => index === 0 || units[index - 1].anchor <= unit.anchor) ? units : [...units].sort((a, b) => a.anchor - b.anchor);
  for (const unit of down) {
    // A label may slide down a little below its mark (a leader line joins them) to make room.
    const wanted = unit.anchor - dateLine / 2 - 2;
    const top = Math.max(wanted, free);
    if (unit.kind === 'cluster' || top - wanted > MAX_SHIFT) continue;
    unit.labelTop = top;
    unit.lines = wrapText(options.labelText(unit.item), width, 2, options.measure);
    free = top + dateLine + unit.lines.length * lineHeight + 6;
  }
}
