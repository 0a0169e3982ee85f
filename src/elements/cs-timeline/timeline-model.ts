/**
 * The timeline's data model: events parsed once into numbers, sorted once,
 * filtered by attribute and legend, and sliced to the visible domain with a
 * binary search. Nothing here runs per zoom step except `visibleSlice`, which
 * costs O(log n + visible).
 */
import { bisector } from 'd3-array';
import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { parseIsoDate } from '../../core/format.js';
import type { CategoryId, EraOutline, EventOutlineDocument, EventOutline, Precision } from '../../data/types.js';

export const CATEGORY_IDS: readonly CategoryId[] = ['diplomacy', 'military', 'politics', 'repression'];

const UNIT: Record<Precision, CountableTimeInterval> = { day: utcDay, month: utcMonth, year: utcYear };

/** How an uncertain date fades: on both sides, towards the past, or towards the future. */
export type Fuzz = 'both' | 'before' | 'after';

export interface TimelineItem {
  readonly event: EventOutline;
  /** Position in the document (ties keep document order). */
  readonly index: number;
  /** Start of the date (ms, UTC). */
  readonly start: number;
  /** End (exclusive) of the end date, or of the date's own period (a day, a month, a year). */
  readonly end: number;
  /** The drawn extent, widened where the date is uncertain. */
  readonly from: number;
  readonly to: number;
  /** Where the mark's dot (or a label's line) sits. */
  readonly anchor: number;
  /** A range with an explicit end. */
  readonly ranged: boolean;
  /** Drawn as a soft gradient: an imprecise (month, year) or qualified date. */
  readonly fuzz?: Fuzz;
  /** A qualifier (approximate, before, after) the label should state. */
  readonly qualified: boolean;
  /** Category ids, space-separated (`data-category`). */
  readonly categoryList: string;
}

export interface EraBand {
  readonly era: EraOutline;
  readonly start: number;
  readonly end: number;
}

export interface TimelineModel {
  readonly items: readonly TimelineItem[];
  readonly byId: ReadonlyMap<string, TimelineItem>;
  readonly eras: readonly EraBand[];
  /** The whole extent of the data (eras and events), to whole years. */
  readonly extent: readonly [number, number];
}

const ISO = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;
/** 400 Gregorian years, in ms: the calendar repeats after them. */
const FOUR_CENTURIES = 146_097 * 86_400_000;

/**
 * An ISO date (at `iso`'s own precision, plus whole `years`, `months`, `days`)
 * as ms since the epoch, NaN when it is no ISO date. `parseIsoDate(iso).getTime()`
 * and d3-time's `offset` give the same, but with two Date objects per call:
 * at 10,000 events those were a fifth of building the model.
 */
function isoTime(iso: string, years = 0, months = 0, days = 0): number {
  const match = ISO.exec(iso);
  if (!match) return Number.NaN;
  const year = Number(match[1]) + years;
  const month = Number(match[2] ?? 1) - 1 + months;
  const day = Number(match[3] ?? 1) + days;
  // Date.UTC reads years 0–99 as 1900–1999: count from four centuries later instead.
  return year >= 0 && year < 100 ? Date.UTC(year + 400, month, day) - FOUR_CENTURIES : Date.UTC(year, month, day);
}

/** End (exclusive) of the period `iso` names at `precision`: 1943 → 1944-01-01. */
export function periodEnd(iso: string, precision: Precision): number {
  return isoTime(iso, precision === 'year' ? 1 : 0, precision === 'month' ? 1 : 0, precision === 'day' ? 1 : 0);
}

/** A record's dates as numbers: its start and the end (exclusive) of its `end`, or of its own period when it has no `end`. */
interface Bounds {
  readonly start: number;
  readonly end: number;
}

type Dated = Pick<EventOutline | EraOutline, 'date' | 'precision' | 'end' | 'endPrecision'>;

/** The cache entry, with the strings it was parsed from (a record changed in place is parsed again). */
interface CachedBounds extends Bounds {
  readonly from: Dated;
}

