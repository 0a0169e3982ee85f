import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/cs-timeline.js';
import type { CsTimeline } from '../../src/define/cs-timeline.js';
import type { CsSelectEvent } from '../../src/core/events.js';
import { TimelineZoom } from '../../src/elements/cs-timeline/timeline-zoom.js';
import { isZoomGesture } from '../../src/elements/cs-timeline/zoom-gestures.js';
import { seededEvents, withWarnings } from '../helpers.js';

const FIXTURE = '/tests/fixtures/cs-timeline/events.json';
/** The fixture's events in chronological order. */
const ORDER = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
const YEAR = 365.25 * 86_400_000;

const root = (el: CsTimeline) => el.shadowRoot!;
const part = (el: CsTimeline, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: CsTimeline, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const marks = (el: CsTimeline) => [...root(el).querySelectorAll<SVGGElement>('[part~="event"]')];
const ids = (el: CsTimeline) => marks(el).map((mark) => mark.dataset.id!);
const mark = (el: CsTimeline, id: string) => root(el).querySelector<SVGGElement>(`[part~="event"][data-id="${id}"]`);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focusedId = (el: CsTimeline) => (root(el).activeElement as SVGGElement | null)?.dataset.id;
const span = (el: CsTimeline) => Date.parse(el.visibleRange.to) - Date.parse(el.visibleRange.from);
/** Titles drawn on the picture (not the whole titles that show only on hover and focus). */
const labels = (el: CsTimeline) => root(el).querySelectorAll('[part~="event"] .label:not(.whole), [part~="event"] .title-line').length;

/** Mounts `template` in a box of `width` px and waits until the timeline shows marks, an error or its empty state. */
async function mount(template: TemplateResult, width = 1000): Promise<CsTimeline> {
  const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>${template}</div>`);
  const el = box.querySelector('cs-timeline')!;
  await waitUntil(
    () => root(el).querySelector('[part~="event"], [part~="cluster"], [part~="error"], .empty'),
    'the timeline did not render',
    { timeout: 8000 },
  );
  await el.updateComplete;
  return el;
}

function inline(document: unknown): TemplateResult {
  return html`<script type="application/json">${JSON.stringify(document)}</script>`;
}

/** A user event in the shape of data/events.json. */
function userEvent(id: string, date: string, extra: Record<string, unknown> = {}) {
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return {
    id,
    date,
    precision,
    categories: ['politics'],
    title: { en: `Event ${id}`, cs: `Událost ${id}`, sk: `Udalosť ${id}` },
    summary: { en: 'Summary.', cs: 'Shrnutí.', sk: 'Zhrnutie.' },
    sources: [{ source: 'wikipedia-cs-su-relations' }],
    ...extra,
  };
}

/** `count` events spread over 1918–1948 by a seeded generator (like the benchmark's). */
function generated(count: number) {
  return seededEvents(count, 19181028, (i, date, category) => userEvent(`e${i}`, date, { categories: [category] }));
}

/** 30 events packed into 1933 (the middle of 1918–1948), plus one at each end. */
function dense(count = 30) {
  const events = [userEvent('first', '1918-01-10'), userEvent('last', '1948-12-10')];
  for (let i = 0; i < count; i++) {
    const date = new Date(Date.UTC(1933, 0, 1) + Math.floor((i * 360) / count) * 86_400_000).toISOString().slice(0, 10);
    events.push(userEvent(`d${i}`, date, { categories: [['diplomacy', 'military', 'politics'][i % 3]] }));
  }
  return { events };
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

before(() => emulateMedia({ reducedMotion: 'reduce' }));
after(() => emulateMedia({ reducedMotion: 'no-preference' }));

describe('cs-timeline: drawing', () => {
  it('draws the bundled events as marks with data-id, data-category and data-date, eras and an axis', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal"></cs-timeline>`, 1100);
    const all = marks(el);
    const clustered = parts(el, 'cluster').reduce((sum, badge) => sum + Number(badge.dataset.count), 0);
    const total = el.data.value!.events.length;
    expect(total).to.be.greaterThan(40);
    expect(all.length + clustered, 'every event is a mark or counted in a badge').to.equal(total);
    const munich = mark(el, 'munich-agreement') ?? mark(el, 'kiev');
    expect(munich, 'a well-known event is drawn on its own').to.exist;
    for (const node of all) {
      expect(node.dataset.id).to.match(/^[a-z0-9-]+$/);
      expect(node.dataset.date).to.match(/^\d{4}(-\d{2}){0,2}$/);
      for (const category of node.dataset.category!.split(' ')) expect(['diplomacy', 'military', 'politics', 'repression']).to.include(category);
    }
    expect(mark(el, 'occupation-1939')?.dataset.category ?? 'military politics').to.equal('military politics');
    expect(parts(el, 'era').map((era) => era.dataset.id)).to.deep.equal(['first-republic', 'second-republic', 'occupation-exile', 'third-republic', 'communist-rule']);
    // Empty years are compressed behind axis breaks that say which years they leave out.
    expect(text(part(el, 'axis'))).to.contain('1918').and.contain('1945').and.match(/19\d\d\s?–\s?\d\d/);
  });

  it('draws ranges as spans and uncertain dates as soft, dashed marks with the qualifier in the label', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    const gamma = mark(el, 'gamma')!.querySelector('.bar')!.getBoundingClientRect();
    const alpha = mark(el, 'alpha')!.querySelector('.dot')!.getBoundingClientRect();
    expect(gamma.width, 'the 15-month campaign is a span').to.be.greaterThan(alpha.width * 2);
    const epsilon = mark(el, 'epsilon')!;
    expect(epsilon.classList.contains('qualified')).to.equal(true);
    expect(getComputedStyle(epsilon.querySelector('.dot, .bar')!).strokeDasharray).to.not.equal('none');
    expect(text(epsilon.querySelector('.label'))).to.match(/^c\. October 1938 — Epsilon/);
    const beta = mark(el, 'beta')!.querySelector('.bar')!;
    expect((beta as SVGElement).style.fill, 'a year-precision date fades at its edges').to.contain('#fz-both-politics');
    expect(text(mark(el, 'alpha')!.querySelector('.label'))).to.equal('Alpha treaty');
  });

  it('lays overlapping events out in lanes: no two marks or labels collide', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal">${inline(dense())}</cs-timeline>`);
    await nextFrame();
    const shapes = marks(el).map((node) => node.querySelector('.dot, .bar')!.getBoundingClientRect());
    const words = [...root(el).querySelectorAll('.label')].map((node) => node.getBoundingClientRect());
    expect(shapes.length).to.be.greaterThan(20);
    const lanes = new Set(shapes.map((box) => Math.round(box.top)));
    expect(lanes.size, 'events share the time but not the lane').to.be.greaterThan(1);
    const boxes = [...shapes, ...words];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j]), `boxes ${i} and ${j} overlap`).to.equal(false);
    }
  });

  it('writes the axis in the element’s language', async () => {
    const en = await mount(html`<cs-timeline orientation="horizontal" from="1938-06" to="1939-03" src=${FIXTURE}></cs-timeline>`);
    const cs = await mount(html`<cs-timeline lang="cs" orientation="horizontal" from="1938-06" to="1939-03" src=${FIXTURE}></cs-timeline>`);
    expect(text(part(en, 'axis'))).to.contain('Oct').and.contain('Sept').and.not.contain('říj');
    expect(text(part(cs, 'axis'))).to.contain('říj').and.not.contain('Oct');
  });
});

