/**
 * A user's own timeline, as a new user makes one: CSV in our columns or
 * TimelineJS3's, one-language JSON, own sources, categories and images, and
 * a broken document whose every problem is listed (no Retry: retrying an
 * invalid document cannot help).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define/cs-timeline.js';
import type { CsTimeline } from '../../src/define/cs-timeline.js';
import { readTimelineDocument } from '../../src/data/user/timeline-document.js';
import { withWarnings } from '../helpers.js';

const root = (el: CsTimeline) => el.shadowRoot!;
const part = (el: CsTimeline, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const marks = (el: CsTimeline) => [...root(el).querySelectorAll<SVGGElement>('[part~="event"]')];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const legendButtons = (el: CsTimeline) => [...(part(el, 'legend')?.querySelectorAll('button') ?? [])].map((button) => text(button));

async function mount(template: TemplateResult): Promise<CsTimeline> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 900px">${template}</div>`);
  const el = box.querySelector('cs-timeline')!;
  await waitUntil(() => root(el).querySelector('[part~="event"], [part~="cluster"], [part~="error"]'), 'the timeline did not render', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const json = (document: unknown) => html`<script type="application/json">${JSON.stringify(document)}</script>`;
const csv = (rows: string) => html`<script type="text/csv">${rows}</script>`;

async function open(el: CsTimeline, id: string): Promise<HTMLElement> {
  el.selected = id;
  await waitUntil(() => part(el, 'detail')?.dataset.id === id, `the panel of ${id} did not open`);
  await el.updateComplete;
  return part(el, 'detail')!;
}

describe('cs-timeline with a user document', () => {
  it('draws a CSV file in our columns from a .csv URL: own categories, sources by title with their link, an image', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src="/tests/fixtures/cs-timeline/own.csv"></cs-timeline>`);
    expect(part(el, 'error')).to.equal(null);
    expect(marks(el)).to.have.length(3);
    expect(marks(el)[1].dataset.category).to.equal('town-life trade');
    expect(marks(el)[0].dataset.date).to.equal('1938-09-30');
    // Only the categories the data uses, under the user's own names.
    expect(legendButtons(el)).to.deep.equal(['Town life', 'Trade']);
    // An own category without a colour still gets one.
    // (the chip's shape is drawn in the category's colour; two own categories, two colours)
    const fills = [...part(el, 'legend')!.querySelectorAll<SVGPathElement>('.chip .shape path')].map((shape) => getComputedStyle(shape).fill);
    expect(fills).to.have.length(2);
    for (const fill of fills) expect(fill).to.match(/^rgb\(/);
    expect(fills[0]).to.not.equal(fills[1]);

    const detail = await open(el, marks(el)[0].dataset.id!);
    const link = detail.querySelector<HTMLAnchorElement>('[part~="sources"] a')!;
    expect(text(link)).to.equal('Town chronicle');
    expect(link.href).to.equal('https://example.org/chronicle');
    expect(text(detail)).to.not.contain('s-town');
    const image = detail.querySelector('img')!;
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.alt).to.equal('The town hall in 1938');
    expect(text(detail.querySelector('figcaption'))).to.contain('Town archive');
    // The file is missing: the description shows instead of a broken image.
    await waitUntil(() => image.hidden, 'the broken image was not hidden');
    expect(detail.querySelector<HTMLElement>('.media-alt')!.hidden).to.equal(false);
    expect(text(detail.querySelector('.media-alt'))).to.equal('The town hall in 1938');
  });

  it('names its own sources by title in what it exports too (picture credits, CSV)', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src="/tests/fixtures/cs-timeline/own.csv"></cs-timeline>`);
    const svg = await el.toSVG();
    expect(svg).to.contain('Town chronicle');
    expect(svg).not.to.match(/s-town|user-\d+-\d+/);
  });

  it('reads an approximate date with ~ and quoted commas', async () => {
    const el = await mount(html`<cs-timeline src="/tests/fixtures/cs-timeline/own.csv"></cs-timeline>`);
    const market = marks(el).find((mark) => mark.dataset.date === '1939-03')!;
    expect(market.getAttribute('aria-label')).to.contain('Market moves');
    const detail = await open(el, market.dataset.id!);
    expect(text(detail)).to.contain('The market moved to the square, "by the fountain".');
  });

  it('draws a TimelineJS3 spreadsheet saved as CSV unchanged (inline), skipping its title slide', async () => {
    const rows = await (await fetch('/tests/fixtures/cs-timeline/timelinejs.csv')).text();
    const el = await mount(html`<cs-timeline orientation="horizontal">${csv(rows)}</cs-timeline>`);
    expect(part(el, 'error')).to.equal(null);
    expect(marks(el).map((mark) => mark.dataset.date)).to.deep.equal(['1938-09-30', '1939-03']);
    expect(marks(el).map((mark) => mark.dataset.category)).to.deep.equal(['politics', 'trade']);
    // "Politics" is one of ours: the element's own name, in its language.
    expect(legendButtons(el)).to.deep.equal(['Politics', 'Trade']);
    const detail = await open(el, marks(el)[0].dataset.id!);
    expect(detail.querySelector('img')!.getAttribute('src')).to.equal('https://example.org/hall.jpg');
    expect(text(detail.querySelector('figcaption'))).to.contain('The hall').and.contain('Archive');
  });

  it('draws a TimelineJS3 JSON document unchanged: slides, groups, eras, media, and no title slide', async () => {
    const el = await mount(html`<cs-timeline orientation="horizontal" src="/tests/fixtures/cs-timeline/timelinejs.json"></cs-timeline>`);
    expect(part(el, 'error')).to.equal(null);
    expect(marks(el).map((mark) => mark.dataset.date)).to.deep.equal(['1938-09-30', '1939-03']);
    expect(marks(el).map((mark) => mark.dataset.category)).to.deep.equal(['politics', 'trade']);
    expect(legendButtons(el)).to.deep.equal(['Politics', 'Trade']);
    expect(root(el).textContent ?? '').to.contain('Before the war').and.not.contain('My town');
    const detail = await open(el, 'council');
    // TimelineJS's HTML in `text` is shown as text, never as markup.
    expect(text(detail)).to.contain('In the hall & on the square.');
    expect(detail.querySelector('b')).to.equal(null);
    expect(detail.querySelector('img')!.getAttribute('src')).to.equal('https://example.org/hall.jpg');
    expect(detail.querySelector('img')!.alt).to.equal('The hall');
    expect(text(detail.querySelector('figcaption'))).to.contain('The hall').and.contain('Archive');
  });

  it('says a TimelineJS3 document’s problems in its own field names', async () => {
    const document = { events: [{ start_date: { year: '1938', month: '14' }, text: { headline: 'Bad month' } }, { start_date: { year: '1939' } }] };
    await withWarnings(async () => {
      const el = await mount(html`<cs-timeline>${json(document)}</cs-timeline>`);
      const items = [...part(el, 'error')!.querySelectorAll('li')].map((item) => text(item));
      expect(items).to.deep.equal([
        'events[0].start_date: “1938-14” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (with ~ in front when approximate)',
        'events[1].text.headline: this is required and missing',
      ]);
      expect(part(el, 'retry')).to.equal(null);
    });
  });

  it('shows a one-language JSON document whatever the element language, with the interface in that language', async () => {
    const document = {
      sources: [{ id: 'town-chronicle', title: 'Kronika města Zlína', publisher: 'Městský úřad', url: 'https://example.org/kronika' }],
      categories: [{ id: 'town', label: 'Town', color: '#884400' }],
      events: [
        { id: 'one', date: '1938-09-30', title: 'Council meets', summary: 'In the hall.', categories: ['town'], sources: ['town-chronicle'] },
        { id: 'two', date: '1940', title: 'A new school', categories: ['town'], media: { url: 'https://example.org/school.jpg', alt: 'The school', credit: 'Archive', caption: 'Opening day' } },
      ],
    };
    const el = await mount(html`<cs-timeline lang="cs" orientation="horizontal">${json(document)}</cs-timeline>`);
    expect(part(el, 'error')).to.equal(null);
    expect(marks(el)[0].getAttribute('aria-label')).to.contain('Council meets').and.contain('září 1938');
    expect(legendButtons(el)).to.deep.equal(['Town']);
    const shape = part(el, 'legend')!.querySelector<SVGPathElement>('.chip .shape path')!;
    expect(getComputedStyle(shape).fill).to.equal('rgb(136, 68, 0)');
    expect(text(root(el).querySelector('.range'))).to.contain('2 události');
    const detail = await open(el, 'one');
    expect(text(detail.querySelector('[part~="sources"] h2'))).to.equal('Zdroje');
    const link = detail.querySelector<HTMLAnchorElement>('[part~="sources"] a')!;
    expect(text(link)).to.equal('Kronika města Zlína');
    expect(link.href).to.equal('https://example.org/kronika');
    expect(text(detail.querySelector('[part~="sources"]'))).to.contain('Městský úřad').and.not.contain('town-chronicle');
    const school = await open(el, 'two');
    expect(school.querySelector('img')!.getAttribute('src')).to.equal('https://example.org/school.jpg');
    expect(text(school.querySelector('figcaption'))).to.equal('Opening day · Archive');
  });

  it('takes `categories` among the document’s own ids and names them when one is wrong', async () => {
    const document = { events: [{ date: '1938', title: 'A', categories: ['town'] }, { date: '1939', title: 'B', categories: ['trade'] }] };
    const el = await mount(html`<cs-timeline categories="trade">${json(document)}</cs-timeline>`);
    expect(marks(el)).to.have.length(1);
    expect(legendButtons(el)).to.deep.equal(['trade']);
    await withWarnings(async () => {
      const bad = await mount(html`<cs-timeline categories="military">${json(document)}</cs-timeline>`);
      expect(text(part(bad, 'error'))).to.contain('categories').and.contain('military').and.contain('town').and.contain('trade');
    });
  });

  it('says the data’s period when from or to would leave nothing to show', async () => {
    const document = { events: [{ date: '1938', title: 'A' }, { date: '1940-05', title: 'B' }] };
    await withWarnings(async () => {
      const el = await mount(html`<cs-timeline lang="cs" from="1950">${json(document)}</cs-timeline>`);
      expect(text(part(el, 'error'))).to.contain('from').and.contain('1950').and.contain('rok nebo datum v období dat (1938–1940)');
      const early = await mount(html`<cs-timeline to="1930">${json(document)}</cs-timeline>`);
      expect(text(part(early, 'error'))).to.contain('to').and.contain('1930').and.contain('(1938–1940)');
    });
    const inside = await mount(html`<cs-timeline from="1939">${json(document)}</cs-timeline>`);
    expect(marks(inside)).to.have.length(1);
  });

  it('lists every problem of a broken document with its path, in plain words, without Retry', async () => {
    const document = {
      events: [
        { id: 'one', date: '1943-13-40', title: 'Bad date' },
        { id: 'one', date: '1944', title: 'Same id' },
        { id: 'three', date: '1945' },
        { id: 'four', date: '1946', title: 'Bad image', media: { url: 'javascript:alert(1)', alt: 'x' } },
        { id: 'five', date: '1947-05', end: '1947-01', title: 'Backwards' },
      ],
    };
    await withWarnings(async () => {
      const el = await mount(html`<cs-timeline>${json(document)}</cs-timeline>`);
      const error = part(el, 'error')!;
      const items = [...error.querySelectorAll('li')].map((item) => text(item));
      expect(items).to.have.length(5);
      expect(items[0]).to.equal('events[0].date: “1943-13-40” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (with ~ in front when approximate)');
      expect(items[1]).to.contain('events[1].id').and.contain('already used by events[0]');
      expect(items[2]).to.contain('events[2].title').and.contain('required');
      expect(items[3]).to.contain('events[3].media.url').and.contain('javascript:alert(1)');
      expect(items[4]).to.contain('events[4].end').and.contain('before the start');
      // No pattern syntax shown to readers, and no Retry for a document that retrying cannot fix.
      expect(text(error)).to.not.match(/\^|\\d|\[0-9\]|\{4\}/);
      expect(part(el, 'retry')).to.equal(null);
    });
  });

  it('says CSV problems by row and column, in the element’s language', async () => {
    await withWarnings(async () => {
      const el = await mount(html`<cs-timeline lang="sk">${csv('date,title\n1938-02-30,Zlý deň\n1939,\n')}</cs-timeline>`);
      const items = [...part(el, 'error')!.querySelectorAll('li')].map((item) => text(item));
      expect(items).to.deep.equal([
        'riadok 2, stĺpec „date“: „1938-02-30“ nie je dátum; napíšte RRRR, RRRR-MM alebo RRRR-MM-DD (pri približnom dátume s ~ na začiatku)',
        'riadok 3, stĺpec „title“: tento údaj je povinný a chýba',
      ]);
      const noHeader = await mount(html`<cs-timeline>${csv('when,what\n1938,x\n')}</cs-timeline>`);
      expect(text(part(noHeader, 'error'))).to.contain('row 1').and.contain('“date”').and.contain('“title”');
      expect(part(noHeader, 'retry')).to.equal(null);
    });
  });

  it('lists at most 20 problems and says how many more there are', () => {
    const events = Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, date: 'soon', title: 'x' }));
    const result = readTimelineDocument(JSON.stringify({ events }), 'json', 'en', 'inline');
    if (!result.problems) throw new Error('a document with 30 bad dates was taken');
    expect(result.problems).to.have.length(21);
    expect(result.problems[20].detail).to.equal('… and 10 more.');
    expect(result.heading).to.contain('30 problem');
  });

  it('offers Retry for a network failure', async () => {
    await withWarnings(async () => {
      const el = await mount(html`<cs-timeline src="http://127.0.0.1:9/none.csv"></cs-timeline>`);
      expect(part(el, 'retry')).to.not.equal(null);
    });
  });

  it('draws the downloadable CSV template without a problem', async () => {
    const el = await mount(html`<cs-timeline src="/templates/timeline-template.csv"></cs-timeline>`);
    expect(part(el, 'error')).to.equal(null);
    expect(marks(el)).to.have.length(3);
    expect(legendButtons(el)).to.deep.equal(['Town life', 'Trade']);
  });

  it('keeps the four bundled categories for the bundled data', async () => {
    const el = await mount(html`<cs-timeline></cs-timeline>`);
    expect(legendButtons(el)).to.have.length(4);
  });
});
