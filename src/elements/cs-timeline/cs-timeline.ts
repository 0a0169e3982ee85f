import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { CsElement } from '../../core/base-element.js';
import { DataController, type DocumentReader } from '../../core/data-loader.js';
import { CsSelectEvent } from '../../core/events.js';
import { formatDateSpec } from '../../core/format.js';
import { sourceById } from '../../core/sources.js';
import type { ConfigProblem } from '../../core/messages.js';
import type { EventOutlineDocument } from '../../data/types.js';
import { bundledData, bundledDataSync } from '../../data/bundled.js';
import { timelineStyles } from './cs-timeline.styles.js';
import { readHashId, writeHashId } from './deep-link.js';
import { EventDetails } from './event-details.js';
import { estimateTextWidths, textWidth } from './measure.js';
import { SizeController } from './size-controller.js';
import { renderDetail, type Detail } from './timeline-detail.js';
import { badgeText, buildFrame, type Frame } from './timeline-frame.js';
import type { ClusterUnit, EventUnit, Unit } from './timeline-layout.js';
import { applyFilter, buildModel, CATEGORY_IDS, parseBound, visibleItems, type ShownEvents, type TimelineItem, type TimelineModel } from './timeline-model.js';
import { renderAxis, renderDefs, renderMarks, type Orientation } from './timeline-render.js';
import { placeEraLabels, renderEras } from './timeline-eras.js';
import { baseScale, constrainView, zoomView, type BaseScale, type View } from './timeline-scale.js';
import { categoryMix, categoryName, eventCount, prepareFormats, rangeLabel, ui } from './timeline-text.js';
import { keyAction } from './timeline-keys.js';
import { renderControls } from './timeline-toolbar.js';
import { encodingsIn, renderLegend } from './timeline-legend.js';
import type { OverviewActions } from './timeline-overview.js';
import { ownCategoryCss, usedCategories, userSourceMap } from './user-categories.js';
import { TimelineZoom } from './timeline-zoom.js';
import { loadUserDocumentReader } from './user-document-load.js';

export type OrientationSetting = Orientation | 'auto';
const ORIENTATIONS: readonly OrientationSetting[] = ['horizontal', 'vertical', 'auto'];
/** Below this width (px) `orientation="auto"` turns vertical. */
const AUTO_VERTICAL_BELOW = 600;
const MIN_SPAN = 30 * 86_400_000;
const LIST_LIMIT = 300;
/** How many cluster labels to keep before starting afresh. */
const CLUSTER_LABELS_KEPT = 2000;


