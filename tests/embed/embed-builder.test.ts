import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
// @ts-expect-error -- the gallery is plain JavaScript, served as it is.
import { attributesOf, createEmbedBuilder, iframeSnippet, scriptSnippet } from '../../gallery/embed-builder.js';

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
    treaty.value = '1943';
    treaty.dispatchEvent(new Event('input', { bubbles: true }));
    const lang = form.querySelector<HTMLSelectElement>('[name="lang"]')!;
    lang.value = 'cs';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    const preview = root.querySelector('.preview treaty-card')!;
    expect(preview.getAttribute('treaty')).to.equal('1943');
    expect(preview.getAttribute('lang')).to.equal('cs');
    await waitUntil(() => preview.shadowRoot?.textContent?.includes('prosince 1943'), 'preview did not render in Czech');
    const script = root.querySelector<HTMLTextAreaElement>('[name="script-snippet"]')!.value;
    expect(script).to.contain('<treaty-card treaty="1943" lang="cs"></treaty-card>').and.contain(options.scriptUrl);
    const iframe = root.querySelector<HTMLTextAreaElement>('[name="iframe-snippet"]')!.value;
    expect(iframe).to.contain('embed.html?el=treaty-card&amp;treaty=1943&amp;lang=cs');
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
});
