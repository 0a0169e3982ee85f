/**
 * Everything the timeline derives, as pure functions of its inputs: the
 * model's events filtered by period and category, then — from those, the
 * plot's size, the orientation, the zoomed view and the language's words —
 * one view object with the drawing (`Frame`), the era names, the legend's
 * encodings and the toolbar's texts. The element calls them in `willUpdate`
 * through `memo()` (core/memo), so a zoom step re-derives only the drawing and
 * a resize or a language change everything; `render()` only reads the result.
 * Kept out of the element so that the picture can be tested without a browser
 * element and the element stays the place of state and events.
 */
import { formatDateSpec, parseIsoDate } from '../../core/format.js';
import { dateTimeFormat } from '../../core/intl.js';
import type { ConfigProblem } from '../../core/messages.js';
import type { Locale, LocalizedText } from '../../data/types.js';
import { textWidth } from './measure.js';
import { placeEraLabels, type EraLabel } from './timeline-eras.js';
import { buildFrame, layoutAt, type Frame, type LayoutAt, type Moving } from './timeline-frame.js';
import type { ClusterUnit, Unit } from './timeline-layout.js';
import { encodingsIn, type Encoding } from './timeline-legend.js';
import { applyFilter, parseBound, visibleItems, type ShownEvents, type TimelineItem, type TimelineModel } from './timeline-model.js';
import { geometry, type Geometry, type Orientation } from './timeline-render.js';
import { baseScale, constrainView, type BaseScale, type View } from './timeline-scale.js';
import { categoryMix, eventCount, rangeLabel, ui } from './timeline-text.js';

const DAY = 86_400_000;
/** The narrowest view: about a month. */
const MIN_SPAN = 30 * DAY;
/** The overview strip's room at the foot of the plot box (26 px and a gap): the picture above it is drawn shorter, so nothing below moves when the strip arrives. */
export const OVERVIEW_ROOM = 30;
/** How many cluster labels to keep before starting afresh. */
const CLUSTER_LABELS_KEPT = 2000;

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * The events' texts in one language, made on first use and kept for the
 * model's life (labels are asked for on every zoom step). One per document
 * and language: the element gets it through `memo()`.
 */
export class TimelineWords {
  // Titles and dates apart: the layout asks for the titles of every event in view, the date (an Intl call) is wanted only for what is drawn.
  private readonly titles = new Map<TimelineItem, string>();
  private readonly dates = new Map<TimelineItem, string>();
  /** Cluster badges' labels by their first and last event and count (clusters are new objects on every zoom step). */
  private readonly clusters = new Map<string, string>();

  constructor(
    readonly locale: Locale,
    /** A localized text in this language. */
    readonly text: (value: Partial<LocalizedText> | undefined) => string,
    /** A category's name: the document's own label, else the element's. */
    readonly category: (id: string) => string,
  ) {}

  title(item: TimelineItem): string {
    let title = this.titles.get(item);
    if (title === undefined) this.titles.set(item, (title = this.text(item.event.title)));
    return title;
  }

  date(item: TimelineItem): string {
    let date = this.dates.get(item);
    if (date === undefined) this.dates.set(item, (date = formatDateSpec(item.event, this.locale)));
    return date;
  }

  /** An event's label in the layout: horizontally a qualified date goes with the title ("after 1945 — …"). One function per language, so the element's memoised layout sees the same one each frame. */
  readonly markLabel = (item: TimelineItem, layout: Orientation): string => (layout === 'horizontal' && item.qualified ? this.label(item) : this.title(item));

  /**
   * The date line over a title in the phone's column, `width` px wide: the
   * date, or where that is wider (a day-to-day range with long month names,
   * "8. septembra – 28. októbra 1944" at 328 px) its short form as the
   * language writes it: "8. 9. 1944 – 28. 10. 1944", "8 Sept 1944 – 28 Oct 1944".
   */
  columnDate(item: TimelineItem, width: number): string {
    const date = this.date(item);
    return (textWidth(date, 11) > width && shortRange(item, this.locale)) || date;
  }

  of(item: TimelineItem): { date: string; title: string } {
    return { date: this.date(item), title: this.title(item) };
  }

  /** "30 September 1938 — The Munich Agreement": a mark's accessible name (CONTRACT) and its list entry. */
  label(item: TimelineItem): string {
    return `${this.date(item)} — ${this.title(item)}`;
  }

  /** "12 events, 1938–1939 (Military 7, Politics 5): zoom in". */
  cluster(unit: ClusterUnit): string {
    const first = unit.items[0];
    const last = unit.items[unit.items.length - 1];
    const key = `${first.index} ${last.index} ${unit.items.length}`;
    let label = this.clusters.get(key);
    if (label === undefined) {
      const range = rangeLabel(first.start, Math.max(first.start + DAY, last.end), this.locale);
      label = ui.clusterMix(eventCount(unit.items.length, this.locale), range, categoryMix(unit.items, this.category, this.locale));
      if (this.clusters.size >= CLUSTER_LABELS_KEPT) this.clusters.clear();
      this.clusters.set(key, label);
    }
    return label;
  }
}

