/**
 * A page pre-rendered by ssr.js (tests/fixtures/ssr/page.html and
 * page-cs.html, served through scripts/ssr-page.mjs), opened as a reader
 * would: with JavaScript off (a sandboxed iframe runs no script) it shows
 * titles, figures and sources; with JavaScript every element hydrates (Lit
 * adopts the server's nodes: the same nodes stay) without a flash, a second
 * download of its data, a layout shift or a warning, then lays itself out
 * for the real width and answers the pointer and the keyboard. The pages
 * load the built bundle (dist/cdn), whose templates are the server's. The
 * expected texts come from the bundled data, not from memory.
 */
import { expect } from '@open-wc/testing';
import { clickAndKeys, until } from './interact.js';

const PAGE = '/ssr/page.html';
const TAGS = ['cs-timeline', 'treaty-card', 'casualty-chart', 'cs-map'];

interface Frame {
  tag: string;
  adopted: boolean;
  height: number;
  text: number;
}
interface Recorder {
  shifts: number[];
  errors: string[];
  frames: Frame[][];
  serverNodes: Element[];
}

/** A bundled document (src/generated/data/<name>.<locale>.ts). */
async function json(path: string) {
  const name = /([\w-]+\.(?:en|cs|sk))\.json$/.exec(path)![1];
  return (await import(/* @vite-ignore */ `/src/generated/data/${name}.ts`)).default;
}

async function openPage(sandbox?: string, page = PAGE): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  iframe.style.cssText = 'width: 1000px; height: 3000px; border: 0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = page;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

const shadowText = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
/** The element has upgraded and finished its first update (the hydration). */
const hydrated = (element: Element) => (element as Element & { hasUpdated?: boolean }).hasUpdated === true;

