/**
 * Random and hostile user documents (fast-check) through every parser an
 * element uses for them — the timeline's JSON, TimelineJS3 JSON and CSV
 * (both dialects), and the schema readers of the chart, card and map: none
 * throws, and each answers with a value or with problems (at most 20 listed
 * plus a count). (That no sentence shows a pattern is checked on the
 * sentences themselves, tests/data/user-words.test.ts: here they quote the
 * random input, which may look like one.)
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { DocumentReader } from '../../src/core/data-loader.js';
import { schemaReader } from '../../src/data/user/schema-document.js';
import { readTimelineDocument } from '../../src/data/user/timeline-document.js';
import * as battles from '../../src/generated/validate-battles.js';
import * as places from '../../src/generated/validate-places.js';
import * as treaties from '../../src/generated/validate-treaties.js';
import { hostileString } from './attribute-harness.js';
import { PAYLOADS } from './payloads.js';

const RUNS = 150;

/** A short hostile text: markup, quotes, any characters. */
const short = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...PAYLOADS));

const READERS: [string, DocumentReader<unknown>, string][] = [
  ['timeline', readTimelineDocument as DocumentReader<unknown>, 'events'],
  ['casualty-chart', schemaReader(battles, 'battles'), 'battles'],
  ['treaty-card', schemaReader(treaties, 'treaties'), 'treaties'],
  ['cs-map', schemaReader(places, 'places'), 'places'],
];

const FIXTURES: Record<string, string> = {
  events: '/tests/fixtures/cs-timeline/events.json',
  battles: '/tests/fixtures/casualty-chart/battles.json',
  treaties: '/tests/fixtures/treaty-card/treaties.json',
  places: '/tests/fixtures/cs-map/places.json',
};

/** What every answer must look like, whatever came in. */
function expectAnswer(result: ReturnType<DocumentReader<unknown>>): void {
  if (result.problems) {
    expect(result.problems.length).to.be.within(1, 21);
    expect(result.heading).to.be.a('string').and.not.equal('');
    for (const { path, detail } of result.problems) {
      expect(path).to.be.a('string').and.not.equal('');
      expect(detail).to.be.a('string').and.not.equal('');
    }
  } else expect(result.value).to.be.an('object');
}

/** A JSON value set at a random place of a document (a field replaced, or a new one added). */
function mutate(document: unknown, path: number[], value: unknown, key: string): unknown {
  if (!path.length || document === null || typeof document !== 'object') return value;
  const entries = Array.isArray(document) ? document.map((item, index) => [String(index), item] as const) : Object.entries(document);
  if (!entries.length) return Array.isArray(document) ? [value] : { [key]: value };
  const [name] = entries[path[0] % entries.length];
  const copy: Record<string, unknown> | unknown[] = Array.isArray(document) ? [...document] : { ...document };
  (copy as Record<string, unknown>)[path.length === 1 && !Array.isArray(document) && path[0] % 3 === 0 ? key : name] = mutate(
    (document as Record<string, unknown>)[name],
    path.slice(1),
    value,
    key,
  );
  return copy;
}

const csvCell = fc.oneof(hostileString(5000), fc.constantFrom('1938', '1939-02-29', '~1940-05', 'Town life', 'https://example.org/a.jpg', 'javascript:alert(1)', '"', '', ','));
const csvText = fc
  .tuple(
    fc.shuffledSubarray(['date', 'title', 'end', 'summary', 'category', 'source', 'source_url', 'image', 'image_alt', 'Year', 'Month', 'Day', 'Headline', 'Text', 'Media', 'Group', 'Type', 'Unique ID'], { minLength: 1 }),
    fc.array(fc.array(csvCell, { maxLength: 10 }), { maxLength: 12 }),
  )
  .map(([header, rows]) => [header, ...rows].map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\n'));

const slide = fc.record(
  {
    start_date: fc.oneof(fc.record({ year: fc.oneof(fc.integer({ min: -5, max: 3000 }), short), month: fc.integer({ min: -1, max: 14 }), day: fc.integer({ min: 0, max: 40 }) }, { requiredKeys: [] }), fc.jsonValue()),
    end_date: fc.jsonValue({ maxDepth: 1 }),
    text: fc.oneof(fc.record({ headline: short, text: short }, { requiredKeys: [] }), fc.jsonValue({ maxDepth: 1 })),
    media: fc.oneof(fc.record({ url: short, caption: short, credit: short }, { requiredKeys: [] }), fc.jsonValue({ maxDepth: 1 })),
    group: short,
    unique_id: fc.oneof(short, fc.integer()),
  },
  { requiredKeys: ['start_date'] },
);

describe('user documents: random and hostile input through every parser (fast-check)', function () {
  this.timeout(120_000);
  const documents: Record<string, unknown> = {};
  before(async () => {
    for (const [list, url] of Object.entries(FIXTURES)) documents[list] = await (await fetch(url)).json();
  });

  for (const [name, read, list] of READERS) {
    describe(name, () => {
      it('any text as JSON: an answer, never an exception', () => {
        fc.assert(fc.property(fc.oneof(hostileString(5000), fc.json({ maxDepth: 4 })), (text) => expectAnswer(read(text, 'json', 'cs', 'inline'))), { numRuns: RUNS });
      });

      it('its own document with a random value at a random place', () => {
        fc.assert(
          fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('sources', 'colour', 'name', 'date', 'id', 'en'), fc.constantFrom('en', 'cs', 'sk') as fc.Arbitrary<'en' | 'cs' | 'sk'>, (path, value, key, locale) =>
            expectAnswer(read(JSON.stringify(mutate(documents[list], path, value, key)), 'json', locale, 'inline')),
          ),
          { numRuns: RUNS },
        );
      });

      it('own sources of any shape', () => {
        fc.assert(
          fc.property(fc.oneof(fc.array(fc.record({ id: fc.oneof(short, fc.integer()), title: short, url: short }, { requiredKeys: [] }), { maxLength: 4 }), fc.jsonValue({ maxDepth: 2 })), (sources) =>
            expectAnswer(read(JSON.stringify({ ...(documents[list] as object), sources }), 'json', 'en', 'inline')),
          ),
          { numRuns: RUNS },
        );
      });
    });
  }

  it('timeline: TimelineJS3 JSON of any shape', () => {
    fc.assert(
      fc.property(fc.array(slide, { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), (events, eras) =>
        expectAnswer(readTimelineDocument(JSON.stringify({ events, eras, title: { text: { headline: 'x' } } }), 'json', 'sk', 'inline')),
      ),
      { numRuns: RUNS },
    );
  });

  it('timeline: CSV in either dialect, with hostile cells', () => {
    fc.assert(fc.property(csvText, (text) => expectAnswer(readTimelineDocument(text, 'csv', 'cs', '/own.csv'))), { numRuns: RUNS });
  });

  it('timeline: any text as CSV', () => {
    fc.assert(fc.property(hostileString(5000), (text) => expectAnswer(readTimelineDocument(text, 'csv', 'en', 'inline'))), { numRuns: RUNS });
  });
});
