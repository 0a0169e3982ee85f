// Faults of a user's `src`, per element: HTTP errors, a dead network, a
// timeout, malformed JSON, JSON of the wrong shape, an oversize body: each
// shows [part~="error"] with a Retry button that works. A slow src overtaken by
// a newer one never wins; an element removed mid-load cleans up, and loads
// again when it comes back.
import { expect } from '@open-wc/testing';
import { DataController } from '../../src/core/data-loader.js';
import {
  blobUrl,
  bundledDocument,
  create,
  deepText,
  ELEMENTS,
  ErrorRecorder,
  errorPart,
  FetchRecorder,
  hasContent,
  rendered,
  RESIZE_OBSERVER_LOOP,
  rewriteTexts,
  sleep,
  squash,
  robustPage,
  type CsLike,
  type ElementInfo,
} from './helpers.js';

const echo = (body: string) => `/test-api/echo?body=${encodeURIComponent(body)}`;

describe('faults: a src that fails', function () {
  this.timeout(30_000);
  const page = robustPage(800);
  let errors: ErrorRecorder;
  beforeEach(() => {
    errors = new ErrorRecorder(RESIZE_OBSERVER_LOOP).install();
  });
  afterEach(() => {
    errors.uninstall();
    DataController.timeoutMs = 10_000;
  });

  /** The element with `src`, once it shows its picture or an error. */
  async function load(info: ElementInfo, src: string, attributes: Record<string, string> = {}): Promise<CsLike> {
    const el = create(info.tag, { lang: 'en', ...info.baseline, ...attributes, src }, page.container);
    await rendered(el, 8000);
    return el;
  }

  /**
   * The error part: its sentence (containing `expected`), a Retry button where
   * retrying can help (the network failed, not the document) and none where
   * it cannot, exactly one console.warn, nothing uncaught.
   */
  function expectDataError(el: CsLike, ...expected: (string | RegExp)[]): void {
    const retryHelps = expected.some((part) => typeof part === 'string' && /network request failed|did not arrive|HTTP 5\d\d/.test(part));
    const error = errorPart(el);
    expect(error, `<${el.localName}> shows an error`).not.to.equal(null);
    const message = squash(error!.textContent);
    for (const part of expected) {
      if (typeof part === 'string') expect(message).to.include(part);
      else expect(message).to.match(part);
    }
    const retry = error!.querySelector('button');
    if (retryHelps) {
      expect(retry, 'Retry button').not.to.equal(null);
      expect(squash(retry!.textContent)).to.equal('Retry');
      expect(el.shadowRoot!.querySelector('[part~="retry"]'), 'the Retry button is [part~="retry"]').to.equal(retry);
    } else {
      expect(retry, 'no Retry for a failure that retrying cannot fix').to.equal(null);
    }
    const own = page.warnings.take().filter((warning) => warning.startsWith(`<${el.localName}>`));
    expect(own, 'one console.warn').to.have.length(1);
    expect(own[0]).to.include(message.slice(0, 40));
    expect(errors.take(), 'uncaught errors').to.deep.equal([]);
  }

  for (const info of ELEMENTS) {
    describe(`<${info.tag}>`, () => {
      it('404', async () => {
        const el = await load(info, '/test-api/status/404');
        expectDataError(el, '/test-api/status/404', 'HTTP 404');
      });

      it('500', async () => {
        const el = await load(info, '/test-api/status/500');
        expectDataError(el, 'HTTP 500');
      });

      it('a network error', async () => {
        const el = await load(info, 'http://127.0.0.1:9/unreachable.json');
        expectDataError(el, 'network request failed');
      });

      it('a timeout', async () => {
        DataController.timeoutMs = 300;
        const el = await load(info, `/test-api/delay/3000${info.dataFile}`);
        expectDataError(el, 'did not arrive within 0.3 seconds');
      });

      it('the default timeout is 10 s', () => {
        expect(DataController.timeoutMs).to.equal(10_000);
      });

      it('malformed JSON', async () => {
        const el = await load(info, echo(`{"${info.docKey}": [`));
        expectDataError(el, 'is not valid JSON');
      });

      it('an empty body', async () => {
        const el = await load(info, echo(''));
        expectDataError(el, 'is not valid JSON');
      });

      for (const body of ['{"foo":1}', '[]', 'null', '42', '"text"', '{}']) {
        it(`valid JSON of the wrong shape: ${body}`, async () => {
          const el = await load(info, echo(body));
          expectDataError(el, new RegExp(`\\$: the document needs an? “${info.docKey}” list`));
        });
      }

      it('the document of another element', async () => {
        const other = ELEMENTS.find((candidate) => candidate !== info)!;
        const el = await load(info, other.dataFile);
        expectDataError(el, `from ${other.dataFile}`, new RegExp(`the document needs an? “${info.docKey}” list`));
      });

      it('names the JSON path of a bad field deep in the document', async () => {
        const document = await bundledDocument(info);
        // The timeline takes a number as an id (a spreadsheet's ids often are): a bad date is its bad field.
        // Every element lists the problem as its reader words it: the path, then a plain sentence.
        const timeline = info.tag === 'cs-timeline';
        (document[info.docKey] as Record<string, unknown>[])[1][timeline ? 'date' : 'id'] = timeline ? '1943-13-40' : 42;
        const url = blobUrl(document);
        try {
          const el = await load(info, url);
          if (timeline) expectDataError(el, `${info.docKey}[1].date: “1943-13-40” is not a date`);
          else expectDataError(el, `${info.docKey}[1].id: write a text here (in quotes)`);
        } finally {
          URL.revokeObjectURL(url);
        }
      });

      it('a body over the size limit', async () => {
        const el = await load(info, '/test-api/big');
        expectDataError(el, 'larger than the limit of 10 MB');
      });

      it('Retry loads again, and a load that now succeeds shows the picture', async () => {
        const fetches = new FetchRecorder();
        fetches.respond = () => new Response('{}', { status: 503 });
        fetches.install();
        try {
          const el = await load(info, info.dataFile);
          expectDataError(el, 'HTTP 503');
          fetches.respond = undefined;
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="error"] button')!.click();
          await rendered(el);
          expect(errorPart(el), squash(errorPart(el)?.textContent)).to.equal(null);
          expect(hasContent(el)).to.equal(true);
          expect(fetches.take().map((request) => new URL(request.url).pathname)).to.deep.equal([info.dataFile, info.dataFile]);
        } finally {
          fetches.uninstall();
        }
      });

      it('a slow src overtaken by a newer one never wins', async () => {
        const fast = await rewriteTexts(info, (text) => `FAST ${text}`);
        const url = blobUrl(fast);
        try {
          const el = create(info.tag, { lang: 'en', ...info.baseline, src: `/test-api/delay/700${info.dataFile}` }, page.container);
          await el.updateComplete;
          el.setAttribute('src', url);
          await rendered(el);
          expect(deepText(el.shadowRoot!)).to.include('FAST ');
          await sleep(900);
          await rendered(el);
          expect(errorPart(el)).to.equal(null);
          expect(deepText(el.shadowRoot!), 'still the newer document').to.include('FAST ');
        } finally {
          URL.revokeObjectURL(url);
        }
      });

      it('a slow success overtaken by a failure leaves the failure', async () => {
        const el = create(info.tag, { lang: 'en', ...info.baseline, src: `/test-api/delay/600${info.dataFile}` }, page.container);
        await el.updateComplete;
        el.setAttribute('src', '/test-api/status/404');
        await rendered(el);
        expectDataError(el, 'HTTP 404');
        await sleep(800);
        await rendered(el);
        expect(squash(errorPart(el)?.textContent)).to.include('HTTP 404');
        expect(page.warnings.take(), 'no more warnings').to.deep.equal([]);
      });

      it('removed mid-load: aborts, no error, no warning; added again: loads', async () => {
        const fetches = new FetchRecorder().install();
        try {
          const el = create(info.tag, { lang: 'en', ...info.baseline, src: `/test-api/delay/600${info.dataFile}` }, page.container);
          await el.updateComplete;
          await sleep(100);
          el.remove();
          const [request] = fetches.take();
          expect(request, 'the load started').not.to.equal(undefined);
          await sleep(900);
          expect(request.signal?.aborted, 'the request was aborted').to.equal(true);
          expect(page.warnings.take(), 'console.warn after removal').to.deep.equal([]);
          expect(errors.take(), 'errors after removal').to.deep.equal([]);
          page.container.append(el);
          await rendered(el, 8000);
          expect(errorPart(el), squash(errorPart(el)?.textContent)).to.equal(null);
          expect(hasContent(el)).to.equal(true);
          expect(page.warnings.take()).to.deep.equal([]);
        } finally {
          fetches.uninstall();
        }
      });

      it('inline JSON that is malformed shows the error without Retry', async () => {
        const el = document.createElement(info.tag) as CsLike;
        for (const [name, value] of Object.entries({ lang: 'en', ...info.baseline })) el.setAttribute(name, value);
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = '{ not json';
        el.append(script);
        page.container.append(el);
        await rendered(el);
        expectDataError(el, 'inline', 'is not valid JSON');
      });
    });
  }
});
