import { html, isServer, nothing, type TemplateResult } from 'lit';
import type { Source, SourceRef, SourcesDocument } from '../data/types.js';
import { bundledData } from '../data/bundled.js';
import { activeLocale, msg } from './localize.js';

let sourcesById: Map<string, Source> | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the bundled source records (a lazy chunk: the catalogue of every
 * source is larger than any one element needs up front). `DataController`
 * awaits it with the element's document, so `sourceById` works in render.
 * It never rejects: without the catalogue the element still shows its data.
 * Titles and publishers are not translated, so the English copy serves all.
 */
export function loadSources(): Promise<void> {
  loading ??= bundledData('sources', 'en').then(
    (document: SourcesDocument) => registerSources(document.sources),
    (error: unknown) => {
      // The element still draws its data; a source it cannot name shows its id. The next load tries again.
      loading = undefined;
      console.warn('cs-history-elements: the sources catalogue could not load', error);
    },
  );
  return loading;
}

/** Adds source records a document brings with it (bundled documents carry the ones they cite). */
export function registerSources(sources: readonly Source[]): void {
  sourcesById ??= new Map();
  for (const source of sources) if (!sourcesById.has(source.id)) sourcesById.set(source.id, source);
}

/** The bundled source record for an id (after `loadSources()` or `registerSources()`). */
export function sourceById(id: string): Source | undefined {
  return sourcesById?.get(id);
}

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