/** A day-to-day range with numeric (Czech, Slovak) or short (English) months; undefined for any other date. */
function shortRange({ event }: TimelineItem, locale: Locale): string | undefined {
  if (!event.end || event.qualifier || event.precision !== 'day' || (event.endPrecision ?? 'day') !== 'day') return undefined;
  // Each end formatted alone: ICU's Czech range is "08.09.1944 – 28.10.1944", not how a Czech text writes dates.
  const format = dateTimeFormat(locale, { day: 'numeric', month: locale === 'en' ? 'short' : 'numeric', year: 'numeric', timeZone: 'UTC' });
  return `${format.format(parseIsoDate(event.date))} – ${format.format(parseIsoDate(event.end))}`;
}

/** Below this width (px) `orientation="auto"` turns vertical. */
const AUTO_VERTICAL_BELOW = 600;

/** The layout for the `orientation` attribute at the host's `width` (0: not measured, keep `previous`). */
export function resolveOrientation(setting: string | null | undefined, width: number, previous: Orientation): Orientation {
  if (setting === 'horizontal' || setting === 'vertical') return setting;
  if (!width) return previous;
  // A little hysteresis: a page scrollbar appearing must not flip the layout back and forth.
  return width < (previous === 'vertical' ? AUTO_VERTICAL_BELOW + 16 : AUTO_VERTICAL_BELOW) ? 'vertical' : 'horizontal';
}

/** The categories the `categories` attribute allows, in the data's order (all when it is empty). */
export function allowedCategories(ids: readonly string[], attribute: string | undefined): readonly string[] {
  const tokens = (attribute ?? '').split(/\s+/).filter(Boolean);
  return tokens.length ? ids.filter((id) => tokens.includes(id)) : ids;
}

/** The whole period: the `from`/`to` attributes where given, else the data's extent. */
export function fullDomain(model: TimelineModel, from: string | undefined, to: string | undefined): View {
  const start = (from?.trim() ? parseBound(from, 'start') : undefined) ?? model.extent[0];
  let end = (to?.trim() ? parseBound(to, 'end') : undefined) ?? model.extent[1];
  if (end <= start) end = start + 365 * DAY;
  return [start, end];
}

/** The events shown: inside the whole period, of a category allowed by the attribute and not hidden by the reader. */
export function shownEvents(model: TimelineModel, full: View, allowed: readonly string[], hidden: ReadonlySet<string>): { shown: ShownEvents; indexOf: ReadonlyMap<TimelineItem, number> } {
  const categories = new Set(allowed.filter((id) => !hidden.has(id)));
  const shown = applyFilter(model, { from: full[0], to: full[1], categories });
  return { shown, indexOf: new Map(shown.items.map((item, index) => [item, index])) };
}

/** The narrowest view for a whole period (a month, or the period if shorter). */
export function minSpanOf(full: View): number {
  return Math.min(MIN_SPAN, full[1] - full[0]);
}

/** The end of what the data holds (its last event or era), for the range the toolbar names. */
export function dataEnd(model: TimelineModel): number {
  let end = -Infinity;
  for (const item of model.items) end = Math.max(end, item.end);
  for (const band of model.eras) end = Math.max(end, band.end);
  return end;
}

/** The base scale (zoom level 1) for a geometry; the element keeps it through `memo()`. */
export function baseFor(orientation: Orientation, full: View, rangeStart: number, rangeEnd: number, items: readonly TimelineItem[]): BaseScale {
  return baseScale(orientation, full, [rangeStart, rangeEnd], items);
}

export type BaseOf = typeof baseFor;

export interface TimelineView {
  readonly orientation: Orientation;
  /** The view as drawn: kept inside the whole period and no narrower than `minSpan`. */
  readonly view: View;
  /** The part of the view the data reaches, which the toolbar and an export name (the view keeps room for labels after the last event). */
  readonly named: View;
  /** The overview strip is drawn (in the plot box's last OVERVIEW_ROOM pixels). */
  readonly overview: boolean;
  /** The drawing; undefined while the plot has no measured size. */
  readonly frame?: Frame;
  readonly base?: BaseScale;
  /** The drawn marks by key, for clicks and keys. */
  readonly units: ReadonlyMap<string, Unit>;
  readonly eras: readonly EraLabel[];
  readonly encodings: readonly Encoding[];
  /** The events in view (all of them, the hidden list shows the first few hundred). */
  readonly visible: readonly TimelineItem[];
  /** "1938–1945", "64 events", "Timeline, 1938–1945". */
  readonly range: string;
  readonly count: string;
  readonly plot: string;
  readonly atFull: boolean;
  readonly atMost: boolean;
  readonly words: TimelineWords;
  readonly shown: ShownEvents;
}

