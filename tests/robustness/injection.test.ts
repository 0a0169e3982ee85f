// User data is text, never markup or code: script-injection payloads in every
// free-text field of user documents (events, battles, treaties, places), in
// property names, URLs and attribute values show as literal text; no element
// or attribute of theirs reaches the DOM; the canary `window.__pwned` stays
// unset; every link is http(s).
import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/core/source-list.js';
import '../fixtures/robustness/faulty-element.js';
import {
  blobUrl,
  bundledDocument,
  create,
  deepElements,
  deepText,
  ELEMENTS,
  errorPart,
  hasContent,
  rendered,
  rewriteTexts,
  sleep,
  squash,
  textPaths,
  robustPage,
  type CsLike,
  type ElementInfo,
} from './helpers.js';
import { PAYLOADS, tagged } from './payloads.js';

const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'srcset', 'data', 'ping'];
/** Elements none of ours draws: one in a shadow tree came from data. */
const FOREIGN_ELEMENTS = 'script, iframe, frame, object, embed, img, style, link, meta, base, x-pwn';

/** Everything in and around `root` that a payload could have left behind; empty when clean. */
function injectionTraces(root: ParentNode): string[] {
  const traces: string[] = [];
  if (window.__pwned !== undefined) traces.push(`window.__pwned = ${String(window.__pwned)}`);
  if (document.querySelector('[data-pwn], x-pwn')) traces.push('a [data-pwn] element in the document');
  for (const element of [root instanceof Element ? root : null, ...deepElements(root)]) {
    if (!element) continue;
    if (element.hasAttribute('data-pwn')) traces.push(`<${element.localName} data-pwn>`);
    if (element.matches(FOREIGN_ELEMENTS)) traces.push(`a <${element.localName}> element`);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) traces.push(`<${element.localName} ${attribute.name}>`);
      if (URL_ATTRIBUTES.includes(attribute.name)) {
        const href = attribute.value.trim();
        if (href.startsWith('#')) continue;
        let protocol = '';
        try {
          protocol = new URL(href, document.baseURI).protocol;
        } catch {
          protocol = 'unparseable';
        }
        if (protocol !== 'http:' && protocol !== 'https:') traces.push(`<${element.localName} ${attribute.name}="${href.slice(0, 60)}">`);
      }
    }
  }
  return traces;
}

/** Attributes that put a user text in view: a selected event, the data table. */
async function revealing(info: ElementInfo): Promise<Record<string, string>> {
  const document = await bundledDocument(info);
  const first = (document[info.docKey] as { id: string }[])[0].id;
  switch (info.tag) {
    case 'cs-timeline':
      return { selected: first };
    case 'casualty-chart':
      return { 'show-table': '' };
    default:
      return {};
  }
}

/** An element reading `document` from an inline <script type="application/json">. */
async function withInline(info: ElementInfo, document: unknown, container: HTMLElement, attributes: Record<string, string> = {}): Promise<CsLike> {
  const el = window.document.createElement(info.tag) as CsLike;
  for (const [name, value] of Object.entries({ lang: 'en', ...info.baseline, ...(await revealing(info)), ...attributes })) el.setAttribute(name, value);
  const script = window.document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof document === 'string' ? document : JSON.stringify(document);
  el.append(script);
  container.append(el);
  await rendered(el);
  await sleep(30); // an <img onerror> would have fired by now
  return el;
}

