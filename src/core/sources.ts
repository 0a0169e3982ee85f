import type { Source, SourcesDocument } from '../data/types.js';
import { bundledData } from '../data/bundled.js';

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
