/**
 * How a source is shown: the sources footer of an element and a source with
 * its quote, drawn from the catalogue in core/sources. Apart from the
 * catalogue, so that an entry that only registers sources (the timeline,
 * whose sources appear in its lazy detail panel) does not carry the markup.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import type { SourceRef } from '../data/types.js';
import { activeLocale, msg } from './localize.js';
import { sourceById } from './sources.js';

/** A URL fit for `href`: absolute http(s) only, anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    // A server (ssr.js) has no document: absolute addresses only there, as links for readers without JavaScript.
    const parsed = new URL(url, isServer ? undefined : document.baseURI);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** One source with its quote: title (linked when it has a web address), publisher, quote. */
export function renderSourceRef(ref: SourceRef): TemplateResult {
  const source = sourceById(ref.source);
  const note = ref.note ? ref.note[activeLocale()] || ref.note.en : '';
  const title = source?.title ?? ref.source;
  const href = safeUrl(source?.url);
  return html`${href
      ? html`<a href=${href} target="_blank" rel="noopener noreferrer"><cite>${title}</cite></a>`
      : html`<cite>${title}</cite>`}${source?.publisher && source.publisher !== title
      ? html`, ${source.publisher}`
      : nothing}${ref.quote ? html`: <q>${ref.quote}</q>` : nothing}${note ? html` <span class="source-note">(${note})</span>` : nothing}`;
}

/** The shared sources footer: every cited source once, with its quotes. */
export function renderSources(refs: readonly SourceRef[]): TemplateResult {
  const unique = new Map<string, SourceRef>();
  for (const ref of refs) {
    const key = `${ref.source}|${ref.quote ?? ''}`;
    if (!unique.has(key)) unique.set(key, ref);
  }
  return html`<footer part="sources">
    <h2>${msg('Sources', { id: 'sources.heading' })}</h2>
    <ol>
      ${[...unique.values()].map((ref) => html`<li>${renderSourceRef(ref)}</li>`)}
    </ol>
  </footer>`;
}
