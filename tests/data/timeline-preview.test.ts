/**
 * The timeline's preview (the entry's reading of a document already in the
 * reader's form, src/data/user/timeline-preview.ts) against the reader, the
 * definition: whatever the preview takes, the reader takes too and returns
 * the same document — on the fixture, on random changes of it, and on the
 * allowances only the reader handles (which the preview leaves to it).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { previewTimeline } from '../../src/data/user/timeline-preview.js';
import { readTimelineDocument } from '../../src/data/user/timeline-document.js';
import { needsReaderFirst } from '../../src/elements/cs-timeline/user-document-load.js';

const event = (more: Record<string, unknown> = {}) => ({
  id: 'e1',
  date: '1938-09-30',
  title: { en: 'Munich Agreement', cs: 'Mnichovská dohoda', sk: 'Mníchovská dohoda' },
  categories: ['diplomacy'],
  sources: ['town-chronicle'],
  ...more,
});

function agree(text: string): boolean {
  const preview = previewTimeline(text);
  if (preview === undefined) return false;
  const read = readTimelineDocument(text, 'json', 'en', 'inline');
  expect(read.problems, `the reader refused what the preview took: ${text.slice(0, 300)}`).to.equal(undefined);
  expect(preview, `the preview and the reader differ: ${text.slice(0, 300)}`).to.deep.equal(read.value);
  return true;
}

describe('timeline preview: takes only what the reader returns unchanged', () => {
  let fixture: { events: Record<string, unknown>[] };
  before(async () => {
    fixture = await (await fetch('/tests/fixtures/cs-timeline/events.json')).json();
  });

  it('takes a document in the reader’s form, with the reader’s result', () => {
    expect(agree(JSON.stringify({ events: [event(), event({ id: 'e2', date: '~1939-03', end: '1939-04', summary: 'One language', sources: [{ source: 'x', quote: 'a quote' }] })] }))).to.equal(true);
    expect(agree(JSON.stringify({ events: [event({ title: 'Only one language', categories: ['military', 'military'], qualifier: 'before', precision: 'day' })] }))).to.equal(true);
  });

  it('leaves to the reader what only the reader can read or refuse', () => {
    const cases: Record<string, unknown> = {
      'not JSON': '{"events": [',
      'no events': { events: [] },
      'own sources': { events: [event()], sources: [{ id: 'x', title: 'X' }] },
      'own categories': { events: [event({ categories: ['town-life'] })] },
      eras: { events: [event()], eras: [] },
      'an era': { events: [event({ era: 'munich' })] },
      'an image': { events: [event({ media: { url: 'a.jpg', alt: 'A' } })] },
      'a date that is no day': { events: [event({ date: '1939-02-29' })] },
      'an end before the start': { events: [event({ end: '1937' })] },
      'the same id twice': { events: [event(), event()] },
      'an id with a space': { events: [event({ id: 'e 1' })] },
      'a title missing': { events: [event({ title: undefined })] },
      'two languages of three': { events: [event({ title: { en: 'A', cs: 'B' } })] },
      'a number for a date': { events: [event({ date: 1938 })] },
      'a field of TimelineJS3': { events: [event({ start_date: { year: 1938 } })] },
      'an unknown qualifier': { events: [event({ qualifier: 'circa' })] },
    };
    for (const [name, value] of Object.entries(cases)) {
      expect(previewTimeline(typeof value === 'string' ? value : JSON.stringify(value)), name).to.equal(undefined);
    }
  });

  it('the bundled-shape fixture: taken, or left to the reader, never read differently', () => {
    agree(JSON.stringify(fixture));
  });

  it('random values at random places of a taken document: the reader agrees with every one the preview takes', () => {
    const base = { events: [event(), event({ id: 'e2', date: '1943-12-12', end: '1944-01', summary: { en: 'a', cs: 'b', sk: 'c' } }), event({ id: 'e3', sources: [{ source: 's', quote: 'q' }] })] };
    const fields = ['id', 'date', 'end', 'title', 'summary', 'categories', 'sources', 'qualifier', 'precision', 'endPrecision', 'era', 'other'];
    let taken = 0;
    fc.assert(
      fc.property(fc.nat(2), fc.constantFrom(...fields), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('1938', '~1940-05', '1939-02-29', ' e1 ', '', 'military', 'town-life', ['military'], ['s', ' s'], { en: 'x', cs: 'y', sk: 'z' }, [{ source: 's', quote: '' }])), (index, field, value) => {
        const document = structuredClone(base) as { events: Record<string, unknown>[] };
        document.events[index][field] = value;
        if (agree(JSON.stringify(document))) taken += 1;
      }),
      { numRuns: 400 },
    );
    expect(taken, 'some changed documents were still taken').to.be.above(20);
  });
});

describe('the timeline entry: which pages ask for the reader before their picture', () => {
  /** A <cs-timeline> as a page's markup would have it (not upgraded: only its markup is read). */
  const timeline = (markup: string) => {
    const holder = document.createElement('div');
    holder.innerHTML = markup;
    return holder.firstElementChild!;
  };
  const drawable = JSON.stringify({ events: [{ id: 'a', date: '1938-09-30', precision: 'day', categories: ['diplomacy'], title: 'Munich', sources: [{ source: 'wikipedia-cs-su-relations' }] }] });
  const ownSources = JSON.stringify({ events: [{ id: 'a', date: '1938', title: 'x', sources: [{ source: 'mine' }] }], sources: [{ id: 'mine', title: 'Mine', url: 'https://example.org/' }] });

  it('asks at once for a src, CSV, a selected event or inline JSON the entry cannot draw', () => {
    expect(needsReaderFirst(timeline('<cs-timeline src="events.json"></cs-timeline>'))).to.equal(true);
    expect(needsReaderFirst(timeline('<cs-timeline><script type="text/csv">date,title\n1938,x</script></cs-timeline>'))).to.equal(true);
    expect(needsReaderFirst(timeline(`<cs-timeline><script type="application/json">${ownSources}</script></cs-timeline>`))).to.equal(true);
    expect(needsReaderFirst(timeline(`<cs-timeline selected="a"><script type="application/json">${drawable}</script></cs-timeline>`))).to.equal(true);
    expect(needsReaderFirst(timeline('<cs-timeline><script type="application/json">{ not json</script></cs-timeline>'))).to.equal(true);
  });

  it('leaves the reader until after the picture for inline JSON the entry draws, and for the bundled events', () => {
    expect(needsReaderFirst(timeline(`<cs-timeline><script type="application/json">${drawable}</script></cs-timeline>`))).to.equal(false);
    expect(needsReaderFirst(timeline('<cs-timeline></cs-timeline>'))).to.equal(false);
  });

  it('keeps the entry\'s answer for the element, once: the element gets the same document without reading the text again', () => {
    previewTimeline(drawable); // takes an answer an earlier test's check kept
    const first = previewTimeline(drawable, true);
    expect(previewTimeline(drawable), 'the kept answer').to.equal(first);
    const again = previewTimeline(drawable);
    expect(again, 'read anew after that').to.not.equal(first);
    expect(again).to.deep.equal(first);
    expect(previewTimeline(drawable), 'an element\'s own answer is not kept (nor the page\'s text with it)').to.not.equal(again);
  });
});
