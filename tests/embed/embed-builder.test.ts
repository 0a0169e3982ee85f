import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
// @ts-expect-error -- the gallery is plain JavaScript, served as it is.
import { attributesOf, createEmbedBuilder, dataSnippet, iframeSnippet, PLACEHOLDER_HOST, scriptSnippet } from '../../gallery/embed-builder.js';

interface Attribute {
  name: string;
  values?: string[];
  boolean: boolean;
}

const manifest = await (await fetch('/custom-elements.json')).json();
const options = { manifest, scriptUrl: 'https://example.org/cdn/cs-history.js', embedUrl: 'https://example.org/embed.html', hostScriptUrl: 'https://example.org/cdn/embed-host.js' };

describe('embed builder', () => {
  it('offers the attributes of each element from custom-elements.json', () => {
    const names = (tag: string) => (attributesOf(manifest, tag) as Attribute[]).map((attribute) => attribute.name);
    expect(names('cs-timeline')).to.include.members(['from', 'to', 'categories', 'selected', 'orientation', 'deep-link']);
    expect(names('casualty-chart')).to.include.members(['battle', 'chart', 'show-table']);
    expect(names('treaty-card')).to.include.members(['treaty', 'compact']);
    expect(names('cs-map')).to.include('year');
    // Language and theme have their own controls.
    expect(names('treaty-card')).not.to.include('lang');
  });

  it('writes script and iframe snippets with escaped values', () => {
    expect(scriptSnippet('treaty-card', { treaty: '1943', compact: true, lang: 'cs' }, 'x.js')).to.equal(
      '<script type="module" src="x.js"></script>\n<treaty-card treaty="1943" compact lang="cs"></treaty-card>',
    );
    expect(scriptSnippet('cs-map', { year: '"><b>' }, 'x.js')).to.contain('year="&quot;>&lt;b>"');
    const iframe = iframeSnippet('cs-map', { year: '1943', lang: 'sk' }, 'https://h/embed.html', 'https://h/embed-host.js');
    expect(iframe).to.contain('src="https://h/embed.html?el=cs-map&amp;year=1943&amp;lang=sk"').and.contain('title="cs-map');
  });

  it('shows a live preview and snippets that follow the choices', async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    createEmbedBuilder(root, options);
    const form = root.querySelector('form')!;
    const tag = form.querySelector<HTMLSelectElement>('[name="tag"]')!;
    tag.value = 'treaty-card';
    tag.dispatchEvent(new Event('change', { bubbles: true }));
    const treaty = form.querySelector<HTMLInputElement | HTMLSelectElement>('[name="attr-treaty"]')!;
    treaty.value = 'friendship-1943';
    treaty.dispatchEvent(new Event('input', { bubbles: true }));
    const lang = form.querySelector<HTMLSelectElement>('[name="lang"]')!;
    lang.value = 'cs';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    const preview = root.querySelector('.preview treaty-card')!;
    expect(preview.getAttribute('treaty')).to.equal('friendship-1943');
    expect(preview.getAttribute('lang')).to.equal('cs');
    await waitUntil(() => preview.shadowRoot?.textContent?.includes('prosince 1943'), 'preview did not render in Czech');
    const script = root.querySelector<HTMLTextAreaElement>('[name="script-snippet"]')!.value;
    expect(script).to.contain('<treaty-card treaty="friendship-1943" lang="cs"></treaty-card>').and.contain(options.scriptUrl);
    const iframe = root.querySelector<HTMLTextAreaElement>('[name="iframe-snippet"]')!.value;
    expect(iframe).to.contain('embed.html?el=treaty-card&amp;treaty=friendship-1943&amp;lang=cs');
  });

  it('copies a snippet and says so, or selects it when the clipboard is refused', async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    createEmbedBuilder(root, options);
    const clipboard = navigator.clipboard;
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    try {
      root.querySelector<HTMLButtonElement>('[data-copy="script-snippet"]')!.click();
      await waitUntil(() => root.querySelector('.copied')!.textContent === 'Copied.');
      expect(written[0]).to.contain('<script type="module"');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => Promise.reject(new Error('denied')) } });
      root.querySelector<HTMLButtonElement>('[data-copy="iframe-snippet"]')!.click();
      await waitUntil(() => root.querySelector('.copied')!.textContent!.includes('Ctrl+C'));
      const area = root.querySelector<HTMLTextAreaElement>('[name="iframe-snippet"]')!;
      expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  /** Chooses `value` in the form control `name` as a user would. */
  function choose(root: HTMLElement, name: string, value: string): void {
    const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
    control.value = value;
    control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input', { bubbles: true }));
  }

  it('offers a drop-down with only valid values for every fixed-list attribute, and a default that draws', async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    createEmbedBuilder(root, options);
    const optionsOf = (name: string) => [...root.querySelectorAll<HTMLOptionElement>(`select[name="${name}"] option`)].map((option) => option.value);
    choose(root, 'tag', 'treaty-card');
    expect(optionsOf('attr-treaty')).to.deep.equal(['mutual-assistance-1935', 'joint-action-1941', 'friendship-1943', 'liberated-territory-1944', 'ruthenia-1945']);
    const card = root.querySelector('.preview treaty-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]'), 'the default treaty did not draw');
    expect(card.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    choose(root, 'tag', 'casualty-chart');
    expect(optionsOf('attr-battle')).to.deep.equal(['', 'sokolovo', 'kiev', 'dukla', 'all']);
    expect(optionsOf('attr-chart')).to.deep.equal(['', 'bar', 'waffle']);
    choose(root, 'tag', 'cs-map');
    expect(optionsOf('attr-year')).to.deep.equal(['', '1942', '1943', '1944', '1945']);
    choose(root, 'tag', 'cs-timeline');
    expect(optionsOf('attr-orientation')).to.deep.equal(['', 'horizontal', 'vertical', 'auto']);
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input[name="multi-categories"]')];
    expect(boxes.map((box) => box.value)).to.deep.equal(['diplomacy', 'military', 'politics', 'repression']);
    boxes[1].click();
    boxes[3].click();
    expect(root.querySelector('.preview cs-timeline')!.getAttribute('categories')).to.equal('military repression');
    expect(root.querySelector<HTMLTextAreaElement>('[name="script-snippet"]')!.value).to.contain('categories="military repression"');
  });

  it('checks from and to with the element’s own message', async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    createEmbedBuilder(root, options);
    choose(root, 'tag', 'cs-timeline');
    choose(root, 'attr-from', '1950-13');
    const note = root.querySelector<HTMLElement>('.element-error')!;
    await waitUntil(() => !note.hidden && note.textContent!.includes('1950-13'), 'the element’s message was not shown');
    const own = root.querySelector('.preview cs-timeline')!.shadowRoot!.querySelector('[part~="error"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(note.textContent).to.equal(own);
    // A valid date after all the data: not "0 events" in silence, but the period the data covers.
    choose(root, 'attr-from', '1950');
    await waitUntil(() => note.textContent!.includes('1950') && note.textContent!.includes('within the data’s period (1918–1948)'), `from=1950 was taken silently: ${note.textContent}`);
    choose(root, 'attr-from', '1940');
    await waitUntil(() => note.hidden, 'the message stayed after a valid value');
  });

  it('measures the iframe height from the element and names a placeholder host, said so beside the snippets', async () => {
    const root = await fixture<HTMLElement>(html`<div style="width: 800px"></div>`);
    createEmbedBuilder(root, { ...options, scriptUrl: `${PLACEHOLDER_HOST}/cdn/cs-history.js` });
    choose(root, 'tag', 'treaty-card');
    const card = root.querySelector<HTMLElement>('.preview treaty-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]'), 'the card did not draw');
    const iframe = () => root.querySelector<HTMLTextAreaElement>('[name="iframe-snippet"]')!.value;
    await waitUntil(() => iframe().includes(`height:${Math.ceil(card.getBoundingClientRect().height)}px`), 'the iframe height is not the element’s');
    expect(iframe()).to.not.contain('height:480px');
    expect(root.querySelector('.host-note')!.textContent).to.contain(PLACEHOLDER_HOST).and.contain('replace it');
    expect(root.querySelector<HTMLTextAreaElement>('[name="script-snippet"]')!.value).to.contain(PLACEHOLDER_HOST).and.not.contain('localhost');
  });

  it('draws pasted data live in the “Your data” tab, with its errors, and writes a snippet with the data inline', async () => {
    const root = await fixture<HTMLElement>(html`<div style="width: 900px"></div>`);
    createEmbedBuilder(root, options);
    const tab = root.querySelector<HTMLButtonElement>('#tab-data')!;
    tab.click();
    expect(tab.getAttribute('aria-selected')).to.equal('true');
    expect(root.querySelector<HTMLElement>('#panel-data')!.hidden).to.equal(false);
    expect(root.querySelector<HTMLAnchorElement>('#panel-data a[download]')!.getAttribute('href')).to.contain('timeline-template.csv');
    const timeline = () => root.querySelector('.preview cs-timeline')!;
    await waitUntil(() => timeline().shadowRoot?.querySelectorAll('[part~="event"]').length === 3, 'the sample did not draw');
    choose(root, 'user-data', 'date,title\n1943-13-40,Bad\n1944,Good\n');
    await waitUntil(() => timeline().shadowRoot?.querySelector('[part~="error"] li'), 'the errors were not shown');
    expect(timeline().shadowRoot!.querySelector('[part~="error"] li')!.textContent).to.contain('row 2').and.contain('“1943-13-40” is not a date');
    choose(root, 'user-data', '{"events":[{"date":"1944","title":"Good"}]}');
    await waitUntil(() => timeline().shadowRoot?.querySelectorAll('[part~="event"]').length === 1, 'the JSON did not draw');
    const snippet = root.querySelector<HTMLTextAreaElement>('[name="script-snippet"]')!.value;
    expect(snippet).to.contain('<script type="application/json">').and.contain('"title":"Good"').and.contain('<cs-timeline>');
    expect(dataSnippet('date,title\n1944,</script><b>', {}, 'x.js')).to.contain('<script type="text/csv">').and.contain('<\\/script><b>');
  });
});
