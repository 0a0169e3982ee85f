/**
 * Reads a user's own timeline document — JSON in our shape or a simpler one,
 * or CSV in our columns or TimelineJS3's spreadsheet template — into the
 * shape the timeline draws, and lists every problem (up to MAX_PROBLEMS) in
 * a plain sentence with its JSON path or CSV row and column.
 *
 * Why it is its own module: only pages with user data need it (it is a lazy
 * chunk with d3-dsv inside), so the bundled-data path stays as small as it
 * was. For the same reason its sentences live here, in the three languages,
 * rather than in the locale chunks every page downloads with its first picture.
 * The sentences never show a pattern: readers are told what to write instead.
 */
import { csvParse } from 'd3-dsv';
import type { Category, DateQualifier, EventsDocument, HistoryEvent, Locale, LocalizedText, Precision, SourceRef, Era } from '../../data/types.js';

export const MAX_PROBLEMS = 20;

export interface Problem {
  readonly path: string;
  readonly detail: string;
}

/** A source the document brings: shown by its title, linked to its URL. */
export interface UserSource {
  id: string;
  title: string;
  publisher?: string;
  url?: string;
}

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
  userSources: UserSource[];
}

export type ReadResult = { value: UserDocument; problems?: undefined } | { value?: undefined; problems: Problem[]; heading: string };

type Words = Record<Locale, (...args: string[]) => string>;