/**
 * The timeline's picture for its inputs. `requested` is the reader's view
 * (undefined: the whole period); `baseOf` the (memoised) base scale; `end`
 * the data's last instant, past which the toolbar's range does not reach (the
 * extent keeps room for labels after the last event); `overview` whether the
 * overview strip takes the foot of the plot box (horizontal only); `moving`
 * a running zoom animation, whose wider end's layout (from the memoised
 * `layoutOf`) the frame draws at the view's scale.
 */
export function timelineView(
  model: TimelineModel,
  shown: ShownEvents,
  plot: Size,
  orientation: Orientation,
  requested: View | undefined,
  full: View,
  words: TimelineWords,
  baseOf: BaseOf = baseFor,
  end = dataEnd(model),
  overview = false,
  moving?: Moving,
  layoutOf: LayoutAt = layoutAt,
): TimelineView {
  const minSpan = minSpanOf(full);
  const strip = overview && orientation === 'horizontal';
  const height = plot.height - (strip ? OVERVIEW_ROOM : 0);
  let view = constrainView(requested ?? full, full, minSpan);
  let frame: Frame | undefined;
  let base: BaseScale | undefined;
  let eras: EraLabel[] = [];
  if (plot.width >= 40 && height >= 40) {
    const g: Geometry = geometry(orientation, plot.width, height);
    base = baseOf(g.orientation, full, g.range[0], g.range[1], model.items);
    frame = buildFrame({
      orientation,
      width: plot.width,
      height,
      view,
      full,
      shown,
      locale: words.locale,
      base: () => base!,
      label: words.markLabel,
      moving: moving && { ...moving, still: constrainView(moving.still, full, minSpan) },
      layoutAt: layoutOf,
      ticksBefore: end,
    });
    view = frame.view;
    eras = placeEraLabels(model.eras, g, frame.position, ({ era }) => ({ full: words.text(era.label), short: era.short && words.text(era.short) }), (text) => textWidth(text, 11, 600));
  }
  const visible = frame?.visible ?? visibleItems(shown, view[0], view[1]);
  const named: View = [view[0], Math.max(view[0] + DAY, Math.min(view[1], end))];
  const range = rangeLabel(named[0], named[1], words.locale);
  const span = view[1] - view[0];
  return {
    orientation,
    view,
    named,
    overview: strip && frame !== undefined,
    frame,
    base,
    units: new Map((frame?.layout.units ?? []).map((unit) => [unit.key, unit])),
    eras,
    encodings: frame ? encodingsIn(frame) : [],
    visible,
    range,
    count: eventCount(visible.length, words.locale),
    plot: ui.plot(range),
    atFull: span >= full[1] - full[0] - 1,
    atMost: span <= minSpan + 1,
    words,
    shown,
  };
}

export const ORIENTATIONS = ['horizontal', 'vertical', 'auto'] as const;

export interface TimelineAttributes {
  readonly orientation: string | null | undefined;
  readonly from?: string;
  readonly to?: string;
  /** The attribute's category tokens. */
  readonly categories: readonly string[];
}

/**
 * What is wrong with the attributes, if anything, for the error message:
 * `known` are the categories of the document (undefined while it loads).
 */
export function attributeProblem(attributes: TimelineAttributes, model: TimelineModel | undefined, known: readonly string[] | undefined): ConfigProblem | undefined {
  const { orientation } = attributes;
  // A removed attribute sets the property to null: that is the default, `auto`.
  if (orientation != null && !(ORIENTATIONS as readonly string[]).includes(orientation)) return { attribute: 'orientation', value: String(orientation), valid: ORIENTATIONS };
  const from = attributes.from?.trim();
  const to = attributes.to?.trim();
  for (const [attribute, value] of [['from', from], ['to', to]] as const) {
    if (value && parseBound(value, 'start') === undefined) return { attribute, value, valid: ui.validDate() };
  }
  if (from && to && parseBound(to, 'end')! <= parseBound(from, 'start')!) return { attribute: 'to', value: to, valid: ui.validTo(from) };
  // A bound outside the data's whole period would show nothing ("0 events"): say so instead.
  // Only with a bound to check: the data's end is a walk over every event, and this runs on every update (each zoom frame).
  if (model?.items.length && (from || to)) {
    const span = [model.items[0].start, dataEnd({ ...model, eras: [] })];
    const outside = (from && parseBound(from, 'start')! >= span[1] && 'from') || (to && parseBound(to, 'end')! <= span[0] && 'to');
    if (outside) {
      const years = [new Date(span[0]).getUTCFullYear(), new Date(span[1] - 1).getUTCFullYear()].map(String) as [string, string];
      return { attribute: outside, value: outside === 'from' ? from! : to!, valid: ui.validWithin(...years) };
    }
  }
  const unknown = known && attributes.categories.find((token) => !known.includes(token));
  if (unknown && known) return { attribute: 'categories', value: unknown, valid: known };
  return undefined;
}

