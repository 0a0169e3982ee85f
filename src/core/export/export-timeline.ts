/**
 * What <cs-timeline> shows now, for export: read from the element's own
 * state in the export's chunk, so the timeline's first render carries no
 * export code.
 */
import type { LocalizedText } from '../../data/types.js';
import type { ExportInfo } from '../export-info.js';
import type { EventDetails } from '../../elements/cs-timeline/event-details.js';
import { eventSources, eventsCSV, type EventsTable } from '../../elements/cs-timeline/export-events.js';
import { CATEGORY_IDS, type TimelineModel } from '../../elements/cs-timeline/timeline-model.js';
import type { TimelineView } from '../../elements/cs-timeline/timeline-view.js';

/** The timeline's members the export reads (private to the element; kept in step by tests/core/export.test.ts). */
interface Timeline {
  readonly locale: EventsTable['locale'];
  /** The picture willUpdate derived (timeline-view). */
  readonly picture?: TimelineView;
  readonly model?: TimelineModel;
  readonly details: EventDetails;
  readonly hiddenCategories: ReadonlySet<string>;
  configProblem(): unknown;
  allowedCategories(): readonly string[];
  categoryLabel(id: string): string;
  text(value: Partial<LocalizedText> | undefined): string;
}

export function describe(host: object): ExportInfo | undefined {
  const timeline = host as Timeline;
  const picture = timeline.picture;
  if (!picture?.frame || timeline.configProblem()) return undefined;
  const { named, visible } = picture;
  const { locale } = timeline;
  const shown = timeline.allowedCategories().filter((id) => !timeline.hiddenCategories.has(id));
  const years = [...new Set(named.map((time, end) => new Date(time - end).getUTCFullYear()))].join('-');
  const table: EventsTable = {
    locale,
    events: visible.map((item) => item.event),
    details: timeline.details,
    text: (value) => timeline.text(value),
    category: (id) => timeline.categoryLabel(id),
  };
  return {
    name: `timeline-${years}${shown.length < CATEGORY_IDS.length ? `-${shown.join('-')}` : ''}-${locale}`,
    title: picture.plot,
    sources: () => eventSources(table),
    csv: () => eventsCSV(table),
  };
}

/**
 * Before paper: the printed list names each event's sources, which come with
 * the events' whole document. It loads when the page is printed (see
 * export-menu.ts), not on every page that shows a timeline; the list draws
 * them when it arrives.
 */
export async function print(host: object): Promise<void> {
  const timeline = host as Timeline;
  // A user's document carries its sources on its events: nothing to load.
  if (timeline.model?.items.some((item) => !item.event.sources)) await timeline.details.loadAll(timeline.locale);
}