/** Every sentence in the three languages: en, cs, sk. */
const WORDS = {
  heading: {
    en: (n, origin) => `The timeline data ${origin} has ${n} problem(s); nothing is drawn until they are fixed:`,
    cs: (n, origin) => `Data časové osy ${origin} obsahují chyby (${n}); dokud je neopravíte, nic se nevykreslí:`,
    sk: (n, origin) => `Údaje časovej osi ${origin} obsahujú chyby (${n}); kým ich neopravíte, nič sa nevykreslí:`,
  },
  more: {
    en: (n) => `… and ${n} more.`,
    cs: (n) => `… a dalších ${n}.`,
    sk: (n) => `… a ďalších ${n}.`,
  },
  inline: {
    en: () => 'in the inline <script>',
    cs: () => 've vloženém prvku <script>',
    sk: () => 'vo vloženom prvku <script>',
  },
  from: {
    en: (url) => `from ${url}`,
    cs: (url) => `z adresy ${url}`,
    sk: (url) => `z adresy ${url}`,
  },
  row: {
    en: (row, column) => (column ? `row ${row}, column “${column}”` : `row ${row}`),
    cs: (row, column) => (column ? `řádek ${row}, sloupec „${column}“` : `řádek ${row}`),
    sk: (row, column) => (column ? `riadok ${row}, stĺpec „${column}“` : `riadok ${row}`),
  },
  json: {
    en: (detail) => `this is not valid JSON (${detail}); check the brackets, quotes and commas`,
    cs: (detail) => `toto není platný JSON (${detail}); zkontrolujte závorky, uvozovky a čárky`,
    sk: (detail) => `toto nie je platný JSON (${detail}); skontrolujte zátvorky, úvodzovky a čiarky`,
  },
  noEvents: {
    en: () => 'the document needs an “events” list with at least one event',
    cs: () => 'dokument potřebuje seznam „events“ s alespoň jednou událostí',
    sk: () => 'dokument potrebuje zoznam „events“ aspoň s jednou udalosťou',
  },
  noRows: {
    en: () => 'the file has a header row but no events below it',
    cs: () => 'soubor má řádek záhlaví, ale pod ním žádné události',
    sk: () => 'súbor má riadok hlavičky, ale pod ním žiadne udalosti',
  },
  noColumn: {
    en: (names) => `the header row has no ${names} column; name the columns in the first row (see the template)`,
    cs: (names) => `v řádku záhlaví chybí sloupec ${names}; pojmenujte sloupce v prvním řádku (viz šablona)`,
    sk: (names) => `v riadku hlavičky chýba stĺpec ${names}; pomenujte stĺpce v prvom riadku (pozri šablónu)`,
  },
  missing: {
    en: () => 'this is required and missing',
    cs: () => 'tento údaj je povinný a chybí',
    sk: () => 'tento údaj je povinný a chýba',
  },
  notText: {
    en: () => 'write a text, or an object with “en”, “cs” or “sk” texts',
    cs: () => 'napište text, nebo objekt s texty „en“, „cs“ či „sk“',
    sk: () => 'napíšte text alebo objekt s textami „en“, „cs“ či „sk“',
  },
  notList: {
    en: () => 'this must be a list (in square brackets)',
    cs: () => 'tady má být seznam (v hranatých závorkách)',
    sk: () => 'tu má byť zoznam (v hranatých zátvorkách)',
  },
  notObject: {
    en: () => 'this must be an object (in curly braces)',
    cs: () => 'tady má být objekt (ve složených závorkách)',
    sk: () => 'tu má byť objekt (v zložených zátvorkách)',
  },
  date: {
    en: (value) => `“${value}” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (with ~ in front when approximate)`,
    cs: (value) => `„${value}“ není datum; napište RRRR, RRRR-MM nebo RRRR-MM-DD (u přibližného data s ~ na začátku)`,
    sk: (value) => `„${value}“ nie je dátum; napíšte RRRR, RRRR-MM alebo RRRR-MM-DD (pri približnom dátume s ~ na začiatku)`,
  },
  endBefore: {
    en: (end, start) => `the end ${end} comes before the start ${start}`,
    cs: (end, start) => `konec ${end} je dříve než začátek ${start}`,
    sk: (end, start) => `koniec ${end} je skôr ako začiatok ${start}`,
  },
  duplicate: {
    en: (id, first) => `the id “${id}” is already used by ${first}; give every event its own id`,
    cs: (id, first) => `identifikátor „${id}“ už má ${first}; každá událost potřebuje vlastní`,
    sk: (id, first) => `identifikátor „${id}“ už má ${first}; každá udalosť potrebuje vlastný`,
  },
  id: {
    en: (value) => `“${value}” cannot be an id; use letters, digits, hyphens or underscores`,
    cs: (value) => `„${value}“ nemůže být identifikátor; použijte písmena, číslice, pomlčky nebo podtržítka`,
    sk: (value) => `„${value}“ nemôže byť identifikátor; použite písmená, číslice, pomlčky alebo podčiarkovníky`,
  },
  oneOf: {
    en: (value, valid) => `“${value}” is not allowed; write one of: ${valid}`,
    cs: (value, valid) => `„${value}“ není povoleno; napište jedno z: ${valid}`,
    sk: (value, valid) => `„${value}“ nie je povolené; napíšte jedno z: ${valid}`,
  },
  url: {
    en: (value) => `“${value}” is not a usable address; write a web address starting with https:// or http://, or a relative one`,
    cs: (value) => `„${value}“ není použitelná adresa; napište webovou adresu začínající https:// nebo http://, případně relativní`,
    sk: (value) => `„${value}“ nie je použiteľná adresa; napíšte webovú adresu začínajúcu https:// alebo http://, prípadne relatívnu`,
  },
  alt: {
    en: () => 'an image needs a description for readers who cannot see it (alt)',
    cs: () => 'obrázek potřebuje popis pro čtenáře, kteří ho nevidí (alt)',
    sk: () => 'obrázok potrebuje opis pre čitateľov, ktorí ho nevidia (alt)',
  },
  color: {
    en: (value) => `“${value}” is not a colour; write a CSS colour such as #0068a8`,
    cs: (value) => `„${value}“ není barva; napište barvu CSS, například #0068a8`,
    sk: (value) => `„${value}“ nie je farba; napíšte farbu CSS, napríklad #0068a8`,
  },
  tooMany: {
    en: (limit) => `the document has more than ${limit} events`,
    cs: (limit) => `dokument má víc než ${limit} událostí`,
    sk: (limit) => `dokument má viac ako ${limit} udalostí`,
  },
} satisfies Record<string, Words>;

const BUILT_IN_CATEGORIES = ['diplomacy', 'military', 'politics', 'repression'];
const PRECISIONS: Precision[] = ['day', 'month', 'year'];
const QUALIFIERS: DateQualifier[] = ['approximate', 'before', 'after'];
const ID = /^[\p{L}\p{N}_-]+$/u;
const MAX_EVENTS = 20_000;

/** The problems found so far, counted past the listed ones. */
class Problems {
  readonly list: Problem[] = [];
  count = 0;
  constructor(readonly locale: Locale) {}
  say(key: keyof typeof WORDS, ...args: string[]): string {
    return (WORDS[key] as Words)[this.locale](...args);
  }
  add(path: string, key: keyof typeof WORDS, ...args: string[]): void {
    this.count += 1;
    if (this.list.length < MAX_PROBLEMS) this.list.push({ path, detail: this.say(key, ...args) });
  }
}

