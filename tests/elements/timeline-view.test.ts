// The timeline's view function without an element: from the model, the plot's size, the view,
// the filter and the language to what the element draws and says.
import { expect } from '@open-wc/testing';
import { memo } from '../../src/core/memo.js';
import { bundledData } from '../../src/data/bundled.js';
import type { EventOutlineDocument } from '../../src/data/types.js';
import { buildModel, CATEGORY_IDS, type TimelineModel } from '../../src/elements/cs-timeline/timeline-model.js';
import {
  allowedCategories,
  attributeProblem,
  baseFor,
  fullDomain,
  OVERVIEW_ROOM,
  resolveOrientation,
  shownEvents,
  timelineView,
  TimelineWords,
} from '../../src/elements/cs-timeline/timeline-view.js';
import { describe as describeExport } from '../../src/core/export/export-timeline.js';

const YEAR = 365.25 * 86_400_000;
const event = (id: string, date: string, categories = ['diplomacy']) => ({ id, date, precision: 'day', categories, title: { en: `Title ${id}` } });
const small = buildModel({
  events: [event('a', '1918-05-14'), event('b', '1938-09-30', ['military']), event('c', '1943-12-12'), event('d', '1945-05-09', ['military']), event('e', '1948-06-14', ['politics'])],
  eras: [{ id: 'late', label: { en: 'Late' }, start: '1945-05-09', end: '1948' }],
} as unknown as EventOutlineDocument);

const wordsFor = (_model: TimelineModel) => new TimelineWords('en', (text) => text?.en ?? '', (id) => id);
const viewOf = (model: TimelineModel, plot = { width: 1100, height: 512 }, requested?: readonly [number, number], overview = false, orientation: 'horizontal' | 'vertical' = 'horizontal') => {
  const full = fullDomain(model, undefined, undefined);
  const { shown } = shownEvents(model, full, CATEGORY_IDS, new Set());
  return timelineView(model, shown, plot, orientation, requested, full, wordsFor(model), baseFor, undefined, overview);
};