describe('cs-timeline: keyboard', () => {
  it('has exactly one event mark in the tab order: the first in time', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    const stops = marks(el).filter((node) => node.getAttribute('tabindex') === '0');
    expect(stops.map((node) => node.dataset.id)).to.deep.equal(['alpha']);
    expect(marks(el).every((node) => ['0', '-1'].includes(node.getAttribute('tabindex')!))).to.equal(true);
  });

  it('moves in chronological order with ArrowRight/ArrowDown and back with ArrowLeft/ArrowUp', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    mark(el, 'alpha')!.focus();
    const visited = ['alpha'];
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowDown']) {
      await sendKeys({ press: key });
      await el.updateComplete;
      visited.push(focusedId(el)!);
    }
    expect(visited).to.deep.equal(ORDER.slice(0, 5));
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('gamma');
    expect(marks(el).filter((node) => node.getAttribute('tabindex') === '0').map((node) => node.dataset.id)).to.deep.equal(['gamma']);
  });

  it('jumps to the first and the last event with Home and End', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    mark(el, 'delta')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('theta');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('alpha');
  });

  it('selects with Enter: reflects selected, fires cs-select and opens the detail', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    const fired: (string | null)[] = [];
    document.addEventListener('cs-select', (event: CsSelectEvent) => fired.push(event.detail.id), { once: true });
    mark(el, 'delta')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(fired).to.deep.equal(['delta']);
    expect(el.getAttribute('selected')).to.equal('delta');
    expect(mark(el, 'delta')!.getAttribute('aria-current')).to.equal('true');
    const detail = part(el, 'detail')!;
    expect(text(detail.querySelector('h2'))).to.equal('Delta agreement');
    expect(text(detail.querySelector('.date'))).to.equal('30 September 1938');
  });

  it('selects with Space too, without scrolling the page', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    const scrolled = window.scrollY;
    mark(el, 'zeta')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.selected).to.equal('zeta');
    expect(window.scrollY).to.equal(scrolled);
  });

  it('clears the selection with Escape and fires cs-select with null', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" selected="eta" src=${FIXTURE}></cs-timeline>`);
    expect(part(el, 'detail')).to.exist;
    const fired: (string | null)[] = [];
    el.addEventListener('cs-select', (event) => fired.push(event.detail.id));
    mark(el, 'eta')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(fired).to.deep.equal([null]);
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(part(el, 'detail')).to.equal(null);
    expect(focusedId(el)).to.equal('eta');
  });

  it('labels every mark “date — title” and announces the selection in a live region', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    expect(mark(el, 'delta')!.getAttribute('aria-label')).to.equal('30 September 1938 — Delta agreement');
    expect(mark(el, 'gamma')!.getAttribute('aria-label')).to.equal('15 June 1930 – 1 September 1931 — Gamma campaign');
    expect(mark(el, 'delta')!.getAttribute('role')).to.equal('button');
    mark(el, 'delta')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Selected: 30 September 1938 — Delta agreement');
    const list = [...root(el).querySelectorAll('ol.visually-hidden li')].map(text);
    expect(list).to.have.length(8);
    expect(list[0]).to.equal('1 March 1920 — Alpha treaty');
  });

  it('shows the focused mark with a visible focus ring', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    mark(el, 'alpha')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const ring = mark(el, 'beta')!.querySelector('.ring')!;
    expect(getComputedStyle(ring).stroke).to.not.equal('none');
    expect(getComputedStyle(mark(el, 'alpha')!.querySelector('.ring')!).stroke).to.equal('none');
  });

  it('pans to an event outside the zoomed view when the keyboard moves there', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    mark(el, 'alpha')!.focus();
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: '+' });
      await el.updateComplete;
    }
    expect(Date.parse(el.visibleRange.to)).to.be.lessThan(Date.UTC(1925, 0, 1));
    expect(focusedId(el)).to.equal('alpha');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('theta');
    expect(Date.parse(el.visibleRange.to)).to.be.greaterThan(Date.UTC(1946, 0, 1));
    expect(span(el)).to.be.lessThan(5 * YEAR);
  });
});

