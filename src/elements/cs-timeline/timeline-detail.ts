/** The panel of the selected event: what the reader opened a mark for. */
import { html, nothing, type TemplateResult } from 'lit';
import { listFormat } from '../../core/intl.js';
import { renderSources } from '../../core/source-list.js';
import type { Locale, SourceRef } from '../../data/types.js';
import type { EventDetails } from './event-details.js';
import type { TimelineItem } from './timeline-model.js';
import type { TimelineWords } from './timeline-view.js';
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
  /** A user's image (its URL already checked to be http(s) or relative). */
  readonly media?: { url: string; alt: string; credit?: string; caption?: string };
}

/** What the panel of `item` shows, every text in the element's language (`words`), with what `details` has loaded so far. */
export function detailOf(item: TimelineItem, words: TimelineWords, details: EventDetails): Detail {
  const { event } = item;
  const { text, category } = words;
  const full = details.of(event, words.locale);
  return {
    id: event.id,
    ...words.of(item),
    summary: full?.summary ? text(full.summary) : undefined,
    pending: full ? undefined : details.failed ? ui.detailFailed() : ui.detailLoading(),
    disputed: full?.disputed ? text(full.disputed) : undefined,
    categories: event.categories.map((id) => ({ id, label: category(id) })),
    places: (event.places ?? []).map((id) => text(details.placeName(id)) || id),
    people: (full?.people ?? []).map((id) => text(details.personName(id)) || id),
    sources: full?.sources ?? [],
    media: (event as { media?: Detail['media'] }).media,
  };
}

/** A broken image gives way to its description: never a broken-image icon. */
function showAlt(event: Event): void {
  const image = event.currentTarget as HTMLImageElement;
  image.hidden = true;
  (image.nextElementSibling as HTMLElement | null)?.removeAttribute('hidden');
}

function renderMedia(media: NonNullable<Detail['media']>): TemplateResult {
  const note = [media.caption, media.credit].filter(Boolean).join(' · ');
  return html`<figure class="media">
    <img src=${media.url} alt=${media.alt} loading="lazy" decoding="async" @error=${showAlt} />
    <span class="media-alt" hidden>${media.alt}</span>
    ${note ? html`<figcaption>${note}</figcaption>` : nothing}
  </figure>`;
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
    ${detail.media ? renderMedia(detail.media) : nothing}
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
