/**
 * A user's timeline document in our JSON shape, with a user's allowances:
 * plain strings instead of `{ en, cs, sk }`, own `sources` and `categories`
 * (with colours), `era` and `id` optional, `media` images. Every problem is
 * noted; nothing is returned while there is one.
 *
 * This reader is the definition of a valid user timeline. The bundled data's
 * schema (data/schemas/events.schema.json) stays stricter — three languages,
 * an era and a source on every record — and `tests/data/user-rules.test.ts`
 * goes through every rule of that schema and checks that the reader enforces
 * it too, unless it is one of the allowances listed there, so the two cannot
 * drift apart unnoticed.
 */
import type { Category, DateQualifier, EventsDocument, HistoryEvent, Precision, Source, SourceRef, Era } from '../types.js';
import type { Problems } from './problems.js';
import { BUILT_IN_CATEGORIES, endsBefore, MAX_EVENTS, PRECISIONS, QUALIFIERS } from './rules.js';
import { asSource, isObject, readColor, readDate, readId, readList, readOwnSources, readString, readText, readUrl, renameSources, show } from './values.js';

export type { UserSource } from './values.js';

/** An image on an event (http(s) or relative URL), shown in the detail panel. */
export interface EventMedia {
  url: string;
  alt: string;
  credit?: string;
  caption?: string;
}

export interface UserCategory extends Category {
  color?: string;
}

export type UserEvent = HistoryEvent & { media?: EventMedia };

export interface UserDocument extends EventsDocument {
  events: UserEvent[];
  categories?: UserCategory[];
  /** The document's own sources as source records, under page-wide ids (the loader registers them). */
  sources?: Source[];
}

export { BUILT_IN_CATEGORIES, MAX_EVENTS } from './rules.js';

/** A document in our JSON shape, with the user's allowances (plain strings, own sources and categories, no era). */
export function readJson(document: unknown, problems: Problems): UserDocument | undefined {
  if (!isObject(document) || !Array.isArray(document.events) || document.events.length === 0) {
    problems.add(isObject(document) && document.events !== undefined ? 'events' : '$', 'noEvents');
    return undefined;
  }
  if (document.events.length > MAX_EVENTS) {
    problems.add('events', 'tooMany', String(MAX_EVENTS));
    return undefined;
  }
  const userSources = readOwnSources(document.sources, problems);
  const categories: UserCategory[] = [];
  for (const [index, entry] of readList(document.categories, 'categories', problems).entries()) {
    const path = `categories[${index}]`;
    if (!isObject(entry)) {
      problems.add(path, 'notObject');
      continue;
    }
    const id = readId(entry.id, `${path}.id`, problems);
    const label = readText(entry.label, `${path}.label`, problems, true);
    const description = readText(entry.description, `${path}.description`, problems, false);
    const color = readColor(entry.color, `${path}.color`, problems);
    if (id && label) categories.push({ id: id as Category['id'], label, description: description ?? label, ...(color ? { color } : {}) });
  }
  const eras: Era[] = [];
  for (const [index, entry] of readList(document.eras, 'eras', problems).entries()) {
    const path = `eras[${index}]`;
    if (!isObject(entry)) {
      problems.add(path, 'notObject');
      continue;
    }
    const id = readId(entry.id, `${path}.id`, problems, `era-${index + 1}`);
    const label = readText(entry.label, `${path}.label`, problems, true);
    const dates = readDates(entry, path, problems);
    const short = readText(entry.short, `${path}.short`, problems, false);
    if (id && label && dates) eras.push({ id, label, ...(short ? { short } : {}), ...dates, sources: readRefs(entry.sources, `${path}.sources`, problems) });
  }
  const events: UserEvent[] = [];
  const seen = new Map<string, string>();
  const list = document.events;
  for (let index = 0; index < list.length; index++) {
    const entry: unknown = list[index];
    const path = `events[${index}]`;
    if (!isObject(entry)) {
      problems.add(path, 'notObject');
      continue;
    }
    const id = readId(entry.id, `${path}.id`, problems, `event-${index + 1}`);
    if (id && seen.has(id)) problems.add(`${path}.id`, 'duplicate', id, seen.get(id)!);
    else if (id) seen.set(id, path);
    const title = readText(entry.title, `${path}.title`, problems, true);
    const summary = readText(entry.summary, `${path}.summary`, problems, false);
    const disputed = entry.disputed === undefined ? undefined : readText(entry.disputed, `${path}.disputed`, problems, false);
    const dates = readDates(entry, path, problems);
    const ids = typeof entry.categories === 'string' ? entry.categories.split(/\s+/).filter(Boolean) : entry.categories;
    const given = readList(ids ?? (entry.category ? [entry.category] : []), `${path}.categories`, problems);
    const eventCategories: string[] = [];
    for (let i = 0; i < given.length; i++) {
      const categoryId = readId(given[i], `${path}.categories[${i}]`, problems);
      if (categoryId && !eventCategories.includes(categoryId)) eventCategories.push(categoryId);
    }
    const media = isObject(entry.media) || entry.media === undefined ? readMedia(entry.media, `${path}.media`, problems) : (problems.add(`${path}.media`, 'notObject'), undefined);
    const era = entry.era === undefined || entry.era === null || entry.era === '' ? undefined : readId(entry.era, `${path}.era`, problems);
    // Ids of the bundled places and people (named in the panel from the bundled lists).
    const places = entry.places === undefined ? undefined : readIds(entry.places, `${path}.places`, problems);
    const people = entry.people === undefined ? undefined : readIds(entry.people, `${path}.people`, problems);
    if (!id || !title || !dates) continue;
    // Built field by field rather than spread together: a large document has 10,000 of them.
    const event = dates as UserEvent;
    event.id = id;
    event.title = title;
    event.summary = summary ?? { en: '', cs: '', sk: '' };
    event.categories = eventCategories as HistoryEvent['categories'];
    event.sources = readRefs(entry.sources, `${path}.sources`, problems);
    if (era) event.era = era;
    if (places?.length) event.places = places;
    if (people?.length) event.people = people;
    if (disputed) event.disputed = disputed;
    if (media) event.media = media;
    events.push(event);
  }
  if (problems.count) return undefined;
  // Categories the events use but the document does not declare: a built-in one keeps the element's own name, another is named by its id.
  for (const event of events) {
    for (const id of event.categories) {
      if (!categories.some((category) => category.id === id) && !BUILT_IN_CATEGORIES.includes(id)) {
        categories.push({ id, label: { en: id, cs: id, sk: id }, description: { en: id, cs: id, sk: id } });
      }
    }
  }
  // Own sources under page-wide ids, registered by the loader: exports and printed pages name them by title too.
  const sources = userSources.map(asSource);
  const cited = renameSources({ events, eras }, sources);
  return {
    events: cited.events,
    ...(categories.length ? { categories } : {}),
    ...(eras.length ? { eras: cited.eras } : {}),
    ...(sources.length ? { sources } : {}),
  };
}

