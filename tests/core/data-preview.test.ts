/**
 * A user document the entry can read (`DataOptions.preview`) is drawn before
 * the element's reader has arrived; the reader still reads it afterwards, and
 * its verdict wins (issue 26: a phone's round trip less before the picture).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DataController, type DocumentReader } from '../../src/core/data-loader.js';
import { define } from '../../src/core/define.js';
import { readItems, TestItems, type ItemsDocument } from './fixture-element.js';
import { warningsPerTest, withWarnings } from '../helpers.js';

/** Takes documents whose every item is named "ok-…"; the rest waits for the reader. */
const preview = (text: string): ItemsDocument | undefined => {
  const document = JSON.parse(text) as ItemsDocument;
  return document.items.every((item) => item.id.startsWith('ok-')) ? document : undefined;
};

let release: ((reader: DocumentReader<ItemsDocument>) => void) | undefined;
let fail: ((error: Error) => void) | undefined;

class TestPreview extends TestItems {
  override readonly data = new DataController<ItemsDocument>(this, {
    bundled: async () => ({ items: [{ id: 'bundled', n: 1 }] }),
    reader: {
      load: () =>
        new Promise<DocumentReader<ItemsDocument>>((resolve, reject) => {
          release = resolve;
          fail = reject;
        }),
    },
    // Its picture names no source: the catalogue may come later.
    showsSources: () => false,
    preview,
  });
}
define('test-preview', TestPreview);

const ids = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[data-id]')].map((li) => li.dataset.id);
const errorText = (el: Element) => el.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The element with its JSON child, put on the page as a site builder's markup would be. */
async function inline(json: string): Promise<TestPreview> {
  const el = await fixture<TestPreview>(html`<div></div>`).then((holder) => {
    const element = document.createElement('test-preview') as TestPreview;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    element.append(script);
    holder.append(element);
    return element;
  });
  await el.updateComplete;
  return el;
}

describe('data: a preview drawn before the reader arrives', () => {
  warningsPerTest();

  it('draws a document the preview takes in the first update, and asks for the reader after that picture', async () => {
    release = undefined;
    const el = await inline('{"items":[{"id":"ok-1","n":1},{"id":"ok-2","n":2}]}');
    expect(ids(el)).to.deep.equal(['ok-1', 'ok-2']);
    expect(release, 'the reader is not asked for before the picture (its code would compete with it)').to.equal(undefined);
    await waitUntil(() => release, 'the reader was not asked for after the picture');
    release!(readItems);
    await waitUntil(() => !el.data.loading, 'the reader never gave its verdict');
    expect(ids(el), 'the reader agreed: the picture stands').to.deep.equal(['ok-1', 'ok-2']);
    expect(el.data.error).to.equal(undefined);
  });

  it('waits for the reader when the preview cannot take the document', async () => {
    const el = await inline('{"items":[{"id":"other","n":3}]}');
    expect(ids(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="status"]')).to.not.equal(null);
    release!(readItems);
    await waitUntil(() => ids(el).length > 0, 'the reader’s document was not drawn');
    expect(ids(el)).to.deep.equal(['other']);
  });

  it('shows the reader’s problems in place of a preview the reader refuses', async () => {
    // The preview looks at the ids only; the reader finds the number missing.
    const el = await withWarnings(async () => {
      release = undefined;
      const element = await inline('{"items":[{"id":"ok-1"}]}');
      expect(ids(element)).to.deep.equal(['ok-1']);
      await waitUntil(() => release, 'the reader was not asked for after the picture');
      release!(readItems);
      await waitUntil(() => errorText(element) !== '', 'the reader’s verdict was not shown');
      return element;
    });
    expect(ids(el)).to.deep.equal([]);
    expect(errorText(el)).to.contain('items[0]');
  });

  it('keeps the picture when the reader cannot be loaded (the preview is what it would have said)', async () => {
    fail = undefined;
    const el = await inline('{"items":[{"id":"ok-9","n":9}]}');
    await waitUntil(() => fail, 'the reader was not asked for after the picture');
    fail!(new Error('chunk missing'));
    await waitUntil(() => !el.data.loading, 'the load never ended');
    expect(ids(el)).to.deep.equal(['ok-9']);
    expect(errorText(el)).to.equal('');
  });
});
