import { html, nothing, type TemplateResult } from 'lit';
import { msg } from './localize.js';

export type ExportFormat = 'png' | 'svg' | 'csv';

function closeMenu(details: HTMLDetailsElement): void {
  details.open = false;
  details.querySelector('summary')?.focus();
}

/** A choice in the menu: close it, give the focus back to its button, then export. */
function onClick(pick: (format: ExportFormat) => void) {
  return (event: Event): void => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    closeMenu(event.currentTarget as HTMLDetailsElement);
    pick(button.value as ExportFormat);
  };
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
export function renderDownloadMenu(csv: boolean, pick: (format: ExportFormat) => void): TemplateResult {
  const label = msg('Download', { id: 'download.menu' });
  return html`<details part="download" class="download" @click=${onClick(pick)} @keydown=${onKeydown}>
    <summary part="download-button">${label}</summary>
    <div class="download-options" role="group" aria-label=${label}>
      <button type="button" part="download-option" value="png">${msg('Picture (PNG)', { id: 'download.png' })}</button>
      <button type="button" part="download-option" value="svg">${msg('Vector picture (SVG)', { id: 'download.svg' })}</button>
      ${csv ? html`<button type="button" part="download-option" value="csv">${msg('Table (CSV)', { id: 'download.csv' })}</button>` : nothing}
    </div>
  </details>`;
}
