/**
 * The one way an element loads a document: `DataController` for the document
 * it draws (a `src` URL, inline JSON or CSV read by the element's reader, or
 * the bundled default), and
 * `SecondaryData` for what it loads beside it (the map's events, the card's
 * names and mini-timeline module, the timeline's event details). Both keep
 * the latest request only ("latest wins"), take a document already in memory
 * synchronously, and turn a failed download into a `DataError`, never an
 * exception.
 *
 * Why not `@lit/task`: a Task always awaits its task function, so a document
 * already in memory (`bundledDataSync`, primed by every one-file entry and by
 * a pre-rendered page) would reach `render()` one microtask late: the first
 * update would draw the loading status, then a second update the picture. Lit
 * SSR renders only that first update and runs no controller at all, so the
 * server would write the status instead of the picture. Both controllers here
 * read memory synchronously in the update that asks (`hostUpdate()` from
 * `willUpdate`, `request()` from `willUpdate`), and cost no extra bytes per entry.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Locale, Source } from '../data/types.js';
import { menuNow } from './export/menu-loader.js';
import { INLINE_DATA } from './inline-data.js';
import { whenIdle } from './idle.js';
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
  /** Checks beyond the schema (e.g. references between records). */
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
  /**
   * Inline JSON already in the form the reader returns, read in the entry:
   * drawn at once, before the reader has arrived (a phone's round trip); the
   * reader still reads it, and an error it finds replaces the picture.
   * `undefined` when only the reader can tell.
   */
  preview?: (text: string) => T | undefined;
}

interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  /** The language the element renders in. */
  readonly resolvedLang?: Locale;
}

/** A rejected import() (a chunk missing on the host, a network failure): not the document's fault. */
export function importError(error: unknown): DataError {
  return { kind: 'import', detail: error instanceof Error ? error.message : String(error) };
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
    return this.host.querySelector(INLINE_DATA);
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
    /** The download menu, for a user document's picture (see menu-loader.ts). */
    let menu: Promise<void> | undefined;
    /** The first picture's document, when the entry could read it (see `preview`). */
    let previewed: T | undefined;
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
        if (!isServer) menu = menuNow();
        const controller = new AbortController();
        this.abortController = controller;
        const script = this.inlineScript();
        // A document the entry can read draws now; the reader is asked for after that picture, in idle time
        // (its code would compete with the picture for the main thread), and its verdict follows.
        if (script?.type === 'application/json' && !sources && !this.options.check && (previewed = this.options.preview?.(script.textContent ?? ''))) {
          this.value = previewed;
          await menu;
          await new Promise<void>((resolve) => whenIdle(resolve, 1000));
        }
        const reader = this.reader();
        // Reading user documents is a chunk of its own: a page that draws the bundled data never downloads it.
        const { readUserDocument } = await import('./user-data.js');
        if (controller.signal.aborted) return;
        result = await readUserDocument<T>(
          key.startsWith('src:') ? { url: key.slice(4) } : { text: script?.textContent ?? '', csv: script?.type === 'text/csv' },
          {
            signal: controller.signal,
            timeoutMs: DataController.timeoutMs,
            reader,
            csv: this.options.reader.csv,
            check: this.options.check,
            locale: this.host.resolvedLang ?? 'en',
          },
        );
      }
    } catch (error) {
      // Aborted: a newer request took over, or the element was removed.
      if ((error as Error)?.name === 'AbortError') return;
      result = { error: importError(error) };
    }
    if (sources) await sources;
    if (menu) await menu;
    if (generation !== this.generation) return; // overtaken by a newer request
    this.abortController = undefined;
    this.loading = false;
    this.error = previewed && result.error?.kind === 'import' ? undefined : result.error;
    // The reader agreed with the preview (it returns the same document) or could not load: the picture stands as drawn.
    if (!previewed || this.error) {
      this.value = result.value;
      this.host.requestUpdate();
    }
    if (sourcesLater && this.value) this.loadSourcesWhenIdle(generation);
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

  /** The reader (src/data/user/), its download started at once; a failed download surfaces where it is awaited. */
  private reader(): Promise<DocumentReader<T>> {
    const loading = this.options.reader.load();
    loading.catch(() => {}); // awaited later (or not at all, when the fetch fails first)
    return loading;
  }
}

export interface SecondaryOptions<Key, T> {
  /** Loads the document of `key` (a lazy chunk, usually `bundledData(name, locale)`). */
  load: (key: Key) => Promise<T>;
  /** The document of `key` when it is in memory already: taken in the update that asks for it. */
  sync?: (key: Key) => T | undefined;
}

/**
 * A document an element loads beside the one it draws, keyed (by language,
 * usually). `request(key)` from `willUpdate` starts a load unless that key is
 * there or on its way; the previous key's value stays (`value`) until the new
 * one arrives, so a change of language does not flash; only the latest key
 * requested may set `value` or `error` ("latest wins"), and the host updates
 * when it does. A failure stays until a `retry` request.
 */
export class SecondaryData<Key, T> {
  /** The document last arrived (of `valueKey`, which may be an older key than the one requested). */
  value?: T;
  valueKey?: Key;
  /** Why the latest request failed. */
  error?: DataError;
  private requested?: Key;
  private loading?: Promise<unknown>;

  constructor(
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private readonly options: SecondaryOptions<Key, T>,
  ) {}

  /** The document of `key`, once it has arrived. */
  of(key: Key): T | undefined {
    return this.valueKey === key ? this.value : undefined;
  }

  /**
   * Loads the document of `key` unless it is there or on its way; after a
   * failure only a `retry` request loads again (an element asks on every
   * update). Resolves when it has arrived or failed.
   */
  request(key: Key, retry = false): Promise<unknown> {
    if (this.requested !== key || (retry && this.error)) {
      this.requested = key;
      this.error = undefined;
      const known = this.options.sync?.(key);
      // In memory: this very update draws it, with no request and no microtask.
      this.loading = known
        ? Promise.resolve(this.arrived(key, known))
        : this.options.load(key).then(
            (value) => this.requested === key && this.arrived(key, value, true),
            (error: unknown) => {
              if (this.requested === key) this.error = importError(error);
              this.host.requestUpdate();
            },
          );
    }
    return this.loading!;
  }

  private arrived(key: Key, value: T, update?: boolean): void {
    this.value = value;
    this.valueKey = key;
    if (update) this.host.requestUpdate();
  }
}