describe('timelineView', () => {
  it('names the period the data holds, not the room the extent keeps for labels after it', async () => {
    const bundled = buildModel(await bundledData('events-outline', 'en'));
    for (const model of [small, bundled]) {
      const view = viewOf(model);
      expect(new Date(view.view[1]).getUTCFullYear(), 'the drawn view reaches past 1948 (room for labels)').to.be.above(1948);
      expect(view.range).to.match(/^1918\s?–\s?1948$/);
      expect(view.plot).to.equal(`Timeline, ${view.range}`);
      // An export of the whole period is named and titled alike.
      const info = describeExport({ picture: view, locale: 'en', hiddenCategories: new Set(), details: {}, configProblem: () => undefined, allowedCategories: () => CATEGORY_IDS, categoryLabel: (id: string) => id, text: () => '' })!;
      expect([info.name, info.title]).to.deep.equal(['timeline-1918-1948-en', view.plot]);
    }
  });

  it('draws only when the plot has a size', () => {
    const table = [
      { plot: { width: 0, height: 0 }, drawn: false },
      { plot: { width: 39, height: 300 }, drawn: false },
      { plot: { width: 300, height: 39 }, drawn: false },
      { plot: { width: 600, height: 300 }, drawn: true },
    ];
    for (const { plot, drawn } of table) {
      const view = viewOf(small, plot);
      expect(Boolean(view.frame), `${plot.width} × ${plot.height}`).to.equal(drawn);
      // Undrawn, it still counts the events in view for the toolbar.
      expect(view.count).to.equal('5 events');
      expect(view.units.size > 0).to.equal(drawn);
    }
  });

  it('keeps the view inside the whole period and no narrower than a month', () => {
    const [start, end] = fullDomain(small, undefined, undefined);
    const table: { requested?: readonly [number, number]; expect: (view: readonly [number, number]) => void }[] = [
      { requested: undefined, expect: (view) => expect(view).to.deep.equal([start, end]) },
      { requested: [start - 10 * YEAR, start + YEAR], expect: (view) => expect(view).to.deep.equal([start, start + 11 * YEAR]) },
      { requested: [end - 3 * 86_400_000, end - 86_400_000], expect: (view) => expect(view[1] - view[0]).to.equal(30 * 86_400_000) },
    ];
    for (const row of table) {
      const view = viewOf(small, undefined, row.requested);
      row.expect(view.view);
      expect(view.atFull).to.equal(row.requested === undefined);
    }
  });

  it('labels the axis with years only over decades, and with months when zoomed to a few years', async () => {
    const bundled = buildModel(await bundledData('events-outline', 'en'));
    for (const [model, least] of [[small, 3], [bundled, 10]] as const) {
      const years = viewOf(model).frame!.ticks.map((tick) => tick.text);
      expect(years.length).to.be.at.least(least);
      for (const text of years) expect(text, `a tick of the whole period: ${years.join(' ')}`).to.match(/^\d{4}$/);
    }
    const zoomed = viewOf(bundled, undefined, [Date.UTC(1944, 0, 1), Date.UTC(1946, 0, 1)]).frame!.ticks.map((tick) => tick.text);
    expect(zoomed.some((text) => !/^\d{4}$/.test(text)), `months in a two-year view: ${zoomed.join(' ')}`).to.equal(true);
  });

  it("ends the axis with the data's last year, though the view keeps room for labels after it, and labels the year after a break", async () => {
    const bundled = buildModel(await bundledData('events-outline', 'en'));
    for (const [model, orientation, plot] of [
      [small, 'horizontal', { width: 1100, height: 512 }],
      [bundled, 'horizontal', { width: 1100, height: 512 }],
      [bundled, 'vertical', { width: 328, height: 2560 }],
    ] as const) {
      const view = viewOf(model, plot, undefined, false, orientation);
      const years = view.frame!.ticks.map((tick) => Number(tick.text));
      expect(new Date(view.view[1]).getUTCFullYear(), 'the view reaches past 1948').to.be.above(1948);
      expect(Math.max(...years), `${orientation}: ${years.join(' ')}`).to.equal(1948);
    }
    // The small model's events are in 1918, 1938, 1943, 1945 and 1948, with breaks before 1938 and 1948:
    // each year right after a break has its tick (before, those gave way to the break's label).
    const ticks = viewOf(small).frame!.ticks;
    expect(ticks.map((tick) => tick.text)).to.include.members(['1918', '1938', '1948']);
    expect(ticks.find((tick) => tick.text === '1938')!.anchor, 'its label starts at the tick, clear of the break\'s').to.equal('start');
  });

  it("writes a long date range short where the phone's column is narrower than it, as each language writes dates", () => {
    const model = buildModel({
      events: [{ ...event('dukla', '1944-09-08'), end: '1944-10-28', title: { en: 'Dukla', cs: 'Dukla', sk: 'Dukla' } }, { ...event('x', '1944-09-08'), precision: 'month', end: '1944-10' }],
    } as unknown as EventOutlineDocument);
    const [dukla, months] = model.items;
    const table = [
      { locale: 'en', whole: '8 September – 28 October 1944', short: '8 Sept 1944 – 28 Oct 1944' },
      { locale: 'cs', whole: '8. září – 28. října 1944', short: '8. 9. 1944 – 28. 10. 1944' },
      { locale: 'sk', whole: '8. septembra – 28. októbra 1944', short: '8. 9. 1944 – 28. 10. 1944' },
    ] as const;
    for (const row of table) {
      const words = new TimelineWords(row.locale, (text) => text?.[row.locale] ?? '', (id) => id);
      expect(words.columnDate(dukla, 400), row.locale).to.equal(row.whole);
      expect(words.columnDate(dukla, 100), row.locale).to.equal(row.short);
      // The accessible name keeps the whole date.
      expect(words.label(dukla)).to.equal(`${row.whole} — Dukla`);
      // Only a day-to-day range has a short form: a month range stays as it is.
      expect(words.columnDate(months, 40)).to.equal(words.date(months));
    }
  });

  it('leaves the foot of the plot to the overview strip, in the horizontal layout only', () => {
    const table = [
      { overview: false, orientation: 'horizontal', height: 512 },
      { overview: true, orientation: 'horizontal', height: 512 - OVERVIEW_ROOM },
      { overview: true, orientation: 'vertical', height: 512 },
    ] as const;
    for (const row of table) {
      const view = viewOf(small, { width: 1100, height: 512 }, undefined, row.overview, row.orientation);
      expect(view.frame!.geometry.height, `${row.orientation}, overview ${row.overview}`).to.equal(row.height);
      expect(view.overview).to.equal(row.overview && row.orientation === 'horizontal');
    }
  });

  it('titles the crowded 1945 on a phone: a mark drawn after its date does not take the column from the events below it', async () => {
    const bundled = buildModel(await bundledData('events-outline', 'en'));
    const view = viewOf(bundled, { width: 328, height: 2560 }, undefined, false, 'vertical');
    const titled = (id: string) => [...view.units.values()].some((unit) => unit.kind === 'event' && unit.item.event.id === id && (unit.lines?.length ?? 0) > 0);
    for (const id of ['prague-uprising', 'prague-offensive', 'ruthenia-treaty', 'nationalisation-decrees']) expect(titled(id), id).to.equal(true);
    const all = [...view.units.values()].filter((unit) => unit.kind === 'event');
    expect(all.filter((unit) => unit.kind === 'event' && unit.lines?.length).length, 'titled events at 360 px').to.be.at.least(40);
  });

  it('tells the legend which encodings are in the picture', () => {
    expect(viewOf(small).encodings).to.include('break');
    expect(viewOf(small).encodings).not.to.include('cluster');
  });

  it('is derived again only when an input changed (memo), and the base scale only when the geometry did', () => {
    let bases = 0;
    const countingBase: typeof baseFor = (...args) => ((bases += 1), baseFor(...args));
    const base = memo(countingBase);
    const view = memo(timelineView);
    const full = fullDomain(small, undefined, undefined);
    const { shown } = shownEvents(small, full, CATEGORY_IDS, new Set());
    const words = wordsFor(small);
    const plot = { width: 1100, height: 512 };
    const first = view(small, shown, plot, 'horizontal', undefined, full, words, base);
    expect(view(small, shown, plot, 'horizontal', undefined, full, words, base)).to.equal(first);
    const zoomed = view(small, shown, plot, 'horizontal', [full[0], full[0] + 10 * YEAR], full, words, base);
    expect(zoomed).not.to.equal(first);
    expect(bases, 'one base scale for both views').to.equal(1);
    view(small, shown, { width: 800, height: 512 }, 'horizontal', undefined, full, words, base);
    expect(bases, 'a new width, a new base scale').to.equal(2);
  });
});

