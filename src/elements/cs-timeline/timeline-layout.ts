/**
 * Where each visible event goes at the current zoom: its lane, its extent
 * along the time axis, whether its label fits, or — where marks would
 * overlap — the count badge ("cluster") that stands for a group of them.
 *
 * Positions are pixels along the time axis ("t"); lanes stack across it.
 * The same maths serves both orientations: horizontally labels run beside
 * their marks inside the lanes, vertically they sit in a column of their own.
 * The work is linear in the number of visible events.
 */
import type { TimelineItem } from './timeline-model.js';

export const DOT_RADIUS = 6;
const GAP = 3;
const LABEL_GAP = 4;
const MIN_LABEL = 26;
/** Vertical layout: how far a label may slide below its mark. */
const MAX_SHIFT = 44;

export interface Label {
  /** The text as drawn (maybe shortened with "…"). */
  readonly text: string;
  /** Drawn inside a range bar rather than beside its mark. */
  readonly inside: boolean;
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
  /** Horizontal layout: room for a label beside the mark. */
  room: number;
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
  const { position, range, origin, lanes, binSize, orientation } = options;
  const horizontal = orientation === 'horizontal';
  const [r0, r1] = range;
  const clamp = (t: number) => Math.max(r0 - 8, Math.min(r1 + 8, t));
  const units: Unit[] = [];
  // More events in one bin than could ever fit there: a badge without trying (keeps dense zoom levels cheap).
  const capacity = lanes * Math.max(1, Math.floor(binSize / (2 * DOT_RADIUS + GAP)));
  const markEnd = new Array<number>(lanes).fill(-Infinity);
  const fullEnd = new Array<number>(lanes).fill(-Infinity);
  const last = new Array<EventUnit | undefined>(lanes).fill(undefined);

  const place = (unit: EventUnit, labelWidth: number, log: [EventUnit, number][]) => {
    const previous = last[unit.lane];
    if (previous && horizontal && !previous.label?.inside) {
      log.push([previous, previous.room]);
      previous.room = Math.min(previous.room, unit.t0 - GAP - (previous.t1 + LABEL_GAP));
    }
    markEnd[unit.lane] = unit.t1;
    fullEnd[unit.lane] = horizontal && labelWidth > 0 ? unit.t1 + LABEL_GAP + labelWidth : unit.t1;
    last[unit.lane] = unit;
  };

  const cluster = (bin: TimelineItem[], binIndex: number) => {
    // The badge sits in the middle of its bin: badges of neighbouring bins never touch.
    const anchor = Math.max(r0, Math.min(r1, origin + (binIndex + 0.5) * binSize));
    const half = horizontal ? Math.min(binSize - GAP, options.badgeWidth(bin.length)) / 2 : 10;
    const [t0, t1] = [anchor - half, anchor + half];
    let lane = 0;
    if (horizontal) {
      lane = markEnd.findIndex((end) => end + GAP <= t0);
      if (lane < 0) lane = markEnd.indexOf(Math.min(...markEnd));
      const before = last[lane];
      if (before && !before.label?.inside) before.room = Math.min(before.room, t0 - GAP - (before.t1 + LABEL_GAP));
      markEnd[lane] = fullEnd[lane] = t1;
      last[lane] = undefined;
    } else {
      // A vertical badge spans every lane.
      markEnd.fill(t1);
      fullEnd.fill(t1);
    }
    units.push({ kind: 'cluster', key: `cluster:${binIndex}`, items: bin, lane, t0, t1, anchor });
  };

  let start = 0;
  while (start < items.length) {
    const binIndex = Math.floor((position(items[start].start) - origin) / binSize);
    let end = start + 1;
    while (end < items.length && Math.floor((position(items[end].start) - origin) / binSize) === binIndex) end++;
    const bin = items.slice(start, end);
    start = end;
    if (bin.length > capacity) {
      cluster(bin, binIndex);
      continue;
    }
    const saved = [markEnd.slice(), fullEnd.slice(), last.slice()] as const;
    const log: [EventUnit, number][] = [];
    const placed: EventUnit[] = [];
    for (const item of bin) {
      const from = position(item.from);
      const to = position(item.to);
      const bar = to - from >= 2 * DOT_RADIUS;
      const anchorRaw = bar ? from : position(item.anchor);
      const t0 = bar ? clamp(from) : anchorRaw - DOT_RADIUS;
      const t1 = bar ? clamp(to) : anchorRaw + DOT_RADIUS;
      let labelWidth = 0;
      if (horizontal) labelWidth = options.measure(options.labelText(item));
      let lane = fullEnd.findIndex((end) => end + GAP <= t0);
      if (lane < 0) lane = markEnd.findIndex((end) => end + GAP <= t0);
      // A lone event with every lane taken (long spans pass by) goes where it overlaps least: a badge of "1" tells nothing.
      if (lane < 0 && bin.length === 1) lane = markEnd.indexOf(Math.min(...markEnd));
      if (lane < 0) {
        placed.length = 0;
        break;
      }
      const unit: EventUnit = {
        kind: 'event',
        key: `event:${item.event.id}`,
        item,
        lane,
        t0,
        t1,
        anchor: bar ? t0 : anchorRaw,
        bar,
        room: r1 + 8 - (t1 + LABEL_GAP),
      };
      const inside = horizontal && bar && !item.fuzz && t1 - t0 >= labelWidth + 12;
      if (inside) unit.label = { text: options.labelText(item), inside: true, width: labelWidth };
      place(unit, inside ? 0 : labelWidth, log);
      placed.push(unit);
    }
    if (placed.length === bin.length) {
      units.push(...placed);
    } else {
      for (const [unit, room] of log.reverse()) unit.room = room;
      markEnd.splice(0, lanes, ...saved[0]);
      fullEnd.splice(0, lanes, ...saved[1]);
      last.splice(0, lanes, ...saved[2]);
      cluster(bin, binIndex);
    }
  }

  if (horizontal) labelBeside(units, options);
  else labelColumn(units, options);

  const unitOf = new Map<string, string>();
  let lanesUsed = 0;
  for (const unit of units) {
    lanesUsed = Math.max(lanesUsed, unit.lane + 1);
    if (unit.kind === 'event') unitOf.set(unit.item.event.id, unit.key);
    else for (const item of unit.items) unitOf.set(item.event.id, unit.key);
  }
  return { units, unitOf, lanesUsed };
}

function labelBeside(units: Unit[], options: LayoutOptions): void {
  for (const unit of units) {
    if (unit.kind !== 'event' || unit.label) continue;
    const text = fitText(options.labelText(unit.item), unit.room, options.measure);
    if (text) unit.label = { text, inside: false, width: Math.min(unit.room, options.measure(text)) };
  }
}

/** Vertical: each label takes its own lines in the column, at its mark's height, where it does not collide. */
function labelColumn(units: Unit[], options: LayoutOptions): void {
  const lineHeight = options.lineHeight ?? 16;
  const dateLine = options.dateLineHeight ?? 14;
  const width = options.columnWidth ?? 0;
  if (width < 40) return;
  let free = -Infinity;
  for (const unit of units) {
    // A label may slide down a little below its mark (a leader line joins them) to make room.
    const wanted = unit.anchor - dateLine / 2 - 2;
    const top = Math.max(wanted, free);
    if (unit.kind === 'cluster' || top - wanted > MAX_SHIFT) continue;
    unit.labelTop = top;
    unit.lines = wrapText(options.labelText(unit.item), width, 2, options.measure);
    free = top + dateLine + unit.lines.length * lineHeight + 6;
  }
}
