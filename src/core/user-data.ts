/**
 * Reading a user document (a `src` URL or inline JSON/CSV): size limit,
 * timeout, parse, schema or reader, the element's own check. A chunk of its
 * own, imported by `DataController` only when an element has user data: a
 * page that draws the bundled documents never downloads it.
 */
import type { Locale } from '../data/types.js';
import type { DataError, DocumentReader, Validator } from './data-loader.js';
import { withLocale } from './localize.js';

export const MAX_DATA_BYTES = 10 * 1024 * 1024;

type Result<T> = { value?: T; error?: DataError };

export interface ReadOptions<T> {
  signal: AbortSignal;
  timeoutMs: number;
  /** The validator or the reader, its download started by the caller. */
  validator: Promise<Validator | DocumentReader<T>>;
  /** The element reads documents with a `DocumentReader` (not `validator` and `check`). */
  reader: boolean;
  /** The reader takes CSV too (a `.csv` URL, a `text/csv` response). */
  csv?: boolean;
  check?: (document: T) => { path: string; detail: string } | undefined;
  locale: Locale;
}

/** "/events/3/date" → "events[3].date" (and "" → "(document)"). */
export function jsonPath(instancePath: string): string {
  if (!instancePath) return '$';
  return instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment), '');
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
  if (options.reader) {
    const read = (await options.validator) as DocumentReader<T>;
    const result = read(text, format, options.locale, origin);
    if (result.problems) return { error: { kind: 'problems', origin, heading: result.heading, problems: result.problems } };
    return { value: result.value };
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { error: { kind: 'json', origin, detail: (error as Error).message } };
  }
  const { check } = options;
  const validate = (await options.validator) as Validator;
  if (!validate(document)) {
    const issue = validate.errors?.[0] ?? { instancePath: '', keyword: 'type', params: {} };
    return { error: { kind: 'schema', origin, path: jsonPath(issue.instancePath), issue } };
  }
  // After an await: speak the element's language again for the check's sentences.
  const problem = check && withLocale(options.locale, () => check(document as T));
  if (problem) return { error: { kind: 'invalid', origin, ...problem } };
  return { value: document as T };
}
