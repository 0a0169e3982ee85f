// Splits the bundled documents in data/ by language for the elements:
// src/generated/data/<name>.<locale>.json holds the document with every
// localized text reduced to that language (and the research-note ids, which
// no reader sees, left out). A page in English downloads English only; another
// language is its own lazy chunk. events-outline.<locale>.json is the part of
// the events a first picture needs; names.<locale>.json the place and person
// names alone (what the treaty card and an opened timeline event show of them).
// `--check` fails when the files are stale.
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';

const DOCUMENTS = ['sources', 'events', 'battles', 'treaties', 'places', 'people'];
const LOCALES = ['en', 'cs', 'sk'];
const outDir = new URL('../src/generated/data/', import.meta.url);

const isLocalized = (value) =>
  value && typeof value === 'object' && !Array.isArray(value) && LOCALES.every((locale) => typeof value[locale] === 'string') && Object.keys(value).length === LOCALES.length;

function forLocale(value, locale) {
  if (Array.isArray(value)) return value.map((item) => forLocale(item, locale));
  if (value && typeof value === 'object') {
    if (isLocalized(value)) return { [locale]: value[locale] };
    const result = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === 'facts') continue;
      result[key] = forLocale(item, locale);
    }
    return result;
  }
  return value;
}

/** Every source id a document cites (any `source` field in it). */
function citedSources(value, found = new Set()) {
  if (Array.isArray(value)) value.forEach((item) => citedSources(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'source' && typeof item === 'string') found.add(item);
      else citedSources(item, found);
    }
  }
  return found;
}

/** The fields of an event the first picture uses (see EventOutline in src/data/types.ts). */
const OUTLINE_FIELDS = ['id', 'date', 'precision', 'qualifier', 'end', 'endPrecision', 'categories', 'era', 'title', 'places'];
const pick = (record, fields) => Object.fromEntries(fields.filter((field) => record[field] !== undefined).map((field) => [field, record[field]]));

const catalogue = JSON.parse(readFileSync(new URL('../data/sources.json', import.meta.url), 'utf8')).sources;
const outputs = new Map();
const names = {};
for (const name of DOCUMENTS) {
  const document = JSON.parse(readFileSync(new URL(`../data/${name}.json`, import.meta.url), 'utf8'));
  // Each document an element cites from carries the sources it cites (title,
  // publisher, address), so an element never downloads the whole catalogue for
  // its footer. Places and people are only looked up for names.
  if (!['sources', 'places', 'people'].includes(name)) {
    const cited = citedSources(document);
    document.sources = catalogue
      .filter((source) => cited.has(source.id))
      .map(({ id, kind, title, publisher, url, language }) => ({ id, kind, title, publisher, ...(url ? { url } : {}), language }));
  }
  // No element shows people beyond their names (names.<locale>.json).
  if (name !== 'people') for (const locale of LOCALES) outputs.set(`${name}.${locale}.json`, `${JSON.stringify(forLocale(document, locale))}\n`);
  if (name === 'places' || name === 'people') {
    // Ids and names: 0.6 KB gzip for both, where the whole documents (coordinates,
    // dates of birth, roles, their sources) are 3.5 KB.
    names[name] = document[name].map(({ id, name: text }) => ({ id, name: text }));
  }
  if (name === 'events') {
    // What a timeline or a map needs for its first picture: where each event
    // goes and what it is called. Summaries, people, disputes and sources are
    // the detail a reader opens; they load from events.<locale>.json then.
    const outline = { categories: document.categories, eras: document.eras, events: document.events.map((event) => pick(event, OUTLINE_FIELDS)) };
    for (const locale of LOCALES) outputs.set(`events-outline.${locale}.json`, `${JSON.stringify(forLocale(outline, locale))}\n`);
  }
}

for (const locale of LOCALES) outputs.set(`names.${locale}.json`, `${JSON.stringify(forLocale(names, locale))}\n`);

if (process.argv.includes('--check')) {
  const stale = [...outputs].filter(([file, text]) => !existsSync(new URL(file, outDir)) || readFileSync(new URL(file, outDir), 'utf8') !== text);
  const extra = existsSync(outDir) ? readdirSync(outDir).filter((file) => !outputs.has(file)) : [];
  if (stale.length || extra.length) {
    console.error(`src/generated/data is stale (${[...stale.map(([file]) => file), ...extra].join(', ')}): run \`npm run gen\` and commit.`);
    process.exit(1);
  }
  console.log('per-language data: up to date');
} else {
  mkdirSync(outDir, { recursive: true });
  for (const [file, text] of outputs) writeFileSync(new URL(file, outDir), text);
  console.log(`per-language data: ${outputs.size} files written`);
}