const sameDates = (a: Dated, b: Dated) => a.date === b.date && a.precision === b.precision && a.end === b.end && a.endPrecision === b.endPrecision;

/**
 * The parsed dates of events and eras, so that the data check and `buildModel`
 * (which run on the same document objects, one after the other) parse each
 * ISO date once.
 */
const boundsCache = new WeakMap<EventOutline | EraOutline, CachedBounds>();

function eventBounds(event: EventOutline): Bounds {
  let bounds = boundsCache.get(event);
  if (!bounds || !sameDates(bounds.from, event)) {
    const { date, precision, end, endPrecision } = event;
    bounds = { start: isoTime(date), end: end ? periodEnd(end, endPrecision ?? precision) : periodEnd(date, precision), from: { date, precision, end, endPrecision } };
    boundsCache.set(event, bounds);
  }
  return bounds;
}

function eraBounds(era: EraOutline): Bounds {
  let bounds = boundsCache.get(era);
  if (!bounds || !sameDates(bounds.from, era)) {
    const { date, precision, end, endPrecision } = era;
    bounds = { start: isoTime(date), end: periodEnd(end ?? date, endPrecision ?? precision), from: { date, precision, end, endPrecision } };
    boundsCache.set(era, bounds);
  }
  return bounds;
}

function toItem(event: EventOutline, index: number): TimelineItem {
  const bounds = eventBounds(event);
  const start = bounds.start;
  const ranged = Boolean(event.end && event.end !== event.date);
  // An `end` equal to the date is no range: the date's own period counts (at its own precision).
  const end = ranged || !event.end ? bounds.end : periodEnd(event.date, event.precision);
  const unit = UNIT[event.precision];
  let from = start;
  let to = end;
  let fuzz: Fuzz | undefined;
  switch (event.qualifier) {
    case 'approximate':
      from = unit.offset(new Date(start), -1).getTime();
      to = UNIT[event.endPrecision ?? event.precision].offset(new Date(end), 1).getTime();
      fuzz = 'both';
      break;
    case 'before':
      from = unit.offset(new Date(start), -1).getTime();
      to = start;
      fuzz = 'before';
      break;
    case 'after':
      from = end;
      to = unit.offset(new Date(end), 1).getTime();
      fuzz = 'after';
      break;
    default:
      if (!ranged && event.precision !== 'day') fuzz = 'both';
  }
  const anchor = fuzz === 'before' ? to : fuzz === 'after' ? from : ranged ? start : (from + to) / 2;
  return {
    event,
    index,
    start,
    end,
    from,
    to,
    anchor,
    ranged,
    fuzz,
    qualified: Boolean(event.qualifier),
    categoryList: event.categories.join(' '),
  };
}

/** Parses and sorts a document once; everything later works on numbers. */
export function buildModel(document: EventOutlineDocument): TimelineModel {
  const items = document.events.map(toItem).sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  const eras = (document.eras ?? [])
    .map((era) => ({ era, start: eraBounds(era).start, end: eraBounds(era).end }))
    .sort((a, b) => a.start - b.start);
  let low = Infinity;
  let high = -Infinity;
  for (const item of items) {
    low = Math.min(low, item.from);
    high = Math.max(high, item.to);
  }
  const lastEvent = high;
  for (const band of eras) {
    low = Math.min(low, band.start);
    high = Math.max(high, band.end);
  }
  if (!Number.isFinite(low)) [low, high] = [Date.UTC(1918, 0, 1), Date.UTC(1949, 0, 1)];
  const extent: [number, number] = [utcYear.floor(new Date(low)).getTime(), utcYear.ceil(new Date(high)).getTime()];
  if (extent[1] <= extent[0]) extent[1] = utcYear.offset(new Date(extent[0]), 1).getTime();
  // Labels run to the right: a last event right at the end gets another year of room.
  if (extent[1] - lastEvent < (extent[1] - extent[0]) * 0.02) extent[1] = utcYear.offset(new Date(extent[1]), 1).getTime();
  return { items, byId: new Map(items.map((item) => [item.event.id, item])), eras, extent };
}

