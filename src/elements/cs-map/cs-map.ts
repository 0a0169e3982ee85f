import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { CsElement } from '../../core/base-element.js';
import { DataController, SecondaryData } from '../../core/data-loader.js';
import { userReader } from '../../data/user/load.js';
import { CsSelectEvent } from '../../core/events.js';
import { formatDateSpec } from '../../core/format.js';
import { msg, str } from '../../core/localize.js';
import type { ConfigProblem } from '../../core/messages.js';
import { bundledData, bundledDataSync } from '../../data/bundled.js';
import type { EventOutlineDocument, EventOutline, Locale, PlacesDocument } from '../../data/types.js';
import { styles } from './cs-map.styles.js';
import { renderAttribution, renderDetail, renderItinerary, renderLegend, renderLegs, renderMark, renderScale } from './cs-map.render.js';
import { FIRST_YEAR, LAST_YEAR } from './road.js';
import { mapView, placeDetail, type MapView, type PlaceDetail } from './cs-map-view.js';
import { memo } from '../../core/memo.js';
import { RovingFocusController } from '../../core/roving-focus.js';
import { SizeController } from '../../core/size-controller.js';
import { drawCoarseLand, type BasemapPaths } from './coarse-land.js';

type Basemap = typeof import('./basemap.js');

// Shared by every <cs-map> on the page: a chunk of its own, fetched on first use.
let basemapModule: Promise<Basemap> | undefined;
/** The module once it has arrived, so later maps (and server rendering) draw it in their first update. */
let basemapLoaded: Basemap | undefined;
/** Loads the basemap (once per page). Node's ssr.js awaits it before rendering. */
export const loadBasemap = () =>
  (basemapModule ??= import('./basemap.js').then((basemap) => (basemapLoaded = basemap)));

/** Width drawn before the first measurement (and the narrowest frame drawn). */
const DEFAULT_WIDTH = 720;
const MIN_WIDTH = 280;
const MAX_WIDTH = 1400;

/**
 * The road of the Czechoslovak army unit in the USSR, 1942–1945: from Buzuluk
 * by Sokolovo, Novokhopyorsk, Kiev and the Dukla Pass to Prague, with Moscow
 * and London as the political centres (London, beyond the frame, as a pointer
 * at its edge). The road's order and dates come from the events data.
 * Selecting a place lists its events. The basemap (Natural Earth, present-day
 * borders) loads as a chunk of its own after the places are drawn.
 *
 * @tagname cs-map
 * @summary Map of the Czechoslovak unit's road from Buzuluk to Prague, 1942–1945, with the events at each place.
 *
 * @csspart place - A place mark (a button), with `data-id` (the place id) and `data-kind` (`station`, `centre`, `region`, `other`).
 * @csspart label - The name (and date) beside a place mark.
 * @csspart route - The road; `data-places` lists its stations in order.
 * @csspart leg - One leg of the road, with `data-from`, `data-to` and `data-date` (arrival, ISO; empty when undated).
 * @csspart land - The land of the basemap.
 * @csspart border - Present-day borders between countries.
 * @csspart scale - The scale bar.
 * @csspart itinerary - On a narrow map (and on paper), the list of the road's stations with their dates.
 * @csspart download - The download menu (PNG, SVG); hidden by `no-download`.
 * @csspart download-button - The button that opens the download menu.
 * @csspart download-option - A choice in the download menu.
 * @csspart legend - The legend under the map.
 * @csspart attribution - The basemap's source.
 * @csspart detail - The panel with the selected place's events.
 * @csspart error - The message shown for an invalid attribute or document.
 * @csspart status - The loading status.
 *
 * @cssprop {<color>} [--cs-map-land=light-dark(#efebe1, #2a2d33)] - Land (names on it: 14:1 light, 11:1 dark).
 * @cssprop {<color>} [--cs-map-water=light-dark(#d9e6f0, #111b25)] - Sea.
 * @cssprop {<color>} [--cs-map-border=light-dark(#827c6f, #767b86)] - Present-day borders (≥ 3:1 against the land).
 * @cssprop {<color>} [--cs-map-route=var(--cs-color-accent)] - The road and its stations (≥ 5:1 against land and sea in both themes).
 * @cssprop {<color>} [--cs-map-place=var(--cs-color-text)] - Political centres, other places and the selection ring.
 *
 * @fires {CsSelectEvent} cs-select - A place was selected: `detail.id` is its id (`null` when Escape clears the selection).
 */
