/** The panel of the selected event: what the reader opened a mark for. */
import { html, nothing, type TemplateResult } from 'lit';
import { listFormat } from '../../core/intl.js';
import { renderSources } from '../../core/sources.js';
import type { Locale, SourceRef } from '../../data/types.js';
import { ui } from './timeline-text.js';
import { shapeIcon } from './timeline-shapes.js';

export interface Detail {
  readonly id: string;
  /** Every text already in the element's language. */
  readonly date: string;
  readonly title: string;
  /** Undefined while the detail of a bundled event is loading (or failed: `pending` says which). */
  readonly summary?: string;
  readonly pending?: string;
  readonly disputed?: string;
  readonly categories: readonly { id: string; label: string }[];
  readonly places: readonly string[];
  readonly people: readonly string[];
  readonly sources: readonly SourceRef[];
}

export function renderDetail(detail: Detail, locale: Locale, onClose: () => void): TemplateResult {
  const list = listFormat(locale, 'conjunction');
  const { places, people } = detail;
  return html`<section part="detail" class=${`c-${detail.categories[0]?.id ?? ''}`} aria-labelledby="detail-title" data-id=${detail.id}>
    <header>
      <div class="heading">
        <p class="date">${detail.date}</p>
        <h2 id="detail-title">${detail.title}</h2>
      </div>
      <button type="button" class="close" part="close" aria-label=${ui.close()} title=${ui.close()} @click=${onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </header>
    <ul class="chips" aria-label=${ui.categories()}>
      ${detail.categories.map(({ id, label }) => html`<li class=${`c-${id}`}>${shapeIcon([id])}${label}</li>`)}
    </ul>
    ${detail.summary === undefined
      ? html`<p class="summary pending" role="status">${detail.pending}</p>`
      : html`<p class="summary">${detail.summary}</p>`}
    ${detail.disputed ? html`<p class="disputed"><strong>${ui.disputed()}:</strong> ${detail.disputed}</p>` : nothing}
    ${places.length || people.length
      ? html`<dl class="facts">
          ${places.length ? html`<dt>${ui.places()}</dt><dd>${list.format(places)}</dd>` : nothing}
          ${people.length ? html`<dt>${ui.people()}</dt><dd>${list.format(people)}</dd>` : nothing}
        </dl>`
      : nothing}
    ${detail.sources.length ? renderSources(detail.sources) : nothing}
  </section>`;
}
