/**
 * The timeline's styles around the picture: the host's tokens, the toolbar,
 * the overview strip, the legend, the detail panel, forced colours and print.
 * The picture itself (plot, eras, axis, marks, labels) is in
 * timeline-picture.styles, placed here in its order so that the forced-colours
 * and print rules after it still win.
 */
import { css } from 'lit';
import { timelinePictureStyles } from './timeline-picture.styles.js';

export const styles = css`
  :host {
    --_height: var(--cs-timeline-height, 32rem);
    --_vertical-height: var(--cs-timeline-vertical-height, 160rem);
    --_era-fill: var(--cs-timeline-era-fill, light-dark(#eef0f4, #202228));
    --_cat-diplomacy: var(--cs-timeline-color-diplomacy, light-dark(#0068a8, #56b4e9));
    --_cat-military: var(--cs-timeline-color-military, light-dark(#b34700, #f0894a));
    --_cat-politics: var(--cs-timeline-color-politics, light-dark(#007a56, #3cc39a));
    --_cat-repression: var(--cs-timeline-color-repression, light-dark(#a8437c, #e79bd0));
    --_on-mark: light-dark(#ffffff, #111111);
  }
  .c-diplomacy {
    --_c: var(--_cat-diplomacy);
  }
  .c-military {
    --_c: var(--_cat-military);
  }
  .c-politics {
    --_c: var(--_cat-politics);
  }
  .c-repression {
    --_c: var(--_cat-repression);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-end: 0.5em;
    /* Room for the download menu, which arrives after the first picture: nothing moves when it does. */
    padding-inline-end: 7.5em;
    /* Its text changes as the view does: contained, that lays out and paints the toolbar alone. The
       clip margin keeps the buttons' focus rings (2px, 2px off) whole at the edges. */
    contain: layout paint;
    overflow-clip-margin: 4px;
  }
  .frame {
    position: relative;
  }
  [part~='controls'] {
    display: flex;
    gap: 0.25em;
  }
  [part~='controls'] button {
    min-width: 2.25em;
    min-height: 2.25em;
    /* On a phone "Whole period" broke into two lines, a button twice as tall as its neighbours: one line,
       and a little less padding so that it keeps clear of the download menu (360 px wide). */
    white-space: nowrap;
    padding-inline: 0.55em;
  }
  [part~='controls'] button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: default;
  }
  .range {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  /* In the foot of the plot box, which the picture leaves free for it (OVERVIEW_ROOM): nothing below moves when it arrives. */
  .overview {
    display: block;
    position: relative;
    margin-block-start: -26px;
    touch-action: none;
    cursor: pointer;
    overflow: visible;
  }
  .overview-ticks {
    stroke: var(--_muted);
    stroke-opacity: 0.7;
  }
  .overview-window {
    fill: var(--_accent);
    fill-opacity: 0.14;
    stroke: var(--_accent);
    stroke-width: 1.5;
    outline: none;
    cursor: grab;
  }
  /* At the whole period the window is the whole strip: drawn quietly, it only says so. */
  .overview-window.whole {
    fill: none;
    stroke: var(--_line);
  }
  .overview-window:focus-visible {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 1.25em;
    margin-block-start: 0.5em;
    font-size: 0.875em;
  }
  .chips-row,
  .chip-list {
    display: flex;
    align-items: flex-start;
    gap: 0.25em;
  }
  .chip-list {
    flex-wrap: wrap;
  }
  .legend-label {
    color: var(--_muted);
    margin-inline-end: 0.25em;
    /* As tall as a chip, on the first row's text line (a chip's text sits a little low, beside its shape). */
    line-height: 2.25em;
    padding-block-start: 0.15em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.25em;
    border-radius: 999px;
  }
  .chip[aria-pressed='false'] {
    color: var(--_muted);
    background: transparent;
    text-decoration: line-through;
  }
  .chip[aria-pressed='false'] .dot {
    fill: transparent;
    stroke: var(--_c);
  }
  .keys {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
  }
  .keys li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .shape {
    flex: none;
    overflow: visible;
  }
  .c-neutral {
    --_c: var(--_muted);
  }
  .bar.neutral {
    fill: var(--_muted);
  }
  .bar.open {
    fill: var(--_muted);
    fill-opacity: 0.35;
    stroke: var(--_muted);
    stroke-dasharray: 2 2;
  }

  ${timelinePictureStyles}

  [part~='detail'] {
    margin-block-start: 0.75em;
    padding: 0.75em 1em;
    border: 1px solid var(--_line);
    border-inline-start: 4px solid var(--_c, var(--_accent));
    border-radius: 6px;
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .vertical [part~='detail'] {
    position: sticky;
    inset-block-end: 0;
    max-block-size: 60vh;
    overflow: auto;
    box-shadow: 0 -4px 16px light-dark(rgb(0 0 0 / 0.12), rgb(0 0 0 / 0.5));
  }
  [part~='detail'] header {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  [part~='detail'] .heading {
    flex: 1;
    min-width: 0;
  }
  [part~='detail'] h2 {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
  [part~='detail'] .date {
    margin: 0 0 0.15em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='detail'] .close {
    flex: none;
    min-width: 2.25em;
    min-height: 2.25em;
    padding: 0;
    font-size: 1.1em;
    line-height: 1;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }
  .chips li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.6em;
    border: 1px solid var(--_line);
    border-radius: 999px;
  }
  .summary {
    margin: 0.6em 0 0;
  }
  .disputed {
    margin: 0.6em 0 0;
    padding: 0.4em 0.7em;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_raised);
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2em 0.75em;
    margin: 0.6em 0 0;
    font-size: 0.9375em;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }

  @media (forced-colors: active) {
    /* One system colour for every category: the shapes carry the category, gradients give way. */
    .dot,
    .bar {
      fill: CanvasText !important;
      stroke: Canvas;
    }
    .inner {
      fill: Canvas;
      stroke: Canvas;
    }
    .glyph-shape,
    .glyph .inner {
      fill: Canvas;
    }
    .fuzzy .dot,
    .fuzzy .bar {
      fill-opacity: 0.45;
      stroke: CanvasText;
    }
    .label.inside {
      fill: Canvas;
    }
    .break-band {
      fill: GrayText;
    }
    .overview-ticks {
      stroke: CanvasText;
    }
    .chip[aria-pressed='false'] .dot {
      fill: Canvas !important;
      stroke: CanvasText;
    }
    .overview-window {
      fill: none;
      stroke: Highlight;
    }
    .badge {
      fill: Canvas;
      stroke: CanvasText;
    }
    [part~='event']:focus-visible .ring,
    [part~='cluster']:focus-visible .ring {
      stroke: Highlight;
    }
  }

  /* A user's image in the detail panel; a broken one gives way to its description. */
  .media {
    margin: 0.5em 0;
  }
  .media img {
    display: block;
    max-width: 100%;
    max-height: 16rem;
    height: auto;
  }
  .media-alt {
    display: block;
    padding: 0.5em;
    border: 1px dashed var(--_muted);
    font-style: italic;
  }
  .media figcaption {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='error'] .problems {
    margin: 0.25em 0 0.5em;
    padding-inline-start: 1.25em;
  }
`;
