import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { CsSelectEvent } from '../../src/core/events.js';
import type { HistoryEvent, Place } from '../../src/data/types.js';
import '../../src/define/cs-map.js';
import type { CsMap } from '../../src/define/cs-map.js';
import { buildRoad, roadUntil } from '../../src/elements/cs-map/road.js';
import { withWarnings } from '../helpers.js';

const BASEMAP = '/data/basemap/region.json';
const basemapRequests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes(BASEMAP));
// Taken before any <cs-map> exists: a static import of the basemap would already have fetched it.
const basemapFetchedAtImport = basemapRequests().length > 0;

/** The road as events.json orders it: Sokolovo (March 1943) comes before the visit to Novokhopyorsk (September). */
const ROAD = ['buzuluk', 'sokolovo', 'novokhopyorsk', 'kiev', 'vasylkiv', 'bila-tserkva', 'dukla-pass', 'prague'];

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (el: CsMap, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const marks = (el: CsMap) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="place"]')];
const mark = (el: CsMap, id: string) => el.shadowRoot!.querySelector<SVGGElement>(`[part~="place"][data-id="${id}"]`);
const legs = (el: CsMap) => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('[part~="leg"]')];
/** The visible label of a mark: its lines joined by a space. */
const label = (el: CsMap, id: string) =>
  [...(mark(el, id)?.querySelectorAll('[part~="label"] tspan') ?? [])].map((line) => text(line)).join(' ');
const focusedId = (el: CsMap) => (el.shadowRoot!.activeElement as SVGGElement | null)?.dataset.id;