export class CsMap extends CsElement {
  static override styles = [CsElement.styles, styles];
  static override properties: PropertyDeclarations = { year: {}, selected: { reflect: true }, basemap: { attribute: false } };

  /** Show the road as it stood at the end of this year, 1942–1945 (all of it when absent). */
  year?: string;

  /** The id of the selected place (reflected). */
  selected?: string;

  /**
   * The bundled events, in the element's language: they date and order the road and fill the panel.
   * The previous language's stay on screen while the next arrive.
   */
  private readonly events = new SecondaryData<Locale, EventOutlineDocument>(this, {
    load: (locale) => bundledData('events-outline', locale),
    sync: (locale) => bundledDataSync('events-outline', locale),
  });
  private basemap?: Basemap;
  /** The place marks are one Tab stop; arrow keys, Home and End walk them. */
  private readonly keys = new RovingFocusController(this, { keys: () => this.markIds, selector: '[part~="place"]', keyAttribute: 'data-id' });

  readonly data = new DataController<PlacesDocument>(this, {
    bundled: (locale) => bundledData('places', locale),
    bundledSync: (locale) => bundledDataSync('places', locale),
    // User documents: one-language texts, own sources, every problem listed (lazy: only with user data).
    reader: { load: () => userReader<PlacesDocument>(import('../../generated/validate-places.js'), 'places') },
  });

