import { css } from 'lit';

export const styles = css`
  :host {
    --cs-map-land: light-dark(#efebe1, #2a2d33);
    --cs-map-water: light-dark(#d9e6f0, #111b25);
    --cs-map-border: light-dark(#827c6f, #767b86);
    --cs-map-route: var(--_accent);
    --cs-map-place: var(--_text);
    --_land: var(--cs-map-land);
    --_water: var(--cs-map-water);
    --_border: var(--cs-map-border);
    --_route: var(--cs-map-route);
    --_place: var(--cs-map-place);
  }
  figure {
    margin: 0;
    position: relative;
  }
  figcaption {
    font-weight: 600;
    margin-bottom: 0.4em;
    /* Room for the download menu, which arrives after the first picture: nothing moves when it does. */
    padding-inline-end: 7.5em;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    border: 1px solid var(--_line);
    border-radius: 6px;
    font-family: var(--_font);
    user-select: none;
  }
  .water {
    fill: var(--_water);
  }
  [part~='land'] {
    fill: var(--_land);
  }
  [part~='border'] {
    fill: none;
    stroke: var(--_border);
    stroke-width: 0.8;
    stroke-dasharray: 4 2;
    stroke-linejoin: round;
  }
  .frame-note {
    font-size: 11px;
    fill: var(--_muted);
  }
  .halo {
    paint-order: stroke;
    stroke: var(--_land);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  [part~='leg'] {
    fill: none;
    stroke: var(--_route);
    stroke-width: 3;
    stroke-linecap: round;
    stroke-dasharray: 1;
    stroke-dashoffset: 0;
    animation: cs-map-draw 550ms ease-in-out backwards;
    animation-delay: calc(var(--leg, 0) * 400ms);
  }
  .chevron {
    fill: none;
    stroke: var(--_route);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    animation: cs-map-appear 650ms ease-in backwards;
    animation-delay: calc(var(--leg, 0) * 400ms + 300ms);
  }
  @keyframes cs-map-appear {
    from {
      opacity: 0;
    }
  }
  @keyframes cs-map-draw {
    from {
      stroke-dashoffset: 1;
    }
    to {
      stroke-dashoffset: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='leg'],
    .chevron {
      animation: none;
    }
  }
  .place {
    cursor: pointer;
    outline: none;
  }
  .hit {
    fill: transparent;
  }
  .ring {
    fill: none;
    stroke: transparent;
    stroke-width: 2.5;
  }
  .place[aria-pressed='true'] .ring {
    stroke: var(--_place);
  }
  .place:focus-visible .ring {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .dot {
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .station .dot {
    fill: var(--_route);
  }
  .centre .dot {
    fill: var(--_place);
  }
  .other .dot,
  .region .dot {
    fill: var(--_surface);
    stroke: var(--_place);
  }
  .pointer {
    fill: var(--_place);
    stroke: var(--_surface);
    stroke-width: 1;
  }
  .leader {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  [part~='label'] {
    font-size: 13px;
    fill: var(--_text);
  }
  .station [part~='label'] .name,
  .centre [part~='label'] .name {
    font-weight: 600;
  }
  .region [part~='label'] .name {
    font-style: italic;
  }
  .compact [part~='label'] {
    font-size: 12px;
  }
  [part~='label'] .date {
    font-size: 11px;
    fill: var(--_muted);
  }
  .place:hover [part~='label'] .name {
    text-decoration: underline;
  }
  [part~='scale'] line {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  [part~='scale'] text {
    font-size: 11px;
    fill: var(--_text);
  }
  [part~='itinerary'] {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.1em 0.35em;
    font-size: 0.85em;
    counter-reset: station;
  }
  [part~='itinerary'] li {
    counter-increment: station;
  }
  [part~='itinerary'] li::before {
    content: counter(station) '. ';
    font-weight: 600;
  }
  [part~='itinerary'] li:not(:last-child)::after {
    content: ' →';
    color: var(--_muted);
  }
  [part~='itinerary'] .date {
    color: var(--_muted);
    /* The template's space before the date does not survive minification. */
    margin-inline-start: 0.3em;
  }
  [part~='legend'] {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.1em;
    font-size: 0.85em;
  }
  [part~='legend'] li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  [part~='legend'] svg {
    flex: none;
    width: 22px;
    height: 14px;
    border: 0;
    overflow: visible;
  }
  .key-route line {
    stroke: var(--_route);
    stroke-width: 3;
    stroke-linecap: round;
  }
  .key-border line {
    stroke: var(--_border);
    stroke-width: 1.2;
    stroke-dasharray: 4 2;
  }
  [part~='attribution'] {
    margin: 0.35em 0 0;
    font-size: 0.8em;
    color: var(--_muted);
  }
  [part~='detail'] {
    margin-top: 0.75em;
    padding: 0.6em 0.9em;
    background: var(--_raised);
    border-radius: 6px;
  }
  [part~='detail'] h2 {
    font-size: 1.05em;
    margin: 0 0 0.2em;
  }
  [part~='detail'] p {
    margin: 0 0 0.3em;
  }
  [part~='detail'] .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part~='detail'] .meta::first-letter {
    text-transform: uppercase;
  }
  [part~='detail'] ol {
    margin: 0.3em 0 0;
    padding: 0;
    list-style: none;
  }
  [part~='detail'] li + li {
    margin-top: 0.2em;
  }
  [part~='detail'] time {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    margin-inline-end: 0.4em;
  }
  @media (forced-colors: active) {
    .place:focus-visible .ring,
    .place[aria-pressed='true'] .ring {
      stroke: Highlight;
    }
    [part~='leg'] {
      stroke: LinkText;
    }
  }
`;
