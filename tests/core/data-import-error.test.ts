// A bundled chunk that does not arrive (a host that copied dist/cdn only in
// part, a dropped connection) is the element's file missing, not bad JSON: the
// message must say so, or a reader goes looking for an error in the data.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { CsElement } from '../../src/core/base-element.js';
import { DataController } from '../../src/core/data-loader.js';
import { define } from '../../src/core/define.js';
import { withWarnings } from '../helpers.js';
import { readItems, type ItemsDocument } from './fixture-element.js';

class TestMissingChunk extends CsElement {
  readonly data = new DataController<ItemsDocument>(this, {
    // A chunk the server does not have: the browser rejects the import().
    bundled: () => import(/* @vite-ignore */ `${location.origin}/tests/fixtures/missing/no-such-chunk.js`).then((module) => module.default as ItemsDocument),
    reader: { load: async () => readItems },
  });

  override render() {
    return this.renderWith(this.data, (doc) => html`<ul>${doc.items.map((item) => html`<li>${item.id}</li>`)}</ul>`);
  }
}
define('test-missing-chunk', TestMissingChunk);

describe('data: a bundled chunk that fails to load', () => {
  it('says a file of the element could not be loaded, not that the JSON is invalid', async () => {
    await withWarnings(async (warnings) => {
      const el = await fixture<TestMissingChunk>(html`<test-missing-chunk></test-missing-chunk>`);
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="error"]'), 'no error shown', { timeout: 5000 });
      const text = el.shadowRoot!.querySelector('[part~="error"]')!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('A file of the element could not be loaded');
      expect(text).to.contain('no-such-chunk.js');
      expect(text).not.to.contain('JSON');
      expect(warnings).to.have.length(1);
    });
  });

  it('says it in the element’s language', async () => {
    await withWarnings(async () => {
      const el = await fixture<TestMissingChunk>(html`<test-missing-chunk lang="cs"></test-missing-chunk>`);
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="error"]')?.textContent?.includes('Soubor prvku'), 'no Czech error shown', { timeout: 5000 });
    });
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'test-missing-chunk': TestMissingChunk;
  }
}
