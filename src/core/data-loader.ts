import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Locale, Source } from '../data/types.js';
import { whenIdle } from './idle.js';
import { withLocale } from './localize.js';
import { loadSources, registerSources } from './sources.js';

/** An ajv validator compiled at build time (see scripts/gen-validators.mjs); the user-document readers use it. */
export interface Validator {
  (data: unknown): boolean;
  errors?: ValidatorIssue[] | null;
}

export interface ValidatorIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Why user data could not be used; turned into a sentence by `describeDataError`. */
export type DataError =
  | { kind: 'http'; url: string; status: number }
  | { kind: 'network'; url: string }
  | { kind: 'timeout'; url: string; seconds: number }
  | { kind: 'too-large'; origin: string; limitMB: number }
  /** A module of the element (bundled data, a reader) did not load: not the document's fault. */
  | { kind: 'import'; detail: string }
  /** What an element's own check (`check`) found in a document its reader took. */
  | { kind: 'invalid'; origin: string; path: string; detail: string }
  /** Every problem of a user document (as its reader words them, in the element's language). */
  | { kind: 'problems'; origin: string; heading: string; problems: readonly { path: string; detail: string }[] };

/** Whether loading again can help: the network failed, not the document. */
export function retryable(error: DataError): boolean {
  return error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && (error.status >= 500 || error.status === 408 || error.status === 429));
}

/**
 * Reads a user document (JSON, or CSV where the element takes it) in the
 * element's language: its value, or every problem found.
 */
export type DocumentReader<T> = (
  text: string,
  format: 'json' | 'csv',
  locale: Locale,
  origin: string,
) => { value: T; problems?: undefined } | { value?: undefined; problems: { path: string; detail: string }[]; heading: string };

export const MAX_DATA_BYTES = 10 * 1024 * 1024;
export const LOAD_TIMEOUT_MS = 10_000;

export interface DataOptions<T> {
  /**
   * The bundled default document in a language (a lazy chunk), e.g.
   * `(locale) => bundledData('events', locale)`; loaded again when the
   * element's language changes.
   */
  bundled: (locale: Locale) => Promise<T>;
  /**
   * The bundled document when it is in memory already (`bundledDataSync`):
   * the element then draws it in its first update, with no loading state and
   * no microtask — what server rendering and a second element on a page need.
   */
  bundledSync?: (locale: Locale) => T | undefined;
  /**
   * What else the bundled document depends on besides the language (the
   * treaty card's treaty: each treaty is its own document); a change loads it
   * again. Omitted: the language alone.
   */
  bundledKey?: () => string;
  /** Checks beyond the schema or reader (e.g. references between records). */
  check?: (document: T) => { path: string; detail: string } | undefined;
  /**
   * Whether the picture names sources now. A user document waits for the
   * sources catalogue (it may cite sources by id) when this says yes, the
   * default; otherwise it is shown at once, the catalogue loads once the
   * browser is idle after that, and the element updates when it arrives only
   * if it names sources by then (the timeline does so only in the panel of an
   * opened event).
   */
  showsSources?: () => boolean;
  /**
   * Reads user documents (the one way: src/data/user/), listing every
   * problem; with `csv`, CSV too (a `.csv` URL, a `text/csv` response, a child
   * `<script type="text/csv">`). A loader, so that only pages with user data
   * download it.
   */
  reader: { load: () => Promise<DocumentReader<T>>; csv?: boolean };
}

interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  /** The language the element renders in. */
  readonly resolvedLang?: Locale;
}

/**
 * Loads an element's document: the `src` URL, else a child
 * `<script type="application/json">`, else the bundled default.
 * User documents are size-limited and read by the element's reader; a failure
 * becomes `error` (the element shows it), never an exception.
 * When `src` changes the previous request is aborted, and only the latest
 * request may set the result ("latest wins").
 */
