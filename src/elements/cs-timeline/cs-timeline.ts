import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CsElement } from '../../core/base-element.js';
import { DataController, type DocumentReader } from '../../core/data-loader.js';
import { CsSelectEvent } from '../../core/events.js';
import { isLocaleReady } from '../../core/localize.js';
import { memo } from '../../core/memo.js';
import type { ConfigProblem } from '../../core/messages.js';
import { RovingFocusController } from '../../core/roving-focus.js';
import { SizeController } from '../../core/size-controller.js';
import type { EventOutlineDocument, Locale } from '../../data/types.js';
import { bundledData, bundledDataSync } from '../../data/bundled.js';
import { styles } from './cs-timeline.styles.js';
import { hashKey, readHashId, writeHashId } from './deep-link.js';
import { EventDetails } from './event-details.js';
import { estimateTextWidths } from './measure.js';
import { previewTimeline } from '../../data/user/timeline-preview.js';
import { layoutAt } from './timeline-frame.js';
import { loadPanel, PanelLoader } from './timeline-detail-load.js';
import { keyAction } from './timeline-keys.js';
import type { ClusterUnit } from './timeline-layout.js';
import { ListAfterPicture, renderList } from './timeline-list.js';
import { buildModel, CATEGORY_IDS, type TimelineItem, type TimelineModel } from './timeline-model.js';
import type { Orientation } from './timeline-render.js';
import { renderTimeline, statusText, type Announcement } from './timeline-template.js';
import { categoryName, prepareFormats } from './timeline-text.js';
import { ZOOM_KEYS } from './timeline-toolbar.js';
import { allowedCategories, attributeProblem, baseFor, dataEnd, fullDomain, resolveOrientation, shownEvents, timelineView, TimelineWords, type TimelineView } from './timeline-view.js';
import { TimelineNavigation } from './timeline-navigation.js';
import { OwnCategorySheet, ownCategoryCss, usedCategories } from './user-categories.js';
import { loadUserDocumentReader } from './user-document-load.js';

export type OrientationSetting = Orientation | 'auto';
/** What a server rendering (ssr.js) lays the timeline out for, having no screen: a usual article column and the plot's default height. */
const SERVER_SIZE = { width: 720, plot: { width: 720, height: 320 } };

/**
 * An interactive, accessible timeline of Czechoslovak–Soviet relations
 * 1918–1948 (or of your own events): eras as bands, events as marks by date
 * (a shape per category), ranges as spans, uncertain dates drawn soft, empty
 * years compressed behind axis breaks. Zoom with the buttons, `+`/`-`,
 * Ctrl/⌘ + wheel or a pinch; arrow keys move between events.
 *
 * @summary A zoomable, keyboard-operable timeline of dated, sourced events.
 * @tagname cs-timeline
 *
 * @csspart event - Every event mark; carries `data-id`, `data-category` (space-separated) and `data-date` (ISO start).
 * @csspart cluster - An aggregate ("+12") for the events that do not fit where they are, with `data-count`, `data-from` and `data-to`; its label names the count, span and category mix; activating it zooms to its span.
 * @csspart era - An era band.
 * @csspart axis - The time axis.
 * @csspart plot - The drawing area.
 * @csspart controls - The zoom buttons.
 * @csspart zoom-in - The zoom-in button.
 * @csspart zoom-out - The zoom-out button.
 * @csspart zoom-reset - The button that shows the whole period again.
 * @csspart overview - The strip of the whole period under the plot, with a tick per event (appears with the first zoom, in place of the plot's last 30 pixels, so nothing below moves).
 * @csspart overview-window - The current view on the overview strip; drag it, click beside it, or move it with the arrow keys.
 * @csspart legend - Under the plot: the category chips (a shape per category; each shows or hides its category) and what every other kind of mark in view means.
 * @csspart detail - The panel of the selected event.
 * @csspart close - The button that closes the detail panel.
 * @csspart sources - The sources in the detail panel.
 * @csspart download - The download menu (PNG, SVG, CSV of the events shown); hidden by `no-download`.
 * @csspart download-button - The button that opens the download menu.
 * @csspart download-option - A choice in the download menu.
 * @csspart error - The message shown instead of the timeline when an attribute or the data is invalid.
 * @csspart retry - The button in the error message that loads the data again.
 * @csspart status - The loading status.
 *
 * @cssprop {<length>} [--cs-timeline-height=32rem] - Height of the plot in the horizontal layout.
 * @cssprop {<length>} [--cs-timeline-vertical-height=160rem] - Length of the plot in the vertical layout (busy years get more of it than quiet ones).
 * @cssprop {<color>} [--cs-timeline-color-diplomacy=light-dark(#0068a8, #56b4e9)] - Colour of diplomacy events.
 * @cssprop {<color>} [--cs-timeline-color-military=light-dark(#b34700, #f0894a)] - Colour of military events.
 * @cssprop {<color>} [--cs-timeline-color-politics=light-dark(#007a56, #3cc39a)] - Colour of politics events.
 * @cssprop {<color>} [--cs-timeline-color-repression=light-dark(#a8437c, #e79bd0)] - Colour of repression events.
 * @cssprop {<color>} [--cs-timeline-era-fill=light-dark(#eef0f4, #202228)] - Fill of every other era band.
 *
 * @fires {CsSelectEvent} cs-select - The reader selected an event (`detail.id`) or cleared the selection (`detail.id` is null). Not fired when a script sets `selected`; fired when the hash changes under `deep-link`.
 */