/** What the live region last had to say. */
type Announcement = { kind: 'selected'; id: string } | { kind: 'cleared' } | { kind: 'showing'; view: View } | undefined;

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
 * @csspart overview - The strip of the whole period under the plot, with a tick per event (appears with the first zoom; its place is held before).
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
  static override styles = [CsElement.styles, timelineStyles];

  /** First date shown: a year (`1938`) or an ISO date (`1938-09-30`), inclusive. */
  @property() from?: string;

  /** Last date shown: a year (`1945`) or an ISO date (`1945-05-09`), inclusive. */
  @property() to?: string;

  /** Space-separated category ids to show (`diplomacy military politics repression`); all when absent. */
  @property() categories?: string;

  /** Id of the selected event; its details are shown. */
  @property({ reflect: true }) selected?: string;

  /** `horizontal`, `vertical`, or `auto` (vertical when the element is narrower than 600 px). */
  @property() orientation: 'horizontal' | 'vertical' | 'auto' = 'auto';

  /** Keep the selection in `location.hash` (`#cs-timeline=<id>`, or `#cs-timeline-<element id>=<id>`) and restore it from there. */
  @property({ type: Boolean, attribute: 'deep-link' }) deepLink = false;

  /** The visible time domain; undefined shows the whole period. */
  @state() private view?: View;
  /** Categories the reader switched off in the legend. */
  @state() private hiddenCategories: ReadonlySet<string> = new Set();
  /** The event the keyboard is on (the roving tab stop). */
  @state() private activeId?: string;
  @state() private announcement: Announcement;
  // Bundled: the outline first (no summaries or sources); `details` brings the rest when a reader opens an event.
  readonly data = new DataController<EventOutlineDocument>(this, {
    bundled: (locale) => bundledData('events-outline', locale),
    bundledSync: (locale) => bundledDataSync('events-outline', locale),
    // User documents (JSON or CSV, one language or three, own sources, categories, images) go through their own reader, a lazy chunk.
    reader: { load: () => loadUserDocumentReader().then((module) => module.readTimelineDocument as DocumentReader<EventOutlineDocument>), csv: true },
    // Sources appear only in the panel of an opened event.
    showsSources: () => Boolean(this.selected),
  });

  private readonly size = new SizeController(this);
  private readonly details = new EventDetails(this);
  private readonly zoom = new TimelineZoom((view) => {
    this.view = view;
  });

  private model?: TimelineModel;
  private usedCategories?: { model: TimelineModel; ids: readonly string[] };
  private ownSheet?: CSSStyleSheet;
  private ownCss = '';
  private modelSource?: EventOutlineDocument;
  private modelVersion = 0;
  /** The scale at zoom level 1, for the current geometry. */
  private base?: BaseScale;
  private baseKey = '';
  private shown: ShownEvents = { items: [], reachAhead: 0, reachBehind: 0 };
  private shownIndex = new Map<TimelineItem, number>();
  private filterKey = '';
  private full: View = [0, 1];
  private layoutOrientation: Orientation = 'horizontal';
  private frame?: Frame;
  private frameKey = '';
  private units = new Map<string, Unit>();
  private zoomKey = '';
  private texts = new Map<string, { date: string; title: string }>();
  /** Cluster badges' labels by language, first and last event and count (clusters are new objects on every zoom step). */
  private clusterLabels = new Map<string, string>();
  /** The toolbar's range and count and the plot's label, for `viewTexts`. */
  private viewTextCache?: { key: string; view: string; range: string; count: string; plot: string };
  /** The events the hidden list shows, for `renderList`. */
  private listed?: { key: string; visible: readonly TimelineItem[] };
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
    window.addEventListener('hashchange', this.onHashChange);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.zoom.detach();
    this.zoomKey = '';
  }

  /** The visible stretch of time, as ISO dates (`to` exclusive). */
  get visibleRange(): { from: string; to: string } {
    const [from, to] = this.currentView;
    return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
  }

  private get currentView(): View {
    return this.view ?? this.full;
  }

  protected override configProblem(): ConfigProblem | undefined {
    // A removed attribute sets the property to null: that is the default, `auto`.
    if (this.orientation != null && !ORIENTATIONS.includes(this.orientation)) return { attribute: 'orientation', value: String(this.orientation), valid: ORIENTATIONS };
    for (const attribute of ['from', 'to'] as const) {
      const value = this[attribute]?.trim();
      if (value && parseBound(value, 'start') === undefined) return { attribute, value, valid: ui.validDate() };
    }
    const from = this.from?.trim();
    const to = this.to?.trim();
    if (from && to && parseBound(to, 'end')! <= parseBound(from, 'start')!) return { attribute: 'to', value: to, valid: ui.validTo(from) };
    // A bound outside the data's whole period would show nothing ("0 events"): say so instead.
    const span = this.dataSpan();
    if (span) {
      const outside = (from && parseBound(from, 'start')! >= span[1] && 'from') || (to && parseBound(to, 'end')! <= span[0] && 'to');
      if (outside) {
        const years = [new Date(span[0]).getUTCFullYear(), new Date(span[1] - 1).getUTCFullYear()].map(String) as [string, string];
        return { attribute: outside, value: outside === 'from' ? from! : to!, valid: ui.validWithin(...years) };
      }
    }
    // Checked against the document's categories once it is here (a user's own, or the bundled four).
    const known = this.data.value ? this.dataCategories() : this.data.usesBundled ? CATEGORY_IDS : undefined;
    const unknown = known && this.categoryTokens().find((token) => !known.includes(token));
    if (unknown && known) return { attribute: 'categories', value: unknown, valid: known };
    return super.configProblem();
  }

  /** From the first event's start to the last one's end (the model's extent adds room for labels). */
  private dataSpan(): [number, number] | undefined {
    const items = this.model?.items;
    if (!items?.length) return undefined;
    let end = -Infinity;
    for (const item of items) end = Math.max(end, item.end);
    return [items[0].start, end];
  }

  private categoryTokens(): string[] {
    return (this.categories ?? '').split(/\s+/).filter(Boolean);
  }

  /** The categories the document's events use (cached per model). */
  private dataCategories(): readonly string[] {
    const model = this.model;
    if (!model) return [];
    if (this.usedCategories?.model !== model) this.usedCategories = { model, ids: usedCategories(model, this.data.value?.categories) };
    return this.usedCategories.ids;
  }

  /**
   * Colours of a user document's own categories, as a constructed style sheet:
   * a strict Content-Security-Policy blocks a `<style>` element, not the CSSOM.
   */
  private adoptOwnCategoryColours(): void {
    const css = this.data.value ? ownCategoryCss(this.dataCategories(), this.data.value.categories) : '';
    if (css === this.ownCss || !this.shadowRoot) return;
    this.ownCss = css;
    this.ownSheet ??= new CSSStyleSheet();
    this.ownSheet.replaceSync(css);
    const sheets = this.shadowRoot.adoptedStyleSheets;
    if (!sheets.includes(this.ownSheet)) this.shadowRoot.adoptedStyleSheets = [...sheets, this.ownSheet];
  }

  /** The categories the attribute allows, in the data's order. */
  private allowedCategories(): readonly string[] {
    const tokens = this.categoryTokens();
    const ids = this.dataCategories();
    return tokens.length ? ids.filter((id) => tokens.includes(id)) : ids;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Adopting the server's picture: its labels were placed by the server's estimate of text widths.
    estimateTextWidths(this.hydrating);
    // Lit runs the controllers after willUpdate: a document already in memory is taken now, so this
    // update derives the picture from it (the first update of a pre-rendered or second element).
    this.data.hostUpdate();
    this.hadMarkFocus = Boolean(this.shadowRoot?.activeElement?.closest('[data-key]'));
    if (changed.has('deepLink') && this.deepLink) this.selected = readHashId(this.hashKey()) ?? this.selected;
    this.layoutOrientation = this.resolveOrientation();

    const document = this.data.value;
    if (document !== this.modelSource) {
      this.modelSource = document;
      const extent = this.model?.extent;
      this.model = document ? buildModel(document) : undefined;
      this.modelVersion += 1;
      this.texts.clear();
      this.clusterLabels.clear();
      this.filterKey = '';
      // The same events in another language keep the reader's zoom; other events start from the whole period.
      if (!extent || !this.model || extent.join() !== this.model.extent.join()) {
        this.view = undefined;
        this.handledSelection = null;
      }
    }
    const model = this.model;
    if (!model || this.configProblem()) return;

    const full = this.fullDomain(model);
    if (full[0] !== this.full[0] || full[1] !== this.full[1]) {
      this.full = full;
      this.view = undefined;
    }
    const categories = new Set(this.allowedCategories().filter((id) => !this.hiddenCategories.has(id)));
    const filterKey = `${full.join()}|${[...categories].join()}`;
    if (filterKey !== this.filterKey) {
      this.filterKey = filterKey;
      this.shown = applyFilter(model, { from: full[0], to: full[1], categories });
      this.shownIndex = new Map(this.shown.items.map((item, index) => [item, index]));
    }

    const selected = this.selected ? model.byId.get(this.selected) : undefined;
    const freshSelection = this.selected !== this.handledSelection;
    if (freshSelection) {
      // A new selection (or a new document): the keyboard starts from it, and it comes into view.
      this.handledSelection = this.selected;
      if (selected) {
        this.activeId = selected.event.id;
        this.reveal(selected);
      }
    }
    if (selected) this.details.request(selected.event, this.locale, freshSelection);
  }

  private resolveOrientation(): Orientation {
    if (this.orientation === 'horizontal' || this.orientation === 'vertical') return this.orientation;
    const width = this.size.hostWidth;
    if (!width) return this.layoutOrientation;
    // A little hysteresis: a page scrollbar appearing must not flip the layout back and forth.
    const threshold = this.layoutOrientation === 'vertical' ? AUTO_VERTICAL_BELOW + 16 : AUTO_VERTICAL_BELOW;
    return width < threshold ? 'vertical' : 'horizontal';
  }

  private fullDomain(model: TimelineModel): View {
    const from = this.from?.trim() ? parseBound(this.from, 'start') : undefined;
    const to = this.to?.trim() ? parseBound(this.to, 'end') : undefined;
    const start = from ?? model.extent[0];
    let end = to ?? model.extent[1];
    if (end <= start) end = start + 365 * 86_400_000;
    return [start, end];
  }

  private get minSpan(): number {
    return Math.min(MIN_SPAN, this.full[1] - this.full[0]);
  }

  /** Keeps a view inside the whole period and no narrower than about a month. */
  private constrain(view: View): View {
    return constrainView(view, this.full, this.minSpan);
  }

  /** Pans (without zooming) so that an event is in view. */
  private reveal(item: TimelineItem): void {
    const view = this.currentView;
    if (item.anchor >= view[0] && item.anchor <= view[1]) return;
    const span = view[1] - view[0];
    this.view = this.constrain([item.anchor - span / 2, item.anchor + span / 2]);
  }

  /** The document's own label for a category, else the element's (no second download for user data). */
  private categoryLabel(id: string): string {
    const category = this.data.value?.categories?.find((entry) => entry.id === id);
    return category ? this.text(category.label) : categoryName(id);
  }

  /** The date and title of an event in the element's language (cached: labels are asked for on every zoom step). */
  private textsOf(item: TimelineItem): { date: string; title: string } {
    const key = `${this.locale}|${item.event.id}`;
    let texts = this.texts.get(key);
    if (!texts) {
      texts = { date: formatDateSpec(item.event, this.locale), title: this.text(item.event.title) };
      this.texts.set(key, texts);
    }
    return texts;
  }

  private markLabel(item: TimelineItem): string {
    const { date, title } = this.textsOf(item);
    return `${date} — ${title}`;
  }

  // ---- export and print

  protected override exportDescriber() {
    return import('../../core/export/export-timeline.js');
  }

  /** "Sources: …" of an event for the printed list, once its detail is there. */
  private printedSources(item: TimelineItem): string {
    const ids = [...new Set((this.details.of(item.event, this.locale)?.sources ?? []).map((ref) => ref.source))];
    return ids.length ? ui.sources(ids.map((id) => sourceById(id)?.title ?? id).join('; ')) : '';
  }

  // ---- actions

  private selectEvent(id: string | null): void {
    if (id === (this.selected ?? null)) return;
    this.selected = id ?? undefined;
    if (id) this.activeId = id;
    this.announcement = id ? { kind: 'selected', id } : { kind: 'cleared' };
    this.dispatchEvent(new CsSelectEvent(id));
  }

  /** Zooms by `factor` (> 1: in) around `center` (ms; default: the middle), continuing a running animation. */
  private zoomBy(factor: number, center?: number): void {
    const current = this.currentView;
    const from = this.zoom.target ?? current;
    const target = this.constrain(zoomView(from, factor, center ?? (from[0] + from[1]) / 2, this.base));
    this.zoomTo(current, target);
  }

  private readonly zoomActions = {
    zoomIn: () => this.zoomBy(2),
    zoomOut: () => this.zoomBy(0.5),
    reset: () => this.zoomTo(this.currentView, this.full),
  };

  /** The overview strip: loaded with the first zoom (at the whole period it would repeat the plot); its place is held until then. */
  private overview?: typeof import('./timeline-overview.js');
  private loadOverview(): void {
    if (this.overview || this.view === undefined) return;
    void import('./timeline-overview.js').then((module) => {
      this.overview = module;
      this.requestUpdate();
    });
  }

  /** The overview moves the view at once, keeping its drawn length. */
  private readonly overviewActions: OverviewActions = {
    centreAt: (x: number) => {
      if (this.base && this.overview) this.view = this.constrain(this.overview.viewCentredAt(this.base, this.currentView, x));
    },
  };

  /** Animates to `target`, and says where it arrived (in the update of the last frame: one update per frame). */
  private zoomTo(current: View, target: View): void {
    this.zoom.go(current, target, true, () => {
      this.announcement = { kind: 'showing', view: target };
    });
  }

  private zoomToCluster(unit: ClusterUnit): void {
    const current = this.currentView;
    let start = Infinity;
    let end = -Infinity;
    for (const item of unit.items) {
      start = Math.min(start, item.from);
      end = Math.max(end, item.anchor);
    }
    const pad = (end - start) * 0.15 + this.minSpan / 4;
    let target = this.constrain([start - pad, end + pad]);
    if (target[1] - target[0] >= (current[1] - current[0]) * 0.9) target = this.constrain(zoomView(current, 3, (start + end) / 2, this.base));
    this.activeId = unit.items[0].event.id;
    this.focusPending = true;
    this.zoomTo(current, target);
  }

  /** Moves the keyboard to an event, panning it into view when it is outside. */
  private moveTo(item: TimelineItem): void {
    this.activeId = item.event.id;
    this.reveal(item);
    this.focusPending = true;
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
    const unit = mark ? this.units.get(mark.getAttribute('data-key')!) : undefined;
    const action = keyAction(event.key, {
      unit,
      onPlot: origin instanceof Element && origin.matches('.plot'),
      shown: this.shown,
      indexOf: this.shownIndex,
      view: this.currentView,
      selected: Boolean(this.selected),
    });
    if (!action) return;
    switch (action.kind) {
      case 'zoom':
        this.zoomBy(action.factor, action.center);
        break;
      case 'close':
        this.selectEvent(null);
        // Closed from inside the panel: the focus goes back to the event's mark.
        if (!unit) this.focusPending = Boolean(this.shadowRoot?.activeElement?.closest('[part~="detail"]'));
        break;
      case 'move':
        this.moveTo(action.item);
        break;
      case 'open':
        this.selectEvent(action.id);
        break;
      case 'cluster':
        this.zoomToCluster(action.unit);
        break;
    }
    event.preventDefault();
  };

  private onPlotClick = (event: MouseEvent): void => {
    const mark = (event.target as Element).closest?.('[data-key]');
    const unit = mark ? this.units.get(mark.getAttribute('data-key')!) : undefined;
    if (!unit) return;
    if (unit.kind === 'cluster') {
      this.zoomToCluster(unit);
      return;
    }
    this.activeId = unit.item.event.id;
    this.selectEvent(unit.item.event.id);
  };

  private onHashChange = (): void => {
    if (!this.deepLink) return;
    const id = readHashId(this.hashKey()) ?? null;
    if (id === (this.selected ?? null)) return;
    this.selectEvent(id);
  };

  private hashKey(): string {
    return this.id ? `cs-timeline-${this.id}` : 'cs-timeline';
  }

  // ---- after each update: measure, zoom behaviour, hash, focus

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.adoptOwnCategoryColours();
    // While the events download, the date formats get ready (see prepareFormats).
    if (this.data.loading && !this.data.value) prepareFormats(this.locale);
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    this.size.observePlot(plot);
    const frame = this.frame;
    if (plot && frame) {
      this.zoom.attach(plot);
      const { geometry: g } = frame;
      const key = `${g.orientation}|${g.width}|${g.height}|${this.full.join()}`;
      const current = this.zoom.current;
      const moved = !current || Math.abs(current[0] - frame.view[0]) > 1 || Math.abs(current[1] - frame.view[1]) > 1;
      if (key !== this.zoomKey || moved) {
        this.zoomKey = key;
        this.zoom.configure({ full: this.full, base: this.base!, range: g.range, orientation: g.orientation, width: g.width, height: g.height, minSpan: this.minSpan }, frame.view);
      }
    } else if (!plot) {
      this.zoom.detach();
      this.zoomKey = '';
    }
    if (this.deepLink && changed.has('selected')) writeHashId(this.hashKey(), this.selected);
    if (changed.has('view')) this.loadOverview();
    const root = this.shadowRoot;
    if (root && (this.focusPending || (this.hadMarkFocus && !root.activeElement))) {
      this.focusPending = false;
      root.querySelector<SVGElement>('[data-key][tabindex="0"]')?.focus({ preventScroll: false });
    }
  }

  // ---- drawing

  /** The drawing for the current size, view, filters and language (rebuilt only when one of them changed). */
  private computeFrame(): Frame | undefined {
    const { width, height } = this.size.plot;
    const model = this.model;
    if (width < 40 || height < 40 || !model) return undefined;
    const view = this.constrain(this.currentView);
    const key = `${this.layoutOrientation}|${width}|${height}|${view.join()}|${this.filterKey}|${this.locale}|${this.modelVersion}`;
    if (this.frame && key === this.frameKey) return this.frame;
    this.frame = buildFrame({
      orientation: this.layoutOrientation,
      width,
      height,
      view,
      full: this.full,
      shown: this.shown,
      locale: this.locale,
      base: (g) => {
        const baseKey = `${g.orientation}|${g.range.join()}|${this.full.join()}|${this.modelVersion}`;
        if (!this.base || baseKey !== this.baseKey) {
          this.base = baseScale(g.orientation, this.full, g.range, model.items);
          this.baseKey = baseKey;
        }
        return this.base;
      },
      label: (item, orientation) => (orientation === 'horizontal' && item.qualified ? this.markLabel(item) : this.textsOf(item).title),
    });
    this.frameKey = key;
    this.units = new Map(this.frame.layout.units.map((unit) => [unit.key, unit]));
    return this.frame;
  }

  override render() {
    return this.renderWith(this.data, (document) => this.renderTimeline(document));
  }

  /** Pre-rendered: the first update adopts the server's picture, laid out for the server's sizes (the real ones follow). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (this.hydrating) this.size.asOnServer();
    return root;
  }

  /**
   * While the events load, the plot's empty box holds their place, with the
   * status inside. The page moves less when the timeline appears, and the
   * box is measured while the events download: the first picture is drawn
   * in one update instead of two with a forced layout between them.
   */
  protected override renderLoading(): TemplateResult {
    return html`<div class=${`frame ${this.layoutOrientation}`}><div class="plot waiting">${super.renderLoading()}</div></div>`;
  }

  private renderTimeline(document: EventOutlineDocument): TemplateResult {
    const frame = this.computeFrame();
    if (!frame) this.frame = undefined;
    const view = frame?.view ?? this.constrain(this.currentView);
    const texts = this.viewTexts(view, frame);
    const span = view[1] - view[0];
    return html`<div class=${`frame ${this.layoutOrientation}`}>
      <div class="toolbar">
        ${renderControls({ atFull: span >= this.full[1] - this.full[0] - 1, atMost: span <= this.minSpan + 1 }, this.zoomActions)}
        <p class="range">${texts.range} · ${texts.count}</p>
      </div>
      ${this.renderDownload(true)}
      <div class="plot" part="plot" role="group" aria-label=${texts.plot} aria-describedby="keys" @click=${this.onPlotClick}
        tabindex=${frame && frame.layout.units.length === 0 && this.shown.items.length > 0 ? '0' : nothing}>
        ${frame ? this.renderPlot(frame, document) : nothing}
        ${this.shown.items.length === 0 ? html`<p class="empty">${ui.empty()}</p>` : nothing}
      </div>
      ${frame && this.base && frame.geometry.orientation === 'horizontal'
        ? (this.overview?.renderOverview(
            { width: frame.geometry.width, base: this.base, items: this.shown.items, view: frame.view, valueText: texts.range, label: ui.overview(), windowLabel: ui.overviewWindow() },
            this.overviewActions,
          ) ?? html`<div class="overview-space"></div>`)
        : nothing}
      ${renderLegend(
        this.allowedCategories().map((id) => ({ id, label: this.categoryLabel(id), shown: !this.hiddenCategories.has(id) })),
        frame ? encodingsIn(frame) : [],
        this.toggleCategory,
      )}
      <p id="keys" class="visually-hidden">${ui.keys()}</p>
      ${this.renderList(frame)}
      <div class="visually-hidden" role="status">${this.announcementText()}</div>
      ${this.renderDetail()}
    </div>`;
  }

  /** What the filters, the language and the data are: the texts below depend on them besides the view. */
  private get textKey(): string {
    return `${this.locale}|${this.filterKey}|${this.modelVersion}`;
  }

  /**
   * The visible range and event count in words (toolbar, plot label). Written
   * when the view settles: while a zoom animation runs they keep the texts of
   * where it started, and the last frame writes the new ones.
   */
  private viewTexts(view: View, frame: Frame | undefined): { range: string; count: string; plot: string } {
    const key = this.textKey;
    const cached = this.viewTextCache;
    const viewKey = view.join();
    if (cached && cached.key === key && (cached.view === viewKey || this.zoom.animating)) return cached;
    const range = rangeLabel(view[0], view[1], this.locale);
    const count = frame ? frame.visible.length : visibleItems(this.shown, view[0], view[1]).length;
    this.viewTextCache = { key, view: viewKey, range, count: eventCount(count, this.locale), plot: ui.plot(range) };
    return this.viewTextCache;
  }

  private renderPlot(frame: Frame, document: EventOutlineDocument): TemplateResult {
    const g = frame.geometry;
    const active = this.activeId ? frame.layout.unitOf.get(this.activeId) : undefined;
    const selected = this.selected ? frame.layout.unitOf.get(this.selected) : undefined;
    const tabStop = active ?? selected ?? frame.layout.units[0]?.key;
    const eras = document.eras ? this.model!.eras : [];
    return html`<svg width=${g.width} height=${g.height} viewBox=${`0 0 ${g.width} ${g.height}`}>
      ${renderDefs(g.orientation, this.dataCategories())}
      ${renderEras(placeEraLabels(eras, g, frame.position, ({ era }) => ({ full: this.text(era.label), short: era.short && this.text(era.short) }), (text) => textWidth(text, 11, 600)), g)}
      ${renderAxis(frame.ticks, g, frame.breaks)}
      ${renderMarks(frame.layout.units, {
        geometry: g,
        tabStop,
        selected: this.selected,
        ariaLabel: (unit: EventUnit) => this.markLabel(unit.item),
        dateText: (unit: EventUnit) => this.textsOf(unit.item).date,
        title: (unit: EventUnit) => this.textsOf(unit.item).title,
        clusterLabel: (unit: ClusterUnit) => this.clusterLabel(unit),
        badgeText,
      })}
    </svg>`;
  }

  /** "12 events, 1938–1939 (Military 7, Politics 5): zoom in" (cached: the same cluster comes back on every zoom step). */
  private clusterLabel(unit: ClusterUnit): string {
    const first = unit.items[0];
    const last = unit.items[unit.items.length - 1];
    const key = `${this.locale}|${first.event.id}|${last.event.id}|${unit.items.length}`;
    let label = this.clusterLabels.get(key);
    if (label === undefined) {
      const range = rangeLabel(first.start, Math.max(first.start + 86_400_000, last.end), this.locale);
      label = ui.clusterMix(eventCount(unit.items.length, this.locale), range, categoryMix(unit.items, (id) => this.categoryLabel(id), this.locale));
      if (this.clusterLabels.size >= CLUSTER_LABELS_KEPT) this.clusterLabels.clear();
      this.clusterLabels.set(key, label);
    }
    return label;
  }

  /**
   * For screen readers and paper: the events in view, in order (at most LIST_LIMIT of
   * them). Like the toolbar, it follows the view when the view settles, not on
   * every frame of a zoom animation.
   */
  private renderList(frame: Frame | undefined): unknown {
    const key = this.textKey;
    if (frame && (!this.listed || this.listed.key !== key || !this.zoom.animating)) this.listed = { key, visible: frame.visible };
    // On paper the plot is not laid out (no frame): the list it last showed is what prints.
    if (!this.listed) return nothing;
    const visible = this.listed.visible;
    const first = visible[0]?.event.id;
    const last = visible[visible.length - 1]?.event.id;
    return guard([this.shown, visible.length, first, last, this.locale, this.details.hasAll(this.locale)], () => {
      const listed = visible.slice(0, LIST_LIMIT);
      const rest = visible.length - listed.length;
      const texts = listed.map((item) => this.markLabel(item));
      const sources = listed.map((item) => this.printedSources(item));
      if (rest > 0) texts.push(ui.notListed(eventCount(rest, this.locale)));
      // On paper this list is the timeline (see the print styles). A server has no DOM to build
      // the fragment in: it writes the items as a template.
      const items = isServer || this.hydrating ? texts.map((text) => html`<li>${text}</li>`) : listItems(texts, sources);
      return html`<ol class="visually-hidden print-shown event-list" aria-label=${ui.list()}>${items}</ol>`;
    });
  }

  private announcementText(): string {
    const said = this.announcement;
    if (!said) return '';
    if (said.kind === 'cleared') return ui.cleared();
    if (said.kind === 'showing') return ui.showing(rangeLabel(said.view[0], said.view[1], this.locale));
    const item = this.model?.byId.get(said.id);
    return item ? ui.selected(this.markLabel(item)) : '';
  }

  private renderDetail(): unknown {
    const item = this.selected ? this.model?.byId.get(this.selected) : undefined;
    if (!item) return nothing;
    const { event } = item;
    const { date, title } = this.textsOf(item);
    const full = this.details.of(event, this.locale);
    return renderDetail(
      {
        id: event.id,
        date,
        title,
        summary: full?.summary ? this.text(full.summary) : undefined,
        pending: full ? undefined : this.details.failed ? ui.detailFailed() : ui.detailLoading(),
        disputed: full?.disputed ? this.text(full.disputed) : undefined,
        categories: event.categories.map((id) => ({ id, label: this.categoryLabel(id) })),
        places: (event.places ?? []).map((id) => this.text(this.details.placeName(id)) || id),
        people: (full?.people ?? []).map((id) => this.text(this.details.personName(id)) || id),
        sources: full?.sources ?? [],
        ownSources: userSourceMap(this.data.value),
        media: (event as { media?: Detail['media'] }).media,
      },
      this.locale,
      this.closeDetail,
    );
  }
}

/**
 * The list's items as plain elements in one fragment, which Lit inserts as a
 * single node (and removes when the list changes): a template per item would
 * add three marker nodes to each of up to LIST_LIMIT items, a quarter of the
 * timeline's nodes, all laid out with the first picture.
 */
function listItems(texts: readonly string[], sources: readonly string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  texts.forEach((text, index) => {
    const item = document.createElement('li');
    item.textContent = text;
    // Printed only (see the print styles): a screen reader has the sources in the event's panel.
    if (sources[index]) item.dataset.sources = sources[index];
    fragment.append(item);
  });
  return fragment;
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-timeline': CsTimeline;
  }
}
