/**
 * The first picture in one round trip (issue 26): each single-element entry
 * holds the English data its first picture needs, so an element with bundled
 * data draws without requesting anything after the entry. Here against src/:
 * once the entries are imported, rendering each element must start no
 * request — the CDN build (one file per entry, checked by `npm test`'s
 * budgets step) then needs exactly one script request. The cold-page
 * benchmark measures the same over a phone's network.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/casualty-chart.js';
import '../../src/define/cs-map.js';
import '../../src/define/cs-timeline.js';
import '../../src/define/treaty-card.js';
import { bundledData, bundledDataSync } from '../../src/data/bundled.js';
import { bundledTreatySync } from '../../src/elements/treaty-card/bundled-treaties.js';

/** Renders `template`, waits for `selector` in its shadow root, and returns the requests started meanwhile. */
async function requestsWhileRendering(template: ReturnType<typeof html>, selector: string): Promise<string[]> {
  const start = performance.now();
  const el = await fixture<HTMLElement>(template);
  let drawn = 0;
  await waitUntil(() => el.shadowRoot?.querySelector(selector) && (drawn = performance.now()), `${el.localName} did not draw ${selector}`, { timeout: 5000, interval: 5 });
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= start && entry.startTime <= drawn)
    .map((entry) => new URL(entry.name).pathname);
}

/** Chunks a first picture in English must not wait for. */
const DATA = /\/generated\/(data\/[^/]+\.en\.(json|ts|js)|validate-)|\/duration\.(ts|js)$/;

describe('first picture with no request after the entry', () => {
  it('the entries put the English documents in memory', async () => {
    const outline = bundledDataSync('events-outline', 'en');
    expect(outline?.events.length).to.be.greaterThan(10);
    expect(bundledDataSync('battles', 'en')?.battles.length).to.be.greaterThan(0);
    expect(bundledDataSync('places', 'en')?.places.length).to.be.greaterThan(0);
    expect(bundledDataSync('names', 'en')?.people.length).to.be.greaterThan(0);
    for (const year of ['1935', '1941', '1943', '1944', '1945']) expect(bundledTreatySync(year, 'en')?.treaties.length, year).to.equal(1);
    // The async reader serves the same document from memory.
    expect(await bundledData('events-outline', 'en')).to.equal(outline);
    // Other languages stay lazy until asked for.
    expect(bundledDataSync('events-outline', 'cs')).to.equal(undefined);
  });

  it('<cs-timeline> draws its events', async () => {
    const made = await requestsWhileRendering(html`<cs-timeline></cs-timeline>`, '[part~="event"], [part~="cluster"]');
    expect(made.filter((path) => DATA.test(path))).to.deep.equal([]);
  });

  it('<cs-timeline> with inline events requests no data document (its one lazy chunk is the user-document reader)', async () => {
    const text = await (await fetch('/tests/fixtures/cs-timeline/events.json')).text();
    const made = await requestsWhileRendering(html`<cs-timeline><script type="application/json">${text}</script></cs-timeline>`, '[part~="event"], [part~="cluster"]');
    expect(made.filter((path) => DATA.test(path))).to.deep.equal([]);
  });

  it('<casualty-chart> draws its marks', async () => {
    const made = await requestsWhileRendering(html`<casualty-chart battle="all"></casualty-chart>`, '[part~="mark"]');
    expect(made.filter((path) => DATA.test(path))).to.deep.equal([]);
  });

  for (const treaty of ['mutual-assistance-1935', '1941', '1943', 'liberated-territory-1944', '1945']) {
    it(`<treaty-card treaty="${treaty}"> draws the card with its mini-timeline`, async () => {
      const made = await requestsWhileRendering(html`<treaty-card treaty=${treaty}></treaty-card>`, '[part~="duration"] svg');
      expect(made.filter((path) => DATA.test(path))).to.deep.equal([]);
    });
  }

  it('<cs-map> draws its places on land in the same picture (the coarse basemap of the entry)', async () => {
    const el = await fixture<HTMLElement>(html`<cs-map year="1945"></cs-map>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="place"]'), 'no places', { timeout: 5000, interval: 5 });
    const land = el.shadowRoot!.querySelector('[part~="land"]');
    expect(land, 'land in the picture that first has places').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="border"]')!.getAttribute('d')!.length).to.be.greaterThan(100);
    const made = await requestsWhileRendering(html`<cs-map year="1945"></cs-map>`, '[part~="place"]');
    expect(made.filter((path) => DATA.test(path))).to.deep.equal([]);
  });

  /**
   * A page of its own (a fresh module map) with `body` and the timeline's entry; resolves to when
   * the reader was requested (undefined: not within `waitMs` of the entry) and the element defined.
   */
  async function timelinePage(body: string, waitMs = 5000): Promise<{ reader?: number; defined: number }> {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><body>${body}<script type="module">
      import '/src/define/cs-timeline.ts';
      window.definedAt = performance.now();
    </script></body>`;
    document.body.append(frame);
    try {
      await waitUntil(() => (frame.contentWindow as Window & { definedAt?: number })?.definedAt, 'the entry did not run', { timeout: 10000 });
      const win = frame.contentWindow as Window & { definedAt: number };
      // A resource entry appears when its response has ended: poll for it (a loaded machine is slow).
      const reader = () => win.performance.getEntriesByType('resource').find((entry) => /\/user-document\.(ts|js)$/.test(new URL(entry.name).pathname));
      const until = performance.now() + waitMs;
      while (!reader() && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
      return { reader: reader()?.startTime, defined: win.definedAt };
    } finally {
      frame.remove();
    }
  }

  it('a timeline with inline data or src requests its reader before the element is defined; one with bundled data never does', async () => {
    const inline = await timelinePage('<cs-timeline><script type="application/json">{"events":[]}</script></cs-timeline>');
    expect(inline.reader, 'reader requested').to.be.a('number');
    expect(inline.reader!).to.be.lessThan(inline.defined);
    const fromSrc = await timelinePage('<cs-timeline src="/tests/fixtures/cs-timeline/events.json"></cs-timeline>');
    expect(fromSrc.reader!).to.be.lessThan(fromSrc.defined);
    const bundled = await timelinePage('<cs-timeline></cs-timeline>', 1000);
    expect(bundled.reader, 'reader requested for bundled data').to.equal(undefined);
  });

  it('a Czech element still loads its own documents (the entries prime English only)', async () => {
    const made = await requestsWhileRendering(html`<casualty-chart battle="all" lang="cs"></casualty-chart>`, '[part~="mark"]');
    expect(made.some((path) => /battles\.cs\.(json|ts|js)$/.test(path))).to.equal(true);
  });
});