describe('cs-timeline: filters', () => {
  it('shows only the events between from and to (years, inclusive)', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" from="1938" to="1945" src=${FIXTURE}></cs-timeline>`);
    expect(ids(el).sort()).to.deep.equal(['delta', 'epsilon', 'eta', 'zeta']);
    expect(el.visibleRange.from).to.equal('1938-01-01T00:00:00.000Z');
    expect(el.visibleRange.to).to.equal('1946-01-01T00:00:00.000Z');
  });

  it('takes ISO dates as inclusive bounds', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" from="1938-09-30" to="1945-05-09" src=${FIXTURE}></cs-timeline>`);
    expect(ids(el)).to.include('delta').and.include('eta').and.not.include('theta').and.not.include('gamma');
    const narrow = await mount(html`<cs-timeline orientation="horizontal" from="1938-10-01" to="1945-05-08" src=${FIXTURE}></cs-timeline>`);
    expect(ids(narrow)).to.not.include('delta').and.not.include('eta');
  });

  it('explains an invalid from or to, naming the attribute and the valid forms', async () => {
    await withWarnings(async () => {
      const bad = await mount(html`<cs-timeline from="1938-02-30" src=${FIXTURE}></cs-timeline>`);
      expect(text(part(bad, 'error'))).to.contain('from').and.contain('1938-02-30').and.contain('a year such as 1938 or a date such as 1938-09-30');
      const reversed = await mount(html`<cs-timeline from="1945" to="1938" src=${FIXTURE}></cs-timeline>`);
      expect(text(part(reversed, 'error'))).to.contain('The to attribute').and.contain('not before “from” (1945)');
      const czech = await mount(html`<cs-timeline lang="cs" to="next week" src=${FIXTURE}></cs-timeline>`);
      expect(text(part(czech, 'error'))).to.contain('Atribut to').and.contain('rok (např. 1938) nebo datum (např. 1938-09-30)');
    });
  });

  it('filters by the categories attribute and rejects an unknown category', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" categories="military repression" src=${FIXTURE}></cs-timeline>`);
    expect(ids(el).sort()).to.deep.equal(['epsilon', 'eta', 'gamma', 'zeta']);
    expect([...part(el, 'legend')!.querySelectorAll('button')].map(text)).to.deep.equal(['Military', 'Repression']);
    await withWarnings(async () => {
      const bad = await mount(html`<cs-timeline categories="military economy" src=${FIXTURE}></cs-timeline>`);
      expect(text(part(bad, 'error'))).to.contain('categories').and.contain('economy').and.contain('“diplomacy”, “military”, “politics” or “repression”');
    });
  });

  it('toggles a category from the legend (aria-pressed) and filters the marks', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    const military = part(el, 'legend')!.querySelector<HTMLButtonElement>('[data-category="military"]')!;
    expect(military.getAttribute('aria-pressed')).to.equal('true');
    military.click();
    await el.updateComplete;
    expect(military.getAttribute('aria-pressed')).to.equal('false');
    expect(ids(el)).to.not.include('gamma').and.not.include('eta');
    expect(ids(el), 'an event in a still-shown category stays').to.include('zeta');
    military.click();
    await el.updateComplete;
    expect(military.getAttribute('aria-pressed')).to.equal('true');
    expect(ids(el)).to.include('gamma');
  });
});

