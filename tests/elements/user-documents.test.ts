/**
 * The chart's, card's and map's own documents, as a user writes them: texts
 * in one language (shown whatever the element's `lang`, its interface in
 * that language), own sources shown by title with their link, and a
 * document with several mistakes whose every problem is listed — with its
 * path and a plain sentence, never a pattern, and no Retry (retrying an
 * invalid document cannot help).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/define/casualty-chart.js';
import '../../src/define/treaty-card.js';
import '../../src/define/cs-map.js';
import { withWarnings } from '../helpers.js';

type Doc = Record<string, unknown>;
type Element = HTMLElement & { updateComplete: Promise<boolean>; toSVG(): Promise<string> };

const squash = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

const CASES = [
  { tag: 'casualty-chart', list: 'battles', fixture: '/tests/fixtures/casualty-chart/battles.json', attributes: { battle: 'sokolovo' }, content: 'mark' },
  { tag: 'treaty-card', list: 'treaties', fixture: '/tests/fixtures/treaty-card/treaties.json', attributes: { treaty: 'closed-1922' }, content: 'title' },
  { tag: 'cs-map', list: 'places', fixture: '/tests/fixtures/cs-map/places.json', attributes: {}, content: 'place' },
] as const;

const isText = (value: unknown): value is { en: string } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).sort().join() === 'cs,en,sk';

/** The document with every `{ en, cs, sk }` text written once, in English, as a one-language document would. */
function oneLanguage(value: unknown): unknown {
  if (isText(value)) return value.en;
  if (Array.isArray(value)) return value.map(oneLanguage);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, oneLanguage(item)]));
  return value;
}

/** Every source reference points to the document's own source. */
function citeOwn(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(citeOwn);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === 'source' ? 'town-chronicle' : citeOwn(item)]));
  return value;
}

const OWN_SOURCE = { id: 'town-chronicle', title: 'Town chronicle', publisher: 'Town archive', url: 'https://example.org/chronicle' };

async function documentOf(info: (typeof CASES)[number]): Promise<Doc> {
  return (await (await fetch(info.fixture)).json()) as Doc;
}

/** The element with its document inline (a child script) before it connects, as a page would have it. */
async function mount(info: (typeof CASES)[number], document: Doc, lang = 'en'): Promise<Element> {
  const el = window.document.createElement(info.tag) as Element;
  for (const [name, value] of Object.entries({ lang, ...info.attributes })) el.setAttribute(name, value);
  el.append(Object.assign(window.document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(document) }));
  const box = await fixture<HTMLDivElement>('<div style="width: 900px"></div>');
  box.append(el);
  await waitUntil(() => part(el, info.content) || part(el, 'error'), `<${info.tag}> did not render`, { timeout: 8000 });
  await el.updateComplete;
  return el;
}

for (const info of CASES) {
  describe(`<${info.tag}> with a user document`, () => {
    it('shows a one-language text whatever its lang, with its interface in that language', async () => {
      const document = oneLanguage(await documentOf(info)) as Doc;
      const first = (document[info.list] as Doc[])[0];
      const name = 'Own name written once';
      if (info.tag === 'treaty-card') (first.name as Doc).short = name;
      else first.name = name;
      const el = await mount(info, document, 'cs');
      expect(part(el, 'error'), squash(part(el, 'error'))).to.equal(null);
      expect(squash(el.shadowRoot)).to.contain(name);
      // The interface speaks Czech.
      if (info.tag === 'cs-map') expect(squash(el.shadowRoot)).to.contain('Šipkami se přesouváte mezi místy');
      else expect(squash(part(el, 'sources')?.querySelector('h2'))).to.equal('Zdroje');
    });

    it('shows its own source by title, with its link', async () => {
      const document = { ...(citeOwn(await documentOf(info)) as Doc), sources: [OWN_SOURCE] };
      const el = await mount(info, document);
      expect(part(el, 'error'), squash(part(el, 'error'))).to.equal(null);
      if (info.tag === 'cs-map') {
        // The map names its sources in what it exports (it shows none on screen).
        const svg = await el.toSVG();
        expect(svg).to.contain('Town chronicle');
        expect(svg).not.to.contain('town-chronicle');
      } else {
        const link = part(el, 'sources')!.querySelector<HTMLAnchorElement>('a')!;
        expect(squash(link)).to.equal('Town chronicle');
        expect(link.href).to.equal('https://example.org/chronicle');
        expect(squash(part(el, 'sources'))).to.contain('Town archive');
        expect(squash(el.shadowRoot)).not.to.contain('town-chronicle');
      }
    });

    it('lists every mistake of a document (path and plain sentence, in its language), with no Retry', async () => {
      const document = { ...(await documentOf(info)), sources: [{ id: 'own', title: 'Own', url: 'javascript:alert(1)' }] } as Doc;
      const [first, second] = document[info.list] as Doc[];
      first.id = 'Not An Id';
      second.id = 42;
      first.colour = 'red';
      if (info.tag === 'casualty-chart') first.date = '1943-13-40';
      if (info.tag === 'treaty-card') (first.signed as Doc).date = '1922-02-30x';
      if (info.tag === 'cs-map') first.lat = 'north';
      const el = await withWarnings(() => mount(info, document, 'cs'));
      const error = part(el, 'error')!;
      expect(error).not.to.equal(null);
      const items = [...error.querySelectorAll('li')].map(squash);
      const said = (path: string) => items.find((item) => item.startsWith(`${path}:`));
      expect(said('sources[0].url'), items.join('\n')).to.contain('není použitelná adresa');
      expect(said(`${info.list}[0].id`)).to.contain('„Not An Id“ nemůže být identifikátor');
      expect(said(`${info.list}[1].id`)).to.contain('tady má být text');
      expect(said(`${info.list}[0].colour`)).to.contain('„colour“ sem nepatří');
      const fourth = { 'casualty-chart': 'date', 'treaty-card': 'signed.date', 'cs-map': 'lat' }[info.tag];
      expect(said(`${info.list}[0].${fourth}`), items.join('\n')).to.match(info.tag === 'cs-map' ? /tady má být číslo/ : /„1943-13-40“ není datum|„1922-02-30x“ není datum/);
      expect(squash(error)).to.match(/obsahují chyby \(\d+\)/);
      // Never a pattern, never Retry.
      expect(squash(error)).not.to.match(/\^|\$\)|\[0-9\]|\{4\}/);
      expect(error.querySelector('button')).to.equal(null);
    });
  });
}

describe('user documents of the chart, card and map: sources', () => {
  it('two documents with the same own source id each show their own title', async () => {
    const chart = CASES[0];
    const a = await mount(chart, { ...(citeOwn(await documentOf(chart)) as Doc), sources: [{ ...OWN_SOURCE, title: 'First chronicle' }] });
    const b = await mount(chart, { ...(citeOwn(await documentOf(chart)) as Doc), sources: [{ ...OWN_SOURCE, title: 'Second chronicle' }] });
    expect(squash(part(a, 'sources'))).to.contain('First chronicle');
    expect(squash(part(b, 'sources'))).to.contain('Second chronicle');
  });
});
