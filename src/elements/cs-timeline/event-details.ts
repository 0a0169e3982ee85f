import type { ReactiveControllerHost } from 'lit';
import { whenIdle } from '../../core/idle.js';
import { registerSources, sourceById } from '../../core/sources.js';
import { bundledData } from '../../data/bundled.js';
import type { EventOutline, HistoryEvent, Locale, LocalizedText, Source } from '../../data/types.js';
import { ui } from './timeline-text.js';

type Names = ReadonlyMap<string, LocalizedText>;

/**
 * What the detail panel shows beyond the outline the timeline draws from:
 * the bundled events' whole document (summary, people, dispute, the sources
 * it cites) and the place and person names, each loaded once per language
 * when a reader opens an event. User documents carry their detail already.
 */
export class EventDetails {
  /** True when the last load of the detail failed; opening an event again (a new selection) retries. */
  failed = false;

  private full?: { locale: Locale; byId: Map<string, HistoryEvent> };
  private fullRequested?: Locale;
  private fullLoading?: Promise<void>;
  private names?: { locale: Locale; places: Names; people: Names };
  private namesRequested?: Locale;
  private prefetched?: Locale;

  /** `host` updates when something arrives; `load` fetches a bundled document (tests pass their own). */
  constructor(
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private readonly load: typeof bundledData = bundledData,
  ) {}

  /**
   * Starts loading what the panel of `event` needs in `locale` (nothing when
   * it is there or on its way). After a failure only a `fresh` request (a new
   * selection) tries again: the element asks on every update.
   */
  request(event: EventOutline, locale: Locale, fresh = false): void {
    const retry = this.failed && fresh;
    if (!event.sources && (this.fullRequested !== locale || retry)) this.fullLoading = this.loadFull(locale);
    // An outline event (no sources yet) may name people in its detail: its names load too.
    const mentions = event.places?.length || event.people?.length || !event.sources;
    if (mentions && this.namesRequested !== locale) void this.loadNames(locale);
  }

  /**
   * Every event's detail in `locale`, for the printed list and the export
   * (their sources): loads it unless it is there or on its way.
   */
  loadAll(locale: Locale): Promise<void> {
    if (this.full?.locale === locale) return Promise.resolve();
    if (this.fullRequested !== locale || this.failed || !this.fullLoading) this.fullLoading = this.loadFull(locale);
    return this.fullLoading;
  }

  /**
   * The printed list names each event's sources: every detail of `locale` loads
   * in idle time after the first picture (printing cannot wait for them), once
   * per language, while `element` is on the page.
   */
  prefetch(element: HTMLElement, locale: Locale): void {
    if (this.prefetched === locale) return;
    this.prefetched = locale;
    // Held weakly: an element removed before then is not kept alive by the wait.
    const held = new WeakRef(element);
    whenIdle(() => {
      if (held.deref()?.isConnected && this.prefetched === locale) void this.loadAll(locale);
    }, 3000);
  }

  /** "Sources: …" of an event for the printed list, once its detail is there ('' before). */
  printedSources(event: EventOutline, locale: Locale): string {
    const ids = [...new Set((this.of(event, locale)?.sources ?? []).map((ref) => ref.source))];
    return ids.length ? ui.sources(ids.map((id) => sourceById(id)?.title ?? id).join('; ')) : '';
  }

  /** Whether every event's detail is there in `locale`. */
  hasAll(locale: Locale): boolean {
    return this.full?.locale === locale;
  }

  /** `event` with its detail, once it has arrived in `locale`. */
  of(event: EventOutline, locale: Locale): Partial<HistoryEvent> | undefined {
    if (event.sources) return event;
    return this.full?.locale === locale ? this.full.byId.get(event.id) : undefined;
  }

  /** A place's or person's name from the bundled names (of the last language that arrived). */
  placeName(id: string): LocalizedText | undefined {
    return this.names?.places.get(id);
  }

  personName(id: string): LocalizedText | undefined {
    return this.names?.people.get(id);
  }

  private async loadNames(locale: Locale): Promise<void> {
    this.namesRequested = locale;
    const byId = (records: readonly { id: string; name: LocalizedText }[]) => new Map(records.map((record) => [record.id, record.name]));
    const names = await this.load('names', locale).catch(() => ({ places: [], people: [] }));
    if (this.namesRequested !== locale) return;
    this.names = { locale, places: byId(names.places), people: byId(names.people) };
    this.host.requestUpdate();
  }

  private async loadFull(locale: Locale): Promise<void> {
    this.fullRequested = locale;
    this.failed = false;
    try {
      const document = await this.load('events', locale);
      registerSources((document as { sources?: Source[] }).sources ?? []);
      if (this.fullRequested !== locale) return;
      this.full = { locale, byId: new Map(document.events.map((event) => [event.id, event])) };
    } catch (error) {
      if (this.fullRequested !== locale) return;
      this.failed = true;
      console.warn('cs-timeline: the event details could not load', error);
    }
    this.host.requestUpdate();
  }
}
