/**
 * The timeline's words: UI strings (through `msg`, so they follow the
 * rendering element's language) and the date texts Intl writes for the axis
 * and the visible range. Call the `msg` helpers while the element updates.
 */
import { formatNumber, pluralForm } from '../../core/format.js';
import { dateTimeFormat } from '../../core/intl.js';
import { msg, str } from '../../core/localize.js';
import type { Locale } from '../../data/types.js';

const DAY = 86_400_000;

/** "1 event", "3 události", "5 udalostí": the plural form by the language's own rules. */

export function eventCount(count: number, locale: Locale): string {
  const n = formatNumber(count, locale);
  switch (pluralForm(count, locale)) {
    case 'one':
      return msg(str`${n} event`, { id: 'cs-timeline.count.one' });
    case 'few':
      return msg(str`${n} events`, { id: 'cs-timeline.count.few' });
    case 'many':
      return msg(str`${n} events`, { id: 'cs-timeline.count.many' });
    default:
      return msg(str`${n} events`, { id: 'cs-timeline.count.other' });
  }
}

export const ui = {
  zoomIn: () => msg('Zoom in', { id: 'cs-timeline.zoomIn' }),
  zoomOut: () => msg('Zoom out', { id: 'cs-timeline.zoomOut' }),
  zoomReset: () => msg('Whole period', { id: 'cs-timeline.zoomReset' }),
  zoomGroup: () => msg('Zoom', { id: 'cs-timeline.zoomGroup' }),
  categories: () => msg('Categories', { id: 'cs-timeline.categories' }),
  overview: () => msg('Overview of the whole period: drag the window or use the arrow keys to move the view', { id: 'cs-timeline.overview' }),
  overviewWindow: () => msg('Part shown', { id: 'cs-timeline.overviewWindow' }),
  plot: (range: string) => msg(str`Timeline, ${range}`, { id: 'cs-timeline.plot' }),
  keys: () =>
    msg(
      'Arrow keys move between events, Home and End go to the first and the last one, Enter or Space opens an event, plus and minus zoom, Escape closes the details.',
      { id: 'cs-timeline.keys' },
    ),
  list: () => msg('Events shown', { id: 'cs-timeline.list' }),
  sources: (list: string) => msg(str`Sources: ${list}`, { id: 'export.sources' }),
  notListed: (count: string) => msg(str`Not listed here: ${count}. Zoom in or narrow the filters to list them.`, { id: 'cs-timeline.notListed' }),
  selected: (label: string) => msg(str`Selected: ${label}`, { id: 'cs-timeline.selected' }),
  cleared: () => msg('Selection cleared', { id: 'cs-timeline.cleared' }),
  showing: (range: string) => msg(str`Showing ${range}`, { id: 'cs-timeline.showing' }),
  clusterMix: (count: string, range: string, mix: string) => msg(str`${count}, ${range} (${mix}): zoom in`, { id: 'cs-timeline.clusterMix' }),
  empty: () => msg('No events match the filters.', { id: 'cs-timeline.empty' }),
  close: () => msg('Close details', { id: 'cs-timeline.close' }),
  places: () => msg('Places', { id: 'cs-timeline.places' }),
  people: () => msg('People', { id: 'cs-timeline.people' }),
  disputed: () => msg('Disputed', { id: 'cs-timeline.disputed' }),
  detailLoading: () => msg('Loading the summary and sources…', { id: 'cs-timeline.detailLoading' }),
  detailFailed: () => msg('The summary and sources could not be loaded. Select the event again to retry.', { id: 'cs-timeline.detailFailed' }),
  validDate: () => msg('a year such as 1938 or a date such as 1938-09-30', { id: 'cs-timeline.validDate' }),
  validWithin: (first: string, last: string) => msg(str`a year or date within the data’s period (${first}–${last})`, { id: 'cs-timeline.validWithin' }),
  validTo: (from: string) => msg(str`a date not before “from” (${from})`, { id: 'cs-timeline.validTo' }),
  duplicate: (id: string, first: string) => msg(str`the id “${id}” is already used by ${first}.`, { id: 'cs-timeline.duplicate' }),
  endBeforeStart: (end: string, start: string) => msg(str`the end ${end} is before the start ${start}.`, { id: 'cs-timeline.endBeforeStart' }),
};

/** The legend's words (see timeline-legend). */
export const legendText = {
  keys: () => msg('What the marks mean', { id: 'cs-timeline.legend.keys' }),
  several: () => msg('Several categories (a shape inside a shape)', { id: 'cs-timeline.legend.several' }),
  approximate: () => msg('Date known only roughly', { id: 'cs-timeline.legend.approximate' }),
  open: () => msg('Date open on one side (before or after)', { id: 'cs-timeline.legend.open' }),
  range: () => msg('Period from start to end', { id: 'cs-timeline.legend.range' }),
  cluster: () => msg('More events than fit here: select to zoom in', { id: 'cs-timeline.legend.cluster' }),
  break: () => msg('Years without events, drawn short', { id: 'cs-timeline.legend.break' }),
};

