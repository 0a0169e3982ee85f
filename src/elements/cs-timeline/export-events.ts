/**
 * The timeline's shown events as a CSV table: dates (ISO, with their
 * precision), title, categories and sources, one event per row. A chunk of
 * its own: it loads only when a reader downloads the table.
 */
import { csvDocument } from '../../core/csv.js';
import { msg } from '../../core/localize.js';
import { sourceById } from '../../core/sources.js';
import type { EventOutline, HistoryEvent } from '../../data/types.js';

export interface EventsContext {
  date(event: EventOutline): string;
  title(event: EventOutline): string;
  category(id: string): string;
  /** The event with its detail (summary, sources), where it has arrived. */
  detail(event: EventOutline): Partial<HistoryEvent> | undefined;
}

/** Call it in the timeline's language (`withLocale`). */
export function eventsCSV(events: readonly EventOutline[], ctx: EventsContext): string {
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
    const ids = [...new Set((ctx.detail(event)?.sources ?? []).map((ref) => ref.source))];
    return [
      event.id,
      event.date,
      event.end,
      event.precision,
      ctx.date(event),
      ctx.title(event),
      event.categories.map((id) => ctx.category(id)).join('; '),
      ids.map((id) => sourceById(id)?.title ?? id).join('; '),
      ids.map((id) => sourceById(id)?.url ?? '').filter(Boolean).join(' '),
    ];
  });
  return csvDocument(header, rows);
}