describe('injection: user text is rendered as text', function () {
  this.timeout(60_000);
  const page = robustPage(900);
  beforeEach(() => {
    delete window.__pwned;
  });
  afterEach(() => {
    delete window.__pwned;
  });

  it('the detectors catch markup rendered with innerHTML (control)', async () => {
    for (const payload of PAYLOADS.filter((text) => text.includes('data-pwn'))) {
      const el = document.createElement('robust-unsafe');
      el.setAttribute('text', payload);
      page.container.append(el);
      await sleep(30);
      const traces = injectionTraces(el.shadowRoot!);
      expect(traces.length > 0 || !deepText(el.shadowRoot!).includes(payload), `control: ${payload}`).to.equal(true);
      el.remove();
    }
  });

  for (const info of ELEMENTS) {
    describe(`<${info.tag}>`, () => {
      it('finds the free-text fields of its documents', async () => {
        const paths = await textPaths(info);
        expect(paths.length, 'free-text fields').to.be.greaterThan(5);
      });

      for (const [index, payload] of PAYLOADS.entries()) {
        it(`shows payload ${index + 1} as text in every text field: ${JSON.stringify(payload).slice(0, 60)}`, async () => {
          const document = await rewriteTexts(info, () => payload);
          const el = await withInline(info, document, page.container);
          expect(errorPart(el), squash(errorPart(el)?.textContent)).to.equal(null);
          expect(hasContent(el)).to.equal(true);
          expect(injectionTraces(el.shadowRoot!)).to.deep.equal([]);
          expect(deepText(el.shadowRoot!), 'the payload, literally').to.include(payload);
        });
      }

      it('renders a document with a different payload in each field, from src, without a trace', async () => {
        const document = await rewriteTexts(info, (_, path) => tagged(PAYLOADS[path.length % PAYLOADS.length], path.length));
        const url = blobUrl(document);
        try {
          const el = create(info.tag, { lang: 'en', ...info.baseline, ...(await revealing(info)), src: url }, page.container);
          await rendered(el);
          await sleep(30);
          expect(errorPart(el), squash(errorPart(el)?.textContent)).to.equal(null);
          expect(injectionTraces(el.shadowRoot!)).to.deep.equal([]);
        } finally {
          URL.revokeObjectURL(url);
        }
      });

      it('shows a payload as a property name in the schema error, as text', async () => {
        const payload = PAYLOADS[0];
        const bundled = await bundledDocument(info);
        // The timeline reads user documents leniently (unknown fields are ignored): the payload goes where it is an error, as an event's date.
        if (info.tag === 'cs-timeline') (bundled.events as Record<string, unknown>[])[0].date = payload;
        const document = info.tag === 'cs-timeline' ? bundled : { ...bundled, [payload]: 1 };
        const el = await withInline(info, document, page.container);
        const error = errorPart(el);
        expect(error).not.to.equal(null);
        expect(squash(error!.textContent)).to.include(payload);
        expect(injectionTraces(el.shadowRoot!)).to.deep.equal([]);
      });

      it('shows markup that is not JSON as a JSON error, as text', async () => {
        const el = await withInline(info, `${PAYLOADS[0]}${PAYLOADS[4]}`, page.container);
        expect(squash(errorPart(el)?.textContent)).to.include('not valid JSON');
        expect(injectionTraces(el.shadowRoot!)).to.deep.equal([]);
      });

      it('shows a payload in the src URL of a failed load as text', async () => {
        const src = `/test-api/status/404?q=${PAYLOADS[0]}`;
        const el = create(info.tag, { lang: 'en', ...info.baseline, src }, page.container);
        await rendered(el);
        await sleep(30);
        expect(squash(errorPart(el)?.textContent)).to.include(src);
        expect(injectionTraces(el.shadowRoot!)).to.deep.equal([]);
      });

      it('shows a payload in an attribute value as text in the error', async () => {
        const el = create(info.tag, { lang: 'en', ...info.baseline, theme: PAYLOADS[4] }, page.container);
        await rendered(el);
        await sleep(30);
        expect(squash(errorPart(el)?.textContent)).to.include(PAYLOADS[4]);
        expect(injectionTraces(el.shadowRoot!)).to.deep.equal([]);
      });

      it('refuses a javascript: URL in a user source (the schema has no place for links) and draws no such link', async () => {
        const document = await bundledDocument(info);
        let refs = 0;
        const visit = (node: unknown): void => {
          if (Array.isArray(node)) node.forEach(visit);
          else if (node && typeof node === 'object') {
            const record = node as Record<string, unknown>;
            if (typeof record.source === 'string') {
              record.url = 'javascript:window.__pwned=1';
              refs += 1;
            }
            Object.values(record).forEach(visit);
          }
        };
        visit(document);
        expect(refs, 'source references').to.be.greaterThan(0);
        const el = await withInline(info, document, page.container);
        if (info.tag === 'cs-timeline') {
          // Its reader ignores fields it does not know: the picture, and no such link anywhere.
          expect(errorPart(el)).to.equal(null);
          expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
        } else {
          expect(squash(errorPart(el)?.textContent)).to.match(/\S+\.url: “url” is not a field here/);
        }
        expect(injectionTraces(el.shadowRoot!)).to.deep.equal([]);
      });

      it('links only to http(s) when it renders its bundled data', async () => {
        const el = create(info.tag, { lang: 'en', ...info.baseline, ...(await revealing(info)) }, page.container);
        await rendered(el);
        for (const link of deepElements(el.shadowRoot!)) {
          for (const name of ['href', 'xlink:href']) {
            const href = link.getAttribute(name);
            if (href && !href.startsWith('#')) expect(new URL(href, document.baseURI).protocol, href).to.match(/^https?:$/);
          }
        }
      });
    });
  }

  it('safeUrl keeps http(s) links and drops every other scheme', () => {
    for (const url of ['https://example.org/a?b#c', 'http://example.org/', 'HTTPS://EXAMPLE.ORG/']) expect(safeUrl(url), url).to.match(/^https?:\/\//);
    const dropped = [
      'javascript:window.__pwned=1',
      'JAVASCRIPT:window.__pwned=1',
      ' javascript:window.__pwned=1',
      'java\tscript:window.__pwned=1',
      'java\nscript:window.__pwned=1',
      '\u0000javascript:window.__pwned=1',
      'data:text/html,<script>window.__pwned=1</script>',
      'vbscript:msgbox(1)',
      'blob:https://example.org/uuid',
      'file:///etc/passwd',
      'ftp://example.org/',
      'mailto:someone@example.org',
      'http://',
      '',
      undefined,
    ];
    for (const url of dropped) expect(safeUrl(url), String(url)).to.equal(undefined);
    // Not a scheme at all: a relative path, which resolves to an http(s) address of the page.
    expect(new URL(safeUrl('javascript&colon;x')!).protocol).to.match(/^https?:$/);
  });
});
