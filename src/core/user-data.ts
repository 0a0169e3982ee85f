/**
 * Reading a user document (a `src` URL or inline JSON/CSV): size limit,
 * timeout, the element's reader (src/data/user/), its own check, and the
 * document's own sources registered beside the catalogue. A chunk of its
 * own, imported by `DataController` only when an element has user data: a
 * page that draws the bundled documents never downloads it.
 */
import type { Locale, Source } from '../data/types.js';
import { MAX_DATA_BYTES } from '../data/user/rules.js';
import type { DataError, DocumentReader } from './data-loader.js';
import { withLocale } from './localize.js';
import { registerSources } from './sources.js';

type Result<T> = { value?: T; error?: DataError };

export interface ReadOptions<T> {
  signal: AbortSignal;
  timeoutMs: number;
  /** The element's reader, its download started by the caller. */
  reader: Promise<DocumentReader<T>>;
  /** The reader takes CSV too (a `.csv` URL, a `text/csv` response). */
  csv?: boolean;
  check?: (document: T) => { path: string; detail: string } | undefined;
  locale: Locale;
}

/** The document at `url`, or the inline `text`: its value or why it cannot be used. Throws only an AbortError. */
export function readUserDocument<T>(source: { url: string } | { text: string; csv: boolean }, options: ReadOptions<T>): Promise<Result<T>> {
  return 'url' in source ? fetchDocument(source.url, options) : parse(source.text, 'inline', options, source.csv ? 'csv' : 'json');
}

async function fetchDocument<T>(url: string, options: ReadOptions<T>): Promise<Result<T>> {
  const { signal } = options;
  const absolute = new URL(url, document.baseURI).href;
  let response: Response;
  try {
    response = await fetch(absolute, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(options.timeoutMs)]),
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    if (signal.aborted) throw error;
    if ((error as Error)?.name === 'TimeoutError') {
      return { error: { kind: 'timeout', url, seconds: options.timeoutMs / 1000 } };
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
    options.csv && (/\.csv$/i.test(new URL(absolute).pathname) || /^text\/csv\b/i.test(response.headers.get('content-type') ?? ''));
  return parse(text, url, options, csv ? 'csv' : 'json');
}

async function parse<T>(text: string, origin: string, options: ReadOptions<T>, format: 'json' | 'csv'): Promise<Result<T>> {
  if (text.length > MAX_DATA_BYTES) {
    return { error: { kind: 'too-large', origin, limitMB: MAX_DATA_BYTES / 1024 / 1024 } };
  }
  const read = await options.reader;
  const result = read(text, format, options.locale, origin);
  if (result.problems) return { error: { kind: 'problems', origin, heading: result.heading, problems: result.problems } };
  // After an await: speak the element's language again for the check's sentences.
  const { check } = options;
  const problem = check && withLocale(options.locale, () => check(result.value));
  if (problem) return { error: { kind: 'invalid', origin, ...problem } };
  // Own sources, as bundled documents bring theirs (the reader gave them page-wide ids).
  registerSources((result.value as { sources?: Source[] }).sources ?? []);
  return { value: result.value };
}
