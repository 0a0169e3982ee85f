/** The plot's picture: eras, axis, breaks, marks with their shapes and labels, clusters (the frame around it is in cs-timeline.styles). */
import { css } from 'lit';

export const timelinePictureStyles = css`
  .plot {
    position: relative;
    block-size: var(--_height);
    inline-size: 100%;
    overflow: hidden;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    border: 1px solid var(--_line);
    border-radius: 6px;
    cursor: grab;
    /* Its size comes from the styles alone (the drawing inside is absolutely placed): redrawing it on
       every zoom frame need not lay out or repaint anything around it. */
    contain: strict;
  }
  .vertical .plot {
    block-size: var(--_vertical-height);
  }
  .plot:active {
    cursor: grabbing;
  }
  .plot.waiting {
    cursor: default;
  }
  .waiting [part~='status'] {
    margin: 0.75em;
    color: var(--_muted);
  }
  .plot svg {
    position: absolute;
    inset: 0;
    display: block;
    overflow: hidden;
    font-size: 12px;
  }
  /* A zoom frame may stretch the marks' box along the axis (stretchStyle), from its corner. */
  .marks-layer {
    transform-origin: 0 0;
  }
  .empty {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    color: var(--_muted);
  }

  [part~='era'] rect {
    fill: var(--_era-fill);
  }
  [part~='era'].odd rect {
    fill: transparent;
  }
  [part~='era'] line {
    stroke: var(--_line);
  }
  .era-name text {
    fill: var(--_muted);
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  .era-bracket {
    fill: none;
    stroke: var(--_muted);
  }
  [part~='axis'] line {
    stroke: var(--_line);
  }
  [part~='axis'] .domain {
    stroke: var(--_muted);
  }
  [part~='axis'] text {
    fill: var(--_muted);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }

  [part~='event'],
  [part~='cluster'] {
    cursor: pointer;
    outline: none;
  }
  .hit {
    fill: transparent;
  }
  defs stop {
    stop-color: var(--_c);
  }
  .dot,
  .bar {
    fill: var(--_c);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  /* The second category of an event: its shape small inside the first one's. */
  .inner {
    fill: var(--_c);
    stroke: var(--_on-mark);
    stroke-width: 1.25;
  }
  .glyph-shape,
  .glyph .inner {
    fill: var(--_on-mark);
    stroke: none;
  }
  .break-band {
    fill: var(--_line);
    fill-opacity: 0.25;
  }
  .break-gap {
    stroke: var(--_surface);
    stroke-width: 3;
  }
  .break-mark {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .break-text {
    fill: var(--_muted);
    font-size: 11px;
    font-style: italic;
  }
  .fuzzy .dot {
    fill-opacity: 0.55;
    stroke: var(--_c);
    stroke-dasharray: 2 2;
  }
  .qualified .dot,
  .qualified .bar {
    stroke: var(--_c);
    stroke-dasharray: 3 2;
    stroke-width: 1.25;
  }
  .label {
    fill: var(--_text);
    font-size: 12px;
  }
  .label.inside {
    fill: var(--_on-mark);
    font-weight: 600;
  }
  /* A shortened title shows whole while its mark is hovered or focused, over what is beside it. */
  .label.whole {
    display: none;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  [part~='event']:hover .label.whole,
  [part~='event']:focus-visible .label.whole {
    display: inline;
  }
  [part~='event']:hover .label.short,
  [part~='event']:focus-visible .label.short {
    display: none;
  }
  [part~='event']:hover,
  [part~='event']:focus-visible {
    /* Drawn last would be better; raising it is enough for the whole title to read over its neighbours. */
    isolation: isolate;
  }
  .date-line {
    fill: var(--_muted);
    font-size: 11px;
  }
  .title-line {
    fill: var(--_text);
    font-size: 13px;
  }
  .leader {
    fill: none;
    stroke: var(--_muted);
    stroke-opacity: 0.6;
    stroke-dasharray: 2 2;
  }
  .ring {
    fill: none;
    stroke: none;
    stroke-width: 2;
  }
  [aria-current='true'] .ring,
  .holds-selected .ring {
    stroke: var(--_text);
  }
  [part~='event']:focus-visible .ring,
  [part~='cluster']:focus-visible .ring {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  [part~='event']:hover .label,
  [part~='event']:focus-visible .label,
  [part~='event']:hover .title-line {
    text-decoration: underline;
  }
  .badge {
    fill: var(--_raised);
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .count {
    fill: var(--_text);
    font-size: 11px;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  [part~='cluster']:hover .badge {
    stroke: var(--_text);
  }
`;
