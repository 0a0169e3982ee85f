/**
 * A timeline document's first picture before its reader has arrived (issue 26).
 *
 * The reader (`timeline-document.ts`, with every problem's sentence in three
 * languages, CSV and TimelineJS3) is a chunk of its own. Drawing a page's
 * inline events only once it has come costs a phone a round trip after the
 * entry. This part of the entry takes a document only when it is already in
 * the form the reader would return unchanged — our JSON shape, every text in
 * three languages or one, valid dates, ids, built-in categories, sources as
 * references, nothing else — and then returns what the reader would return.
 * Anything else (one problem, an own source, an era, an image, another
 * format) returns `undefined`: the picture waits for the reader as before.
 *
 * The reader stays the definition: it still reads every document, after the
 * first picture, and its verdict wins (an error replaces the picture).
 * `tests/data/timeline-preview.test.ts` holds the two together: on random
 * and hostile documents, whatever this takes the reader takes too, with an
 * equal result.
 */
import type { HistoryEvent, LocalizedText, SourceRef } from '../types.js';
import { BUILT_IN_CATEGORIES, endsBefore, ID, isObject, keptText, MAX_DATA_BYTES, MAX_EVENTS, parseJson, PRECISIONS, QUALIFIERS, readDate } from './rules.js';
import type { UserDocument, UserEvent } from './timeline-json.js';

/** The fields an event may have to be taken here; any other one is for the reader. */
const FIELDS = new Set(['id', 'date', 'precision', 'qualifier', 'end', 'endPrecision', 'title', 'summary', 'categories', 'sources']);
const NO_SUMMARY: LocalizedText = { en: '', cs: '', sk: '' };

/** A trimmed, non-empty string. */
const clean = (value: unknown): value is string => typeof value === 'string' && value !== '' && value.trim() === value;

function event(entry: unknown, seen: Set<string>): UserEvent | undefined {
  if (!isObject(entry)) return undefined;
  for (const key in entry) if (!FIELDS.has(key)) return undefined;
  const { id, date, end, qualifier, precision, endPrecision, categories = [], sources = [] } = entry;
  if (!clean(id) || !ID.test(id) || seen.has(id)) return undefined;
  seen.add(id);
  const title = keptText(entry.title);
  const summary = entry.summary === undefined ? NO_SUMMARY : keptText(entry.summary);
  if (!title || !summary) return undefined;
  if (!clean(date) || (end !== undefined && !clean(end))) return undefined;
  const start = readDate(date);
  const last = end === undefined ? undefined : readDate(end);
  if (!start || (end !== undefined && (!last || endsBefore(last.date, start.date)))) return undefined;
  if (qualifier !== undefined && !QUALIFIERS.includes(qualifier as never)) return undefined;
  for (const given of [precision, endPrecision]) if (given !== undefined && !PRECISIONS.includes(given as never)) return undefined;
  if (!Array.isArray(categories) || !Array.isArray(sources)) return undefined;
  const ids: string[] = [];
  for (const category of categories) {
    if (!clean(category) || !BUILT_IN_CATEGORIES.includes(category)) return undefined;
    if (!ids.includes(category)) ids.push(category);
  }
  const refs: SourceRef[] = [];
  for (const ref of sources) {
    if (clean(ref)) refs.push({ source: ref });
    else if (isObject(ref) && clean(ref.source) && (ref.quote === undefined || clean(ref.quote)) && Object.keys(ref).length === (ref.quote === undefined ? 1 : 2))
      refs.push(ref.quote === undefined ? { source: ref.source } : { source: ref.source, quote: ref.quote as string });
    else return undefined;
  }
  const result = { date: start.date, precision: start.precision } as UserEvent;
  const said = (qualifier as HistoryEvent['qualifier']) ?? (start.approximate ? 'approximate' : undefined);
  if (said) result.qualifier = said;
  if (last) {
    result.end = last.date;
    result.endPrecision = last.precision;
  }
  result.id = id;
  result.title = title;
  result.summary = summary;
  result.categories = ids as HistoryEvent['categories'];
  result.sources = refs;
  return result;
}

/** An answer kept for the element (see `previewTimeline`). */
let answered: { text: string; document: UserDocument | undefined } | undefined;

/**
 * The document as the reader would return it, or `undefined` when only the reader can say (see above).
 * With `keep`, the answer is kept for the next call with the same text, once: the entry asks first
 * (whether the page needs the reader before its picture: user-document-load.ts), then the element that
 * draws it takes the answer (and the page's text is no longer held here).
 */
export function previewTimeline(text: string, keep = false): UserDocument | undefined {
  if (answered?.text === text) {
    const { document } = answered;
    answered = undefined;
    return document;
  }
  const document = preview(text);
  answered = keep ? { text, document } : undefined;
  return document;
}

function preview(text: string): UserDocument | undefined {
  if (text.length > MAX_DATA_BYTES) return undefined;
  let document: unknown;
  try {
    document = parseJson(text, true);
  } catch {
    return undefined;
  }
  if (!isObject(document) || !Array.isArray(document.events)) return undefined;
  for (const key in document) if (key !== 'events' && key !== '$schema') return undefined;
  const { events } = document;
  if (events.length === 0 || events.length > MAX_EVENTS) return undefined;
  const seen = new Set<string>();
  const read: UserEvent[] = [];
  for (const entry of events) {
    const value = event(entry, seen);
    if (!value) return undefined;
    read.push(value);
  }
  return { events: read };
}
