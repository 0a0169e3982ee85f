import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { STATUS_DELAY_MS } from '../../src/core/base-element.js';
import { DataController } from '../../src/core/data-loader.js';
import { jsonPath } from '../../src/data/user/schema-document.js';
import './fixture-element.js';
import { TestItemsLazy, type TestItems } from './fixture-element.js';
import { warningsPerTest, withWarnings } from '../helpers.js';

const settled = (el: TestItems) =>
  waitUntil(() => !el.data.loading && (el.data.value || el.data.error), 'data did not settle', { timeout: 5000 });
const ids = (el: TestItems) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.dataset.id);
const errorText = (el: TestItems) => el.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim();

async function load(template: ReturnType<typeof html>) {
  const el = await fixture<TestItems>(template);
  await settled(el);
  // Rendered: its items or its error (UI strings of cs/sk arrive lazily).
  await waitUntil(() => el.shadowRoot?.querySelector('ul, [part~="error"]'), 'nothing rendered');
  return el;
}

describe('data: sources of the document', () => {
  const warnings = warningsPerTest();
  afterEach(() => {
    DataController.timeoutMs = 10_000;
  });

  it('renders the bundled document when there is no src and no inline JSON', async () => {
    const el = await load(html`<test-items></test-items>`);
    expect(ids(el)).to.deep.equal(['bundled']);
    expect(el.bundledLoads).to.equal(1);
  });

  it('renders the document at src instead of the bundled one', async () => {
    const el = await load(html`<test-items src="/tests/fixtures/items.json"></test-items>`);
    expect(ids(el)).to.deep.equal(['from-file']);
    expect(el.bundledLoads).to.equal(0);
  });

  it('renders an inline <script type="application/json"> child', async () => {
    const el = await load(html`<test-items><script type="application/json">{"items":[{"id":"inline","n":2}]}</script></test-items>`);
    expect(ids(el)).to.deep.equal(['inline']);
  });

  it('downloads the validator while the document is still on its way', async () => {
    TestItemsLazy.validatorAsked = undefined;
    const started = performance.now();
    const el = await fixture<TestItemsLazy>(html`<test-items-lazy src="/test-api/delay/400/tests/fixtures/items.json"></test-items-lazy>`);
    await waitUntil(() => TestItemsLazy.validatorAsked !== undefined, 'the validator was never asked for');
    expect(TestItemsLazy.validatorAsked! - started, 'asked for before the 400 ms document arrived').to.be.below(300);
    expect(el.data.loading).to.equal(true);
    TestItemsLazy.release!();
    await settled(el);
    await waitUntil(() => ids(el).length > 0, 'nothing rendered');
    expect(ids(el)).to.deep.equal(['from-file']);
  });

  it('shows a 404 as an error naming the URL and status, with one console.warn', async () => {
    const el = await load(html`<test-items src="/test-api/status/404"></test-items>`);
    expect(errorText(el)).to.contain('/test-api/status/404').and.to.contain('HTTP 404');
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('<test-items>').and.contain('HTTP 404');
  });

  it('shows a network failure as an error, not an exception', async () => {
    const el = await load(html`<test-items src="http://127.0.0.1:9/unreachable.json"></test-items>`);
    expect(errorText(el)).to.contain('network request failed');
  });

  it('gives up after the timeout and says so', async () => {
    DataController.timeoutMs = 200;
    const el = await load(html`<test-items src="/test-api/delay/2000/tests/fixtures/items.json"></test-items>`);
    expect(errorText(el)).to.contain('did not arrive within 0.2 seconds');
  });

  it('reports malformed JSON with the parser’s detail', async () => {
    const el = await load(html`<test-items src="/test-api/echo?body=%7B%22items%22%3A%5B"></test-items>`);
    expect(errorText(el)).to.contain('is not valid JSON');
  });

  it('names the JSON path of a field of the wrong type', async () => {
    const body = encodeURIComponent('{"items":[{"id":"a","n":1},{"id":"b","n":"two"}]}');
    const el = await load(html`<test-items src=${`/test-api/echo?body=${body}`}></test-items>`);
    expect(errorText(el)).to.contain('items[1].n: write a number here');
  });

  it('names a missing field in inline JSON, in the element’s language', async () => {
    const el = await load(html`<test-items lang="cs"><script type="application/json">{"items":[{"n":1}]}</script></test-items>`);
    expect(errorText(el)).to.contain('ve vloženém prvku <script>').and.contain('items[0].id: tento údaj je povinný a chybí');
  });

  it('refuses a document over the size limit', async () => {
    const el = await load(html`<test-items src="/test-api/big"></test-items>`);
    expect(errorText(el)).to.contain('larger than the limit of 10 MB');
  });

  it('lets the latest src win when an earlier, slower request finishes later', async () => {
    const el = await fixture<TestItems>(html`<test-items src="/test-api/delay/600/tests/fixtures/items.json"></test-items>`);
    await el.updateComplete;
    const body = encodeURIComponent('{"items":[{"id":"fast","n":1}]}');
    el.src = `/test-api/echo?body=${body}`;
    await settled(el);
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['fast']);
    await new Promise((resolve) => setTimeout(resolve, 800));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['fast']);
  });

  it('loads again from the Retry button', async () => {
    const el = await load(html`<test-items src="/test-api/status/500"></test-items>`);
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="error"] button')!;
    expect(retry.textContent).to.equal('Retry');
    el.data.retry();
    await el.updateComplete;
    expect(el.data.loading).to.equal(true);
    await settled(el);
    expect(errorText(el)).to.contain('HTTP 500');
  });

  it('picks up inline JSON added after the element was created', async () => {
    const el = await load(html`<test-items></test-items>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"items":[{"id":"late","n":5}]}';
    el.append(script);
    await waitUntil(() => ids(el).includes('late'), 'inline JSON not picked up');
  });

  it('writes JSON paths the way a reader expects', () => {
    expect(jsonPath('')).to.equal('$');
    expect(jsonPath('/events/3/date')).to.equal('events[3].date');
    expect(jsonPath('/a~1b/0')).to.equal('a/b[0]');
  });
});

describe('configuration errors', () => {
  it('names the attribute, the value and the valid values', async () => {
    await withWarnings(async () => {
      const el = await fixture<TestItems>(html`<test-items mode="c"></test-items>`);
      const error = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('The mode attribute has the invalid value “c”. Use “a” or “b”.');
      el.mode = 'b';
      await settled(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      expect(ids(el)).to.deep.equal(['bundled']);
    });
  });
});

describe('data: the loading status', () => {
  const status = (el: TestItems) => el.shadowRoot!.querySelector('[part~="status"]');

  it('says "Loading…" only when a load takes longer than a moment', async () => {
    const el = await fixture<TestItems>(html`<test-items src="/test-api/delay/600/tests/fixtures/items.json"></test-items>`);
    const started = performance.now();
    // At first the live region is there but empty: nothing flashes for a load of a few milliseconds.
    expect(status(el), 'a status region from the start').to.exist;
    expect(status(el)!.textContent!.trim()).to.equal('');
    expect(status(el)!.getBoundingClientRect().height, 'the empty region takes no space').to.equal(0);
    await waitUntil(() => status(el)?.textContent?.trim() === 'Loading…', 'the status never spoke', { timeout: 2000 });
    expect(performance.now() - started, 'not before the delay').to.be.at.least(STATUS_DELAY_MS - 20);
    expect(status(el)!.getAttribute('role')).to.equal('status');
    await settled(el);
    await waitUntil(() => ids(el).length > 0, 'nothing rendered');
    expect(status(el), 'gone with the picture').to.equal(null);
  });

  it('never shows the text for a fast load', async () => {
    const texts: string[] = [];
    const el = document.createElement('test-items') as TestItems;
    const observer = new MutationObserver(() => {
      const text = status(el)?.textContent?.trim();
      if (text) texts.push(text);
    });
    document.body.append(el);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await settled(el);
    await waitUntil(() => ids(el).length > 0, 'nothing rendered');
    await new Promise((resolve) => setTimeout(resolve, STATUS_DELAY_MS + 50));
    observer.disconnect();
    el.remove();
    expect(texts).to.deep.equal([]);
  });
});