/** Reads a document: `format` from the URL, response type or script type. */
export function readTimelineDocument(text: string, format: 'json' | 'csv', locale: Locale, origin: string): ReadResult {
  const problems = new Problems(locale);
  const value = format === 'csv' ? readCsv(text, problems) : readJsonText(text, problems);
  if (value && problems.count === 0) return { value };
  const where = origin === 'inline' ? problems.say('inline') : problems.say('from', origin);
  const list = [...problems.list];
  if (problems.count > list.length) list.push({ path: '…', detail: problems.say('more', String(problems.count - list.length)) });
  return { problems: list, heading: problems.say('heading', String(problems.count), where) };
}

function readJsonText(text: string, problems: Problems): UserDocument | undefined {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    problems.add('$', 'json', (error as Error).message);
    return undefined;
  }
  return readJson(document, problems);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)).slice(0, 80);

/** A text: a plain string (one language, shown in every language) or `{ en, cs, sk }` with at least one. */
function readText(value: unknown, path: string, problems: Problems, required: boolean): LocalizedText | undefined {
  if (value === undefined || value === null || value === '') {
    if (required) problems.add(path, 'missing');
    return undefined;
  }
  if (typeof value === 'string') return { en: value, cs: value, sk: value };
  if (isObject(value)) {
    const texts = (['en', 'cs', 'sk'] as const).map((key) => (typeof value[key] === 'string' ? (value[key] as string) : ''));
    const first = texts.find(Boolean);
    if (first) return { en: texts[0] || first, cs: texts[1] || texts[0] || first, sk: texts[2] || texts[1] || texts[0] || first };
  }
  problems.add(path, 'notText');
  return undefined;
}

function readString(value: unknown, path: string, problems: Problems, required = false): string | undefined {
  if (value === undefined || value === null || value === '') {
    if (required) problems.add(path, 'missing');
    return undefined;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') {
    problems.add(path, 'notText');
    return undefined;
  }
  return value.trim() || undefined;
}

function readList(value: unknown, path: string, problems: Problems): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.add(path, 'notList');
    return [];
  }
  return value;
}

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

/** Start of a date and end (exclusive) of the end date, in ms, to compare the two. */
function span(date: string): [number, number] {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  const start = Date.UTC(y, m - 1, d);
  const parts = date.split('-').length;
  const end = parts === 3 ? Date.UTC(y, m - 1, d + 1) : parts === 2 ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
  return [start, end];
}

function readUrl(value: unknown, path: string, problems: Problems, required: boolean): string | undefined {
  const url = readString(value, path, problems, required);
  if (!url) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if ((scheme && scheme !== 'http' && scheme !== 'https') || url.startsWith('//') || /\s/.test(url)) {
    problems.add(path, 'url', url);
    return undefined;
  }
  return url;
}

function readId(value: unknown, path: string, problems: Problems, fallback?: string): string | undefined {
  const id = readString(value, path, problems, fallback === undefined);
  if (id === undefined) return fallback;
  if (!ID.test(id)) {
    problems.add(path, 'id', id);
    return undefined;
  }
  return id;
}

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
  const userSources: UserSource[] = [];
  for (const [index, entry] of readList(document.sources, 'sources', problems).entries()) {
    const path = `sources[${index}]`;
    if (!isObject(entry)) {
      problems.add(path, 'notObject');
      continue;
    }
    const id = readId(entry.id, `${path}.id`, problems);
    const title = readString(entry.title, `${path}.title`, problems, true);
    const publisher = readString(entry.publisher, `${path}.publisher`, problems);
    const url = readUrl(entry.url, `${path}.url`, problems, false);
    if (id && title) userSources.push({ id, title, publisher, url });
  }
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
    if (id && label && dates) eras.push({ id, label, ...dates, sources: readRefs(entry.sources, `${path}.sources`, problems) });
  }
  const events: UserEvent[] = [];
  const seen = new Map<string, string>();
  for (const [index, entry] of document.events.entries()) {
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
    const disputed = readText(entry.disputed, `${path}.disputed`, problems, false);
    const dates = readDates(entry, path, problems);
    const ids = typeof entry.categories === 'string' ? entry.categories.split(/\s+/).filter(Boolean) : entry.categories;
    const eventCategories: string[] = [];
    for (const [i, category] of readList(ids ?? (entry.category ? [entry.category] : []), `${path}.categories`, problems).entries()) {
      const categoryId = readId(category, `${path}.categories[${i}]`, problems);
      if (categoryId && !eventCategories.includes(categoryId)) eventCategories.push(categoryId);
    }
    const media = isObject(entry.media) || entry.media === undefined ? readMedia(entry.media, `${path}.media`, problems) : (problems.add(`${path}.media`, 'notObject'), undefined);
    const era = readString(entry.era, `${path}.era`, problems);
    // Ids of the bundled places and people (named in the panel from the bundled lists).
    const places = readIds(entry.places, `${path}.places`, problems);
    const people = readIds(entry.people, `${path}.people`, problems);
    if (!id || !title || !dates) continue;
    events.push({
      id,
      ...dates,
      title,
      summary: summary ?? { en: '', cs: '', sk: '' },
      categories: eventCategories as HistoryEvent['categories'],
      sources: readRefs(entry.sources, `${path}.sources`, problems),
      ...(era ? { era } : {}),
      ...(places.length ? { places } : {}),
      ...(people.length ? { people } : {}),
      ...(disputed ? { disputed } : {}),
      ...(media ? { media } : {}),
    });
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
  return { events, ...(categories.length ? { categories } : {}), ...(eras.length ? { eras } : {}), userSources };
}