/** The date formats the axis and the range labels use, by name. */
const FORMATS = {
  dayMonth: { day: 'numeric', month: 'short' },
  month: { month: 'short' },
  year: { year: 'numeric' },
  monthYear: { month: 'long', year: 'numeric' },
  date: { day: 'numeric', month: 'long', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
type FormatName = keyof typeof FORMATS;

/** Made through core/intl's one cache, one `Intl.DateTimeFormat` per language and format; kept here by language and name: asked for per tick and per new aggregate on every zoom step, where the core's lookup (a key built from the options) shows in profiles. */
const formats = new Map<Locale, Map<FormatName, Intl.DateTimeFormat>>();

function format(locale: Locale, name: FormatName): Intl.DateTimeFormat {
  let byName = formats.get(locale);
  if (!byName) formats.set(locale, (byName = new Map()));
  let made = byName.get(name);
  if (!made) byName.set(name, (made = dateTimeFormat(locale, { ...FORMATS[name], timeZone: 'UTC' })));
  return made;
}

/**
 * Makes the formats the axis and the range labels use. A page's first Intl object costs
 * 10–25 ms in Chromium (ICU loads its data); made while the document is
 * still downloading, that cost is off the way to the first picture.
 */
export function prepareFormats(locale: Locale): void {
  for (const name of Object.keys(FORMATS) as FormatName[]) format(locale, name);
}

/** An axis tick, d3's multi-scale way: the year at a new year, the month at a new month, else the day. */
export function tickLabel(date: Date, locale: Locale): string {
  if (date.getUTCDate() !== 1) return format(locale, 'dayMonth').format(date);
  if (date.getUTCMonth() !== 0) return format(locale, 'month').format(date);
  return String(date.getUTCFullYear());
}

/**
 * What an axis break leaves out: years ("1923–33", in full where there is
 * room) or, in a short period, months ("Nov–Mar").
 */
export function breakLabel(from: number, to: number, locale: Locale, short: boolean): string {
  const [start, end] = [new Date(from), new Date(to - 1)];
  const whole = (date: Date) => date.getUTCMonth() === 0 && date.getUTCDate() === 1;
  if (whole(start) && whole(new Date(to))) {
    const [first, last] = [String(start.getUTCFullYear()), String(end.getUTCFullYear())];
    if (first === last) return first;
    return `${first}–${short && first.slice(0, 2) === last.slice(0, 2) ? last.slice(2) : last}`;
  }
  const month = format(locale, 'month');
  return `${month.format(start)}–${month.format(end)}`;
}

/** A stretch of time at the precision its length deserves: "1918–1948", "září 1938 – březen 1939". */
export function rangeLabel(from: number, to: number, locale: Locale): string {
  // `to` is exclusive: the last instant shown is just before it.
  const end = Math.max(from, to - 1);
  const span = to - from;
  const name: FormatName = span > 2 * 365 * DAY ? 'year' : span > 62 * DAY ? 'monthYear' : 'date';
  // The label shows only the years (months, days) of its ends: the same pair at that precision is the same text.
  // A zoom step makes new aggregates by the hundred, and formatRange is the costliest call in it.
  const key = `${locale} ${name} ${truncate(from, name)} ${truncate(end, name)}`;
  let label = rangeLabels.get(key);
  if (label === undefined) {
    label = format(locale, name).formatRange(new Date(from), new Date(end));
    if (rangeLabels.size >= 5000) rangeLabels.clear();
    rangeLabels.set(key, label);
  }
  return label;
}

const rangeLabels = new Map<string, string>();

/** A UTC instant cut to what the format `name` shows of it. */
function truncate(time: number, name: FormatName): number {
  const date = new Date(time);
  if (name === 'year') return date.getUTCFullYear();
  if (name === 'monthYear') return date.getUTCFullYear() * 12 + date.getUTCMonth();
  return Math.floor(time / DAY);
}

/** What an aggregate holds by category, the largest first: "Military 7, Politics 5". */
export function categoryMix(items: readonly { event: { categories: readonly string[] } }[], label: (id: string) => string, locale: Locale): string {
  const counts = new Map<string, number>();
  for (const { event } of items) for (const id of event.categories) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([id, count]) => `${label(id)} ${formatNumber(count, locale)}`)
    .join(', ');
}

/** The four category names of CONTRACT, for documents that bring no labels of their own. */
export function categoryName(id: string): string {
  switch (id) {
    case 'diplomacy':
      return msg('Diplomacy', { id: 'cs-timeline.category.diplomacy' });
    case 'military':
      return msg('Military', { id: 'cs-timeline.category.military' });
    case 'politics':
      return msg('Politics', { id: 'cs-timeline.category.politics' });
    case 'repression':
      return msg('Repression', { id: 'cs-timeline.category.repression' });
    default:
      return id;
  }
}