function readIds(value: unknown, path: string, problems: Problems): string[] {
  return readList(value, path, problems).flatMap((entry, index) => readId(entry, `${path}[${index}]`, problems) ?? []);
}

function readDates(entry: Record<string, unknown>, path: string, problems: Problems): Pick<HistoryEvent, 'date' | 'precision' | 'qualifier' | 'end' | 'endPrecision'> | undefined {
  const raw = readString(entry.date, `${path}.date`, problems, true);
  const start = raw === undefined ? undefined : readDate(raw);
  if (raw !== undefined && !start) problems.add(`${path}.date`, 'date', raw);
  const rawEnd = readString(entry.end, `${path}.end`, problems);
  const end = rawEnd === undefined ? undefined : readDate(rawEnd);
  if (rawEnd !== undefined && !end) problems.add(`${path}.end`, 'date', rawEnd);
  let qualifier: DateQualifier | undefined = start?.approximate ? 'approximate' : undefined;
  if (entry.qualifier !== undefined) {
    if (QUALIFIERS.includes(entry.qualifier as DateQualifier)) qualifier = entry.qualifier as DateQualifier;
    else problems.add(`${path}.qualifier`, 'oneOf', show(entry.qualifier), QUALIFIERS.join(', '));
  }
  for (const key of ['precision', 'endPrecision'] as const) {
    if (entry[key] !== undefined && !PRECISIONS.includes(entry[key] as Precision)) problems.add(`${path}.${key}`, 'oneOf', show(entry[key]), PRECISIONS.join(', '));
  }
  if (!start || (rawEnd !== undefined && !end)) return undefined;
  if (end && endsBefore(end.date, start.date)) {
    problems.add(`${path}.end`, 'endBefore', end.date, start.date);
    return undefined;
  }
  // The date's own form says its precision; a precision the document states is kept when it is coarser.
  const dates: Pick<HistoryEvent, 'date' | 'precision' | 'qualifier' | 'end' | 'endPrecision'> = { date: start.date, precision: start.precision };
  if (qualifier) dates.qualifier = qualifier;
  if (end) {
    dates.end = end.date;
    dates.endPrecision = end.precision;
  }
  return dates;
}

/** Source references: `["town-chronicle"]` or `[{ "source": "town-chronicle", "quote": "…" }]`. */
function readRefs(value: unknown, path: string, problems: Problems): SourceRef[] {
  const refs: SourceRef[] = [];
  const list = typeof value === 'string' ? [value] : readList(value, path, problems);
  for (let index = 0; index < list.length; index++) {
    const entry = list[index];
    if (typeof entry === 'string' && entry.trim()) refs.push({ source: entry.trim() });
    else if (isObject(entry)) {
      const source = readString(entry.source, `${path}[${index}].source`, problems, true);
      const quote = entry.quote === undefined ? undefined : readString(entry.quote, `${path}[${index}].quote`, problems);
      if (source) refs.push(quote ? { source, quote } : { source });
    } else problems.add(`${path}[${index}]`, 'notObject');
  }
  return refs;
}

function readMedia(value: Record<string, unknown> | undefined, path: string, problems: Problems): EventMedia | undefined {
  if (!value) return undefined;
  const url = readUrl(value.url, `${path}.url`, problems, true);
  const alt = readString(value.alt, `${path}.alt`, problems);
  if (url && !alt) problems.add(`${path}.alt`, 'alt');
  const credit = readString(value.credit, `${path}.credit`, problems);
  const caption = readString(value.caption, `${path}.caption`, problems);
  return url && alt ? { url, alt, ...(credit ? { credit } : {}), ...(caption ? { caption } : {}) } : undefined;
}