describe('cs-timeline: zoom', () => {
  it('narrows the visible domain with the zoom-in button, widens it with zoom-out, and resets', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    const whole = span(el);
    expect(part(el, 'zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
    part(el, 'zoom-in')!.click();
    await el.updateComplete;
    // A step halves the drawn length; with empty years compressed, the time it shows shrinks about as much.
    const half = span(el);
    expect(half).to.be.within(whole * 0.2, whole * 0.8);
    part(el, 'zoom-in')!.click();
    await el.updateComplete;
    // The screen readers' list follows the view: the events in it, in order, no more.
    const listed = () => [...root(el).querySelectorAll('ol.visually-hidden li')].map(text);
    const from = Date.parse(el.visibleRange.from);
    const to = Date.parse(el.visibleRange.to);
    const inView = marks(el).filter((node) => Date.parse(node.dataset.date!) >= from && Date.parse(node.dataset.date!) <= to);
    expect(listed()).to.have.length.within(1, 7);
    expect(listed()).to.deep.equal(inView.map((node) => node.getAttribute('aria-label')));
    part(el, 'zoom-out')!.click();
    await el.updateComplete;
    expect(span(el)).to.be.closeTo(half, whole * 0.01);
    part(el, 'zoom-reset')!.click();
    await el.updateComplete;
    expect(span(el)).to.equal(whole);
    expect(listed()).to.have.length(8);
    expect(text(root(el).querySelector('[role="status"]'))).to.match(/^Showing 1918\s?–\s?1948$/);
  });

  it('zooms with the + and - keys', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    const whole = span(el);
    mark(el, 'delta')!.focus();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    const once = span(el);
    expect(once).to.be.below(whole * 0.8);
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(span(el)).to.be.below(once * 0.8);
    const [from, to] = [Date.parse(el.visibleRange.from), Date.parse(el.visibleRange.to)];
    expect(Date.UTC(1938, 8, 30)).to.be.within(from, to);
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(span(el)).to.be.closeTo(once, whole * 0.02);
  });

  it('titles a larger share of the events in view as you zoom in', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal">${inline(dense(600))}</cs-timeline>`);
    const inView = () => marks(el).length + parts(el, 'cluster').reduce((sum, badge) => sum + Number(badge.dataset.count), 0);
    const before = labels(el) / inView();
    expect(before).to.be.below(0.6);
    for (let i = 0; i < 3; i++) part(el, 'zoom-in')!.click();
    await el.updateComplete;
    expect(labels(el) / inView()).to.be.above(before + 0.3);
  });

  it('stops at the whole period and at about a month, and says so on the buttons', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    const whole = span(el);
    expect(part(el, 'zoom-out')!.getAttribute('aria-disabled')).to.equal('true');
    part(el, 'zoom-out')!.click();
    await el.updateComplete;
    expect(span(el)).to.equal(whole);
    for (let i = 0; i < 12; i++) part(el, 'zoom-in')!.click();
    await el.updateComplete;
    expect(span(el) / 86_400_000).to.be.within(28, 31);
    expect(part(el, 'zoom-in')!.getAttribute('aria-disabled')).to.equal('true');
  });

  it('zooms with Ctrl + wheel but lets a plain wheel scroll the page', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    const plot = part(el, 'plot')!;
    // The gestures (d3-zoom, a chunk of their own) arrive in idle time after the first paint; d3-zoom keeps its transform on the node.
    await waitUntil(() => '__zoom' in plot, 'the zoom gestures never attached to the plot');
    const box = plot.getBoundingClientRect();
    const wheel = (ctrlKey: boolean) =>
      new WheelEvent('wheel', { deltaY: -300, ctrlKey, clientX: box.left + box.width / 2, clientY: box.top + 60, bubbles: true, cancelable: true, composed: true });
    const whole = span(el);
    const plain = wheel(false);
    plot.dispatchEvent(plain);
    await el.updateComplete;
    expect(plain.defaultPrevented).to.equal(false);
    expect(span(el)).to.equal(whole);
    const zooming = wheel(true);
    plot.dispatchEvent(zooming);
    await el.updateComplete;
    expect(zooming.defaultPrevented).to.equal(true);
    expect(span(el)).to.be.lessThan(whole * 0.9);
    expect(getComputedStyle(plot).touchAction).to.equal('pan-y');
  });

  it('animates a zoom step, but not under prefers-reduced-motion', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    const whole = span(el);
    part(el, 'zoom-in')!.click();
    await el.updateComplete;
    const step = span(el);
    expect(step, 'reduced motion: the step is done at once').to.be.below(whole * 0.8);
    part(el, 'zoom-reset')!.click();
    await el.updateComplete;
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      part(el, 'zoom-in')!.click();
      await nextFrame();
      await el.updateComplete;
      expect(span(el), 'first frame: on the way').to.be.greaterThan(step + (whole - step) * 0.1);
      await waitUntil(() => Math.abs(span(el) - step) < whole * 0.01, 'the animation did not arrive', { timeout: 2000 });
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('does one update per zoom step, and one per frame of an animated one', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    const status = () => text(root(el).querySelector('[role="status"]'));
    const range = () => text(root(el).querySelector('.range'));
    const views: string[] = [];
    const ranges: string[] = [];
    const statuses: string[] = [];
    el.addController({
      hostUpdated: () => {
        views.push(`${el.visibleRange.from}/${el.visibleRange.to}`);
        ranges.push(range());
        statuses.push(status());
      },
    });
    part(el, 'zoom-in')!.click();
    await el.updateComplete;
    expect(views, 'reduced motion: one update').to.have.length(1);
    expect(status()).to.match(/^Showing /);
    // The first zoom also brings the overview strip (one update more, once).
    await waitUntil(() => part(el, 'overview'), 'the overview did not arrive');
    part(el, 'zoom-reset')!.click();
    await el.updateComplete;
    views.length = ranges.length = statuses.length = 0;
    const before = range();
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      part(el, 'zoom-in')!.click();
      await el.updateComplete;
      expect(views, 'no update before the first frame').to.have.length(0);
      await waitUntil(() => statuses.length > 0 && statuses[statuses.length - 1] !== statuses[0], 'the animation did not arrive', { timeout: 2000 });
      expect(views.length, 'frames drawn').to.be.greaterThan(1);
      expect(new Set(views).size, 'every update drew a new view').to.equal(views.length);
      expect(new Set(statuses.slice(0, -1)).size, 'announced when the zoom arrives').to.equal(1);
      expect(statuses[statuses.length - 1]).to.match(/^Showing /);
      expect(ranges.slice(0, -1).every((text) => text === before), 'the range label waits for the view to settle').to.equal(true);
      expect(ranges[ranges.length - 1]).to.not.equal(before);
      expect(statuses[statuses.length - 1]).to.contain(ranges[ranges.length - 1].split(' · ')[0]);
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('lets only deliberate gestures zoom: Ctrl/⌘ + wheel, two fingers, a mouse drag', () => {
    const wheel = (init: WheelEventInit) => new WheelEvent('wheel', init);
    const touches = (count: number) => ({ type: 'touchstart', touches: { length: count } }) as unknown as Event;
    expect(isZoomGesture(wheel({ deltaY: 100 }))).to.equal(false);
    expect(isZoomGesture(wheel({ deltaY: 100, ctrlKey: true }))).to.equal(true);
    expect(isZoomGesture(wheel({ deltaY: 100, metaKey: true }))).to.equal(true);
    expect(isZoomGesture(touches(1)), 'one finger scrolls the page').to.equal(false);
    expect(isZoomGesture(touches(2)), 'two fingers pinch').to.equal(true);
    expect(isZoomGesture(new MouseEvent('mousedown', { button: 0 }))).to.equal(true);
    expect(isZoomGesture(new MouseEvent('mousedown', { button: 2 }))).to.equal(false);
  });

  it('makes the plot itself the tab stop when the view holds no event', async () => {
    // Two events at the ends of 1930: zoomed into the middle of that year, none is in view.
    const el = await mount(html`<cs-timeline orientation="horizontal" from="1925" to="1935">${inline({ events: [userEvent('delta', '1930-01-10'), userEvent('zeta', '1930-12-20')] })}</cs-timeline>`);
    for (let i = 0; i < 4; i++) part(el, 'zoom-in')!.click();
    await el.updateComplete;
    expect(marks(el)).to.have.length(0);
    const plot = part(el, 'plot')!;
    expect(plot.getAttribute('tabindex')).to.equal('0');
    plot.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedId(el), 'the next event after the empty stretch').to.equal('zeta');
    expect(plot.hasAttribute('tabindex')).to.equal(false);
  });

  it('detaches d3-zoom when removed from the page', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    const plot = part(el, 'plot')! as HTMLElement & { __on?: unknown[] };
    await waitUntil(() => (plot.__on?.length ?? 0) > 0, 'zoom listeners while connected');
    el.remove();
    expect(plot.__on?.length ?? 0).to.equal(0);
  });

  it('does not attach the gestures to a plot that was left before they arrived', async () => {
    const node = document.createElement('div') as HTMLDivElement & { __on?: unknown[] };
    const zoom = new TimelineZoom(() => {});
    zoom.attach(node);
    zoom.detach();
    for (let i = 0; i < 5; i++) await nextFrame();
    await import('../../src/elements/cs-timeline/zoom-gestures.js');
    await nextFrame();
    expect(node.__on?.length ?? 0).to.equal(0);
    expect(zoom.gesturesReady).to.equal(false);
  });

  it('animates button zooms before the gestures have arrived', async () => {
    const views: (readonly [number, number])[] = [];
    await emulateMedia({ reducedMotion: 'no-preference' });
    const zoom = new TimelineZoom((view) => views.push(view));
    zoom.attach(document.createElement('div'));
    expect(zoom.gesturesReady, 'the gestures wait for a frame').to.equal(false);
    let arrived = false;
    zoom.go([0, 1000], [250, 750], true, () => (arrived = true));
    await waitUntil(() => arrived, 'the animation never arrived');
    expect(views.length, 'frames in between').to.be.greaterThan(1);
    expect(views[views.length - 1]).to.deep.equal([250, 750]);
    zoom.detach();
    await emulateMedia({ reducedMotion: 'reduce' });
  });
});

