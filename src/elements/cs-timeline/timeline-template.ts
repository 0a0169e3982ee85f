/**
 * The timeline's template: the toolbar, the plot, the overview, the legend,
 * the hidden list and the detail panel, drawn from the view object the
 * element derived in `willUpdate` (timeline-view). It reads and writes
 * nothing else: what the reader does goes back through `actions`.
 */
import { guard } from 'lit/directives/guard.js';
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../../core/css-props.js';
import type { RovingFocusController } from '../../core/roving-focus.js';
import type { Locale } from '../../data/types.js';
import { renderEras } from './timeline-eras.js';
import { badgeText } from './timeline-frame.js';
import type { ClusterUnit, EventUnit } from './timeline-layout.js';
import { renderLegend, type CategoryChip } from './timeline-legend.js';
import type { OverviewActions } from './timeline-overview.js';
import { renderAxis, renderDefs, renderMarks, stretchStyle } from './timeline-render.js';
import { renderControls, type ZoomActions } from './timeline-toolbar.js';
import { rangeLabel, ui } from './timeline-text.js';
import type { TimelineItem } from './timeline-model.js';
import type { View } from './timeline-scale.js';
import type { TimelineView, TimelineWords } from './timeline-view.js';

/** What the live region last had to say. */
export type Announcement = { kind: 'selected'; id: string } | { kind: 'cleared' } | { kind: 'showing'; view: View } | undefined;

/** The live region's sentence for an announcement ('' for none). */
export function statusText(said: Announcement, words: TimelineWords, byId: ReadonlyMap<string, TimelineItem>, locale: Locale): string {
  if (!said) return '';
  if (said.kind === 'cleared') return ui.cleared();
  if (said.kind === 'showing') return ui.showing(rangeLabel(said.view[0], said.view[1], locale));
  const item = byId.get(said.id);
  return item ? ui.selected(words.label(item)) : '';
}

export interface TimelineTemplate {
  readonly picture: TimelineView;
  /** The picture whose texts the toolbar shows (see the element's `settled`). */
  readonly texts: TimelineView;
  /** The overview's module when the picture has room for the strip (`picture.overview`). */
  readonly overview?: typeof import('./timeline-overview.js');
  readonly chips: readonly CategoryChip[];
  /** The categories the marks' patterns are made for. */
  readonly categories: readonly string[];
  readonly activeId?: string;
  readonly selected?: string;
  readonly toolbarFocus: RovingFocusController;
  readonly chipFocus: RovingFocusController;
  readonly zoom: ZoomActions;
  readonly overviewActions: OverviewActions;
  readonly toggle: (id: string) => void;
  readonly onPlotClick: (event: MouseEvent) => void;
  /** Parts drawn by others: the download menu, the hidden list, the live region's text, the detail panel. */
  readonly download: unknown;
  readonly list: unknown;
  readonly status: string;
  readonly detail: unknown;
}

export function renderTimeline(input: TimelineTemplate): TemplateResult {
  const { picture, texts, overview } = input;
  const { frame, base, shown } = picture;
  const strip = frame && base && overview;
  return html`<div class=${`frame ${picture.orientation}`}>
    <div class="toolbar">
      ${renderControls(picture, input.zoom, input.toolbarFocus)}
      <p class="range">${texts.range} · ${texts.count}</p>
    </div>
    ${input.download}
    <div class="plot" part="plot" role="group" aria-label=${texts.plot} aria-describedby="keys" @click=${input.onPlotClick}
      tabindex=${frame && frame.layout.units.length === 0 && shown.items.length > 0 ? '0' : nothing}>
      ${frame ? guard([picture, input.categories, input.activeId, input.selected], () => renderPlot(input)) : nothing}
      ${shown.items.length === 0 ? html`<p class="empty">${ui.empty()}</p>` : nothing}
    </div>
    ${strip
      ? overview.renderOverview(
          { width: frame.geometry.width, base, items: shown.items, view: frame.view, valueText: texts.range, label: ui.overview(), windowLabel: ui.overviewWindow() },
          input.overviewActions,
        )
      : nothing}
    ${renderLegend(input.chips, picture.encodings, input.toggle, input.chipFocus)}
    <p id="keys" class="visually-hidden">${ui.keys()}</p>
    ${input.list}
    <div class="visually-hidden" role="status">${input.status}</div>
    ${input.detail}
  </div>`;
}

/**
 * The eras, the axis and the marks: drawn again only when one of these inputs changes (the guard
 * above), not when something else arrives — the download menu, the sources, a detail — which would
 * otherwise compare every mark's values again (at 1,000 events about 25 ms on a cold page).
 */
function renderPlot({ picture, categories, activeId, selected }: TimelineTemplate): TemplateResult {
  const { words, eras } = picture;
  const { geometry: g, layout, ticks, breaks, stretch } = picture.frame!;
  // The keyboard's mark, else the selected one, else the first: one that is drawn (a zoom frame leaves out marks stretched out of the plot).
  const drawn = (key: string | undefined) => key !== undefined && layout.units.some((unit) => unit.key === key);
  const tabStop = [activeId && layout.unitOf.get(activeId), selected && layout.unitOf.get(selected)].find((key) => drawn(key || undefined)) || layout.units[0]?.key;
  const box = `0 0 ${g.width} ${g.height}`;
  // Two drawings, one over the other: the eras and the axis, then the marks on their own (a zoom frame may stretch their box, see stretchStyle).
  return html`<svg width=${g.width} height=${g.height} viewBox=${box}>
    ${renderDefs(g.orientation, categories)}
    ${renderEras(eras, g)}
    ${renderAxis(ticks, g, breaks)}
  </svg>
  <svg class="marks-layer" width=${g.width} height=${g.height} viewBox=${box} ${cssProps(stretchStyle(stretch, g.orientation))}>
    ${renderMarks(layout.units, {
      geometry: g,
      tabStop,
      selected,
      ariaLabel: (unit: EventUnit) => words.label(unit.item),
      dateText: (unit: EventUnit) => words.columnDate(unit.item, g.columnWidth),
      title: (unit: EventUnit) => words.title(unit.item),
      clusterLabel: (unit: ClusterUnit) => words.cluster(unit),
      badgeText,
      texts: words,
    })}
  </svg>`;
}
