/**
 * The picture a reader sees at first sight (issue "a picture a reader
 * understands at first sight"): whole titles, named eras, a legend for every
 * encoding, shapes per category, aggregates only where events do not fit,
 * a phone layout without long empty runs, zoom around the focused event and
 * a short way in by Tab. Counted in the browser, on the real drawing.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/cs-timeline.js';
import type { CsTimeline } from '../../src/define/cs-timeline.js';

const root = (el: CsTimeline) => el.shadowRoot!;
const marks = (el: CsTimeline) => [...root(el).querySelectorAll<SVGGElement>('[part~="event"]')];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(template: TemplateResult, width: number): Promise<CsTimeline> {
  const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>${template}</div>`);
  const el = box.querySelector('cs-timeline')!;
  await waitUntil(() => root(el).querySelector('[part~="event"], [part~="cluster"], [part~="error"]'), 'the timeline did not render', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/** The marks' titles as drawn: whole (the mark's title, unshortened), shortened, or none. */
function titles(el: CsTimeline) {
  let whole = 0;
  let shortened = 0;
  let none = 0;
  for (const mark of marks(el)) {
    const title = mark.getAttribute('aria-label')!.split(' — ').slice(1).join(' — ');
    const drawn = [...mark.querySelectorAll('.label:not(.whole), .title-line')].map(text).join(' ');
    if (!drawn) none += 1;
    else if (drawn.includes('…')) shortened += 1;
    else if (drawn.endsWith(title) || drawn === title) whole += 1;
    else shortened += 1;
  }
  return { whole, shortened, none, marks: marks(el).length, clustered: [...root(el).querySelectorAll('[part~="cluster"]')].reduce((sum, node) => sum + Number(node.getAttribute('data-count')), 0) };
}

before(() => emulateMedia({ reducedMotion: 'reduce' }));

describe('cs-timeline picture: titles', () => {
  for (const lang of ['en', 'cs', 'sk']) {
    it(`shows at least 80 % of the titles whole at 1100 px, at most 2 shortened (${lang})`, async () => {
      const el = await mount(html`<cs-timeline lang=${lang} orientation="horizontal"></cs-timeline>`, 1100);
      const counts = titles(el);
      console.log(lang, JSON.stringify(counts));
      const inView = counts.marks + counts.clustered;
      expect(inView).to.equal(49);
      expect(counts.whole / inView, JSON.stringify(counts)).to.be.at.least(0.8);
      expect(counts.shortened, JSON.stringify(counts)).to.be.at.most(2);
    });
  }
});
