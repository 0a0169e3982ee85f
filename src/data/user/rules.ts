/**
 * The few rules of a user timeline document that the entry needs too (for the
 * first picture before the reader has arrived, `timeline-preview.ts`): in a
 * module of their own, so that the entry takes these and not the readers.
 */
import type { DateQualifier, LocalizedText, Precision } from '../types.js';

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (a real day), with an optional `~` for approximate. */
export function readDate(value: string): { date: string; precision: Precision; approximate: boolean } | undefined {
  const approximate = value.startsWith('~');
  const body = approximate ? value.slice(1).trim() : value.trim();
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(body);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return undefined;
  if (day) {
    const d = Number(day);
    const leap = Number(year) % 4 === 0 && (Number(year) % 100 !== 0 || Number(year) % 400 === 0);
    if (d < 1 || d > DAYS_IN_MONTH[Number(month) - 1] || (Number(month) === 2 && d === 29 && !leap)) return undefined;
  }
  return { date: body, precision: day ? 'day' : month ? 'month' : 'year', approximate };
}

/**
 * A text the reader keeps as given: a non-empty string (one language, shown
 * whatever the element's language) as the three, or `{ en, cs, sk }` with all
 * three (taken as it is, not copied: 10,000 of them in a large document).
 * Undefined for anything else, which only the reader can fill in or refuse.
 */
export function keptText(value: unknown): LocalizedText | undefined {
  if (typeof value === 'string') return value ? { en: value, cs: value, sk: value } : undefined;
  if (!isObject(value)) return undefined;
  const { en, cs, sk } = value;
  return typeof en === 'string' && typeof cs === 'string' && typeof sk === 'string' && en && cs && sk ? (value as unknown as LocalizedText) : undefined;
}

/** Start of a date and end (exclusive) of the end date, in ms, to compare the two. */
export function span(date: string): [number, number] {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  const start = Date.UTC(y, m - 1, d);
  const parts = date.split('-').length;
  const end = parts === 3 ? Date.UTC(y, m - 1, d + 1) : parts === 2 ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
  return [start, end];
}

/** An end date that ends before the start date begins (both as `readDate` returns them). */
export const endsBefore = (end: string, start: string): boolean => span(end)[1] <= span(start)[0];

export const ID = /^[\p{L}\p{N}_-]+$/u;

export const BUILT_IN_CATEGORIES = ['diplomacy', 'military', 'politics', 'repression'];
export const PRECISIONS: Precision[] = ['day', 'month', 'year'];
export const QUALIFIERS: DateQualifier[] = ['approximate', 'before', 'after'];
export const MAX_EVENTS = 20_000;
/** The largest user document an element reads (a `src` response or inline text). */
export const MAX_DATA_BYTES = 10 * 1024 * 1024;

/** The last text the preview parsed, for the reader (see `parseJson`). */
let parsed: { text: string; value: unknown } | undefined;

/**
 * `JSON.parse`, once per document: the preview (`keep`) leaves its value for
 * the reader, which takes it — 10,000 events are parsed once, not twice.
 * Neither changes what it reads. Throws what `JSON.parse` throws.
 */
export function parseJson(text: string, keep = false): unknown {
  if (parsed?.text === text) {
    const { value } = parsed;
    parsed = undefined;
    return value;
  }
  const value: unknown = JSON.parse(text);
  parsed = keep ? { text, value } : undefined;
  return value;
}