/** A map once it shows its road or its error. */
async function map(template: TemplateResult): Promise<CsMap> {
  const parent = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = parent.querySelector('cs-map')!;
  await waitUntil(() => part(el, 'route') || part(el, 'error'), 'the map did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}


describe('cs-map: places', () => {
  it('marks every station of the road with a data-id and an accessible name with its date', async () => {
    const el = await map(html`<cs-map></cs-map>`);
    for (const id of ROAD) {
      const station = mark(el, id);
      expect(station, id).to.exist;
      expect(station!.getAttribute('role')).to.equal('button');
      expect(station!.getAttribute('aria-label'), id).to.match(/^\S.*, .*station \d of the road/);
    }
    expect(mark(el, 'kiev')!.getAttribute('aria-label')).to.equal('Kiev, 3–6 November 1943, station 4 of the road');
    expect(label(el, 'dukla-pass')).to.equal('Dukla Pass 6 October 1944');
  });

  it('draws every place of the data: Moscow as a centre, Carpathian Ruthenia as a labelled place, not an outline', async () => {
    const el = await map(html`<cs-map></cs-map>`);
    expect(marks(el).map((node) => node.dataset.id)).to.include.members([...ROAD, 'moscow', 'london', 'kharkiv', 'kosice', 'uzhhorod', 'carpathian-ruthenia']);
    expect(mark(el, 'moscow')!.dataset.kind).to.equal('centre');
    const ruthenia = mark(el, 'carpathian-ruthenia')!;
    expect(ruthenia.dataset.kind).to.equal('region');
    expect(label(el, 'carpathian-ruthenia')).to.equal('Carpathian Ruthenia');
    expect(ruthenia.querySelectorAll('path')).to.have.length(0);
  });

  it('shows London, beyond the frame, as a pointer at the western edge', async () => {
    const el = await map(html`<cs-map></cs-map>`);
    const london = mark(el, 'london')!;
    expect(london.querySelector('.pointer')).to.exist;
    expect(london.getAttribute('aria-label')).to.equal('London, political centre, off the map to the west');
    const x = Number(/translate\(([\d.]+),/.exec(london.getAttribute('transform')!)![1]);
    expect(x).to.be.below(30);
    expect(label(el, 'london')).to.equal('London');
  });

  it('renders a user document from src instead of the bundled places', async () => {
    const el = await map(html`<cs-map src="/tests/fixtures/cs-map/places.json"></cs-map>`);
    expect(mark(el, 'kiev')!.getAttribute('aria-label')).to.match(/^Kyiv, /);
    expect(mark(el, 'london')).to.equal(null);
  });
});

describe('cs-map: the road', () => {
  it('draws the road through the stations in the order of the events, each leg starting where the last ended', async () => {
    const el = await map(html`<cs-map></cs-map>`);
    expect(part(el, 'route')!.getAttribute('data-places')!.split(' ')).to.deep.equal(ROAD);
    const all = legs(el);
    expect(all).to.have.length(ROAD.length - 1);
    all.forEach((leg, index) => {
      expect(leg.dataset.from).to.equal(ROAD[index]);
      expect(leg.dataset.to).to.equal(ROAD[index + 1]);
      expect(leg.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+Q/);
    });
    // Dated legs never go back in time (compared to the shorter date's precision: "1943" vs "1943-11-03").
    const dates = all.map((leg) => leg.dataset.date!).filter(Boolean);
    dates.slice(1).forEach((date, index) => {
      const length = Math.min(date.length, dates[index].length);
      expect(date.slice(0, length) >= dates[index].slice(0, length), `${dates[index]} → ${date}`).to.equal(true);
    });
  });

  it('dates each leg from the military events of events.json', async () => {
    const el = await map(html`<cs-map></cs-map>`);
    const dateOf = (to: string) => legs(el).find((leg) => leg.dataset.to === to)!.dataset.date;
    expect(dateOf('sokolovo')).to.equal('1943-03-08');
    expect(dateOf('dukla-pass')).to.equal('1944-10-06');
    expect(dateOf('prague')).to.equal('1945-05-09');
    // The battalion's arrival (9 May 1943), not the political visit of September.
    expect(dateOf('novokhopyorsk')).to.equal('1943-05-09');
    // The defensive fighting of 12–29 December, not the undated poisoning.
    expect(dateOf('vasylkiv')).to.equal('1943-12-12');
    expect(mark(el, 'novokhopyorsk')!.getAttribute('aria-label')).not.to.contain('date not in the data');
    expect(label(el, 'novokhopyorsk')).to.equal('Novokhopyorsk 9 May 1943');
  });

  it('with year="1943" shows only the road up to the end of 1943', async () => {
    const el = await map(html`<cs-map year="1943"></cs-map>`);
    expect(part(el, 'route')!.getAttribute('data-places')).to.equal('buzuluk sokolovo novokhopyorsk kiev vasylkiv');
    for (const leg of legs(el)) expect(leg.dataset.date! <= '1943-12-31', leg.dataset.to).to.equal(true);
    for (const later of ['bila-tserkva', 'dukla-pass', 'prague']) expect(mark(el, later), later).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('figcaption'))).to.contain('to the end of 1943');
    el.year = '1944';
    await el.updateComplete;
    expect(part(el, 'route')!.getAttribute('data-places')!.split(' ').at(-1)).to.equal('dukla-pass');
  });

  it('limits a place’s events in the panel to the year', async () => {
    const el = await map(html`<cs-map year="1943" selected="moscow"></cs-map>`);
    const items = [...part(el, 'detail')!.querySelectorAll('li')];
    expect(items.length).to.be.greaterThan(0);
    for (const item of items) expect(item.querySelector('time')!.getAttribute('datetime')! <= '1943-12-31').to.equal(true);
    el.year = undefined;
    await el.updateComplete;
    expect(text(part(el, 'detail'))).to.contain('Treaty ceding Carpathian Ruthenia');
  });

  it('draws the road progressively, and at once for a reader who prefers reduced motion', async () => {
    const el = await map(html`<cs-map></cs-map>`);
    const leg = legs(el)[1];
    expect(getComputedStyle(leg).animationName).to.equal('cs-map-draw');
    expect(getComputedStyle(leg).animationDelay).to.equal('0.4s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(leg).animationName).to.equal('none');
      expect(getComputedStyle(leg).strokeDashoffset).to.equal('0px');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('cs-map: the road from the data (road.ts)', () => {
  const place = (id: string): Place => ({ id, name: { en: id, cs: id, sk: id }, lat: 50, lon: 30, kind: 'city', sources: [{ source: 's' }] });
  const event = (id: string, date: string, places: string[], categories: HistoryEvent['categories'] = ['military']): HistoryEvent => ({
    id,
    date,
    precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day',
    categories,
    title: { en: id, cs: id, sk: id },
    summary: { en: id, cs: id, sk: id },
    places,
    sources: [{ source: 's' }],
  });
  const places = new Map(['buzuluk', 'novokhopyorsk', 'sokolovo', 'kiev', 'vasylkiv', 'prague'].map((id) => [id, place(id)]));

  it('orders stations by the events, keeps the list order where the data cannot tell, and dates only arrivals', () => {
    const road = buildRoad(places, [
      event('cadre', '1942-02-05', ['buzuluk']),
      event('before-the-road', '1941-09-27', ['novokhopyorsk']),
      event('visit', '1943-09-11', ['novokhopyorsk'], ['politics']),
      event('battle', '1943-03-08', ['sokolovo']),
      event('year-only', '1943', ['vasylkiv']),
      event('kiev', '1943-11-03', ['kiev']),
      event('uprising', '1945-05-05', ['prague']),
      event('liberated', '1945-05-09', ['prague']),
      event('decrees', '1945-10-24', ['prague'], ['politics']),
    ]);
    expect(road.map((station) => station.place.id)).to.deep.equal(['buzuluk', 'sokolovo', 'novokhopyorsk', 'kiev', 'vasylkiv', 'prague']);
    expect(road.map((station) => station.arrival?.id)).to.deep.equal(['cadre', 'battle', undefined, 'kiev', 'year-only', 'uprising']);
    expect(roadUntil(road, 1943).map((station) => station.place.id)).to.deep.equal(['buzuluk', 'sokolovo', 'novokhopyorsk', 'kiev', 'vasylkiv']);
    expect(roadUntil(road, 1942).map((station) => station.place.id)).to.deep.equal(['buzuluk']);
  });

  it('keeps a station no event names in its place on the road, undated', () => {
    const road = buildRoad(places, [event('cadre', '1942-02-05', ['buzuluk']), event('battle', '1943-03-08', ['sokolovo'])]);
    expect(road.map((station) => station.place.id)).to.deep.equal(['buzuluk', 'novokhopyorsk', 'sokolovo', 'kiev', 'vasylkiv', 'prague']);
    expect(road[1].arrival).to.equal(undefined);
    // Novokhopyorsk lies before Sokolovo on this road, so it was passed by 1943 even without a date.
    expect(roadUntil(road, 1943).map((station) => station.place.id)).to.deep.equal(['buzuluk', 'novokhopyorsk', 'sokolovo']);
  });
});

describe('cs-map: keyboard and selection', () => {
  it('has one Tab stop among the places; arrows, Home and End move it in road order', async () => {
    const el = await map(html`<cs-map></cs-map>`);
    const tabbable = () => marks(el).filter((node) => node.getAttribute('tabindex') === '0').map((node) => node.dataset.id);
    expect(tabbable()).to.deep.equal(['buzuluk']);
    mark(el, 'buzuluk')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focusedId(el) === 'sokolovo', 'ArrowRight did not move focus');
    // The focus ring shows on the focused place, not on the others.
    const ring = (id: string) => getComputedStyle(mark(el, id)!.querySelector('.ring')!).stroke;
    expect(ring('buzuluk')).to.equal('rgba(0, 0, 0, 0)');
    expect(ring('sokolovo')).not.to.equal('rgba(0, 0, 0, 0)');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedId(el) === 'novokhopyorsk', 'ArrowDown did not move focus');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => focusedId(el) === 'sokolovo', 'ArrowLeft did not move focus');
    expect(tabbable()).to.deep.equal(['sokolovo']);
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedId(el) === marks(el).at(-1)!.dataset.id, 'End did not move focus');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedId(el) === 'buzuluk', 'Home did not move focus');
  });

  it('takes one Tab on the way through the page, and Shift+Tab comes back to the place the reader left', async () => {
    const parent = await fixture<HTMLElement>(html`<div><button>before</button><cs-map></cs-map><button>after</button></div>`);
    const el = parent.querySelector('cs-map')!;
    await waitUntil(() => marks(el).length > 1, 'the map did not render', { timeout: 8000 });
    const [before, after] = parent.querySelectorAll('button');
    before.focus();
    let onPlaces = 0;
    for (let presses = 0; presses < 40 && document.activeElement !== after; presses += 1) {
      await sendKeys({ press: 'Tab' });
      if (focusedId(el) !== undefined) {
        onPlaces += 1;
        // Move along the road once: the Tab stop follows.
        if (onPlaces === 1) {
          await sendKeys({ press: 'ArrowRight' });
          await waitUntil(() => focusedId(el) === 'sokolovo', 'ArrowRight did not move focus');
        }
      }
    }
    expect(document.activeElement, 'Tab reached the button after the map').to.equal(after);
    expect(onPlaces, 'Tab stops on places').to.equal(1);
    while (focusedId(el) === undefined && document.activeElement !== before) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    }
    expect(focusedId(el)).to.equal('sokolovo');
  });

  it('selects with Enter: fires cs-select with the place id and lists the place’s events', async () => {
    const el = await map(html`<cs-map></cs-map>`);
    const events: CsSelectEvent[] = [];
    document.addEventListener('cs-select', (event) => events.push(event), { once: true });
    mark(el, 'kiev')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0].detail.id).to.equal('kiev');
    expect(events[0].composed && events[0].bubbles).to.equal(true);
    expect(el.selected).to.equal('kiev');
    expect(el.getAttribute('selected')).to.equal('kiev');
    expect(mark(el, 'kiev')!.getAttribute('aria-pressed')).to.equal('true');
    const detail = part(el, 'detail')!;
    expect(text(detail.querySelector('h2'))).to.equal('Kiev');
    expect(text(detail)).to.contain('3–6 November 1943 Battle of Kiev');
  });

  it('selects with Space and with a click, and Escape clears the selection', async () => {
    const el = await map(html`<cs-map></cs-map>`);
    const ids: (string | null)[] = [];
    el.addEventListener('cs-select', (event) => ids.push(event.detail.id));
    mark(el, 'dukla-pass')!.focus();
    await sendKeys({ press: 'Space' });
    mark(el, 'prague')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text(part(el, 'detail')!.querySelector('h2'))).to.equal('Prague');
    mark(el, 'prague')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(ids).to.deep.equal(['dukla-pass', 'prague', null]);
    expect(el.selected).to.equal(undefined);
    expect(part(el, 'detail')!.querySelector('h2')).to.equal(null);
  });
});