  private readonly size = new SizeController(this);
  /** What render() draws, derived in willUpdate from the inputs alone (again only when one of them changed). */
  private view?: MapView;
  private detail?: PlaceDetail;
  private readonly mapView = memo(mapView);
  private readonly placeDetail = memo(placeDetail);
  private basemapPaths?: { frame: MapView['frame']; paths: BasemapPaths };

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.basemap) loadBasemap().then((basemap) => (this.basemap = basemap), () => {}); // without it, the map is drawn without land
  }

  /** Why the events could not load, as the error message names it. */
  private get eventsError(): string | undefined {
    const error = this.events.error;
    return error?.kind === 'import' ? error.detail : undefined;
  }

  /** The year as a number, when it is a valid one. */
  private get untilYear(): number | undefined {
    if (this.year === undefined || this.year === null) return undefined;
    const year = Number(this.year);
    return /^\s*\d{4}\s*$/.test(this.year) && year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
  }

  protected override configProblem(): ConfigProblem | undefined {
    if (this.year !== undefined && this.year !== null && this.untilYear === undefined) {
      const first = FIRST_YEAR;
      const last = LAST_YEAR;
      return {
        attribute: 'year',
        value: this.year,
        valid: msg(str`a year from ${first} to ${last}`, { id: 'cs-map.validYears' }),
      };
    }
    return super.configProblem();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Lit runs the controllers after willUpdate: a document already in memory is taken now, so this
    // update derives the picture from it (the first update of a pre-rendered or second element).
    this.data.hostUpdate();
    this.basemap ??= basemapLoaded;
    void this.events.request(this.locale);
    const places = this.data.value;
    const problem = this.configProblem();
    const events = this.events.value;
    this.view = places && events && !problem ? this.mapView(places, events, this.frameWidth(), this.locale, this.untilYear) : undefined;
    this.detail = this.view && events ? this.placeDetail(this.view, events, this.selected, this.untilYear) : undefined;
    // Projecting the basemap is the costly part of a frame: once per frame, not per keystroke.
    // Until the detailed basemap arrives (its own chunk), the coarse land of the entry.
    if (this.view && (this.basemapPaths?.frame !== this.view.frame || (this.basemap && this.basemapPaths.paths.coarse))) {
      const { projection } = this.view.frame;
      this.basemapPaths = { frame: this.view.frame, paths: this.basemap ? this.basemap.drawBasemap(projection) : drawCoarseLand(projection) };
    }
  }

  private frameWidth(): number {
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, this.size.width || DEFAULT_WIDTH));
  }

  /** Ids of the marks in keyboard order: the road, then the centres, then the rest. */
  private get markIds(): string[] {
    return this.view?.marks.map((mark) => mark.place.id) ?? [];
  }

  private select(id: string): void {
    this.selected = id;
    this.keys.active = id;
    this.announce(id);
  }

  /** Fires cs-select (documented with @fires above, so the manifest lists it once). */
  private announce(id: string | null): void {
    const event = new CsSelectEvent(id);
    this.dispatchEvent(event);
  }

  private onClick(event: MouseEvent): void {
    const id = (event.target as Element).closest<SVGGElement>('[part~="place"]')?.dataset.id;
    if (id) this.select(id);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const id = this.keys.keyOf(event);
    if (id === undefined || this.keys.handleKey(event)) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(id);
    } else if (event.key === 'Escape' && this.selected !== undefined) {
      this.selected = undefined;
      this.announce(null);
    }
  }

  override render() {
    if (this.eventsError && !this.configProblem()) {
      return this.renderError(msg(str`The events data could not be loaded: ${this.eventsError}`, { id: 'cs-map.eventsError' }));
    }
    return this.renderWith(this.data, () => (this.view ? this.renderMap(this.view) : this.renderLoading()));
  }

  private caption(year: number | undefined): string {
    return year === undefined
      ? msg('The road of the Czechoslovak army unit in the USSR, 1942–1945', { id: 'cs-map.caption' })
      : msg(str`The road of the Czechoslovak army unit in the USSR, 1942 to the end of ${year}`, { id: 'cs-map.captionUntil' });
  }

  protected override exportDescriber() {
    return import('../../core/export/export-map.js');
  }

  private renderMap(view: MapView) {
    const { width, height } = view.frame;
    const basemap = this.basemapPaths?.paths;
    const year = this.untilYear;
    const tabStop = this.keys.tabStop(this.selected);
    return html`<figure>
        <figcaption id="caption">${this.caption(year)}</figcaption>
        <svg
          viewBox="0 0 ${width} ${height}"
          class=${view.compact ? 'compact' : ''}
          role="group"
          aria-labelledby="caption"
          aria-describedby="keys"
          @click=${this.onClick}
          @keydown=${this.onKeyDown}
        >
          <rect class="water" width=${width} height=${height}></rect>
          ${basemap
            ? svg`<path part="land" class=${basemap.coarse ? 'coarse' : ''} d=${basemap.land}></path>
                <path part="border" class=${basemap.coarse ? 'coarse' : ''} d=${basemap.borders}></path>`
            : nothing}
          <text class="frame-note halo" x=${width - 10} y="18" text-anchor="end" aria-hidden="true">
            ${msg('Present-day borders', { id: 'cs-map.legend.borders' })}
          </text>
          ${renderLegs(view.legs)}
          <g class="places">
            ${repeat(
              view.marks,
              (mark) => mark.place.id,
              (mark) => renderMark(mark, {
                  tabbable: mark.place.id === tabStop,
                  selected: mark.place.id === this.selected,
                  nameSize: view.nameSize,
                }),
            )}
          </g>
          ${renderScale(view, this.locale)}
        </svg>
        <p id="keys" class="visually-hidden">
          ${msg('Arrow keys move between the places, Enter or Space shows the events of a place.', { id: 'cs-map.keys' })}
        </p>
        ${renderItinerary(view)} ${renderLegend(view, year)} ${renderAttribution()} ${this.renderDownload(false)}
      </figure>
      ${renderDetail(
        this.detail?.mark,
        this.detail?.events ?? [],
        year,
        (event: EventOutline) => formatDateSpec(event, this.locale),
        (event: EventOutline) => this.text(event.title),
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-map': CsMap;
  }
}
