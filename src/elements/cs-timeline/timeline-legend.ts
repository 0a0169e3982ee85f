/**
 * The legend under the plot: what every kind of mark in the current picture
 * means, and the category chips that show or hide a category. It lists only
 * the encodings the picture uses now (a reader is not taught marks that are
 * not there), and draws each one with the same shapes as the marks, so that
 * it reads without colour and in forced-colours mode too.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Frame } from './timeline-frame.js';
import { categoryShape, shapeIcon } from './timeline-shapes.js';
import { legendText, ui } from './timeline-text.js';
import type { RovingFocusController } from '../../core/roving-focus.js';

/** The encodings besides the categories, in the order the legend explains them. */
export type Encoding = 'several' | 'approximate' | 'open' | 'range' | 'cluster' | 'break';

export interface CategoryChip {
  readonly id: string;
  readonly label: string;
  readonly shown: boolean;
}

/** Which encodings the marks of `frame` use. */
export function encodingsIn(frame: Frame): Encoding[] {
  const used = new Set<Encoding>();
  for (const unit of frame.layout.units) {
    if (unit.kind === 'cluster') {
      used.add('cluster');
      continue;
    }
    const { item } = unit;
    if (item.event.categories.length > 1) used.add('several');
    if (item.fuzz === 'both') used.add('approximate');
    else if (item.fuzz) used.add('open');
    if (unit.bar && item.ranged && !item.fuzz) used.add('range');
  }
  if (frame.breaks.length) used.add('break');
  return (['several', 'approximate', 'open', 'range', 'cluster', 'break'] as const).filter((encoding) => used.has(encoding));
}

/** The small picture of an encoding, drawn like the marks. */
function icon(encoding: Encoding): TemplateResult {
  const picture = {
    several: categoryShape(['diplomacy', 'military'], 6.5),
    approximate: svg`<g class="fuzzy">${categoryShape(['neutral'], 6.5)}</g>`,
    open: svg`<rect class="bar open" x="-10" y="-4" width="20" height="8" rx="2"></rect>`,
    range: svg`<rect class="bar neutral" x="-10" y="-4" width="20" height="8" rx="2"></rect>`,
    cluster: svg`<rect class="badge" x="-10" y="-6" width="20" height="12" rx="6"></rect>`,
    break: svg`<path class="break-mark" d="M-6 6l5 -12M1 6l5 -12"></path>`,
  }[encoding];
  return html`<svg class="shape" viewBox="-11 -9 22 18" width="18" height="14" aria-hidden="true">${picture}</svg>`;
}

/**
 * The chips are one Tab stop (arrow keys move between them), so that the
 * events stay two Tab presses away from the toolbar. They wrap in a box of
 * their own beside the "Categories" label: on a phone the second row lines up
 * under the first chip instead of under the label.
 */
export function renderLegend(chips: readonly CategoryChip[], encodings: readonly Encoding[], toggle: (id: string) => void, focus: RovingFocusController): TemplateResult {
  const stop = focus.tabStop();
  return html`<div part="legend" class="legend">
    <div class="chips-row" role="group" aria-labelledby="legend-label" @keydown=${focus.handleKey} @focusin=${focus.focused}>
      <span id="legend-label" class="legend-label">${ui.categories()}</span>
      <span class="chip-list">${chips.map(
        ({ id, label, shown }) => html`<button type="button" class=${`chip c-${id}`} data-category=${id} tabindex=${id === stop ? '0' : '-1'}
          aria-pressed=${shown ? 'true' : 'false'} @click=${() => toggle(id)}>${shapeIcon([id])}${label}</button>`,
      )}</span>
    </div>
    ${encodings.length
      ? html`<ul class="keys" aria-label=${legendText.keys()}>
          ${encodings.map((encoding) => html`<li data-encoding=${encoding}>${icon(encoding)}${legendText[encoding]()}</li>`)}
        </ul>`
      : nothing}
  </div>`;
}
