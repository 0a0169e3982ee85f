// Sharing a page: two copies of the bundle, or the all-in-one file beside a
// single-element file, register without errors; 50 instances stay
// independent; an element laid out while hidden draws itself when shown;
// moving an element keeps it working; `lang` and `theme` re-render at runtime;
// resizing re-lays out without ResizeObserver-loop errors.
//
// Everything runs on pages that load the built bundle (dist/cdn, `npm run
// build`), in a window where layout happens (see openStage).
import { expect, waitUntil } from '@open-wc/testing';
import { defineResizingIn } from '../fixtures/robustness/faulty-element.js';
import {
  create,
  deepText,
  ELEMENTS,
  errorPart,
  frameOf,
  hasContent,
  infoOf,
  openStage,
  openStrictPage,
  rendered,
  RESIZE_OBSERVER_LOOP,
  sleep,
  squash,
  type CsLike,
  type StageWindow,
  type StrictPage,
} from './helpers.js';

const ALL_TAGS = ELEMENTS.map((info) => info.tag);
const pageQuery = (scripts: string[], tags = ALL_TAGS) =>
  new URLSearchParams([...tags.map((tag) => ['el', tag]), ['treaty', 'friendship-1943'], ...scripts.map((src) => ['script', src])]).toString();

/** The element's text with white space squashed: what a reader reads. */
// The download menu arrives in idle time after the first picture, whenever the browser gets there:
// it is the same in every element and says nothing about what another element's selection changed.
const textOf = (el: Element) => {
  const menu = el.shadowRoot!.querySelector('[part~="download"]');
  return squash(deepText(el.shadowRoot!).replace(menu ? deepText(menu) : '\u0000', ''));
};

