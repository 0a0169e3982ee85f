import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { normalizeLocale, resolveLanguage } from '../../src/core/language.js';
import './fixture-element.js';
import type { TestItems } from './fixture-element.js';

const label = (el: TestItems) => el.shadowRoot!.querySelector('.label')?.textContent?.trim();

/** Waits until the element shows its content (data and UI strings loaded). */
async function ready(el: TestItems) {
  await waitUntil(() => el.shadowRoot?.querySelector('.label'), 'element did not render its content');
  return el;
}

/** Waits until a re-render has happened and shows `text` as the label. */
const labelBecomes = (el: TestItems, text: string) => waitUntil(() => label(el) === text, `label did not become ${text}`);

describe('language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('normalizes BCP 47 tags and falls back to English for unsupported ones', () => {
    expect(normalizeLocale('cs-CZ')).to.equal('cs');
    expect(normalizeLocale('SK')).to.equal('sk');
    expect(normalizeLocale('sk_SK')).to.equal('sk');
    expect(normalizeLocale('de')).to.equal('en');
    expect(normalizeLocale('')).to.equal('en');
    expect(normalizeLocale(undefined)).to.equal('en');
  });

  it('uses the element’s own lang attribute first', async () => {
    const el = await ready(await fixture<TestItems>(html`<div lang="sk"><test-items lang="cs"></test-items></div>`).then((div) => div.querySelector('test-items')!));
    expect(label(el)).to.equal('Zdroje');
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('1\u00a0234');
  });

  it('inherits the closest ancestor’s lang', async () => {
    const wrapper = await fixture(html`<section lang="en"><div lang="cs-CZ"><p><test-items></test-items></p></div></section>`);
    const el = await ready(wrapper.querySelector('test-items')!);
    expect(resolveLanguage(el)).to.equal('cs');
  });

  it('inherits a lang across a shadow root boundary', async () => {
    const host = await fixture(html`<div lang="sk"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span><test-items></test-items></span>';
    const el = await ready(shadow.querySelector('test-items') as TestItems);
    expect(label(el)).to.equal('Zdroje');
    expect(resolveLanguage(el)).to.equal('sk');
  });

  it('falls back to <html lang>, then to English', async () => {
    document.documentElement.setAttribute('lang', 'sk');
    const el = await ready(await fixture<TestItems>(html`<test-items></test-items>`));
    expect(resolveLanguage(el)).to.equal('sk');
    document.documentElement.removeAttribute('lang');
    expect(resolveLanguage(el)).to.equal('en');
  });

  it('renders in English for an unsupported language', async () => {
    const el = await ready(await fixture<TestItems>(html`<test-items lang="de"></test-items>`));
    expect(label(el)).to.equal('Sources');
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('1,234');
  });

  it('re-renders when its own lang attribute changes', async () => {
    const el = await ready(await fixture<TestItems>(html`<test-items lang="en"></test-items>`));
    expect(label(el)).to.equal('Sources');
    el.setAttribute('lang', 'cs');
    await labelBecomes(el, 'Zdroje');
    el.lang = 'en';
    await el.updateComplete;
    expect(label(el)).to.equal('Sources');
  });

  it('re-renders when an ancestor’s or the page’s lang changes', async () => {
    const wrapper = await fixture(html`<div lang="en"><test-items></test-items></div>`);
    const el = await ready(wrapper.querySelector('test-items')!);
    wrapper.setAttribute('lang', 'sk');
    await labelBecomes(el, 'Zdroje');
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('1\u00a0234');
    wrapper.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(label(el)).to.equal('Sources');
  });

  it('renders two elements on one page in two languages', async () => {
    const wrapper = await fixture(html`<div><test-items lang="cs"></test-items><test-items lang="en"></test-items><test-items lang="sk" mode="zzz"></test-items></div>`);
    const [czech, english, slovak] = [...wrapper.querySelectorAll('test-items')];
    await ready(czech);
    await ready(english);
    await waitUntil(() => slovak.shadowRoot!.querySelector('[part~="error"]')?.textContent?.includes('Atribút'));
    expect(label(czech)).to.equal('Zdroje');
    expect(label(english)).to.equal('Sources');
    expect(slovak.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('Atribút mode má neplatnú hodnotu „zzz“');
  });

  it('is not affected by a host page that configures @lit/localize itself', async () => {
    const { configureLocalization } = await import('@lit/localize');
    // The host installs its own global msg() with its own locale…
    const host = configureLocalization({ sourceLocale: 'en', targetLocales: ['de'], loadLocale: async () => ({ templates: {} }) });
    expect(host.getLocale()).to.equal('en');
    // …and our elements still render, each in its own language.
    const el = await ready(await fixture<TestItems>(html`<test-items lang="cs"></test-items>`));
    expect(label(el)).to.equal('Zdroje');
  });
});