export class CsTimeline extends CsElement {
  static override styles = [CsElement.styles, styles];
  static override properties: PropertyDeclarations = {
    from: {}, to: {}, categories: {}, selected: { reflect: true }, orientation: {}, deepLink: { type: Boolean, attribute: 'deep-link' },
    hiddenCategories: { attribute: false }, activeId: { attribute: false }, announcement: { attribute: false },
  };

  /** First date shown: a year (`1938`) or an ISO date (`1938-09-30`), inclusive. */
  from?: string;
  /** Last date shown: a year (`1945`) or an ISO date (`1945-05-09`), inclusive. */
  to?: string;
  /** Space-separated category ids to show (`diplomacy military politics repression`); all when absent. */
  categories?: string;
  /** Id of the selected event; its details are shown. */
  selected?: string;
  /** `horizontal`, `vertical`, or `auto` (vertical when the element is narrower than 600 px). */
  orientation: 'horizontal' | 'vertical' | 'auto' = 'auto';
  /** Keep the selection in `location.hash` (`#cs-timeline=<id>`, or `#cs-timeline-<element id>=<id>`) and restore it from there. */
  deepLink = false;

  /** Categories the reader switched off in the legend. */
  private hiddenCategories: ReadonlySet<string> = new Set();
  /** The event the keyboard is on (the roving tab stop). */
  private activeId?: string;
  private announcement: Announcement;
  // Bundled: the outline first (no summaries or sources); `details` brings the rest when a reader opens an event.
  readonly data = new DataController<EventOutlineDocument>(this, {
    bundled: (locale) => bundledData('events-outline', locale),
    bundledSync: (locale) => bundledDataSync('events-outline', locale),
    // User documents (JSON or CSV, one language or three, own sources, categories, images) go through their own reader, a lazy chunk.
    reader: { load: () => loadUserDocumentReader().then((module) => module.readTimelineDocument as DocumentReader<EventOutlineDocument>), csv: true },
    preview: previewTimeline as (text: string) => EventOutlineDocument | undefined,
    // Sources appear only in the panel of an opened event.
    showsSources: () => Boolean(this.selected),
  });

  private readonly size = new SizeController(this, { server: SERVER_SIZE });
  private readonly details = new EventDetails(this);
  private readonly drawn = (): boolean => Boolean(this.picture?.frame);
  private readonly panel = new PanelLoader(this, this.drawn);
  private readonly list = new ListAfterPicture(this, this.drawn);
  private readonly nav = new TimelineNavigation(this, (view) => {
    this.announcement = { kind: 'showing', view };
  });
  // The toolbar and the chips: one Tab stop each, arrows inside (the events' arrows are the timeline's own, see timeline-keys).
  private readonly toolbarFocus = new RovingFocusController(this, { keys: () => ZOOM_KEYS, selector: '[part~="controls"] button', keyAttribute: 'part', wrap: true, stopPropagation: true });
  private readonly chipFocus = new RovingFocusController(this, { keys: () => this.allowedCategories(), selector: '.chip', keyAttribute: 'data-category', wrap: true, stopPropagation: true });