describe('cs-map: languages', () => {
  it('names the places and dates the events in Czech', async () => {
    const el = await map(html`<cs-map lang="cs" selected="kiev"></cs-map>`);
    expect(mark(el, 'kiev')!.getAttribute('aria-label')).to.equal('Kyjev, 3.–6. listopadu 1943, 4. zastávka na cestě');
    expect(mark(el, 'prague')!.getAttribute('aria-label')).to.match(/^Praha, 9\. května 1945/);
    expect(label(el, 'london')).to.equal('Londýn');
    expect(text(part(el, 'detail'))).to.contain('3.–6. listopadu 1943 Bitva o Kyjev');
    expect(text(el.shadowRoot!.querySelector('figcaption'))).to.equal('Bojová cesta československé vojenské jednotky v SSSR v letech 1942–1945');
    expect(text(part(el, 'legend'))).to.contain('Dnešní hranice');
  });

  it('names the places and dates the events in Slovak, inherited from an ancestor', async () => {
    const parent = await fixture<HTMLElement>(html`<section lang="sk"><cs-map selected="kiev"></cs-map></section>`);
    const el = parent.querySelector('cs-map')!;
    await waitUntil(() => part(el, 'route'), 'the map did not render', { timeout: 5000 });
    expect(mark(el, 'kiev')!.getAttribute('aria-label')).to.match(/^Kyjev, 3\.–6\. novembra 1943, 4\. zastávka na ceste/);
    expect(mark(el, 'prague')!.getAttribute('aria-label')).to.match(/^Praha, /);
    expect(text(part(el, 'detail'))).to.contain('Bitka o Kyjev');
    expect(text(el.shadowRoot!.querySelector('figcaption'))).to.contain('Bojová cesta československej vojenskej jednotky v ZSSR');
  });
});

