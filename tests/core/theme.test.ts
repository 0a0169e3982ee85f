import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import './fixture-element.js';
import type { TestItems } from './fixture-element.js';
import { withWarnings } from '../helpers.js';

const colors = (el: Element) => {
  const style = getComputedStyle(el);
  return { text: style.color, background: style.backgroundColor };
};

describe('theme', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('uses light colours for theme="light" and dark ones for theme="dark"', async () => {
    const light = await fixture<TestItems>(html`<test-items theme="light"></test-items>`);
    const dark = await fixture<TestItems>(html`<test-items theme="dark"></test-items>`);
    expect(colors(light).background).to.equal('rgb(255, 255, 255)');
    expect(colors(dark).background).to.equal('rgb(22, 23, 27)');
    expect(colors(dark).text).to.equal('rgb(233, 233, 238)');
  });

  it('follows prefers-color-scheme with theme="auto" (the default)', async () => {
    const el = await fixture<TestItems>(html`<test-items></test-items>`);
    expect(el.theme).to.equal('auto');
    await emulateMedia({ colorScheme: 'dark' });
    await waitUntil(() => colors(el).background === 'rgb(22, 23, 27)', 'did not turn dark');
    await emulateMedia({ colorScheme: 'light' });
    await waitUntil(() => colors(el).background === 'rgb(255, 255, 255)', 'did not turn light');
  });

  it('switches when the theme attribute changes at run time', async () => {
    const el = await fixture<TestItems>(html`<test-items theme="light"></test-items>`);
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(colors(el).background).to.equal('rgb(22, 23, 27)');
  });

  it('lets the host page override the tokens in both schemes', async () => {
    const wrapper = await fixture(html`<div style="--cs-color-text: rgb(1, 2, 3); --cs-color-surface: rgb(250, 240, 230)">
      <test-items theme="dark"></test-items>
    </div>`);
    const el = wrapper.querySelector('test-items')!;
    expect(colors(el)).to.deep.equal({ text: 'rgb(1, 2, 3)', background: 'rgb(250, 240, 230)' });
  });

  it('does not leak its styles into the page', async () => {
    const wrapper = await fixture(html`<div><test-items theme="dark"></test-items><button>page button</button></div>`);
    const button = wrapper.querySelector('button')!;
    const plain = document.createElement('button');
    document.body.append(plain);
    expect(getComputedStyle(button).borderRadius).to.equal(getComputedStyle(plain).borderRadius);
    plain.remove();
  });

  it('rejects an unknown theme with an error naming the valid values', async () => {
    await withWarnings(async () => {
      const el = await fixture<TestItems>(html`<test-items theme="purple"></test-items>`);
      expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('theme').and.contain('“light”, “dark” or “auto”');
    });
  });
});

describe('theme: print and forced colours', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await executeServerCommand('emulate-forced-colors', { value: 'none' });
  });

  it('prints dark text on white without buttons, even with theme="dark"', async () => {
    await withWarnings(async () => {
      const el = await fixture<TestItems>(html`<test-items theme="dark" src="/test-api/status/500"></test-items>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'no error state');
      const retry = el.shadowRoot!.querySelector<HTMLElement>('[part~="retry"]')!;
      expect(getComputedStyle(retry).display).not.to.equal('none');
      await emulateMedia({ media: 'print' });
      await waitUntil(() => colors(el).background === 'rgb(255, 255, 255)', 'the print background is not white');
      expect(colors(el).text).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(retry).display).to.equal('none');
    });
  });

  it('uses the system colours in forced-colours (high contrast) mode', async () => {
    const el = await fixture<TestItems>(html`<test-items theme="dark" style="--cs-color-text: rgb(1, 2, 3)"></test-items>`);
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    try {
      expect(colors(el).text).to.equal('rgb(1, 2, 3)');
      await executeServerCommand('emulate-forced-colors', { value: 'active' });
      await waitUntil(() => colors(el).text === getComputedStyle(probe).color, 'text does not follow the system colour');
      // The element's own tokens switch to system colours (links, focus), not just what the browser forces.
      const token = (name: string) => getComputedStyle(el).getPropertyValue(name).trim();
      expect(token('--_accent')).to.equal('LinkText');
      expect(token('--_focus')).to.equal('Highlight');
    } finally {
      probe.remove();
    }
  });
});