/** Which parts, how many of each, and the drawing's frame: equal for two elements laid out alike. */
function layoutSignature(el: Element): string {
  const counts = new Map<string, number>();
  for (const node of el.shadowRoot!.querySelectorAll('[part]')) {
    for (const name of node.getAttribute('part')!.split(/\s+/)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const boxes = [...el.shadowRoot!.querySelectorAll('svg[viewBox]')].map((svg) => svg.getAttribute('viewBox'));
  const { width, height } = el.getBoundingClientRect();
  return JSON.stringify({ parts: [...counts].sort(), boxes, width: Math.round(width), height: Math.round(height / 4) });
}

/** Waits for resize-driven layout to finish (a few frames of the element's window). */
async function layoutSettled(elements: CsLike[]): Promise<void> {
  const win = elements[0]?.ownerDocument.defaultView ?? window;
  for (let i = 0; i < 3; i += 1) {
    await frameOf(win);
    for (const el of elements) await el.updateComplete;
  }
  await sleep(50);
  for (const el of elements) await rendered(el);
}

describe('sharing a page: two bundles', function () {
  this.timeout(60_000);
  const pages: StrictPage[] = [];
  afterEach(() => pages.splice(0).forEach((page) => page.close()));

  /** A page loading `scripts`: every element registered and drawn, nothing uncaught (CSP violations are csp.test.ts's business). */
  async function expectSharedPage(scripts: string[]): Promise<void> {
    const page = await openStrictPage(pageQuery(scripts));
    pages.push(page);
    expect(page.record.errors, 'uncaught errors').to.deep.equal([]);
    for (const tag of ALL_TAGS) expect(page.window.customElements.get(tag), tag).not.to.equal(undefined);
    expect(page.elements).to.have.length(ALL_TAGS.length);
    for (const el of page.elements) {
      expect(errorPart(el), `<${el.localName}>: ${squash(errorPart(el)?.textContent)}`).to.equal(null);
      expect(hasContent(el), `<${el.localName}> drawn`).to.equal(true);
    }
    const loaded = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname + new URL(entry.name).search);
    for (const src of scripts) expect(loaded, `${src} was loaded`).to.include(src);
  }

  it('the all-in-one bundle twice (a second URL by query string)', async () => {
    await expectSharedPage(['/dist/cdn/cs-history.js', '/dist/cdn/cs-history.js?copy=2']);
  });

  it('two full copies of the all-in-one bundle (every chunk twice)', async () => {
    await expectSharedPage(['/dist/cdn/cs-history.js', '/csp/copy/dist/cdn/cs-history.js']);
  });

  for (const info of ELEMENTS) {
    it(`<${info.tag}>'s own file, then the all-in-one bundle, and the other way round`, async () => {
      await expectSharedPage([`/dist/cdn/${info.tag}.js`, '/dist/cdn/cs-history.js']);
      await expectSharedPage(['/csp/copy/dist/cdn/cs-history.js', `/dist/cdn/${info.tag}.js`]);
    });
  }
});

describe('sharing a page: many elements, hidden, moved, changed, resized', function () {
  this.timeout(60_000);
  let stage: { window: StageWindow; close: () => void };
  let win: StageWindow;
  let doc: Document;
  let container: HTMLElement;

  /** Uncaught errors on the stage (ResizeObserver loops are the resize test's business). */
  const uncaught = () => win.__csp!.errors.filter((error) => !RESIZE_OBSERVER_LOOP.test(error));
  const loops = () => win.__csp!.errors.filter((error) => RESIZE_OBSERVER_LOOP.test(error));

  beforeEach(async () => {
    // The built bundle, on a page without the strict policy: this is about sharing, not CSP.
    stage = await openStage('/csp/page.html?policy=none', { width: 1100, height: 800 });
    win = stage.window;
    doc = win.document;
    await waitUntil(() => ALL_TAGS.every((tag) => win.customElements.get(tag)) || win.__csp?.errors.length, 'the bundle did not load', {
      timeout: 8000,
    });
    expect(win.__csp!.errors, 'loading the bundle').to.deep.equal([]);
    container = doc.createElement('div');
    doc.body.append(container);
  });
  afterEach(() => stage.close());

  /** A box of `width` px in the stage. */
  function box(width = 700, parent: ParentNode = container): HTMLElement {
    const element = doc.createElement('div');
    element.style.width = `${width}px`;
    parent.append(element);
    return element;
  }

  /**
   * Renders `el` in `parent` at several widths; returns the ResizeObserver-loop
   * errors seen. The drawing must fit each width.
   */
  async function resizeLoops(el: CsLike, parent: HTMLElement): Promise<string[]> {
    const before = loops().length;
    parent.style.width = '900px';
    await rendered(el);
    await layoutSettled([el]);
    for (const width of [420, 760, 320, 1000, 600]) {
      parent.style.width = `${width}px`;
      await layoutSettled([el]);
      for (const svg of el.shadowRoot!.querySelectorAll('svg')) {
        expect(svg.getBoundingClientRect().right, `an svg overflows at ${width}px`).to.be.at.most(el.getBoundingClientRect().right + 1);
      }
    }
    await sleep(50);
    return loops().slice(before);
  }

  it('the resize check notices a ResizeObserver loop (control)', async () => {
    defineResizingIn(win);
    const parent = box();
    const el = create('robust-resizing', {}, parent);
    expect(await resizeLoops(el, parent)).not.to.deep.equal([]);
  });

  describe('50 instances on one page', () => {
    const VARIANTS: Record<string, Record<string, string>[]> = {
      'cs-timeline': [{ from: '1938', to: '1945', theme: 'light' }, { categories: 'military repression', theme: 'dark' }],
      'casualty-chart': [{ battle: 'sokolovo', theme: 'light' }, { battle: 'dukla', chart: 'waffle', theme: 'dark' }],
      'treaty-card': [{ treaty: 'friendship-1943', theme: 'light' }, { treaty: '1935', compact: '', theme: 'dark' }],
      'cs-map': [{ year: '1943', theme: 'light' }, { theme: 'dark' }],
    };
    interface Instance {
      el: CsLike;
      key: string;
      variant: string;
    }

    async function fifty(): Promise<Instance[]> {
      const configs: { tag: string; lang: string; attributes: Record<string, string>; variant: number }[] = [];
      for (const tag of ALL_TAGS) {
        for (const [variant, attributes] of VARIANTS[tag].entries()) {
          for (const lang of ['en', 'cs', 'sk']) configs.push({ tag, lang, attributes, variant });
        }
      }
      configs.push({ tag: 'treaty-card', lang: 'cs', attributes: { treaty: 'ruthenia-1945' }, variant: 2 });
      expect(configs).to.have.length(25);
      const instances: Instance[] = [];
      for (let copy = 0; copy < 2; copy += 1) {
        for (const { tag, lang, attributes, variant } of configs) {
          const el = create(tag, { ...attributes, lang }, box(640));
          instances.push({ el, key: `${tag}|${variant}|${lang}`, variant: `${tag}|${variant}` });
        }
      }
      for (const { el } of instances) await rendered(el, 15_000);
      await layoutSettled(instances.map((instance) => instance.el));
      return instances;
    }

    it('each renders in its own language and theme, as its twin does', async () => {
      const instances = await fifty();
      expect(instances).to.have.length(50);
      const texts = new Map<string, string>();
      for (const { el, key } of instances) {
        expect(errorPart(el), `${key}: ${squash(errorPart(el)?.textContent)}`).to.equal(null);
        const text = textOf(el);
        if (texts.has(key)) expect(text, `${key}: the same as its twin`).to.equal(texts.get(key));
        else texts.set(key, text);
        const theme = el.getAttribute('theme');
        if (theme === 'light' || theme === 'dark') expect(win.getComputedStyle(el).colorScheme, `${key} theme`).to.equal(theme);
      }
      // The same element and attributes in three languages: three different texts.
      for (const variant of new Set(instances.map((instance) => instance.variant))) {
        const langs = ['en', 'cs', 'sk'].filter((lang) => texts.has(`${variant}|${lang}`));
        if (langs.length < 2) continue;
        const distinct = new Set(langs.map((lang) => texts.get(`${variant}|${lang}`)));
        expect(distinct.size, `${variant} in ${langs.join(', ')}`).to.equal(langs.length);
      }
      expect(uncaught()).to.deep.equal([]);
    });

    it('selecting in one changes no other', async () => {
      const instances = await fifty();
      for (const tag of ['cs-map', 'cs-timeline']) {
        const [first, twin] = instances.filter((instance) => instance.key === `${tag}|0|en`);
        const before = instances.map(({ el }) => ({ selected: el.getAttribute('selected'), text: textOf(el) }));
        const selections: { target: EventTarget | null; id: string | null }[] = [];
        const listener = (event: Event) => selections.push({ target: event.target, id: (event as CustomEvent<{ id: string | null }>).detail.id });
        doc.addEventListener('cs-select', listener);
        const mark = first.el.shadowRoot!.querySelector<SVGElement | HTMLElement>(`[part~="${infoOf(tag).contentPart}"]`);
        expect(mark, `${tag} mark`).not.to.equal(null);
        mark!.dispatchEvent(new win.MouseEvent('click', { bubbles: true, composed: true }));
        await first.el.updateComplete;
        doc.removeEventListener('cs-select', listener);
        expect(selections.map((selection) => selection.target), `${tag}: one cs-select, from the clicked element`).to.deep.equal([first.el]);
        expect(first.el.getAttribute('selected'), `${tag}: selected`).to.equal(selections[0].id);
        expect(twin.el.getAttribute('selected'), `${tag}: its twin unchanged`).to.equal(null);
        await layoutSettled(instances.map((instance) => instance.el));
        instances.forEach(({ el, key }, index) => {
          if (el === first.el) return;
          expect(el.getAttribute('selected'), key).to.equal(before[index].selected);
          expect(textOf(el), `${key} unchanged`).to.equal(before[index].text);
        });
        first.el.removeAttribute('selected');
        await layoutSettled(instances.map((instance) => instance.el));
      }
      expect(uncaught()).to.deep.equal([]);
    });
  });

  for (const info of ELEMENTS) {
    describe(`<${info.tag}>`, () => {
      /** A visible element with the same attributes in a box of the same width, to compare with. */
      async function control(attributes: Record<string, string> = {}, width = 700): Promise<CsLike> {
        const el = create(info.tag, { lang: 'en', ...info.baseline, ...attributes }, box(width));
        await rendered(el);
        await layoutSettled([el]);
        return el;
      }

      /** What the element shows with these attributes, rendered apart (and removed). */
      async function referenceText(attributes: Record<string, string>): Promise<string> {
        const reference = await control(attributes);
        const text = textOf(reference);
        reference.parentElement!.remove();
        return text;
      }

      it('first laid out inside a display:none box, it draws itself when shown', async () => {
        const reference = await control();
        const parent = box();
        parent.style.display = 'none';
        const el = create(info.tag, { lang: 'en', ...info.baseline }, parent);
        await rendered(el);
        await sleep(200);
        parent.style.display = '';
        await layoutSettled([el]);
        expect(errorPart(el)).to.equal(null);
        expect(layoutSignature(el)).to.equal(layoutSignature(reference));
        expect(textOf(el)).to.equal(textOf(reference));
        const marks = [...el.shadowRoot!.querySelectorAll(`[part~="${info.contentPart}"]`)];
        expect(marks.length).to.be.greaterThan(0);
        expect(
          marks.some((mark) => mark.getBoundingClientRect().width > 0),
          'marks have a size',
        ).to.equal(true);
        expect(uncaught()).to.deep.equal([]);
      });

      it('first laid out with [hidden], it draws itself when shown', async () => {
        const reference = await control();
        const el = create(info.tag, { lang: 'en', ...info.baseline, hidden: '' }, box());
        await rendered(el);
        await sleep(200);
        expect(el.getBoundingClientRect().height, 'hidden').to.equal(0);
        el.removeAttribute('hidden');
        await layoutSettled([el]);
        expect(layoutSignature(el)).to.equal(layoutSignature(reference));
        expect(uncaught()).to.deep.equal([]);
      });

      it('moved in the DOM, into another language and into a shadow root, it keeps working', async () => {
        const el = create(info.tag, info.baseline, box());
        await rendered(el);
        const czech = await referenceText({ lang: 'cs' });
        const slovak = await referenceText({ lang: 'sk' });

        const target = box();
        target.lang = 'cs';
        target.append(el);
        await layoutSettled([el]);
        expect(errorPart(el)).to.equal(null);
        expect(textOf(el), 'inherits Czech from its new parent').to.equal(czech);

        const host = box();
        host.lang = 'sk';
        const shadow = host.attachShadow({ mode: 'open' });
        shadow.append(el);
        await layoutSettled([el]);
        expect(textOf(el), 'inherits Slovak across the shadow boundary').to.equal(slovak);

        el.setAttribute('theme', 'dark');
        await el.updateComplete;
        expect(win.getComputedStyle(el).colorScheme).to.equal('dark');
        if (info.tag === 'cs-map' || info.tag === 'cs-timeline') {
          const selections: string[] = [];
          el.addEventListener('cs-select', (event) => selections.push(String((event as CustomEvent<{ id: string | null }>).detail.id)));
          el.shadowRoot!.querySelector(`[part~="${info.contentPart}"]`)!.dispatchEvent(new win.MouseEvent('click', { bubbles: true, composed: true }));
          await el.updateComplete;
          expect(selections, 'still selectable').to.have.length(1);
        }
        expect(uncaught()).to.deep.equal([]);
      });

      it('lang and theme changed at runtime re-render it', async () => {
        const parent = box();
        const el = create(info.tag, { ...info.baseline, lang: 'en', theme: 'light' }, parent);
        await rendered(el);
        await layoutSettled([el]);
        const english = textOf(el);
        const references = { cs: await referenceText({ lang: 'cs' }), sk: await referenceText({ lang: 'sk' }) };

        for (const [lang, expected] of [
          ['cs', references.cs],
          ['sk', references.sk],
          ['de', english],
          ['en', english],
        ] as const) {
          el.setAttribute('lang', lang);
          await layoutSettled([el]);
          expect(textOf(el), `lang="${lang}"`).to.equal(expected);
        }
        // Inherited: no own lang, the parent's lang, changed at runtime.
        parent.lang = 'cs';
        el.removeAttribute('lang');
        await layoutSettled([el]);
        expect(textOf(el), 'inherited cs').to.equal(references.cs);
        parent.lang = 'sk';
        await layoutSettled([el]);
        expect(textOf(el), 'inherited sk, changed at runtime').to.equal(references.sk);

        const ink = () => win.getComputedStyle(el).color;
        const light = ink();
        el.setAttribute('theme', 'dark');
        await el.updateComplete;
        expect(win.getComputedStyle(el).colorScheme).to.equal('dark');
        const dark = ink();
        expect(dark, 'dark text colour').not.to.equal(light);
        el.setAttribute('theme', 'auto');
        await el.updateComplete;
        expect(ink(), 'auto follows prefers-color-scheme').to.equal(win.matchMedia('(prefers-color-scheme: dark)').matches ? dark : light);
        el.removeAttribute('theme');
        await el.updateComplete;
        expect(errorPart(el), 'no theme: auto').to.equal(null);
        expect(uncaught()).to.deep.equal([]);
      });

      it('resizing re-lays it out, without ResizeObserver-loop errors', async () => {
        const parent = box();
        const el = create(info.tag, { lang: 'en', ...info.baseline }, parent);
        expect(await resizeLoops(el, parent), 'ResizeObserver loop errors').to.deep.equal([]);
        expect(uncaught()).to.deep.equal([]);
      });
    });
  }
});