describe('cs-map: changing language', () => {
  it('follows a change of its lang attribute, names and panel alike', async () => {
    const el = await map(html`<cs-map selected="prague"></cs-map>`);
    expect(mark(el, 'prague')!.getAttribute('aria-label')).to.match(/^Prague, /);
    el.setAttribute('lang', 'cs');
    await waitUntil(() => mark(el, 'prague')?.getAttribute('aria-label')?.startsWith('Praha, '), 'the names did not change language');
    await waitUntil(() => text(part(el, 'detail')).includes('Rudá armáda v Praze'), 'the panel did not change language');
    expect(label(el, 'kiev')).to.equal('Kyjev 3.–6. listopadu 1943');
  });
});

describe('cs-map: errors', () => {
  for (const year of ['1950', '1941', 'abc']) {
    it(`names the attribute and the valid range for year="${year}"`, async () => {
      await withWarnings(async (warnings) => {
        const el = await map(html`<cs-map year=${year}></cs-map>`);
        expect(text(part(el, 'error'))).to.equal(`The year attribute has the invalid value “${year}”. Use a year from 1942 to 1945.`);
        expect(part(el, 'route')).to.equal(null);
        expect(warnings).to.have.length(1);
      });
    });
  }

  it('says the error in the element’s language and recovers with a valid year', async () => {
    await withWarnings(async () => {
      const el = await map(html`<cs-map lang="cs" year="1939"></cs-map>`);
      expect(text(part(el, 'error'))).to.equal('Atribut year má neplatnou hodnotu „1939“. Použijte rok od 1942 do 1945.');
      el.year = '1945';
      await waitUntil(() => part(el, 'route'), 'no road after a valid year');
      expect(part(el, 'route')!.getAttribute('data-places')!.split(' ').at(-1)).to.equal('prague');
    });
  });

  it('names the JSON path of an invalid user document', async () => {
    await withWarnings(async () => {
      const body = encodeURIComponent('{"places":[{"id":"x","name":{"en":"X"},"lat":50,"lon":14,"kind":"city","sources":[{"source":"s"}]}]}');
      const el = await map(html`<cs-map src=${`/test-api/echo?body=${body}`}></cs-map>`);
      expect(text(part(el, 'error'))).to.contain('places[0].name').and.contain('“cs”');
    });
  });
});