export class DataController<T> implements ReactiveController {
  /** How long a `src` request may take; tests shorten it. */
  static timeoutMs = LOAD_TIMEOUT_MS;

  value?: T;
  error?: DataError;
  loading = false;

  private requestedKey?: string;
  private inlineVersion = 0;
  private generation = 0;
  private abortController?: AbortController;
  private inlineObserver?: MutationObserver;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Inline JSON is keyed by a version, not by its text: comparing a
    // multi-megabyte string on every update cost more than the update itself.
    this.inlineObserver = new MutationObserver(() => {
      this.inlineVersion += 1;
      if (this.sourceKey() !== this.requestedKey) this.host.requestUpdate();
    });
    this.inlineObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Back after a removal that cut a load short: nothing else would ask for the update that loads again.
    if (this.sourceKey() !== this.requestedKey) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.inlineObserver?.disconnect();
    this.inlineObserver = undefined;
    this.abortController?.abort();
    this.abortController = undefined;
    // A load cut short by removal starts again if the element comes back.
    if (this.loading) this.requestedKey = undefined;
  }

  /**
   * Before each render: load when the source changed. A bundled document
   * already in memory is taken synchronously (`load` awaits nothing then), so
   * the element draws it in this very update.
   */
  hostUpdate(): void {
    const key = this.sourceKey();
    // On a server there is nothing to fetch from and no later render: the element shows its status.
    if (key !== this.requestedKey && !(isServer && !key.startsWith('bundled:'))) void this.load();
  }

  /** Loads again from the current source (the Retry button). */
  retry(): void {
    this.requestedKey = undefined;
    this.host.requestUpdate();
  }

  private inlineScript(): HTMLScriptElement | null {
    // Lit SSR's elements have no children to query (a server render of inline data is left to the browser).
    if (isServer) return null;
    // A `text/csv` script is read as CSV by an element that takes CSV, and reported as not JSON by the others.
    return this.host.querySelector(':scope > script[type="application/json"], :scope > script[type="text/csv"]');
  }

  private sourceKey(): string {
    const src = this.host.src?.trim();
    if (src) return `src:${src}`;
    if (this.inlineScript()) return `inline:${this.inlineVersion}`;
    return `bundled:${this.host.resolvedLang ?? 'en'}:${this.options.bundledKey?.() ?? ''}`;
  }

  /** True when the element draws its bundled document (no `src`, no inline JSON). */
  get usesBundled(): boolean {
    return this.sourceKey().startsWith('bundled:');
  }

  private async load(): Promise<void> {
    const key = this.sourceKey();
    const [kind, locale] = key.split(':');
    // Bundled data replaced by bundled data (another language, another treaty): the element may keep its picture.
    const keep = kind === 'bundled' && this.requestedKey?.startsWith('bundled:');
    this.requestedKey = key;
    const generation = ++this.generation;
    this.abortController?.abort();
    this.abortController = undefined;
    this.loading = true;
    this.error = undefined;
    // A new source hides the previous picture (stale data is worse than a
    // status); new bundled data (another language, or the treaty card's next
    // treaty) keeps it until the new document arrives, so the element does
    // not flash or collapse. `loading` tells the element its value is the old one.
    if (!keep) this.value = undefined;

    let result: { value?: T; error?: DataError };
    // Bundled documents bring the sources they cite; user documents cite the catalogue.
    let sources: Promise<void> | undefined;
    let sourcesLater = false;
    try {
      if (key.startsWith('bundled:')) {
        const value = this.options.bundledSync?.(locale as Locale) ?? (await this.options.bundled(locale as Locale));
        registerSources((value as { sources?: Source[] }).sources ?? []);
        result = { value };
      } else {
        // The reader and the catalogue download while the document downloads
        // (JSON.parse of 10,000 events takes longer than fetching the reader).
        const { showsSources } = this.options;
        if (!showsSources || showsSources()) sources = loadSources();
        else sourcesLater = true;
        const reader = this.reader();
        if (key.startsWith('src:')) {
          const controller = new AbortController();
          this.abortController = controller;
          result = await this.fetchDocument(key.slice(4), controller.signal, reader);
        } else {
          const script = this.inlineScript();
          result = await this.parse(script?.textContent ?? '', 'inline', reader, script?.type === 'text/csv' ? 'csv' : 'json');
        }
      }
    } catch (error) {
      // Aborted: a newer request took over, or the element was removed.
      if ((error as Error)?.name === 'AbortError') return;
      // A rejected import() (a chunk missing on the host, a network failure), not bad JSON.
      result = { error: { kind: 'import', detail: error instanceof Error ? error.message : String(error) } };
    }
    if (sources) await sources;
    if (generation !== this.generation) return; // overtaken by a newer request
    this.abortController = undefined;
    this.loading = false;
    this.value = result.value;
    this.error = result.error;
    this.host.requestUpdate();
    if (sourcesLater && result.value) this.loadSourcesWhenIdle(generation);
  }

  /** The catalogue for a picture that names no source yet: after the picture, when the browser is idle. */
  private loadSourcesWhenIdle(generation: number): void {
    whenIdle(
      () =>
        void loadSources().then(() => {
          if (generation === this.generation && this.options.showsSources?.()) this.host.requestUpdate();
        }),
      1000,
    );
  }

  /** The reader, its download started at once; a failed download surfaces where it is awaited. */
  private reader(): Promise<DocumentReader<T>> {
    const loading = this.options.reader.load();
    loading.catch(() => {}); // awaited later (or not at all, when the fetch fails first)
    return loading;
  }

  private async fetchDocument(url: string, signal: AbortSignal, reader: Promise<DocumentReader<T>>): Promise<{ value?: T; error?: DataError }> {
    const absolute = new URL(url, document.baseURI).href;
    let response: Response;
    try {
      response = await fetch(absolute, {
        signal: AbortSignal.any([signal, AbortSignal.timeout(DataController.timeoutMs)]),
        headers: { Accept: 'application/json' },
      });
    } catch (error) {
      if (signal.aborted) throw error;
      if ((error as Error)?.name === 'TimeoutError') {
        return { error: { kind: 'timeout', url, seconds: DataController.timeoutMs / 1000 } };
      }
      return { error: { kind: 'network', url } };
    }
    if (!response.ok) return { error: { kind: 'http', url, status: response.status } };
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_DATA_BYTES) {
      return { error: { kind: 'too-large', origin: url, limitMB: MAX_DATA_BYTES / 1024 / 1024 } };
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw error;
      return { error: { kind: 'network', url } };
    }
    const csv =
      this.options.reader.csv &&
      (/\.csv$/i.test(new URL(absolute).pathname) || /^text\/csv\b/i.test(response.headers.get('content-type') ?? ''));
    return this.parse(text, url, reader, csv ? 'csv' : 'json');
  }

  private async parse(text: string, origin: string, reader: Promise<DocumentReader<T>>, format: 'json' | 'csv' = 'json'): Promise<{ value?: T; error?: DataError }> {
    if (text.length > MAX_DATA_BYTES) {
      return { error: { kind: 'too-large', origin, limitMB: MAX_DATA_BYTES / 1024 / 1024 } };
    }
    const read = await reader;
    const locale = this.host.resolvedLang ?? 'en';
    const result = read(text, format, locale, origin);
    if (result.problems) return { error: { kind: 'problems', origin, heading: result.heading, problems: result.problems } };
    // After an await: speak the element's language again for the check's sentences.
    const { check } = this.options;
    const problem = check && withLocale(locale, () => check(result.value));
    if (problem) return { error: { kind: 'invalid', origin, ...problem } };
    // Own sources, as bundled documents bring theirs (the reader gave them page-wide ids).
    registerSources((result.value as { sources?: Source[] }).sources ?? []);
    return { value: result.value };
  }
}