const BOUND = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A `from`/`to` attribute: a year (`1938`), a month (`1938-09`) or a day
 * (`1938-09-30`). `edge` "start" gives the first instant, "end" the end
 * (exclusive) of that period, so both bounds are inclusive.
 * Undefined when the value is not such a date.
 */
export function parseBound(value: string, edge: 'start' | 'end'): number | undefined {
  const match = BOUND.exec(value.trim());
  if (!match) return undefined;
  const [, , month, day] = match;
  const date = parseIsoDate(value.trim());
  if (Number.isNaN(date.getTime())) return undefined;
  // 1938-02-30 rolls over into March: not a date.
  if (month && date.getUTCMonth() + 1 !== Number(month)) return undefined;
  if (day && date.getUTCDate() !== Number(day)) return undefined;
  const precision: Precision = day ? 'day' : month ? 'month' : 'year';
  return edge === 'start' ? date.getTime() : periodEnd(value.trim(), precision);
}

export interface Filter {
  from?: number;
  to?: number;
  categories: ReadonlySet<string>;
}

export interface ShownEvents {
  /** The events that pass the filters, in chronological order. */
  readonly items: readonly TimelineItem[];
  /** The longest reach of a drawn extent behind / ahead of its start: bounds the binary search. */
  readonly reachAhead: number;
  readonly reachBehind: number;
}

export function applyFilter(model: TimelineModel, filter: Filter): ShownEvents {
  const items = model.items.filter(
    (item) =>
      (filter.from === undefined || item.end > filter.from) &&
      (filter.to === undefined || item.start < filter.to) &&
      // A user's event without a category has no legend button to hide it: it is always shown.
      (item.event.categories.length === 0 || item.event.categories.some((category) => filter.categories.has(category))),
  );
  let reachAhead = 0;
  let reachBehind = 0;
  for (const item of items) {
    reachAhead = Math.max(reachAhead, item.to - item.start);
    reachBehind = Math.max(reachBehind, item.start - item.from);
  }
  return { items, reachAhead, reachBehind };
}

const byStart = bisector((item: TimelineItem) => item.start);

/** Indices [lo, hi) of the shown events whose drawn extent can meet [from, to]. */
export function visibleSlice(shown: ShownEvents, from: number, to: number): [number, number] {
  const lo = byStart.left(shown.items, from - shown.reachAhead);
  const hi = byStart.right(shown.items, to + shown.reachBehind, lo);
  return [lo, hi];
}

/** The events drawn in [from, to]. */
export function visibleItems(shown: ShownEvents, from: number, to: number): TimelineItem[] {
  const [lo, hi] = visibleSlice(shown, from, to);
  const visible: TimelineItem[] = [];
  for (let i = lo; i < hi; i++) {
    const item = shown.items[i];
    if (item.to >= from && item.from <= to) visible.push(item);
  }
  return visible;
}

/** Semantic checks the schema cannot express; `describe` words the problem. */
export function checkDocument(
  document: EventOutlineDocument,
  describe: {
    duplicate: (id: string, firstPath: string) => string;
    endBeforeStart: (end: string, start: string) => string;
  },
): { path: string; detail: string } | undefined {
  const seen = new Map<string, number>();
  for (const [index, event] of document.events.entries()) {
    const first = seen.get(event.id);
    if (first !== undefined) return { path: `events[${index}].id`, detail: describe.duplicate(event.id, `events[${first}]`) };
    seen.set(event.id, index);
    if (event.end && eventBounds(event).end <= eventBounds(event).start) {
      return { path: `events[${index}].end`, detail: describe.endBeforeStart(event.end, event.date) };
    }
  }
  for (const [index, era] of (document.eras ?? []).entries()) {
    if (era.end && eraBounds(era).end <= eraBounds(era).start) {
      return { path: `eras[${index}].end`, detail: describe.endBeforeStart(era.end, era.date) };
    }
  }
  return undefined;
}
