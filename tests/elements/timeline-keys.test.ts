// The timeline's keys as rules: which action each key takes where the focus is.
import { expect } from '@open-wc/testing';
import type { EventOutlineDocument } from '../../src/data/types.js';
import { keyAction, type KeyContext } from '../../src/elements/cs-timeline/timeline-keys.js';
import type { ClusterUnit, EventUnit } from '../../src/elements/cs-timeline/timeline-layout.js';
import { applyFilter, buildModel, CATEGORY_IDS } from '../../src/elements/cs-timeline/timeline-model.js';

const event = (id: string, date: string) => ({ id, date, precision: 'day', categories: ['diplomacy'], title: { en: id } });
const model = buildModel({ events: [event('a', '1935-05-16'), event('b', '1938-09-30'), event('c', '1943-12-12'), event('d', '1945-05-09')] } as unknown as EventOutlineDocument);
const shown = applyFilter(model, { categories: new Set(CATEGORY_IDS) });
const indexOf = new Map(shown.items.map((item, index) => [item, index]));
const [a, b, c, d] = shown.items;
const mark = (item = b): EventUnit => ({ kind: 'event', key: `event:${item.event.id}`, item, lane: 0, t0: 0, t1: 1, anchor: 0, bar: false, room: 0 }) as EventUnit;
const cluster: ClusterUnit = { kind: 'cluster', key: 'cluster:3', items: [b, c], lane: 0, t0: 0, t1: 1, anchor: 0 };
const on = (context: Partial<KeyContext>): KeyContext => ({ onPlot: false, shown, indexOf, view: [a.start, d.end], selected: false, ...context });

describe('cs-timeline keys', () => {
  it('zooms in and out with + and -, around the focused event', () => {
    expect(keyAction('+', on({ unit: mark() }))).to.deep.equal({ kind: 'zoom', factor: 2, center: b.anchor });
    expect(keyAction('=', on({}))).to.deep.equal({ kind: 'zoom', factor: 2, center: undefined });
    expect(keyAction('-', on({ unit: cluster }))).to.deep.equal({ kind: 'zoom', factor: 0.5, center: undefined });
  });

  it('moves to the next and previous event in date order, from a cluster past all of its events', () => {
    expect(keyAction('ArrowRight', on({ unit: mark(b) }))).to.deep.equal({ kind: 'move', item: c });
    expect(keyAction('ArrowUp', on({ unit: mark(b) }))).to.deep.equal({ kind: 'move', item: a });
    expect(keyAction('ArrowDown', on({ unit: cluster }))).to.deep.equal({ kind: 'move', item: d });
    expect(keyAction('ArrowLeft', on({ unit: cluster }))).to.deep.equal({ kind: 'move', item: a });
    expect(keyAction('Home', on({ unit: mark(c) }))).to.deep.equal({ kind: 'move', item: a });
    expect(keyAction('End', on({ unit: mark(a) }))).to.deep.equal({ kind: 'move', item: d });
  });

  it('keeps an arrow at the first or last event (the page does not scroll instead)', () => {
    expect(keyAction('ArrowLeft', on({ unit: mark(a) }))).to.deep.equal({ kind: 'stay' });
    expect(keyAction('ArrowRight', on({ unit: mark(d) }))).to.deep.equal({ kind: 'stay' });
  });

  it('opens an event and zooms into a cluster with Enter or Space', () => {
    expect(keyAction('Enter', on({ unit: mark(c) }))).to.deep.equal({ kind: 'open', id: 'c' });
    expect(keyAction(' ', on({ unit: cluster }))).to.deep.equal({ kind: 'cluster', unit: cluster });
  });

  it('closes the detail with Escape only when one is open', () => {
    expect(keyAction('Escape', on({ selected: true }))).to.deep.equal({ kind: 'close' });
    expect(keyAction('Escape', on({ selected: false }))).to.equal(undefined);
  });

  it('goes from an empty stretch of the plot to the nearest event', () => {
    const between = on({ onPlot: true, view: [b.end, c.start - 1] });
    expect(keyAction('ArrowRight', between)).to.deep.equal({ kind: 'move', item: c });
    expect(keyAction('ArrowLeft', between)).to.deep.equal({ kind: 'move', item: b });
    expect(keyAction('Home', between)).to.deep.equal({ kind: 'move', item: a });
  });

  it('leaves other keys, and keys outside marks and the plot, to the browser', () => {
    expect(keyAction('Tab', on({ unit: mark() }))).to.equal(undefined);
    expect(keyAction('a', on({ unit: mark() }))).to.equal(undefined);
    expect(keyAction('ArrowRight', on({}))).to.equal(undefined);
  });
});