describe('cs-map: basemap, scale and layout', () => {
  it('loads the basemap lazily, as a chunk of its own, and draws land and present-day borders', async () => {
    expect(basemapFetchedAtImport, 'basemap fetched before any <cs-map> existed').to.equal(false);
    const source = await (await fetch('/src/elements/cs-map/cs-map.ts')).text();
    expect(source).not.to.match(/^import[^;]*(basemap|region\.json)/m);
    expect(source).to.match(/import\(["']\.\/basemap\.(js|ts)["']\)/);
    const el = await map(html`<cs-map></cs-map>`);
    // The coarse land of the entry first, then the detailed basemap in its place.
    await waitUntil(() => part(el, 'land') && !part(el, 'land')!.classList.contains('coarse'), 'no detailed land after the basemap loaded', { timeout: 5000 });
    expect(basemapRequests().length).to.be.greaterThan(0);
    expect(part(el, 'land')!.getAttribute('d')!.length).to.be.greaterThan(2000);
    expect(part(el, 'border')!.getAttribute('d')!.length).to.be.greaterThan(500);
    expect(text(el.shadowRoot!.querySelector('.frame-note'))).to.equal('Present-day borders');
    const attribution = part(el, 'attribution')!;
    expect(text(attribution)).to.contain('Natural Earth').and.contain('present-day');
    expect(attribution.querySelector('a')!.getAttribute('href')).to.equal('https://www.naturalearthdata.com/');
  });

  it('draws a scale bar measured from the projection', async () => {
    const scale = async (width: number) => {
      const el = await map(html`<div style="width: ${width}px"><cs-map></cs-map></div>`);
      await waitUntil(() => el.shadowRoot!.querySelector('svg')?.getAttribute('viewBox')?.startsWith(`0 0 ${width} `), 'not resized');
      const line = part(el, 'scale')!.querySelector('line')!;
      const length = Number(line.getAttribute('x2')) - Number(line.getAttribute('x1'));
      const km = Number(/^([\d,]+) km$/.exec(text(part(el, 'scale')))![1].replace(',', ''));
      return { length, km };
    };
    const wide = await scale(1000);
    const narrow = await scale(360);
    expect(wide.length).to.be.within(40, 140);
    expect(narrow.length).to.be.within(40, 140);
    // A narrower map has more kilometres per pixel.
    expect(narrow.km / narrow.length).to.be.greaterThan((wide.km / wide.length) * 2);
  });

  it('fits a 360 px screen: the viewBox follows the width, stations are numbered and listed with their dates', async () => {
    const el = await map(html`<div style="width: 360px"><cs-map></cs-map></div>`);
    await waitUntil(() => el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')!.startsWith('0 0 360 '), 'the map did not follow its width');
    expect(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.be.at.most(360);
    expect(label(el, 'buzuluk')).to.equal('1');
    const itinerary = [...part(el, 'itinerary')!.querySelectorAll('li')].map(text);
    expect(itinerary).to.have.length(ROAD.length);
    expect(itinerary[0]).to.equal('Buzuluk February 1942');
    (el.parentElement as HTMLElement).style.width = '900px';
    await waitUntil(() => el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')!.startsWith('0 0 900 '), 'the map did not grow');
    // On a wide screen the list is there for paper only.
    expect(getComputedStyle(part(el, 'itinerary')!).display).to.equal('none');
    expect(label(el, 'buzuluk')).to.equal('Buzuluk 5 February 1942');
  });
});

describe('cs-map: accessibility', () => {
  it('passes axe in light and dark, with a place selected', async () => {
    const light = await map(html`<cs-map theme="light"></cs-map>`);
    await waitUntil(() => part(light, 'land'), 'no land');
    await expect(light).to.be.accessible();
    const dark = await map(html`<cs-map theme="dark" lang="cs" selected="kiev"></cs-map>`);
    await waitUntil(() => part(dark, 'land'), 'no land');
    await expect(dark).to.be.accessible();
  });

  it('passes axe on a narrow map and for the error', async () => {
    const narrow = await map(html`<div style="width: 360px"><cs-map year="1944"></cs-map></div>`);
    await waitUntil(() => part(narrow, 'itinerary')?.checkVisibility(), 'not compact');
    await expect(narrow).to.be.accessible();
    await withWarnings(async () => {
      const broken = await map(html`<cs-map year="1900"></cs-map>`);
      await expect(broken).to.be.accessible();
    });
  });
});
