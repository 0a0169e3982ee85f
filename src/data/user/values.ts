/**
 * Reading single values of a user document — texts in one or three
 * languages, dates, ids, web addresses, colours, own sources — each noting a
 * problem in a plain sentence instead of throwing. Shared by the timeline's
 * reader and the reader of the other elements' documents, so that a text, a
 * date or an own source is taken the same way by every element.
 */
import type { LocalizedText, Source } from '../types.js';
import type { Problems } from './problems.js';
import { ID, isObject, keptText } from './rules.js';

export { isObject, readDate } from './rules.js';

/** A value as the reader wrote it, short enough for a sentence. */
export const show = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))).slice(0, 80);

const LANGUAGES = ['en', 'cs', 'sk'] as const;

/**
 * A text: a plain string (one language, shown whatever the element's
 * language) or `{ en, cs, sk }` with at least one of them; the missing
 * languages take the nearest given one (cs ↔ sk first, then en).
 */
export function readText(value: unknown, path: string, problems: Problems, required: boolean): LocalizedText | undefined {
  if (value === undefined || value === null || value === '') {
    if (required) problems.add(path, 'missing');
    return undefined;
  }
  const kept = keptText(value);
  if (kept) return kept;
  if (isObject(value)) {
    const [en, cs, sk] = LANGUAGES.map((key) => (typeof value[key] === 'string' ? (value[key] as string) : ''));
    const first = en || cs || sk;
    if (first) return { en: first, cs: cs || sk || first, sk: sk || cs || first };
  }
  problems.add(path, 'notText');
  return undefined;
}

export function readString(value: unknown, path: string, problems: Problems, required = false): string | undefined {
  if (value === undefined || value === null || value === '') {
    if (required) problems.add(path, 'missing');
    return undefined;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') {
    problems.add(path, 'notString');
    return undefined;
  }
  return value.trim() || undefined;
}

export function readList(value: unknown, path: string, problems: Problems): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.add(path, 'notList');
    return [];
  }
  return value;
}

/** A web address: http(s) or relative (to the page). */
export function readUrl(value: unknown, path: string, problems: Problems, required: boolean): string | undefined {
  const url = readString(value, path, problems, required);
  if (!url) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if ((scheme && scheme !== 'http' && scheme !== 'https') || url.startsWith('//') || /\s/.test(url)) {
    problems.add(path, 'url', url);
    return undefined;
  }
  return url;
}

export function readId(value: unknown, path: string, problems: Problems, fallback?: string): string | undefined {
  const id = readString(value, path, problems, fallback === undefined);
  if (id === undefined) return fallback;
  if (!ID.test(id)) {
    problems.add(path, 'id', id);
    return undefined;
  }
  return id;
}

export function readColor(value: unknown, path: string, problems: Problems): string | undefined {
  const color = readString(value, path, problems);
  if (!color) return undefined;
  // The browser's own parser decides; the text is then used only as a custom property's value.
  if (!CSS.supports('color', color) || /[;{}<>]/.test(color)) {
    problems.add(path, 'color', color);
    return undefined;
  }
  return color;
}

/** A source the document brings: shown by its title, linked to its URL. */
export interface UserSource {
  id: string;
  title: string;
  publisher?: string;
  url?: string;
}

/** The document's own `sources`: `{ id, title, publisher?, url? }` each, ids unique. */
export function readOwnSources(value: unknown, problems: Problems): UserSource[] {
  const sources: UserSource[] = [];
  const seen = new Map<string, string>();
  for (const [index, entry] of readList(value, 'sources', problems).entries()) {
    const path = `sources[${index}]`;
    if (!isObject(entry)) {
      problems.add(path, 'notObject');
      continue;
    }
    for (const key of Object.keys(entry)) if (!['id', 'title', 'publisher', 'url', 'kind', 'language', 'description'].includes(key)) problems.add(`${path}.${key}`, 'unknownField', key);
    const id = readId(entry.id, `${path}.id`, problems);
    if (id && seen.has(id)) problems.add(`${path}.id`, 'sameSource', id, seen.get(id)!);
    else if (id) seen.set(id, path);
    const title = readString(entry.title, `${path}.title`, problems, true);
    const publisher = readString(entry.publisher, `${path}.publisher`, problems);
    const url = readUrl(entry.url, `${path}.url`, problems, false);
    if (id && title) sources.push({ id, title, ...(publisher ? { publisher } : {}), ...(url ? { url } : {}) });
  }
  return sources;
}

/** An own source as the shared source list shows it (by title, with its link). */
export const asSource = (source: UserSource): Source => ({ kind: 'reference', language: '', publisher: '', ...source });

/** Own source ids are given a page-wide unique id, so two documents (or the catalogue) never mix theirs up. */
let documents = 0;

/**
 * Every `"source": "<own id>"` in the document points to the own source's
 * page-wide id (the sources are renamed in place); the loader then registers
 * them beside the catalogue, so every place that names a source by id — the
 * source lists, printed pages, exports — finds its title and link.
 */
export function renameSources<D>(document: D, sources: { id: string }[]): D {
  if (!sources.length) return document;
  documents += 1;
  const ids = new Map(sources.map((source, index) => [source.id, `user-${documents}-${index + 1}`]));
  for (const source of sources) source.id = ids.get(source.id)!;
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (!isObject(value)) return value;
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = key === 'source' && typeof item === 'string' && ids.has(item) ? ids.get(item) : visit(item);
    return copy;
  };
  return visit(document) as D;
}

/** "Town life" → "town-life" (a category id from a spreadsheet's label; letters of any alphabet kept). */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'category'
  );
}
