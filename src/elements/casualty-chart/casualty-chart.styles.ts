import { css } from 'lit';

export const styles = css`
  :host {
    /* Okabe–Ito hues, darkened for light surfaces and lightened for dark ones: ≥ 4:1 against the surface in both. */
    --casualty-chart-color-killed: light-dark(#c85200, #ff8c4a);
    --casualty-chart-color-wounded: light-dark(#0072b2, #56b4e9);
    --casualty-chart-color-captured: light-dark(#9a6700, #e6a800);
    --casualty-chart-color-died-in-captivity: light-dark(#a8457f, #e08cc0);
    --casualty-chart-color-defected: light-dark(#008060, #2ec9a0);
    --casualty-chart-color-missing: light-dark(#737985, #8b919c);
    --casualty-chart-color-non-combat: light-dark(#33363d, #d7d9de);
    --casualty-chart-color-total: light-dark(#1f2328, #f0f2f5);
    --casualty-chart-color-combined: light-dark(#6a4c93, #b9a3e3);
    --casualty-chart-bar-height: 14px;
    --_bar-height: var(--casualty-chart-bar-height);
    --_tooltip-width: min(22em, 100%);
    position: relative;
  }

  /* Each figure's colour, by category (the data-figure of its mark, swatch or row). */
  [data-figure='killed'] {
    --_color: var(--casualty-chart-color-killed);
  }
  [data-figure='wounded'] {
    --_color: var(--casualty-chart-color-wounded);
  }
  [data-figure='captured'] {
    --_color: var(--casualty-chart-color-captured);
  }
  [data-figure='died-in-captivity'] {
    --_color: var(--casualty-chart-color-died-in-captivity);
  }
  [data-figure='defected'] {
    --_color: var(--casualty-chart-color-defected);
  }
  [data-figure='missing'] {
    --_color: var(--casualty-chart-color-missing);
  }
  [data-figure='non-combat'] {
    --_color: var(--casualty-chart-color-non-combat);
  }
  [data-figure='total'] {
    --_color: var(--casualty-chart-color-total);
  }
  [data-figure='combined'] {
    --_color: var(--casualty-chart-color-combined);
  }

  .row.total {
    border-bottom: 1px solid var(--_line);
    margin-bottom: 4px;
  }
  .row.total .name,
  tr.total td:nth-child(3) {
    font-weight: 600;
  }
  .row.total .bar,
  .legend .key.total-key {
    fill: color-mix(in srgb, var(--_color) 12%, transparent);
    stroke: var(--_color);
    stroke-width: 1.5;
  }
  .waffle-total {
    font-size: 0.8em;
    margin-bottom: 0.4em;
  }
  .waffle-total .swatch {
    background: transparent;
    border: 1.5px solid var(--_color);
    box-sizing: border-box;
    vertical-align: -1px;
  }

  h2,
  h3,
  p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .note {
    font-size: 0.85em;
    color: var(--_muted);
    margin-bottom: 0.75em;
  }
  .battles {
    display: grid;
    gap: 1.5em 24px;
    align-items: start;
  }
  .battle header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.6em;
    border-bottom: 1px solid var(--_line);
    padding-bottom: 0.2em;
  }
  .battle h2 {
    font-size: 1.15em;
    line-height: 1.25;
  }
  .date {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .force-name {
    font-size: 0.85em;
    font-weight: 600;
    margin: 0.7em 0 0.3em;
  }

  /* Bars */
  /* The track's width is its svg's width attribute; the label takes the rest. */
  .row,
  .axis-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: 10px;
    align-items: center;
  }
  .row {
    position: relative;
    padding-block: 2px;
    border-radius: 3px;
    cursor: default;
  }
  .row:hover {
    background: var(--_raised);
  }
  .row:focus-visible {
    outline-offset: 0;
  }
  .label {
    font-size: 0.85em;
    line-height: 1.2;
    padding-inline-start: 0.2em;
    overflow-wrap: anywhere;
  }
  .depth-1 .label {
    padding-inline-start: 1.2em;
    position: relative;
  }
  .depth-1 .label::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.45em;
    top: -0.4em;
    height: 1em;
    width: 0.5em;
    border-inline-start: 1px solid var(--_muted);
    border-bottom: 1px solid var(--_muted);
  }
  .detail {
    display: block;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .track {
    display: block;
    overflow: visible;
  }
  /* Bars are drawn from the row's middle (their y) and centred on it here, so the height can be themed. */
  .bar,
  .fade {
    height: var(--_bar-height);
    transform: translateY(calc(var(--_bar-height) / -2));
  }
  .bar {
    fill: var(--_color, var(--_muted));
  }
  .fade-stop {
    stop-color: var(--_color);
  }
  .arrow {
    fill: none;
    stroke: var(--_color, var(--_muted));
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .grid {
    stroke: var(--_line);
    shape-rendering: crispEdges;
  }
  .whisker {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .dot {
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .span {
    stroke: var(--_text);
    stroke-width: 5;
    stroke-linecap: round;
  }
  .value,
  .dot-label {
    fill: var(--_text);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .value {
    font-weight: 600;
  }
  .axis {
    display: block;
    overflow: visible;
  }
  .axis text {
    fill: var(--_muted);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  .axis-title {
    font-size: 0.75em;
    color: var(--_muted);
    text-align: end;
  }
  .legend {
    list-style: none;
    padding: 0;
    margin: 1em 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1.5em;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .legend svg {
    vertical-align: middle;
    margin-inline-end: 0.4em;
    overflow: visible;
  }
  .legend .key {
    fill: var(--_muted);
  }

  /* Tooltip */
  .tooltip {
    position: absolute;
    top: calc(100% + 2px);
    z-index: 2;
    width: var(--_tooltip-width);
    padding: 0.45em 0.7em;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_line);
    border-radius: 6px;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    font-size: 0.8em;
    line-height: 1.35;
    pointer-events: none;
  }
  .tooltip ul {
    margin: 0.3em 0 0;
    padding-inline-start: 1.1em;
  }
  .tooltip .figure {
    font-variant-numeric: tabular-nums;
  }

  /* Waffle */
  .waffle-key {
    font-size: 0.8em;
    color: var(--_muted);
    margin-top: 0.5em;
  }
  .waffle-key svg {
    vertical-align: -1px;
    margin-inline-end: 0.3em;
  }
  .key-square {
    fill: var(--_muted);
  }
  .waffle-legend {
    list-style: none;
    padding: 0;
    margin: 0 0 0.4em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em 1.1em;
    font-size: 0.8em;
  }
  .waffle-legend li.depth-1 {
    color: var(--_muted);
  }
  .waffle-legend .figure {
    margin-inline-start: 0.3em;
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.35em;
    border-radius: 2px;
    background: var(--_color);
    vertical-align: -0.05em;
  }
  .waffle-wrap {
    position: relative;
  }
  .waffle {
    display: block;
  }
  [part~='unit'] {
    fill: var(--_color);
  }
  .cell {
    outline: none;
  }
  .cell:focus-visible [part~='unit'],
  .cell:hover [part~='unit'] {
    stroke: var(--_focus);
    stroke-width: 2px;
  }

  /* Actions, table */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-top: 0.9em;
    font-size: 0.9em;
  }
  .status:not(:empty) {
    color: var(--_text);
    font-weight: 600;
  }
  .citation-fallback {
    margin-top: 0.5em;
    font-size: 0.85em;
  }
  .citation-fallback textarea {
    display: block;
    width: 100%;
    margin-top: 0.25em;
    font: inherit;
    color: inherit;
    background: var(--_raised);
    border: 1px solid var(--_line);
    border-radius: 4px;
    padding: 0.4em;
  }
  .table-wrap:not(.visually-hidden) {
    overflow-x: auto;
    margin-top: 1em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    /* Narrow screens scroll the table sideways rather than squeeze quotes into slivers. */
    min-width: 72em;
    font-size: 0.8em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.3em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--_line);
  }
  td:nth-child(7),
  td:nth-child(8) {
    min-width: 22em;
  }
  td.figure {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  td.depth-1 {
    padding-inline-start: 1.5em;
  }

  @media (forced-colors: active) {
    .bar,
    [part~='unit'] {
      fill: CanvasText;
    }
  }
`;
