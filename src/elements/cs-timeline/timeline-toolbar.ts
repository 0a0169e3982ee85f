/** The toolbar's zoom buttons: one Tab stop, arrow keys between them (the legend is in timeline-legend). */
import { html, type TemplateResult } from 'lit';
import type { RovingFocusController } from '../../core/roving-focus.js';
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

/** The buttons' keys for the roving focus (core/roving-focus), in keyboard order. */
export const ZOOM_KEYS = ['zoom-in', 'zoom-out', 'zoom-reset'] as const;

/** Buttons stay focusable at a limit (`aria-disabled`), so the keyboard does not lose its place. */
export function renderControls({ atFull, atMost }: ZoomState, actions: ZoomActions, focus: RovingFocusController): TemplateResult {
  const stop = focus.tabStop();
  const tabindex = (key: string) => (key === stop ? '0' : '-1');
  return html`<div part="controls" role="toolbar" aria-label=${ui.zoomGroup()} @keydown=${focus.handleKey} @focusin=${focus.focused}>
    <button type="button" part="zoom-in" tabindex=${tabindex('zoom-in')} aria-label=${ui.zoomIn()} title=${ui.zoomIn()} aria-disabled=${atMost ? 'true' : 'false'} @click=${actions.zoomIn}>
      <span aria-hidden="true">+</span>
    </button>
    <button type="button" part="zoom-out" tabindex=${tabindex('zoom-out')} aria-label=${ui.zoomOut()} title=${ui.zoomOut()} aria-disabled=${atFull ? 'true' : 'false'} @click=${actions.zoomOut}>
      <span aria-hidden="true">−</span>
    </button>
    <button type="button" part="zoom-reset" tabindex=${tabindex('zoom-reset')} aria-disabled=${atFull ? 'true' : 'false'} @click=${actions.reset}>${ui.zoomReset()}</button>
  </div>`;
}
