import { css } from 'lit';

export const styles = css`
  :host {
    --_card-accent: var(--treaty-card-accent, var(--_accent));
    --_card-radius: var(--treaty-card-radius, 8px);
    --_card-padding: var(--treaty-card-padding, 1rem 1.25rem);
    max-width: var(--treaty-card-max-width, 42rem);
    background: transparent;
  }

  article {
    container-type: inline-size;
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-top: 4px solid var(--_card-accent);
    border-radius: var(--_card-radius);
    padding: var(--_card-padding);
  }

  h2,
  h3 {
    margin: 0;
  }
  h2 {
    font-size: 1.3em;
    line-height: 1.25;
    text-wrap: balance;
  }
  .official {
    margin: 0.3em 0 0;
    color: var(--_muted);
    font-size: 0.92em;
  }

  /* Labels of the description lists and the section headings share one look. */
  dt,
  h3 {
    color: var(--_muted);
    font-size: 0.75em;
    font-weight: 650;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  dd {
    margin: 0;
  }

  .facts {
    display: grid;
    grid-template-columns: fit-content(8.5rem) 1fr;
    gap: 0.6em 1.25em;
    margin: 1em 0 0;
  }
  .facts > div {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  .facts dt {
    padding-top: 0.2em;
  }

  ul {
    margin: 0;
  }
  .parties,
  .signatories {
    list-style: none;
    padding: 0;
  }
  .parties {
    display: grid;
    gap: 0.45em;
  }
  .party {
    font-weight: 600;
  }
  .parties + .note {
    margin: 0.35em 0 0;
  }
  .signatories li {
    margin-top: 0.15em;
  }
  .role {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
    line-height: 1.3;
  }
  .parties.inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    font-weight: 600;
  }
  .parties.inline li:not(:last-child)::after {
    content: '·';
    margin-inline-start: 0.5em;
    color: var(--_muted);
  }

  section,
  [part~='sources'] {
    margin-top: 1em;
    padding-top: 0.85em;
    border-top: 1px solid var(--_line);
  }
  section > h3 {
    margin-bottom: 0.4em;
  }
  /* The shared sources footer, with a heading like the sections'. */
  [part~='sources'] h2 {
    margin-bottom: 0.45em;
    font-size: 0.88em; /* 0.75em of the card, inside the footer's 0.85em */
    font-weight: 650;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }

  /* The mini-timeline. */
  .timeline {
    display: block;
    overflow: visible;
    margin: 0.3em 0 0.6em;
  }
  .timeline text {
    fill: var(--_muted);
    font-family: inherit;
    font-size: 11px;
  }
  .timeline .axis,
  .timeline .tick line {
    stroke: var(--_line);
    stroke-width: 1;
  }
  .timeline .term line {
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .timeline .term text {
    fill: var(--_text);
  }
  .timeline .pending {
    fill: var(--_card-accent);
    opacity: 0.35;
  }
  .timeline .life {
    fill: var(--_card-accent);
  }
  .timeline .fade-start {
    stop-color: var(--_card-accent);
    stop-opacity: 1;
  }
  .timeline .fade-end {
    stop-color: var(--_card-accent);
    stop-opacity: 0;
  }
  .timeline .open path {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .timeline .open text {
    font-style: italic;
  }
  .timeline .ended {
    stroke: var(--_text);
    stroke-width: 3;
    stroke-linecap: round;
  }
  .timeline .in-force {
    fill: var(--_card-accent);
  }
  .timeline .signed {
    fill: none;
    stroke: var(--_card-accent);
    stroke-width: 2;
  }
  @container (max-width: 26rem) {
    .timeline .tick.minor text {
      display: none;
    }
  }

  .milestones {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.35em 1em;
    margin: 0;
    font-size: 0.92em;
  }
  .milestones > div {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  .milestones dt {
    align-self: start;
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    color: var(--_text);
    font-size: 1em;
    font-weight: 600;
    letter-spacing: normal;
    text-transform: none;
  }
  .glyph {
    flex: none;
    align-self: center;
    width: 14px;
    height: 14px;
  }
  [data-milestone='signed'] .glyph {
    border: 2px solid var(--_card-accent);
    border-radius: 50%;
  }
  [data-milestone='in-force'] .glyph {
    background: radial-gradient(circle, var(--_card-accent) 0 4px, transparent 4.5px);
  }
  [data-milestone='term'] .glyph {
    height: 8px;
    border: 1.5px solid var(--_muted);
    border-bottom: none;
  }
  [data-milestone='ended'] .glyph {
    background: linear-gradient(to right, transparent 5.5px, var(--_text) 5.5px 8.5px, transparent 8.5px);
  }
  [data-milestone='open-end'] .glyph {
    height: 6px;
    background: linear-gradient(to right, var(--_card-accent), transparent);
  }
  .note {
    display: block;
    color: var(--_muted);
  }

  [part~='terms'] ul {
    padding-inline-start: 1.2em;
  }
  [part~='terms'] li + li {
    margin-top: 0.3em;
  }
  [part~='terms'] > ul + h3,
  [part~='terms'] > p + h3,
  .conditions + h3 {
    margin: 0.9em 0 0.4em;
  }
  [part~='terms'] > p {
    margin: 0;
    color: var(--_muted);
  }
  .conditions {
    margin: 0.9em 0 0;
    padding: 0.6em 0.9em;
    background: var(--_raised);
    border-inline-start: 3px solid var(--_card-accent);
    border-radius: 0 6px 6px 0;
  }
  .conditions h3 {
    margin-bottom: 0.3em;
  }
  [part~='outcome'] p {
    margin: 0;
  }

  .cite {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin-top: 0.9em;
  }
  .copied {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .manual {
    flex-basis: 100%;
    display: grid;
    gap: 0.35em;
    font-size: 0.9em;
  }
  textarea {
    width: 100%;
    padding: 0.4em 0.5em;
    font: inherit;
    color: var(--_text);
    background: var(--_raised);
    border: 1px solid var(--_line);
    border-radius: 4px;
    resize: vertical;
  }

  :host([compact]) article {
    padding: 0.75em 1em;
  }
  :host([compact]) h2 {
    font-size: 1.1em;
  }
  :host([compact]) .facts {
    margin-top: 0.6em;
  }
  :host([compact]) section {
    margin-top: 0.6em;
    padding-top: 0;
    border-top: none;
  }

  @container (max-width: 30rem) {
    .facts,
    .milestones {
      grid-template-columns: 1fr;
      row-gap: 0.15em;
    }
    .facts > div + div,
    .milestones > div + div {
      margin-top: 0.5em;
    }
    .milestones dd {
      padding-inline-start: calc(14px + 0.5em);
    }
  }
`;
