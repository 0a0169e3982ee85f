// Pages with many of our elements: what axe says of the page, not of one element alone.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/treaty-card.js';
import '../../src/define/cs-map.js';
import { axeViolations } from '../helpers.js';

const TREATIES = ['mutual-assistance-1935', 'joint-action-1941', 'friendship-1943', 'liberated-territory-1944', 'ruthenia-1945'];

describe('crowded pages', () => {
  it('five treaty cards on one page pass axe, landmarks unique included', async () => {
    const page = await fixture(html`<main>${TREATIES.map((id) => html`<treaty-card treaty=${id}></treaty-card>`)}</main>`);
    const cards = [...page.querySelectorAll('treaty-card')];
    await waitUntil(() => cards.every((card) => card.shadowRoot?.querySelector('[part~="title"]')), 'the cards did not render', { timeout: 8000 });
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('the map’s place marks say what they show (label-content-name-mismatch)', async () => {
    const page = await fixture(html`<main><cs-map year="1945"></cs-map></main>`);
    const map = page.querySelector('cs-map')!;
    await waitUntil(() => map.shadowRoot?.querySelector('[part~="place"]'), 'the map did not render', { timeout: 8000 });
    await waitUntil(() => map.shadowRoot?.querySelector('[part~="land"]'), 'no land', { timeout: 8000 });
    expect(await axeViolations(page, ['label-content-name-mismatch'])).to.deep.equal([]);
  });
});