describe('cs-timeline: layouts', () => {
  it('lays out vertically, top to bottom, without horizontal overflow at 360 px', async () => {
    const el = await mount(html`<cs-timeline orientation="vertical" src=${FIXTURE}></cs-timeline>`, 360);
    await waitUntil(() => part(el, 'plot')!.clientWidth > 0);
    expect(root(el).querySelector('.frame')!.classList.contains('vertical')).to.equal(true);
    const centre = (box: DOMRect | undefined) => (box ? (box.top + box.bottom) / 2 : undefined);
    const centres = ORDER.map((id) => centre(mark(el, id)?.querySelector('.dot, .dot-group, .bar')?.getBoundingClientRect()));
    const drawn = centres.filter((y): y is number => y !== undefined);
    expect(drawn.length).to.be.greaterThan(5);
    expect(drawn).to.deep.equal([...drawn].sort((a, b) => a - b));
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    for (const node of [root(el).querySelector('.frame')!, part(el, 'plot')!]) expect(node.scrollWidth).to.be.at.most(node.clientWidth + 1);
    const right = el.getBoundingClientRect().right;
    for (const label of root(el).querySelectorAll('.title-line')) expect(label.getBoundingClientRect().right).to.be.at.most(right);
  });

  it('turns vertical below 600 px with orientation="auto" and horizontal again when wider', async () => {
    const el = await mount(html`<cs-timeline src=${FIXTURE}></cs-timeline>`, 480);
    const frame = () => root(el).querySelector('.frame')!;
    await waitUntil(() => frame().classList.contains('vertical'), 'not vertical at 480 px');
    el.parentElement!.style.width = '900px';
    await waitUntil(() => frame().classList.contains('horizontal'), 'not horizontal at 900 px');
    await waitUntil(() => marks(el).length === 8);
  });

  it('rejects an unknown orientation, naming the valid values', async () => {
    await withWarnings(async () => {
      const el = await mount(html`<cs-timeline orientation="diagonal" src=${FIXTURE}></cs-timeline>`);
      expect(text(part(el, 'error'))).to.contain('orientation').and.contain('diagonal').and.contain('“horizontal”, “vertical” or “auto”');
    });
  });

  it('falls back to auto when the orientation attribute is removed', async () => {
    const el = await mount(html`<cs-timeline orientation="vertical" src=${FIXTURE}></cs-timeline>`, 900);
    el.removeAttribute('orientation');
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
    await waitUntil(() => root(el).querySelector('.frame')?.classList.contains('horizontal'), 'auto at 900 px is horizontal');
  });

  it('draws itself when first laid out in a hidden container and then shown', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="display: none; width: 900px"><cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline></div>`);
    const el = box.querySelector('cs-timeline')!;
    await waitUntil(() => el.data.value, 'data did not load');
    await el.updateComplete;
    await nextFrame();
    expect(marks(el)).to.have.length(0);
    expect(root(el).innerHTML).to.not.contain('NaN');
    box.style.display = 'block';
    await waitUntil(() => marks(el).length === 8, 'no marks after showing');
    expect(root(el).innerHTML).to.not.contain('NaN');
    const plot = part(el, 'plot')!.getBoundingClientRect();
    for (const node of marks(el)) {
      const shape = node.querySelector('.dot, .dot-group, .bar')!.getBoundingClientRect();
      expect(shape.left).to.be.at.least(plot.left - 1);
      expect(shape.right).to.be.at.most(plot.right + 1);
    }
  });
});

describe('cs-timeline: languages', () => {
  it('labels marks and writes the detail in Czech', async () => {
    const el = await mount(html`<cs-timeline lang="cs" orientation="horizontal" selected="epsilon" src=${FIXTURE}></cs-timeline>`);
    expect(mark(el, 'delta')!.getAttribute('aria-label')).to.equal('30. září 1938 — Dohoda Delta');
    expect(text(part(el, 'detail')!.querySelector('.date'))).to.equal('kolem října 1938');
    expect(part(el, 'zoom-in')!.getAttribute('aria-label')).to.equal('Přiblížit');
    expect(text(part(el, 'legend'))).to.contain('Kategorie').and.contain('Diplomacie');
    expect(text(root(el).querySelector('.range'))).to.contain('8 událostí');
  });

  it('labels marks and writes the detail in Slovak', async () => {
    const el = await mount(html`<cs-timeline lang="sk" orientation="horizontal" selected="epsilon" src=${FIXTURE}></cs-timeline>`);
    expect(mark(el, 'delta')!.getAttribute('aria-label')).to.equal('30. septembra 1938 — Dohoda Delta');
    expect(text(part(el, 'detail')!.querySelector('.date'))).to.equal('okolo októbra 1938');
    expect(part(el, 'zoom-out')!.getAttribute('aria-label')).to.equal('Oddialiť');
    expect(text(part(el, 'zoom-reset'))).to.equal('Celé obdobie');
  });

  it('writes the detail in English with places, people, the dispute and linked sources', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" selected="alpha" src=${FIXTURE}></cs-timeline>`);
    const detail = part(el, 'detail')!;
    expect(text(detail.querySelector('.date'))).to.equal('1 March 1920');
    expect(text(detail.querySelector('.summary'))).to.equal('The alpha summary.');
    expect(text(detail.querySelector('.chips'))).to.equal('Diplomacy');
    await waitUntil(() => text(detail.querySelector('.facts')).includes('Prague'), 'place names did not load');
    expect(text(detail.querySelector('.facts'))).to.match(/Beneš/);
    const links = [...detail.querySelectorAll<HTMLAnchorElement>('[part~="sources"] a')];
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) expect(new URL(link.href).protocol).to.match(/^https?:$/);
    expect(text(detail.querySelector('[part~="sources"]'))).to.contain('having signed the Munich agreement instead');
    el.selected = 'delta';
    await el.updateComplete;
    expect(text(part(el, 'detail')!.querySelector('.disputed'))).to.equal('Disputed: Sources disagree on delta.');
  });

  it('draws the bundled events from their outline, and loads summary and sources when one is opened', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal"></cs-timeline>`);
    const kiev = () => mark(el, 'kiev')!;
    await waitUntil(() => mark(el, 'kiev'), 'no mark for the battle of Kiev');
    kiev().focus();
    await sendKeys({ press: 'Enter' });
    const detail = () => part(el, 'detail')!;
    expect(text(detail().querySelector('h2'))).to.equal('Battle of Kiev');
    await waitUntil(() => detail().querySelector('.summary:not(.pending)'), 'the summary never arrived');
    expect(text(detail().querySelector('.summary'))).to.have.length.greaterThan(40);
    const sources = detail().querySelector('[part~="sources"]')!;
    expect(sources.querySelectorAll('li').length, 'every source of the event').to.be.greaterThan(0);
    expect(sources.querySelector('cite')?.textContent, 'titles, not ids').to.not.match(/^[a-z0-9-]+$/);
    el.setAttribute('lang', 'sk');
    await waitUntil(() => text(detail().querySelector('h2')) === 'Bitka o Kyjev', 'the detail did not turn Slovak');
    await waitUntil(() => detail().querySelector('.summary:not(.pending)'), 'the Slovak summary never arrived');
  });

  it('follows a change of language at run time and keeps the reader’s zoom', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" selected="kiev"></cs-timeline>`);
    part(el, 'zoom-in')!.click();
    await el.updateComplete;
    const zoomed = el.visibleRange;
    el.setAttribute('lang', 'cs');
    await waitUntil(() => text(part(el, 'detail')?.querySelector('h2')) === 'Bitva o Kyjev', 'the detail did not turn Czech');
    expect(el.visibleRange).to.deep.equal(zoomed);
    expect(part(el, 'zoom-in')!.getAttribute('aria-label')).to.equal('Přiblížit');
    expect(text(part(el, 'detail')!.querySelector('.date'))).to.equal('3.–6. listopadu 1943');
  });

  it('renders each element in its own language on one page', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 900px" lang="sk">
      <cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>
      <cs-timeline lang="en" orientation="horizontal" src=${FIXTURE}></cs-timeline>
    </div>`);
    const [sk, en] = [...box.querySelectorAll('cs-timeline')];
    await waitUntil(() => mark(sk, 'eta') && mark(en, 'eta'));
    expect(mark(sk, 'eta')!.getAttribute('aria-label')).to.equal('9. mája 1945 — Oslobodenie Eta');
    expect(mark(en, 'eta')!.getAttribute('aria-label')).to.equal('9 May 1945 — Eta liberation');
  });
});

describe('cs-timeline: deep link', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('keeps the selection in location.hash next to other hash content', async () => {
    history.replaceState(null, '', '#intro');
    const el = await mount(html`<cs-timeline deep-link orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    mark(el, 'gamma')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(location.hash).to.equal('#intro&cs-timeline=gamma');
    mark(el, 'gamma')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(location.hash).to.equal('#intro');
  });

  it('restores the selection from the hash on load and on hashchange', async () => {
    history.replaceState(null, '', '#cs-timeline=zeta');
    const el = await mount(html`<cs-timeline deep-link orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    expect(el.selected).to.equal('zeta');
    expect(text(part(el, 'detail')!.querySelector('h2'))).to.equal('Zeta attack');
    const fired: (string | null)[] = [];
    el.addEventListener('cs-select', (event) => fired.push(event.detail.id));
    location.hash = 'cs-timeline=beta';
    await waitUntil(() => el.selected === 'beta', 'hashchange was not followed');
    await el.updateComplete;
    expect(text(part(el, 'detail')!.querySelector('h2'))).to.equal('Beta year');
    expect(fired).to.deep.equal(['beta']);
  });

  it('writes a selected id with a lone surrogate without throwing (as U+FFFD)', async () => {
    const el = await mount(html`<cs-timeline deep-link orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    el.selected = 'a\udfffb';
    await el.updateComplete;
    expect(location.hash).to.equal('#cs-timeline=a%EF%BF%BDb');
    el.selected = 'gamma';
    await el.updateComplete;
    expect(location.hash).to.equal('#cs-timeline=gamma');
  });

  it('leaves the hash alone without deep-link', async () => {
    history.replaceState(null, '', '#intro');
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    mark(el, 'gamma')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.selected).to.equal('gamma');
    expect(location.hash).to.equal('#intro');
  });
});