function readIds(value: unknown, path: string, problems: Problems): string[] {
  return readList(value, path, problems).flatMap((entry, index) => readId(entry, `${path}[${index}]`, problems) ?? []);
}

function readColor(value: unknown, path: string, problems: Problems): string | undefined {
  const color = readString(value, path, problems);
  if (!color) return undefined;
  // The browser's own parser decides; the text is then used only as a custom property's value.
  if (!CSS.supports('color', color) || /[;{}<>]/.test(color)) {
    problems.add(path, 'color', color);
    return undefined;
  }
  return color;
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
  if (end && span(end.date)[1] <= span(start.date)[0]) {
    problems.add(`${path}.end`, 'endBefore', end.date, start.date);
    return undefined;
  }
  // The date's own form says its precision; a precision the document states is kept when it is coarser.
  return {
    date: start.date,
    precision: start.precision,
    ...(qualifier ? { qualifier } : {}),
    ...(end ? { end: end.date, endPrecision: end.precision } : {}),
  };
}

/** Source references: `["town-chronicle"]` or `[{ "source": "town-chronicle", "quote": "…" }]`. */
function readRefs(value: unknown, path: string, problems: Problems): SourceRef[] {
  const refs: SourceRef[] = [];
  const list = typeof value === 'string' ? [value] : readList(value, path, problems);
  for (const [index, entry] of list.entries()) {
    if (typeof entry === 'string' && entry.trim()) refs.push({ source: entry.trim() });
    else if (isObject(entry)) {
      const source = readString(entry.source, `${path}[${index}].source`, problems, true);
      const quote = readString(entry.quote, `${path}[${index}].quote`, problems);
      if (source) refs.push({ source, ...(quote ? { quote } : {}) });
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

/** "Town life" → "town-life" (a category id from a spreadsheet's label; letters of any alphabet kept). */
function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'category'
  );
}

/**
 * CSV: our columns (`date`, `title`, `end`, `summary`, `category`, `source`,
 * `source_url`, `image`, `image_alt`, `image_credit`, `image_caption`, `id`)
 * or TimelineJS3's template (`Year`, `Month`, `Day`, `End Year`, …,
 * `Headline`, `Text`, `Media`, `Media Credit`, `Media Caption`, `Group`,
 * `Type`). Rows become a JSON document, which `readJson` then checks; its
 * paths are turned back into rows and columns.
 */
function readCsv(text: string, problems: Problems): UserDocument | undefined {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  const header = new Map(rows.columns.map((column) => [column.trim().toLowerCase().replace(/[\s_]+/g, ' '), column]));
  const has = (name: string) => header.has(name);
  const timelineJs = has('year') && has('headline');
  if (!timelineJs && !(has('date') && has('title'))) {
    const missing = [has('date') || has('year') ? '' : '“date”', has('title') || has('headline') ? '' : '“title”'].filter(Boolean).join(', ');
    problems.add(problems.say('row', '1'), 'noColumn', missing || '“date”, “title”');
    return undefined;
  }
  if (rows.length === 0) {
    problems.add(problems.say('row', '2'), 'noRows');
    return undefined;
  }
  const cell = (row: Record<string, string | undefined>, name: string) => {
    const column = header.get(name);
    const value = column === undefined ? undefined : row[column]?.trim();
    return value || undefined;
  };
  // Which column each JSON field came from, to report problems as a spreadsheet user sees them.
  const columnOf: Record<string, string> = timelineJs
    ? { date: 'Year', end: 'End Year', title: 'Headline', summary: 'Text', url: 'Media', alt: 'Media Caption', credit: 'Media Credit', caption: 'Media Caption', categories: 'Group', id: 'Unique ID' }
    : { date: 'date', end: 'end', title: 'title', summary: 'summary', url: 'image', alt: 'image_alt', credit: 'image_credit', caption: 'image_caption', categories: 'category', id: 'id', source: 'source' };
  const rowOf: number[] = [];
  const events: Record<string, unknown>[] = [];
  const eras: Record<string, unknown>[] = [];
  const sources = new Map<string, UserSource>();
  const categories = new Map<string, string>();
  const categoryOf = (label: string | undefined): string[] => {
    if (!label) return [];
    const id = BUILT_IN_CATEGORIES.includes(label.toLowerCase()) ? label.toLowerCase() : slug(label);
    if (!BUILT_IN_CATEGORIES.includes(id) && !categories.has(id)) categories.set(id, label);
    return [id];
  };
  for (const [index, row] of rows.entries()) {
    if (Object.values(row).every((value) => !value?.trim())) continue; // an empty line
    if (timelineJs) {
      const type = cell(row, 'type')?.toLowerCase();
      if (type === 'title') continue; // the title slide: nothing to place on the line
      const joinDate = (prefix: string) => {
        const year = cell(row, `${prefix}year`);
        if (!year) return undefined;
        const month = cell(row, `${prefix}month`);
        const day = month ? cell(row, `${prefix}day`) : undefined;
        return [year.padStart(4, '0'), month?.padStart(2, '0'), day?.padStart(2, '0')].filter(Boolean).join('-');
      };
      const date = joinDate('');
      const end = joinDate('end ');
      if (type === 'era') {
        eras.push({ date, end, label: cell(row, 'headline') });
        continue;
      }
      const media = cell(row, 'media');
      rowOf.push(index + 2);
      events.push({
        id: cell(row, 'unique id'),
        date,
        end,
        title: cell(row, 'headline'),
        summary: cell(row, 'text'),
        categories: categoryOf(cell(row, 'group')),
        media: media ? { url: media, alt: cell(row, 'media caption') ?? cell(row, 'headline') ?? media, credit: cell(row, 'media credit'), caption: cell(row, 'media caption') } : undefined,
      });
    } else {
      const image = cell(row, 'image');
      const sourceTitle = cell(row, 'source');
      const sourceUrl = cell(row, 'source url');
      const refs: string[] = [];
      if (sourceTitle || sourceUrl) {
        const id = `s-${slug(`${sourceTitle ?? ''} ${sourceUrl ?? ''}`)}`;
        if (!sources.has(id)) sources.set(id, { id, title: sourceTitle ?? sourceUrl!, ...(sourceUrl ? { url: sourceUrl } : {}) });
        refs.push(id);
      }
      rowOf.push(index + 2);
      events.push({
        id: cell(row, 'id'),
        date: cell(row, 'date'),
        end: cell(row, 'end'),
        title: cell(row, 'title'),
        summary: cell(row, 'summary'),
        categories: (cell(row, 'category') ?? '').split(/[;,]/).flatMap((label) => categoryOf(label.trim() || undefined)),
        sources: refs,
        media: image ? { url: image, alt: cell(row, 'image alt'), credit: cell(row, 'image credit'), caption: cell(row, 'image caption') } : undefined,
      });
    }
  }
  if (events.length === 0) {
    problems.add(problems.say('row', '2'), 'noRows');
    return undefined;
  }
  const document = {
    events,
    eras: eras.length ? eras : undefined,
    sources: [...sources.values()],
    categories: [...categories].map(([id, label]) => ({ id, label })),
  };
  // Check as JSON, then say rows and columns instead of JSON paths.
  const inner = new Problems(problems.locale);
  const value = readJson(document, inner);
  for (const problem of inner.list) {
    const match = /^events\[(\d+)\](?:\.(?:media\.)?(\w+))?/.exec(problem.path);
    const where = match ? problems.say('row', String(rowOf[Number(match[1])]), columnOf[match[2] ?? ''] ?? match[2] ?? '') : problem.path;
    problems.count += 1;
    if (problems.list.length < MAX_PROBLEMS) problems.list.push({ path: where, detail: problem.detail });
  }
  problems.count += inner.count - inner.list.length;
  return value;
}