  // The derivations (timeline-view), each computed again only when one of its inputs changed.
  private readonly modelOf = memo(buildModel);
  private readonly categoriesOf = memo(usedCategories);
  private readonly allowedOf = memo(allowedCategories);
  private readonly fullOf = memo(fullDomain);
  private readonly shownOf = memo(shownEvents);
  // Made again when the language's strings arrive (`ready`): texts made before are English.
  private readonly wordsOf = memo((_: TimelineModel, locale: Locale, _ready: boolean) => new TimelineWords(locale, (text) => this.text(text), (id) => this.categoryLabel(id)));
  private readonly baseOf = memo(baseFor);
  private readonly viewOf = memo(timelineView);
  /** The last layout: an animated zoom's frames all draw the one of its wider end. */
  private readonly layoutOf = memo(layoutAt);
  /** The data's end, once per model rather than a walk over every event on each zoom step. */
  private readonly endOf = memo(dataEnd);

  /** The picture willUpdate derived; render() reads it. */
  private picture?: TimelineView;
  /** The picture whose texts the toolbar shows: while a zoom animation runs, where it started (the last frame writes the new ones). */
  private settled?: TimelineView;
  /** The events the hidden list shows (the last drawn ones: on paper the plot is not laid out). */
  private listed?: readonly TimelineItem[];
  private indexOf: ReadonlyMap<TimelineItem, number> = new Map();
  private modelSeen?: TimelineModel;
  private layoutOrientation: Orientation = 'horizontal';
  private readonly ownColours = new OwnCategorySheet();
  private focusPending = false;
  private hadMarkFocus = false;
  /** The selection willUpdate last brought into view (null: none yet for this document). */
  private handledSelection: string | undefined | null = null;