describe('cs-timeline: user data', () => {
  it('draws inline events without categories or eras, with its own category names and no era bands', async () => {
    const document = { events: [userEvent('one', '1930-05-01', { categories: ['military'] }), userEvent('two', '1931'), userEvent('three', '1932-02')] };
    const el = await mount(html`<cs-timeline orientation="horizontal">${inline(document)}</cs-timeline>`);
    expect(ids(el)).to.deep.equal(['one', 'two', 'three']);
    expect(parts(el, 'era')).to.have.length(0);
    // Right away: no second download of the bundled events for four labels.
    expect(text(part(el, 'legend'))).to.contain('Military').and.contain('Politics').and.not.contain('Repression');
    expect(text(root(el).querySelector('.range'))).to.contain('1930');
    el.setAttribute('lang', 'sk');
    await waitUntil(() => text(part(el, 'legend')).includes('Vojenstvo'), 'category names not in Slovak');
    expect(text(part(el, 'legend'))).to.contain('Politika').and.not.contain('Represie');
  });

  it('names the JSON path of an invalid field', async () => {
    await withWarnings(async () => {
      const document = { events: [userEvent('one', '1930-05-01'), userEvent('two', '1938-13-01')] };
      const el = await mount(html`<cs-timeline>${inline(document)}</cs-timeline>`);
      expect(text(part(el, 'error'))).to.contain('events[1].date');
    });
  });

  it('rejects duplicate ids and an end before the start, naming the path', async () => {
    await withWarnings(async () => {
      const duplicate = { events: [userEvent('one', '1930'), userEvent('two', '1931'), userEvent('one', '1932')] };
      const el = await mount(html`<cs-timeline>${inline(duplicate)}</cs-timeline>`);
      expect(text(part(el, 'error'))).to.contain('events[2].id').and.contain('already used by events[0]');
      const backwards = { events: [userEvent('one', '1930'), userEvent('two', '1944-05-01', { end: '1944-04-30' })] };
      const other = await mount(html`<cs-timeline lang="cs">${inline(backwards)}</cs-timeline>`);
      expect(text(part(other, 'error'))).to.contain('events[1].end').and.contain('konec 1944-04-30 je dříve než začátek 1944-05-01');
    });
  });

  it('names a source of the bundled catalogue by its title in the panel, whether selected at once or later', async () => {
    const title = 'Czechoslovakia–Soviet Union relations';
    const sources = (el: CsTimeline) => text(part(el, 'detail')?.querySelector('[part~="sources"]'));
    // Selected from the start: the first picture waits for the catalogue.
    const first = await mount(html`<cs-timeline orientation="horizontal" selected="alpha" src=${FIXTURE}></cs-timeline>`);
    await waitUntil(() => sources(first).includes(title), `sources: ${sources(first)}`);
    expect(sources(first)).to.not.contain('wikipedia-cs-su-relations');
    // Selected afterwards: the picture came first, the catalogue later.
    const later = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    expect(part(later, 'detail')).to.equal(null);
    mark(later, 'alpha')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => sources(later).includes(title), `sources: ${sources(later)}`, { timeout: 3000 });
  });

  it('loads a document from src', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src=${FIXTURE}></cs-timeline>`);
    expect(ids(el)).to.deep.equal(ORDER);
    expect(parts(el, 'era').map((era) => era.dataset.id)).to.deep.equal(['era-a', 'era-b']);
  });

  it('holds the plot’s place while a slow src loads, and draws the events in it in one update', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <cs-timeline orientation="horizontal" src=${`/test-api/delay/500${FIXTURE}`}></cs-timeline>
    </div>`);
    const el = box.querySelector('cs-timeline')!;
    const status = () => root(el).querySelector('[part~="status"]');
    await waitUntil(() => text(status()) === 'Loading…', 'the status never spoke', { timeout: 3000 });
    const waiting = root(el).querySelector('.plot')!;
    expect(waiting.contains(status()), 'the status is inside the box').to.equal(true);
    const held = waiting.getBoundingClientRect();
    expect(held.width, 'the box spans the element').to.be.within(895, 900);
    expect(held.height, 'as tall as the plot will be (32rem)').to.equal(512);
    // Count the updates from the moment the events arrive, and which of them drew the marks.
    let updates = 0;
    let drawnBy = 0;
    let listedWithPicture = -1;
    const performUpdate = el['performUpdate'].bind(el);
    el['performUpdate'] = () => {
      if (!el.data.loading) updates += 1;
      performUpdate();
      if (!drawnBy && marks(el).length > 0) {
        drawnBy = updates;
        listedWithPicture = root(el).querySelectorAll('ol.visually-hidden li').length;
      }
    };
    await waitUntil(() => marks(el).length > 0, 'the events were not drawn', { timeout: 5000 });
    await el.updateComplete;
    expect(drawnBy, 'drawn by the first update after the data arrived').to.equal(1);
    // The screen readers' list follows in the idle time after that picture, in one more update
    // (its 300 lines' style and layout would otherwise hold up the picture's frame).
    expect(listedWithPicture, 'no list in the picture’s update').to.equal(0);
    expect(updates).to.equal(2);
    expect(root(el).querySelectorAll('ol.visually-hidden li').length).to.equal(ORDER.length);
    expect(ids(el)).to.deep.equal(ORDER);
    expect(part(el, 'plot')!.getBoundingClientRect().height).to.equal(held.height);
    expect(status()).to.equal(null);
  });
});

