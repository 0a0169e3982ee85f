/**
 * The timeline's user-document reader (a lazy chunk: only pages with user
 * data load it, with d3-dsv inside): JSON in our shape or a simpler one,
 * TimelineJS3's JSON, or CSV in our columns or TimelineJS3's spreadsheet
 * template, read into the shape the timeline draws — or every problem (up to
 * MAX_PROBLEMS listed) in a plain sentence in the element's language with
 * its JSON path or CSV row and column.
 */
import type { Locale } from '../types.js';
import { Problems, type ReadResult } from './problems.js';
import { readCsv } from './timeline-csv.js';
import { readJson, type UserDocument } from './timeline-json.js';
import { isTimelineJs, readTimelineJs } from './timelinejs.js';
import { isObject, parseJson } from './rules.js';

export { MAX_PROBLEMS, type Problem } from './problems.js';
export type { EventMedia, UserCategory, UserDocument, UserEvent, UserSource } from './timeline-json.js';
export { readDate } from './values.js';

/** Reads a document: `format` from the URL, response type or script type. */
export function readTimelineDocument(text: string, format: 'json' | 'csv', locale: Locale, origin: string): ReadResult<UserDocument> {
  const problems = new Problems(locale);
  return problems.result(format === 'csv' ? readCsv(text, problems) : readJsonText(text, problems), origin);
}

function readJsonText(text: string, problems: Problems): UserDocument | undefined {
  let document: unknown;
  try {
    document = parseJson(text);
  } catch (error) {
    problems.add('$', 'json', (error as Error).message);
    return undefined;
  }
  return isObject(document) && isTimelineJs(document) ? readTimelineJs(document, problems) : readJson(document, problems);
}
