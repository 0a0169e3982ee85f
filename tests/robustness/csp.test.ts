// Strict pages: every element, from the built bundle, on a page served with
//   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
// (scripts/csp-page.mjs) renders, and stays working when used, with zero
// violations and zero errors; its constructed stylesheets really apply.
// Needs `npm run build` (npm test builds first).
import { expect } from '@open-wc/testing';
import { ELEMENTS, errorPart, frameOf, infoOf, openStrictPage, sleep, squash, type StrictPage } from './helpers.js';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const query = (tags: string[], attributes: Record<string, string> = {}) =>
  new URLSearchParams([...tags.map((tag) => ['el', tag]), ...Object.entries(attributes)]).toString();

/** Clicks, focuses and hovers the first few marks: tooltips, panels and selections render under the policy too. */
async function use(page: StrictPage): Promise<void> {
  for (const el of page.elements) {
    const marks = [...el.shadowRoot!.querySelectorAll<HTMLElement | SVGElement>(`[part~="${infoOf(el.localName).contentPart}"]`)].slice(0, 3);
    for (const mark of marks) {
      mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      mark.focus();
      mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await el.updateComplete;
    }
    const legend = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="legend"] button');
    legend?.click();
    await el.updateComplete;
  }
  await sleep(100);
  await frameOf(page.window);
}

/** "style-src-attr: 12 × <rect class="bar c-military"> in <cs-timeline>", one line per kind. */
function summarize(violations: StrictPage['record']['violations']): string[] {
  const counts = new Map<string, number>();
  for (const { directive, element, host, blocked } of violations) {
    const key = `${directive}: ${element || blocked}${host ? ` in <${host}>` : ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} × ${key}`);
}

function expectClean(page: StrictPage): void {
  expect(summarize(page.record.violations).join('\n'), 'CSP violations').to.equal('');
  expect(page.record.errors, 'uncaught errors').to.deep.equal([]);
  for (const el of page.elements) {
    expect(errorPart(el), `<${el.localName}>: ${squash(errorPart(el)?.textContent)}`).to.equal(null);
  }
}

describe('strict pages: CSP and Trusted Types', function () {
  this.timeout(30_000);
  const pages: StrictPage[] = [];
  const open = async (search: string) => {
    const page = await openStrictPage(search);
    pages.push(page);
    return page;
  };
  afterEach(() => pages.splice(0).forEach((page) => page.close()));

  it('serves the test page with the strict policy and no inline script', async () => {
    const response = await fetch(`/csp/page.html?${query(['cs-map'])}`);
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
    const html = await response.text();
    expect(html).not.to.match(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.to.match(/\sstyle=/);
  });

  for (const info of ELEMENTS) {
    it(`<${info.tag}> renders with zero violations, and its styles apply`, async () => {
      const page = await open(query([info.tag], info.baseline));
      expectClean(page);
      const [el] = page.elements;
      expect(el.shadowRoot!.childElementCount, 'rendered content').to.be.greaterThan(0);
      // Constructed stylesheets, allowed by style-src 'self': they exist and they apply.
      expect(el.shadowRoot!.adoptedStyleSheets.length, 'adopted stylesheets').to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('style'), 'no <style> fallback').to.equal(null);
      expect(page.window.getComputedStyle(el).display, ':host { display: block } applied').to.equal('block');
      expect(el.getBoundingClientRect().height, 'laid out').to.be.greaterThan(20);
    });

    it(`<${info.tag}> in use (hover, focus, select) causes zero violations`, async () => {
      const page = await open(query([info.tag], info.baseline));
      await use(page);
      expectClean(page);
    });

    it(`<${info.tag}> in Czech, dark, with its data from src, causes zero violations`, async () => {
      const page = await open(query([info.tag], { ...info.baseline, lang: 'cs', theme: 'dark', src: info.dataFile }));
      await use(page);
      expectClean(page);
    });
  }

  for (const info of ELEMENTS) {
    it(`the iframe embed (dist/embed.html) of <${info.tag}>: zero violations, and it reports its height`, async () => {
      const heights: number[] = [];
      const onMessage = (event: MessageEvent) => {
        if (event.data?.type === 'cs-history:height') heights.push(event.data.height);
      };
      window.addEventListener('message', onMessage);
      try {
        const page = await openStrictPage(query([info.tag], info.baseline), { page: 'embed.html' });
        pages.push(page);
        expectClean(page);
        await sleep(100);
        expect(heights.length, 'height messages').to.be.greaterThan(0);
        expect(heights.at(-1)).to.be.greaterThan(50);
      } finally {
        window.removeEventListener('message', onMessage);
      }
    });
  }

  it('<cs-timeline> with own category colours from a user document: applied under style-src \'self\', zero violations', async () => {
    const page = await open(query(['cs-timeline'], { src: '/tests/fixtures/cs-timeline/own-colours.json', orientation: 'horizontal' }));
    expectClean(page);
    const [el] = page.elements;
    // The reader checked the colours; the timeline applies them through a constructed sheet (no style attribute, no <style>).
    const fills = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('[part~="legend"] .chip .shape path')].map((shape) => page.window.getComputedStyle(shape).fill);
    expect(fills).to.deep.equal(['rgb(136, 68, 0)', 'rgb(102, 51, 153)']);
    const marks = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="event"]')];
    expect(marks.map((mark) => mark.dataset.category)).to.deep.equal(['town', 'trade']);
    expect(el.shadowRoot!.querySelector('style')).to.equal(null);
    // In use (the first chip turned off, marks focused and opened): still no violation.
    await use(page);
    expectClean(page);
  });

  it('all four elements on one strict page: zero violations', async () => {
    const page = await open(query(ELEMENTS.map((info) => info.tag), { treaty: 'friendship-1943' }));
    expect(page.elements).to.have.length(4);
    await use(page);
    expectClean(page);
  });

  it('an error state (invalid attribute, failed src) causes zero violations', async () => {
    // 503: a failure that retrying can fix, so the error offers Retry (a 404 does not).
    const page = await open(query(ELEMENTS.map((info) => info.tag), { treaty: 'friendship-1943', src: '/test-api/status/503' }));
    expect(summarize(page.record.violations).join('\n')).to.equal('');
    expect(page.record.errors).to.deep.equal([]);
    for (const el of page.elements) expect(squash(errorPart(el)?.textContent)).to.include('HTTP 503');
    const retry = page.elements[0].shadowRoot!.querySelector<HTMLButtonElement>('[part~="error"] button')!;
    retry.click();
    await sleep(200);
    expect(summarize(page.record.violations).join('\n')).to.equal('');
  });

  describe('the detector catches a violation (controls)', () => {
    it('an inline style attribute', async () => {
      const page = await open(query(['treaty-card'], { treaty: 'friendship-1943', control: 'inline-style' }));
      expect(page.record.violations.map((violation) => violation.directive)).to.include('style-src-attr');
    });

    it('an inline script (which does not run)', async () => {
      const page = await open(query(['treaty-card'], { treaty: 'friendship-1943', control: 'inline-script' }));
      expect(page.record.violations.map((violation) => violation.directive)).to.include('script-src-elem');
      expect(page.window.__inlineRan).to.equal(undefined);
    });

    it('a string assigned to innerHTML (Trusted Types)', async () => {
      const page = await open(query(['treaty-card'], { treaty: 'friendship-1943', control: 'trusted-types' }));
      expect(page.record.violations.map((violation) => violation.directive)).to.include('require-trusted-types-for');
      expect(page.record.errors.join(' ')).to.include('TypeError');
    });
  });
});
