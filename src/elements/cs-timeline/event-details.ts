import type { ReactiveControllerHost } from 'lit';
import { SecondaryData } from '../../core/data-loader.js';
import { registerSources, sourceById } from '../../core/sources.js';
import { bundledData } from '../../data/bundled.js';
import type { EventOutline, HistoryEvent, Locale, LocalizedText, NamesDocument, Source } from '../../data/types.js';
import { ui } from './timeline-text.js';

type Names = ReadonlyMap<string, LocalizedText>;

/**
 * What the detail panel shows beyond the outline the timeline draws from:
 * the bundled events' whole document (summary, people, dispute, the sources
 * it cites) and the place and person names, each loaded once per language
 * when a reader opens an event. User documents carry their detail already.
 * Both load through the core's `SecondaryData` (latest wins, memory first).
 */
export class EventDetails {
  private readonly full: SecondaryData<Locale, Map<string, HistoryEvent>>;
  private readonly names: SecondaryData<Locale, { places: Names; people: Names }>;

  /** `host` updates when something arrives; `load` fetches a bundled document (tests pass their own). */
  constructor(
    host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    load: typeof bundledData = bundledData,
  ) {
    const byId = (document: { events: HistoryEvent[]; sources?: Source[] }) => {
      registerSources(document.sources ?? []);
      return new Map(document.events.map((event) => [event.id, event]));
    };
    this.full = new SecondaryData(host, {
      load: (locale) =>
        load('events', locale).then(byId, (error: unknown) => {
          console.warn('cs-timeline: the event details could not load', error);
          throw error;
        }),
    });
    const names = (document: NamesDocument) => ({
      places: new Map(document.places.map((place) => [place.id, place.name as LocalizedText])),
      people: new Map(document.people.map((person) => [person.id, person.name as LocalizedText])),
    });
    this.names = new SecondaryData(host, {
      // Without names the panel shows ids: never an error of its own.
      load: (locale) => load('names', locale).then(names, () => names({ places: [], people: [] })),
    });
  }

  /** True when the last load of the detail failed; opening an event again (a new selection) retries. */
  get failed(): boolean {
    return this.full.error !== undefined;
  }

  /**
   * Starts loading what the panel of `event` needs in `locale` (nothing when
   * it is there or on its way). After a failure only a `fresh` request (a new
   * selection) tries again: the element asks on every update.
   */
  request(event: EventOutline, locale: Locale, fresh = false): void {
    if (!event.sources) void this.full.request(locale, fresh);
    // An outline event (no sources yet) may name people in its detail: its names load too.
    const mentions = event.places?.length || event.people?.length || !event.sources;
    if (mentions) void this.names.request(locale);
  }

  /**
   * Every event's detail in `locale`, for the printed list and the export
   * (their sources): loads it unless it is there or on its way.
   */
  loadAll(locale: Locale): Promise<void> {
    return this.full.request(locale, true).then(() => {});
  }

  /** The ids of the sources an event's detail cites, each once (none before the detail is there). */
  sourceIds(event: EventOutline, locale: Locale): string[] {
    return [...new Set((this.of(event, locale)?.sources ?? []).map((ref) => ref.source))];
  }

  /** "Sources: …" of an event for the printed list, once its detail is there ('' before). */
  printedSources(event: EventOutline, locale: Locale): string {
    const ids = this.sourceIds(event, locale);
    return ids.length ? ui.sources(ids.map((id) => sourceById(id)?.title ?? id).join('; ')) : '';
  }

  /** Whether every event's detail is there in `locale`. */
  hasAll(locale: Locale): boolean {
    return this.full.of(locale) !== undefined;
  }

  /** `event` with its detail, once it has arrived in `locale`. */
  of(event: EventOutline, locale: Locale): Partial<HistoryEvent> | undefined {
    if (event.sources) return event;
    return this.full.of(locale)?.get(event.id);
  }

  /** A place's or person's name from the bundled names (of the last language that arrived). */
  placeName(id: string): LocalizedText | undefined {
    return this.names.value?.places.get(id);
  }

  personName(id: string): LocalizedText | undefined {
    return this.names.value?.people.get(id);
  }
}