describe('cs-timeline: 10,000 events', function () {
  this.timeout(60_000);

  it('renders without error, with a bounded number of marks, and zooms in cheap steps', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal">${inline(generated(10_000))}</cs-timeline>`, 1100);
    expect(part(el, 'error')).to.equal(null);
    const drawn = () => marks(el).length + parts(el, 'cluster').length;
    const counted = () => marks(el).length + parts(el, 'cluster').reduce((sum, badge) => sum + Number(badge.dataset.count), 0);
    expect(drawn()).to.be.within(10, 400);
    expect(counted()).to.equal(10_000);
    const steps: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      part(el, 'zoom-in')!.click();
      await el.updateComplete;
      steps.push(performance.now() - t0);
      expect(drawn()).to.be.at.most(400);
    }
    expect(marks(el).length, 'zoomed in, single events appear').to.be.greaterThan(10);
    part(el, 'zoom-reset')!.click();
    await el.updateComplete;
    const listed = [...root(el).querySelectorAll('ol.visually-hidden li')];
    expect(listed).to.have.length(301);
    expect(text(listed[300])).to.equal('Not listed here: 9,700 events. Zoom in or narrow the filters to list them.');
    // Generous: the machine may be busy. A zoom that redrew all 10,000 events would still be far slower.
    expect(Math.max(...steps)).to.be.lessThan(1000);
  });

  it('zooms into a cluster on click and on Enter', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal">${inline(generated(2_000))}</cs-timeline>`, 1100);
    const whole = span(el);
    const badge = parts(el, 'cluster')[5];
    expect(badge.getAttribute('aria-label')).to.match(/^\d+ events, .+: zoom in$/);
    badge.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(span(el)).to.be.lessThan(whole / 2);
    part(el, 'zoom-reset')!.click();
    await el.updateComplete;
    const other = parts(el, 'cluster')[3];
    const count = Number(other.dataset.count);
    other.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(span(el)).to.be.lessThan(whole / 2);
    expect(root(el).activeElement?.getAttribute('part'), 'focus stays on a mark').to.match(/event|cluster/);
    expect(count).to.be.greaterThan(1);
  });
});

describe('cs-timeline: accessibility', () => {
  it('passes axe with the detail open', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" selected="delta" src=${FIXTURE}></cs-timeline>`);
    await expect(el).to.be.accessible();
  });

  it('passes axe in the vertical layout with the bundled data, in Czech', async () => {
    const el = await mount(html`<cs-timeline lang="cs" orientation="vertical" selected="kiev"></cs-timeline>`, 360);
    await expect(el).to.be.accessible();
  });
});
