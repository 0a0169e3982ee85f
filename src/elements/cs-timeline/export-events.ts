/**
 * The timeline's shown events as a CSV table: dates (ISO, with their
 * precision), title, categories and sources, one event per row. A chunk of
 * its own: it loads only when a reader downloads the table.
 */
import { csvDocument } from '../../core/csv.js';
import { formatDateSpec } from '../../core/format.js';
import { msg, withLocale } from '../../core/localize.js';
import { sourceById } from '../../core/sources.js';
import type { EventOutline, Locale, LocalizedText } from '../../data/types.js';
import type { EventDetails } from './event-details.js';

/** What the timeline shows now, as the table needs it. */
export interface EventsTable {
  locale: Locale;
  /** The events in view, under the filters. */
  events: readonly EventOutline[];
  details: EventDetails;
  /** A document's text in the timeline's language. */
  text(value: Partial<LocalizedText> | undefined): string;
  category(id: string): string;
}

/** The bundled outline has no sources: they come with the events' detail. */
async function withSourceIds(table: EventsTable): Promise<(event: EventOutline) => string[]> {
  if (table.events.some((event) => !event.sources)) await table.details.loadAll(table.locale);
  return (event) => table.details.sourceIds(event, table.locale);
}

/** The ids of the sources of the events in view. */
export async function eventSources(table: EventsTable): Promise<string[]> {
  const sourceIds = await withSourceIds(table);
  return table.events.flatMap(sourceIds);
}

export async function eventsCSV(table: EventsTable): Promise<string> {
  const sourceIds = await withSourceIds(table);
  const { locale, events } = table;
  return withLocale(locale, () => {
    const header = [
      msg('Id', { id: 'cs-timeline.column.id' }),
      msg('Start (ISO)', { id: 'cs-timeline.column.start' }),
      msg('End (ISO)', { id: 'cs-timeline.column.end' }),
      msg('Precision', { id: 'cs-timeline.column.precision' }),
      msg('Date', { id: 'cs-timeline.column.date' }),
      msg('Title', { id: 'cs-timeline.column.title' }),
      msg('Categories', { id: 'cs-timeline.column.categories' }),
      msg('Sources', { id: 'cs-timeline.column.sources' }),
      msg('Source URLs', { id: 'cs-timeline.column.urls' }),
    ];
    const rows = events.map((event) => {
      const ids = sourceIds(event);
      return [
        event.id,
        event.date,
        event.end,
        event.precision,
        formatDateSpec(event, locale),
        table.text(event.title),
        event.categories.map((id) => table.category(id)).join('; '),
        ids.map((id) => sourceById(id)?.title ?? id).join('; '),
        ids.map((id) => sourceById(id)?.url ?? '').filter(Boolean).join(' '),
      ];
    });
    return csvDocument(header, rows);
  });
}
