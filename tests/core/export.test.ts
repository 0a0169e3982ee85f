// Export and print, for every element: the SVG and PNG pictures, the download menu, `no-download`,
// and what paper shows.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { CsElement } from '../../src/core/base-element.js';
import events from '../../data/events.json' with { type: 'json' };
import { withWarnings } from '../helpers.js';

type Exporting = CsElement & { updateComplete: Promise<boolean> };

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Mounts `template` in a 720 px box and waits until the element has drawn its data and its download menu. */
async function mount(template: TemplateResult): Promise<Exporting> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 720px">${template}</div>`);
  const el = box.firstElementChild as Exporting;
  await waitUntil(() => root(el).querySelector('svg [part~="event"], [part~="mark"], [part~="title"], [part~="place"]'), 'the element drew nothing', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

async function withMenu(el: Exporting): Promise<void> {
  await waitUntil(() => root(el).querySelector('[part~="download"]'), 'no download menu', { timeout: 5000 });
}

/** The parsed document; fails on XML errors, as any SVG reader would. */
function parse(source: string): Document {
  const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'the SVG is not well-formed XML').to.equal(null);
  expect(doc.documentElement.localName).to.equal('svg');
  return doc;
}

/** Nothing the picture needs from outside itself: no links, images, scripts, stylesheets or foreign HTML. */
function expectStandalone(source: string, doc: Document): void {
  for (const node of doc.querySelectorAll('*')) {
    for (const attribute of node.attributes) {
      if (attribute.localName === 'href') expect(attribute.value, `${node.localName} links outside`).to.match(/^#/);
      expect(attribute.value, `${node.localName} ${attribute.name}`).not.to.match(/url\((?!["']?#)/);
    }
  }
  expect(doc.querySelectorAll('image, script, style, foreignObject, link')).to.have.length(0);
  expect(source).not.to.match(/@import|@font-face|https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
}

const CASES: { name: string; template: () => TemplateResult; title: string; source: RegExp; file: string; csv: boolean }[] = [
  {
    name: 'casualty-chart',
    template: () => html`<casualty-chart battle="sokolovo" lang="cs"></casualty-chart>`,
    title: 'Ztráty: Bitva u Sokolova',
    source: /^Zdroje: .*Sokolov/,
    file: 'sokolovo-losses-cs',
    csv: true,
  },
  {
    name: 'cs-timeline',
    template: () => html`<cs-timeline from="1938" to="1945" categories="military"></cs-timeline>`,
    title: `Timeline, ${new Intl.DateTimeFormat('en', { year: 'numeric' }).formatRange(new Date(Date.UTC(1938, 0, 1)), new Date(Date.UTC(1945, 11, 31)))}`,
    source: /^Sources: .*Sokolovo/,
    file: 'timeline-1938-1945-military-en',
    csv: true,
  },
  {
    name: 'treaty-card',
    template: () => html`<treaty-card treaty="1943" lang="sk" theme="dark"></treaty-card>`,
    title: 'Československo-sovietska spojenecká zmluva z roku 1943',
    source: /^Zdroje: .*Foreign Relations of the United States/,
    file: 'friendship-1943-sk',
    csv: true,
  },
  {
    name: 'cs-map',
    template: () => html`<cs-map year="1943"></cs-map>`,
    title: 'The road of the Czechoslovak army unit in the USSR, 1942 to the end of 1943',
    source: /^Sources: .*Sokolovo/,
    file: 'road-1943-en',
    csv: false,
  },
];

for (const sample of CASES) {
  describe(`export: <${sample.name}>`, () => {
    it('gives a standalone SVG with its title, sources line and credit', async () => {
      const el = await mount(sample.template());
      const source = await el.toSVG();
      const doc = parse(source);
      expectStandalone(source, doc);
      const texts = [...doc.querySelectorAll('text')].map((node) => node.textContent!.trim());
      expect(texts[0]).to.equal(sample.title.split(' ').slice(0, texts[0].split(' ').length).join(' '));
      expect(doc.querySelector('title')!.textContent).to.equal(sample.title);
      // The sources line may wrap: its lines follow one another before the credit.
      const credit = texts.lastIndexOf('cs-history-elements');
      expect(credit, 'no credit').to.be.greaterThan(0);
      const sourcesAt = texts.findIndex((line) => /^(Sources|Zdroje): /.test(line));
      expect(texts.slice(sourcesAt, credit).join(' ')).to.match(sample.source);
      // What the element shows is there too, not only the frame.
      expect(texts.length).to.be.greaterThan(6);
      expect(Number(doc.documentElement.getAttribute('width'))).to.be.at.least(el.getBoundingClientRect().width);
    });

    it('gives a PNG at twice its size by default, and at the scale asked for', async () => {
      const el = await mount(sample.template());
      const width = el.getBoundingClientRect().width;
      const twice = await createImageBitmap(await el.toPNG());
      expect(twice.width).to.be.at.least(width * 2);
      const once = await createImageBitmap(await el.toPNG({ scale: 1 }));
      expect(once.width).to.be.at.least(width);
      expect(once.width).to.be.below(twice.width);
      // Not a blank canvas: the picture has ink on it.
      const canvas = new OffscreenCanvas(once.width, once.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(once, 0, 0);
      const pixels = context.getImageData(0, 0, once.width, once.height).data;
      const colours = new Set<number>();
      for (let index = 0; index < pixels.length; index += 4 * 97) colours.add((pixels[index] << 16) | (pixels[index + 1] << 8) | pixels[index + 2]);
      expect(colours.size).to.be.greaterThan(3);
    });

    it('offers PNG, SVG' + (sample.csv ? ' and CSV' : '') + ' in a menu the keyboard opens, with file names that say what they hold', async () => {
      const el = await mount(sample.template());
      await withMenu(el);
      const saved: { name: string; type: string }[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        saved.push({ name: this.download, type: this.href.slice(0, 5) });
      };
      const created = URL.createObjectURL;
      const blobs: Blob[] = [];
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return created.call(URL, blob);
      };
      try {
        const menu = root(el).querySelector<HTMLDetailsElement>('[part~="download"]')!;
        const summary = menu.querySelector<HTMLElement>('summary')!;
        summary.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => menu.open, 'Enter did not open the menu');
        const options = [...menu.querySelectorAll<HTMLButtonElement>('[part~="download-option"]')];
        expect(options.map((option) => option.value)).to.deep.equal(sample.csv ? ['png', 'svg', 'csv'] : ['png', 'svg']);
        // Escape closes it and the focus goes back to its button.
        await sendKeys({ press: 'Tab' });
        expect(root(el).activeElement).to.equal(options[0]);
        await sendKeys({ press: 'Escape' });
        expect(menu.open).to.equal(false);
        expect(root(el).activeElement).to.equal(summary);
        for (const format of sample.csv ? ['svg', 'csv'] : ['svg']) {
          await sendKeys({ press: 'Enter' });
          await waitUntil(() => menu.open, 'the menu did not open again');
          const index = options.findIndex((option) => option.value === format);
          for (let step = 0; step <= index; step += 1) await sendKeys({ press: 'Tab' });
          expect(root(el).activeElement).to.equal(options[index]);
          await sendKeys({ press: 'Enter' });
          await waitUntil(() => saved.length && saved[saved.length - 1].name.endsWith(`.${format}`), `no ${format} was saved`, { timeout: 8000 });
          expect(menu.open).to.equal(false);
        }
      } finally {
        HTMLAnchorElement.prototype.click = click;
        URL.createObjectURL = created;
      }
      expect(saved.map((file) => file.name)).to.deep.equal(sample.csv ? [`${sample.file}.svg`, `${sample.file}.csv`] : [`${sample.file}.svg`]);
      expect(blobs[0].type).to.equal('image/svg+xml');
      if (sample.csv) {
        const csv = await blobs[1].text();
        expect(blobs[1].type).to.equal('text/csv;charset=utf-8');
        expect(csv.split('\r\n').length).to.be.greaterThan(3);
      }
    });

    it('hides the menu with no-download, and still exports', async () => {
      const el = await mount(sample.template());
      await withMenu(el);
      el.setAttribute('no-download', '');
      await el.updateComplete;
      expect(root(el).querySelector('[part~="download"]')).to.equal(null);
      parse(await el.toSVG());
      el.removeAttribute('no-download');
      await el.updateComplete;
      expect(root(el).querySelector('[part~="download"]')).not.to.equal(null);
    });

    it('passes axe with its menu open', async () => {
      const el = await mount(sample.template());
      await withMenu(el);
      root(el).querySelector<HTMLDetailsElement>('[part~="download"]')!.open = true;
      await expect(el).to.be.accessible();
    });
  });
}

describe('export: bad input', () => {
  it('refuses a scale that is not a positive number up to 8, saying what is valid', async () => {
    const el = await mount(html`<casualty-chart battle="kiev"></casualty-chart>`);
    for (const scale of [0, -1, Number.NaN, 100]) {
      const error = await el.toPNG({ scale }).then(
        () => undefined,
        (reason: unknown) => reason as Error,
      );
      expect(error, `scale ${scale}`).to.be.instanceOf(RangeError);
      expect(error!.message).to.contain('scale').and.contain('at most 8');
    }
  });

  it('says there is nothing to export when the element shows an error', async () => {
    await withWarnings(async () => {
      const el = await mount(html`<casualty-chart battle="nowhere"></casualty-chart>`).catch(() => undefined);
      const chart = el ?? document.querySelector('casualty-chart')!;
      await waitUntil(() => root(chart).querySelector('[part~="error"]'), 'no error shown');
      const error = await (chart as Exporting).toSVG().then(
        () => undefined,
        (reason: unknown) => reason as Error,
      );
      expect(error!.message).to.contain('nothing to export');
    });
  });
});

describe('print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the timeline as a dated list of every event, with sources, and no button', async () => {
    const el = await mount(html`<cs-timeline></cs-timeline>`);
    await withMenu(el);
    // The sources load when the page goes to paper, not before.
    expect(root(el).querySelector('.event-list li[data-sources]'), 'sources loaded before printing').to.equal(null);
    await emulateMedia({ media: 'print' });
    await waitUntil(() => !root(el).querySelector<HTMLElement>('.plot')!.checkVisibility(), 'the picture is still there on paper');
    await waitUntil(() => root(el).querySelector('.event-list li[data-sources]'), 'the sources did not arrive on paper', { timeout: 8000 });
    const items = [...root(el).querySelectorAll('.event-list li')].filter((item) => item.checkVisibility());
    const printed = items.map(text).join('\n');
    for (const event of events.events) expect(printed, event.id).to.contain(event.title.en);
    expect(items.every((item) => item.getBoundingClientRect().height > 8)).to.equal(true);
    // Each with its sources, printed after it.
    const printedSources = items.map((item) => getComputedStyle(item, '::after').content);
    expect(printedSources.filter((content) => /^"Sources: .+"$/.test(content))).to.have.length(events.events.length);
    const visibleControls = [...root(el).querySelectorAll('button, summary, [part~="download"]')].filter((node) => node.checkVisibility());
    expect(visibleControls).to.have.length(0);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('prints the chart with its table, the map with its stations, the card whole', async () => {
    const chart = await mount(html`<casualty-chart battle="sokolovo"></casualty-chart>`);
    const map = await mount(html`<cs-map></cs-map>`);
    const card = await mount(html`<treaty-card treaty="1935"></treaty-card>`);
    await withMenu(chart);
    await emulateMedia({ media: 'print' });
    await waitUntil(() => root(chart).querySelector('table')!.getBoundingClientRect().height > 50, 'the table is not printed');
    expect(root(map).querySelector('[part~="itinerary"]')!.checkVisibility()).to.equal(true);
    expect(root(map).querySelectorAll('[part~="itinerary"] li').length).to.be.greaterThan(4);
    for (const name of ['title', 'signed', 'parties', 'terms', 'duration', 'outcome', 'sources']) {
      expect(root(card).querySelector(`[part~="${name}"]`)!.checkVisibility(), name).to.equal(true);
    }
    for (const el of [chart, map, card]) {
      const visible = [...root(el).querySelectorAll('button, summary')].filter((node) => node.checkVisibility());
      expect(visible.map((node) => `${el.localName}: ${node.outerHTML}`)).to.deep.equal([]);
    }
  });
});

describe('print: a PDF of the gallery print page', () => {
  it('holds every event title of the timeline (text extracted from the PDF)', async function () {
    this.timeout(60000);
    const result = await executeServerCommand<{ text?: string; letter?: string; error?: string }, { path: string }>('print-pdf-text', { path: '/gallery/print.html' });
    expect(result.error, result.error).to.equal(undefined);
    for (const paper of [result.text!, result.letter!]) {
      // pdftotext breaks lines where the page does: compare without line ends.
      const pdf = paper.replace(/\s+/g, ' ');
      for (const event of events.events) expect(pdf, event.id).to.contain(event.title.en.replace(/\s+/g, ' '));
      expect(pdf).to.contain('Sources:');
      expect(pdf).not.to.contain('Download');
    }
  });
});