  constructor() {
    super();
    this.addEventListener('keydown', this.onKeydown);
  }
  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHashChange);
    this.requestUpdate();
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
  }
  /** Under `deep-link`, the hash selects (selecting what is selected does nothing). */
  private onHashChange = (): void => void (this.deepLink && this.selectEvent(readHashId(hashKey(this)) ?? null));
  /** The visible stretch of time, as ISO dates (`to` exclusive). */
  get visibleRange(): { from: string; to: string } {
    const [from, to] = this.nav.current;
    return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
  }
  private get model(): TimelineModel | undefined {
    return this.data.value && this.modelOf(this.data.value);
  }

  protected override configProblem(): ConfigProblem | undefined {
    const categories = (this.categories ?? '').split(/\s+/).filter(Boolean);
    // Checked against the document's categories once it is here (a user's own, or the bundled four).
    const known = this.data.value ? this.dataCategories() : this.data.usesBundled ? CATEGORY_IDS : undefined;
    return attributeProblem({ orientation: this.orientation, from: this.from, to: this.to, categories }, this.model, known) ?? super.configProblem();
  }

  /** The categories the document's events use. */
  private dataCategories(): readonly string[] {
    return this.model ? this.categoriesOf(this.model, this.data.value?.categories) : [];
  }

  /** The categories the attribute allows, in the data's order. */
  private allowedCategories(): readonly string[] {
    return this.allowedOf(this.dataCategories(), this.categories);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Adopting the server's picture: its labels were placed by the server's estimate of text widths.
    estimateTextWidths(this.hydrating);
    // Lit runs the controllers after willUpdate: a document already in memory is taken now, so this
    // update derives the picture from it (the first update of a pre-rendered or second element).
    this.data.hostUpdate();
    this.hadMarkFocus = Boolean(this.shadowRoot?.activeElement?.closest('[data-key]'));
    if (changed.has('deepLink') && this.deepLink) this.selected = readHashId(hashKey(this)) ?? this.selected;
    this.layoutOrientation = resolveOrientation(this.orientation, this.size.width, this.layoutOrientation);

    const model = this.model;
    if (model !== this.modelSeen) {
      // The same events in another language keep the reader's zoom; other events start from the whole period.
      const extent = this.modelSeen?.extent;
      this.modelSeen = model;
      if (!extent || !model || extent.join() !== model.extent.join()) {
        this.nav.set(undefined);
        this.handledSelection = null;
      }
    }
    this.picture = undefined;
    if (!model || this.configProblem()) return;

    this.nav.setFull(this.fullOf(model, this.from, this.to));
    const { shown, indexOf } = this.shownOf(model, this.nav.full, this.allowedCategories(), this.hiddenCategories);
    this.indexOf = indexOf;

    const selected = this.selected ? model.byId.get(this.selected) : undefined;
    const freshSelection = this.selected !== this.handledSelection;
    if (freshSelection) {
      // A new selection (or a new document): the keyboard starts from it, and it comes into view.
      this.handledSelection = this.selected;
      if (selected) {
        this.activeId = selected.event.id;
        this.nav.reveal(selected);
      }
    }
    if (selected) this.details.request(selected.event, this.locale, freshSelection);
    if (selected) this.panel.request(freshSelection);

    const words = this.wordsOf(model, this.locale, isLocaleReady(this.locale));
    const picture = (this.picture = this.viewOf(model, shown, this.size.plot, this.layoutOrientation, this.nav.view, this.nav.full, words, this.baseOf, this.endOf(model), this.nav.strip(), this.nav.moving, this.layoutOf));
    const fresh = !this.settled || this.settled.words !== words || this.settled.shown !== shown;
    if (fresh || !this.nav.animating) this.settled = picture;
    if (picture.frame && (fresh || !this.nav.animating || !this.listed)) this.listed = picture.visible;
  }

  /** The document's own label for a category, else the element's (no second download for user data). */
  private categoryLabel(id: string): string {
    const category = this.data.value?.categories?.find((entry) => entry.id === id);
    return category ? this.text(category.label) : categoryName(id);
  }

  // ---- export and print

  protected override exportDescriber() {
    return import('../../core/export/export-timeline.js');
  }

  // ---- actions

  private selectEvent(id: string | null): void {
    if (id === (this.selected ?? null)) return;
    this.selected = id ?? undefined;
    if (id) this.activeId = id;
    this.announcement = id ? { kind: 'selected', id } : { kind: 'cleared' };
    this.dispatchEvent(new CsSelectEvent(id));
  }

  /** Zooms to a cluster's events, the keyboard on the first of them. */
  private zoomToCluster(unit: ClusterUnit): void {
    this.activeId = unit.items[0].event.id;
    this.focusPending = true;
    this.nav.zoomToEvents(unit.items);
  }

  private toggleCategory = (id: string): void => {
    const hidden = new Set(this.hiddenCategories);
    if (hidden.has(id)) hidden.delete(id);
    else hidden.add(id);
    this.hiddenCategories = hidden;
  };

  private closeDetail = (): void => {
    this.selectEvent(null);
    this.focusPending = true;
  };

  // ---- input

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const origin = event.composedPath()[0];
    const mark = origin instanceof Element ? origin.closest('[data-key]') : null;
    const unit = mark ? this.picture?.units.get(mark.getAttribute('data-key')!) : undefined;
    const shown = this.picture?.shown;
    if (!shown) return;
    const action = keyAction(event.key, { unit, onPlot: origin instanceof Element && origin.matches('.plot'), shown, indexOf: this.indexOf, view: this.nav.current, selected: Boolean(this.selected) });
    if (!action) return;
    if (action.kind === 'zoom') this.nav.zoomBy(action.factor, action.center);
    else if (action.kind === 'open') this.selectEvent(action.id);
    else if (action.kind === 'cluster') this.zoomToCluster(action.unit);
    else if (action.kind === 'close') {
      this.selectEvent(null);
      // Closed from inside the panel: the focus goes back to the event's mark.
      if (!unit) this.focusPending = Boolean(this.shadowRoot?.activeElement?.closest('[part~="detail"]'));
    } else if (action.kind === 'move') {
      // The keyboard moves to the event, panning it into view when it is outside.
      this.activeId = action.item.event.id;
      this.nav.reveal(action.item);
      this.focusPending = true;
    }
    event.preventDefault();
  };

  private onPlotClick = (event: MouseEvent): void => {
    const mark = (event.target as Element).closest?.('[data-key]');
    const unit = mark ? this.picture?.units.get(mark.getAttribute('data-key')!) : undefined;
    if (!unit) return;
    if (unit.kind === 'cluster') return this.zoomToCluster(unit);
    this.activeId = unit.item.event.id;
    this.selectEvent(unit.item.event.id);
  };

  // ---- after each update: measure, zoom behaviour, hash, focus

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.ownColours.adopt(this.shadowRoot, this.data.value ? ownCategoryCss(this.dataCategories(), this.data.value.categories) : '');
    // While the events download, the date formats get ready (see prepareFormats).
    if (this.data.loading && !this.data.value) prepareFormats(this.locale);
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    this.size.observePlot(plot);
    const frame = this.picture?.frame;
    this.nav.follow(plot, frame, this.picture?.base);
    if (this.deepLink && changed.has('selected')) writeHashId(hashKey(this), this.selected);
    const root = this.shadowRoot;
    if (root && (this.focusPending || (this.hadMarkFocus && !root.activeElement))) {
      this.focusPending = false;
      root.querySelector<SVGElement>('[data-key][tabindex="0"]')?.focus({ preventScroll: false });
    }
  }

  /** A pre-rendered panel is adopted once its code is here; `updateComplete` includes the panel's arrival and the list's (see ListAfterPicture). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hydrating && this.selected ? loadPanel().catch(() => undefined).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let wait = this.panel.pending ?? this.list.pending; wait; wait = this.panel.pending ?? this.list.pending) done = await wait.then(() => super.getUpdateComplete());
    return done;
  }

  // ---- drawing: reads what willUpdate derived, writes nothing

  override render() {
    return this.renderWith(this.data, () => this.renderPicture());
  }

  /** Pre-rendered: the first update adopts the server's picture, laid out for the server's sizes (the real ones follow). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (this.hydrating) this.size.asOnServer();
    return root;
  }

  /** While the events load, the plot's empty box holds their place (the page moves less), measured meanwhile: the first picture takes one update, not two. */
  protected override renderLoading(): TemplateResult {
    return html`<div class=${`frame ${this.layoutOrientation}`}><div class="plot waiting">${super.renderLoading()}</div></div>`;
  }

  private renderPicture(): TemplateResult | typeof nothing {
    const { picture, settled, model } = this;
    if (!picture || !settled || !model) return nothing;
    const { words } = picture;
    const chosen = this.selected ? model.byId.get(this.selected) : undefined;
    return renderTimeline({
      picture,
      texts: settled,
      overview: picture.overview ? this.nav.overview : undefined,
      chips: this.allowedCategories().map((id) => ({ id, label: this.categoryLabel(id), shown: !this.hiddenCategories.has(id) })),
      categories: this.dataCategories(),
      activeId: this.activeId,
      selected: this.selected,
      toolbarFocus: this.toolbarFocus,
      chipFocus: this.chipFocus,
      zoom: this.nav.actions,
      overviewActions: this.nav.overviewActions,
      toggle: this.toggleCategory,
      onPlotClick: this.onPlotClick,
      download: this.renderDownload(true),
      list: this.list.ready ? renderList(this.listed, picture.shown, words, this.details.hasAll(this.locale), (entry) => this.details.printedSources(entry.event, this.locale), this.hydrating) : nothing,
      status: statusText(this.announcement, words, model.byId, this.locale),
      detail: chosen ? this.panel.render((panel) => panel.renderDetail(panel.detailOf(chosen, words, this.details), this.locale, this.closeDetail)) : nothing,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-timeline': CsTimeline;
  }
}
