/**
 * The download menu, its styles and the print styles every element shares:
 * a chunk loaded in idle time after an element's first picture, so that no
 * first render pays for it (the export itself loads only when used).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '../localize.js';
import { adoptSheet } from '../css-props.js';
import type { Describer, ExportHost } from './export.js';

/** The element the menu is drawn for: one of ours. */
interface MenuHost extends ExportHost {
  readonly noDownload: boolean;
}

export type ExportFormat = 'png' | 'svg' | 'csv';

function closeMenu(details: HTMLDetailsElement): void {
  details.open = false;
  details.querySelector('summary')?.focus();
}

/**
 * A choice in the menu: close it, give the focus back to its button, then export (the code loads now).
 * One listener for every menu, which finds its element from the event: a closure made per render would
 * make Lit swap the listener on every update (the timeline updates on every zoom frame).
 */
function onClick(event: Event): void {
  const button = (event.target as Element).closest('button');
  if (!button) return;
  const details = event.currentTarget as HTMLDetailsElement;
  const host = (details.getRootNode() as ShadowRoot).host as unknown as MenuHost;
  const format = button.value as ExportFormat;
  closeMenu(details);
  void import('./export.js')
    .then((run) => run.download(host, format))
    .catch((error: unknown) => console.warn(`<${host.localName}>: the ${format.toUpperCase()} download failed`, error));
}

/** Escape closes an open menu (and goes no further: the timeline would clear its selection). */
function onKeydown(event: KeyboardEvent): void {
  const details = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !details.open) return;
  event.preventDefault();
  event.stopPropagation();
  closeMenu(details);
}

/**
 * The download menu of every element: PNG, SVG and, where the element has a
 * table, CSV. A `<details>` disclosure: its `<summary>` is a button to
 * keyboards and screen readers ("Download, collapsed") with no script to
 * open it, and the choices are plain buttons. The export code itself loads
 * only when a choice is made.
 */
export function renderDownloadMenu(host: MenuHost, csv: boolean): TemplateResult | typeof nothing {
  remember(host);
  const root = host.shadowRoot;
  const sheet = menuStyles.styleSheet;
  adoptSheet(root, sheet);
  if (host.noDownload) return nothing;
  const label = msg('Download', { id: 'download.menu' });
  return html`<details part="download" class="download" @click=${onClick} @keydown=${onKeydown}>
    <summary part="download-button">${label}</summary>
    <div class="download-options" role="group" aria-label=${label}>
      <button type="button" part="download-option" value="png">${msg('Picture (PNG)', { id: 'download.png' })}</button>
      <button type="button" part="download-option" value="svg">${msg('Vector picture (SVG)', { id: 'download.svg' })}</button>
      ${csv ? html`<button type="button" part="download-option" value="csv">${msg('Table (CSV)', { id: 'download.csv' })}</button>` : nothing}
    </div>
  </details>`;
}

/**
 * Before paper: what an element prints may need more than its first picture
 * did (the timeline's list names each event's sources, which come with its
 * whole document). It loads when the page is about to be printed — the
 * `beforeprint` event, or the print media query (print preview and
 * emulation) — not on every page; the elements draw it as it arrives. Each
 * element's describer says what it needs (`print()` in core/export/).
 */
const drawn = new Set<WeakRef<MenuHost>>();
/** Held weakly, so that the wait for a print keeps no removed element alive. */
const known = new WeakSet<MenuHost>();
function remember(host: MenuHost): void {
  if (known.has(host)) return;
  known.add(host);
  drawn.add(new WeakRef(host));
}
function beforePaper(): void {
  for (const ref of drawn) {
    const host = ref.deref();
    if (!host) drawn.delete(ref);
    else if (host.isConnected)
      void (host as unknown as { exportDescriber?(): Promise<Describer> })
        .exportDescriber?.()
        .then((describer) => describer.print?.(host))
        .catch(() => {});
  }
}
if (typeof window !== 'undefined') {
  addEventListener('beforeprint', beforePaper);
  matchMedia('print').addEventListener('change', (query) => query.matches && beforePaper());
}

/** Adopted by each element when the menu arrives: the menu's look, and what paper needs. */
export const menuStyles = css`
  /* The download menu: a small button, its choices in a box below it. */
  .download {
    position: relative;
    display: inline-block;
  }
  .download > summary {
    list-style: none;
    cursor: pointer;
    background: var(--_raised);
    border: 1px solid var(--_line);
    border-radius: 4px;
    padding: 0.25em 0.7em;
  }
  .download > summary::-webkit-details-marker {
    display: none;
  }
  .download > summary::after {
    content: ' ▾' / '';
  }
  .download-options {
    position: absolute;
    z-index: 3;
    inset-inline-end: 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: max-content;
    padding: 4px;
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: 4px;
  }
  .download-options button {
    text-align: start;
  }
  /* Over the top end of the timeline's frame and the map's figure, in the room their toolbar and caption keep for it. */
  .frame > .download,
  figure > .download {
    position: absolute;
    top: 0;
    inset-inline-end: 0;
  }
  @media print {
    [part~='download'],
    .hint {
      display: none !important;
    }
    /* Paper shows the finished picture (the map's road whole), never a frame of its drawing. */
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
    .print-only {
      display: revert !important;
    }
    /* Hidden on screen for all but screen readers, and on paper for everyone (the chart's table, the timeline's list). */
    .print-shown.visually-hidden {
      position: static;
      width: auto;
      height: auto;
      margin: 0;
      overflow: visible;
      clip: auto;
      white-space: normal;
    }
    /* An entry whole on one page: page breaks fall between entries. */
    li,
    tr,
    section,
    [part~='battle'] {
      break-inside: avoid;
    }
    h2,
    h3 {
      break-after: avoid;
    }
    /* The timeline on paper is its list: every event shown, dated, with its sources; not the cropped picture. */
    .plot,
    .toolbar {
      display: none !important;
    }
    .event-list {
      /* Room for three-digit numbers (the list holds up to 300 events). */
      padding-inline-start: 2.5em;
      line-height: 1.35;
    }
    .event-list li {
      margin-block-end: 0.5em;
    }
    .event-list li[data-sources]::after {
      content: attr(data-sources);
      display: block;
      font-size: 0.85em;
      color: var(--_muted);
    }
  }
`;