describe('timeline inputs', () => {
  it('filters by the attribute and the hidden chips', () => {
    const full = fullDomain(small, undefined, undefined);
    const table = [
      { allowed: CATEGORY_IDS, hidden: [], ids: 'a b c d e' },
      { allowed: ['military'], hidden: [], ids: 'b d' },
      { allowed: CATEGORY_IDS, hidden: ['military', 'politics'], ids: 'a c' },
    ];
    for (const { allowed, hidden, ids } of table) {
      const { shown, indexOf } = shownEvents(small, full, allowed, new Set(hidden));
      expect(shown.items.map((item) => item.event.id).join(' ')).to.equal(ids);
      expect(shown.items.map((item) => indexOf.get(item))).to.deep.equal(shown.items.map((_, index) => index));
    }
    const narrowed = fullDomain(small, '1938', '1945');
    expect(shownEvents(small, narrowed, CATEGORY_IDS, new Set()).shown.items.map((item) => item.event.id)).to.deep.equal(['b', 'c', 'd']);
  });

  it('reads the categories attribute in the data’s order', () => {
    const ids = ['diplomacy', 'military', 'politics'];
    const table: [string | undefined, string[]][] = [
      [undefined, ids],
      ['', ids],
      ['politics  diplomacy', ['diplomacy', 'politics']],
    ];
    for (const [attribute, expected] of table) expect(allowedCategories(ids, attribute), String(attribute)).to.deep.equal(expected);
  });

  it('turns vertical below 600 px under auto, with a little hysteresis', () => {
    const table = [
      { setting: 'horizontal', width: 300, previous: 'vertical', expected: 'horizontal' },
      { setting: 'vertical', width: 1200, previous: 'horizontal', expected: 'vertical' },
      { setting: 'auto', width: 0, previous: 'vertical', expected: 'vertical' },
      { setting: 'auto', width: 599, previous: 'horizontal', expected: 'vertical' },
      { setting: 'auto', width: 600, previous: 'horizontal', expected: 'horizontal' },
      { setting: 'auto', width: 610, previous: 'vertical', expected: 'vertical' },
      { setting: 'auto', width: 616, previous: 'vertical', expected: 'horizontal' },
      { setting: null, width: 400, previous: 'horizontal', expected: 'vertical' },
    ] as const;
    for (const { setting, width, previous, expected } of table) expect(resolveOrientation(setting, width, previous), `${setting} at ${width}`).to.equal(expected);
  });

  it('names what is wrong with an attribute, and what is valid', () => {
    const ok = { orientation: 'auto', categories: [] };
    const table = [
      { attributes: ok, attribute: undefined },
      { attributes: { ...ok, orientation: 'diagonal' }, attribute: 'orientation', value: 'diagonal' },
      { attributes: { ...ok, from: '19xx' }, attribute: 'from', value: '19xx' },
      { attributes: { ...ok, from: '1945', to: '1938' }, attribute: 'to', value: '1938' },
      { attributes: { ...ok, from: '1990' }, attribute: 'from', value: '1990' },
      { attributes: { ...ok, to: '1900' }, attribute: 'to', value: '1900' },
      { attributes: { ...ok, categories: ['sport'] }, attribute: 'categories', value: 'sport' },
    ];
    for (const row of table) {
      const problem = attributeProblem(row.attributes, small, CATEGORY_IDS);
      expect(problem?.attribute, JSON.stringify(row.attributes)).to.equal(row.attribute);
      if (row.value) expect(problem!.value).to.equal(row.value);
    }
    expect(String(attributeProblem({ ...ok, from: '1990' }, small, CATEGORY_IDS)!.valid), 'the data’s years').to.include('1918').and.include('1948');
  });
});
