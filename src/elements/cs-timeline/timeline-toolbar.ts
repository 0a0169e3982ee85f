/** The toolbar's zoom buttons: one Tab stop, arrow keys between them (the legend is in timeline-legend). */
import { html, type TemplateResult } from 'lit';
import { rovingKeydown } from './roving.js';
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
  return html`<div part="controls" role="toolbar" aria-label=${ui.zoomGroup()} @keydown=${rovingKeydown}>
    <button type="button" part="zoom-in" tabindex="0" aria-label=${ui.zoomIn()} title=${ui.zoomIn()} aria-disabled=${atMost ? 'true' : 'false'} @click=${actions.zoomIn}>
      <span aria-hidden="true">+</span>
    </button>
    <button type="button" part="zoom-out" tabindex="-1" aria-label=${ui.zoomOut()} title=${ui.zoomOut()} aria-disabled=${atFull ? 'true' : 'false'} @click=${actions.zoomOut}>
      <span aria-hidden="true">−</span>
    </button>
    <button type="button" part="zoom-reset" tabindex="-1" aria-disabled=${atFull ? 'true' : 'false'} @click=${actions.reset}>${ui.zoomReset()}</button>
  </div>`;
}
