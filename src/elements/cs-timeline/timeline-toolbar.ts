/** The toolbar's zoom buttons and category legend. */
import { html, type TemplateResult } from 'lit';
import { ui } from './timeline-text.js';

export interface ZoomState {
  /** The whole period is shown: nothing to zoom out to or reset. */
  readonly atFull: boolean;
  /** The narrowest view: nothing to zoom in to. */
  readonly atMost: boolean;
}

export interface ZoomActions {
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly reset: () => void;
}

/** Buttons stay focusable at a limit (`aria-disabled`), so the keyboard does not lose its place. */
export function renderControls({ atFull, atMost }: ZoomState, actions: ZoomActions): TemplateResult {
  return html`<div part="controls" role="group" aria-label=${ui.zoomGroup()}>
    <button type="button" part="zoom-in" aria-label=${ui.zoomIn()} title=${ui.zoomIn()} aria-disabled=${atMost ? 'true' : 'false'} @click=${actions.zoomIn}>
      <span aria-hidden="true">+</span>
    </button>
    <button type="button" part="zoom-out" aria-label=${ui.zoomOut()} title=${ui.zoomOut()} aria-disabled=${atFull ? 'true' : 'false'} @click=${actions.zoomOut}>
      <span aria-hidden="true">−</span>
    </button>
    <button type="button" part="zoom-reset" aria-disabled=${atFull ? 'true' : 'false'} @click=${actions.reset}>${ui.zoomReset()}</button>
  </div>`;
}

export interface LegendEntry {
  readonly id: string;
  readonly label: string;
  readonly shown: boolean;
}

/** One toggle button per category, pressed while its events are shown. */
export function renderLegend(entries: readonly LegendEntry[], toggle: (id: string) => void): TemplateResult {
  return html`<div part="legend" role="group" aria-labelledby="legend-label">
    <span id="legend-label" class="legend-label">${ui.categories()}</span>
    ${entries.map(
      ({ id, label, shown }) => html`<button type="button" class=${`c-${id}`} data-category=${id} aria-pressed=${shown ? 'true' : 'false'} @click=${() => toggle(id)}>
        <span class="swatch" aria-hidden="true"></span>${label}
      </button>`,
    )}
  </div>`;
}