describe('a pre-rendered page', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('shows titles, dates, figures and sources with JavaScript off', async () => {
    const iframe = await openPage('allow-same-origin');
    const doc = iframe.contentDocument!;
    expect(iframe.contentWindow!.customElements.get('treaty-card'), 'no script ran').to.equal(undefined);
    const [card, chart, timeline, map] = ['treaty-card', 'casualty-chart', 'cs-timeline', 'cs-map'].map((tag) => doc.querySelector(tag)!);
    for (const element of [card, chart, timeline, map]) {
      expect(element.shadowRoot, `${element.localName} has its declarative shadow root`).to.not.equal(null);
      expect(element.getBoundingClientRect().height, `${element.localName} takes room`).to.be.greaterThan(100);
    }

    // The card inherits Czech from its <section lang="cs">.
    const treaty = (await json('/src/generated/data/treaty-friendship-1943.cs.json')).treaties[0];
    const title = card.shadowRoot!.querySelector('[part~="title"]')!;
    expect(title.textContent!.trim()).to.equal(treaty.name.short.cs);
    expect(title.getBoundingClientRect().height, 'the title is visible').to.be.greaterThan(0);
    expect(shadowText(card)).to.contain('12. prosince 1943');
    const cardSources = await json('/src/generated/data/sources.en.json');
    const sourceTitle = (id: string) => cardSources.sources.find((source: { id: string }) => source.id === id).title;
    for (const ref of treaty.sources) expect(shadowText(card)).to.contain(sourceTitle(ref.source));

    // The chart in Slovak, with every source's figure of the Sokolovo dead.
    const battle = (await json('/src/generated/data/battles.sk.json')).battles.find((candidate: { id: string }) => candidate.id === 'sokolovo');
    expect(shadowText(chart)).to.contain(battle.name.sk);
    const killed = battle.figures.find((figure: { category: string; force: string }) => figure.category === 'killed' && figure.force === 'czechoslovak');
    const marks = [...chart.shadowRoot!.querySelectorAll('[part~="mark"][data-figure="killed"]')].map((mark) => Number(mark.getAttribute('data-value')));
    expect(marks.length).to.be.greaterThan(0);
    for (const value of killed.values) expect(chart.shadowRoot!.querySelector('[part~="table"]')!.textContent).to.contain(String(value.value));
    for (const value of killed.values) expect(shadowText(chart)).to.contain(sourceTitle(value.source));

    // The timeline's events on the picture, the map's places.
    const events = (await json('/src/generated/data/events-outline.en.json')).events;
    const eventMarks = timeline.shadowRoot!.querySelectorAll('[part~="event"]');
    expect(eventMarks.length).to.be.greaterThan(10);
    const firstId = eventMarks[0].getAttribute('data-id');
    const first = events.find((event: { id: string }) => event.id === firstId);
    expect(eventMarks[0].getAttribute('aria-label')).to.contain(first.title.en);
    expect(shadowText(timeline)).to.contain(`${events.length} events`);
    const places = (await json('/src/generated/data/places.en.json')).places;
    expect(map.shadowRoot!.querySelectorAll('[part~="place"]').length).to.be.greaterThan(5);
    expect(shadowText(map)).to.contain(places.find((place: { id: string }) => place.id === 'buzuluk').name.en);
    expect(map.shadowRoot!.querySelector('[part~="land"]'), 'the basemap').to.not.equal(null);
  });

  it('pre-renders the panel of a selected event, and hydrates it once the panel\'s lazy code has arrived', async () => {
    const title = (await json('/src/generated/data/events-outline.en.json')).events.find((event: { id: string }) => event.id === 'munich-agreement').title.en;
    const off = await openPage('allow-same-origin', '/ssr/selected.html');
    const serverPanel = off.contentDocument!.querySelector('cs-timeline')!.shadowRoot!.querySelector('[part~="detail"]');
    expect(serverPanel, 'the panel in the server\'s HTML').to.not.equal(null);
    expect(serverPanel!.querySelector('h2')!.textContent!.trim()).to.equal(title);
    off.remove();

    const iframe = await openPage(undefined, '/ssr/selected.html');
    const win = iframe.contentWindow as Window & typeof globalThis & { __ssr: Recorder };
    const timeline = iframe.contentDocument!.querySelector('cs-timeline')!;
    await until(() => hydrated(timeline), 'the timeline to hydrate');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(win.__ssr.errors, 'errors or warnings logged (a failed hydration warns)').to.deep.equal([]);
    expect(win.__ssr.frames.some((frame) => frame[0].adopted), 'the server\'s nodes adopted').to.equal(true);
    const panel = timeline.shadowRoot!.querySelector('[part~="detail"]');
    expect(panel, 'the panel after hydration').to.not.equal(null);
    expect(panel!.querySelector('h2')!.textContent!.trim()).to.equal(title);
  });

  for (const [page, lang] of [[PAGE, 'en'], ['/ssr/page-cs.html', 'cs']]) {
    it(`with JavaScript hydrates (${lang}) without a flash, a data download, a warning or a layout shift, and is interactive`, async () => {
    const iframe = await openPage(undefined, page);
    const win = iframe.contentWindow as Window & typeof globalThis & { __ssr: Recorder };
    const doc = iframe.contentDocument!;
    const elements = TAGS.map((tag) => doc.querySelector(tag)!);
    await until(() => elements.every(hydrated), 'every element to hydrate');
    // Let the observers report what followed (the update for the real width).
    await new Promise((resolve) => setTimeout(resolve, 800));

    const recorder = win.__ssr;
    expect(recorder.errors, 'errors or warnings logged').to.deep.equal([]);
    // Hydrated: in some frame the element had upgraded and updated with the server's nodes still
    // in place (a take-over would have replaced them in its first update).
    for (const [index, tag] of TAGS.entries()) expect(recorder.frames.some((frame) => frame[index].adopted), `${tag} adopted the server's nodes`).to.equal(true);
    for (const element of elements) expect((element as Element & { resolvedLang: string }).resolvedLang).to.equal(element.closest('[lang]')!.getAttribute('lang'));
    // Then laid out for the real width: the timeline's plot spans the element.
    const plot = elements[0].shadowRoot!.querySelector('[part~="plot"]')!;
    const svg = plot.querySelector('svg');
    if (svg) expect(Math.abs(svg.getBoundingClientRect().width - plot.getBoundingClientRect().width)).to.be.lessThan(40);
    const cls = recorder.shifts.reduce((sum, value) => sum + value, 0);
    expect(cls, `layout shifts ${JSON.stringify(recorder.shifts)} ${JSON.stringify((recorder as unknown as { shiftSources?: string[] }).shiftSources)}`).to.equal(0);
    // No frame in which an element was empty or shrank.
    const initial = recorder.frames[0];
    expect(initial.length).to.equal(TAGS.length);
    for (const frame of recorder.frames) {
      for (const [index, sample] of frame.entries()) {
        expect(sample.text, `${sample.tag} had text in every frame`).to.be.greaterThan(0);
        expect(sample.height, `${sample.tag} kept its height`).to.be.at.least(initial[index].height - 1);
      }
    }
    const dataRequests = win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      // Bundled documents are chunks named after them (dist/cdn/<name>.<lang>-<hash>.js).
      .filter((name) => /\/(events-outline|battles|places|names|sources|treaty-[\w-]+)\.(en|cs|sk)-/.test(name));
    expect(dataRequests, 'bundled data downloaded again').to.deep.equal([]);

    // Interactive: a click on an event opens it and fires cs-select; the keyboard moves between events.
    const [timeline, , chart, map] = elements;
    const selected = await clickAndKeys(iframe, timeline, () =>
      until(() => timeline.shadowRoot!.querySelector('[part~="detail"]') !== null, 'the event panel'),
    );

    const place = map.shadowRoot!.querySelector<SVGElement>('[part~="place"]')!;
    place.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await until(() => selected.includes(place.getAttribute('data-id')!), 'cs-select from the map');
    expect(chart.shadowRoot!.querySelectorAll('[part~="mark"]').length).to.be.greaterThan(0);
    expect(recorder.errors, 'errors logged').to.deep.equal([]);
    });
  }
});
