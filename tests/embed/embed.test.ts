import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { elementFromQuery, HEIGHT_MESSAGE, reportHeight } from '../../src/embed/embed.js';
import { resizeEmbeds } from '../../src/embed/host.js';
import { withWarnings } from '../helpers.js';

describe('iframe embed (embed.html)', () => {
  it('builds the element named by ?el= with the other parameters as attributes', () => {
    const element = elementFromQuery('?el=treaty-card&treaty=1943&lang=cs&compact=');
    expect(element.localName).to.equal('treaty-card');
    expect(element.getAttribute('treaty')).to.equal('1943');
    expect(element.getAttribute('lang')).to.equal('cs');
    expect(element.hasAttribute('compact')).to.equal(true);
    expect(element.hasAttribute('el')).to.equal(false);
  });

  it('explains an unknown ?el= instead of rendering nothing', async () => {
    await withWarnings(async () => {
      const element = elementFromQuery('?el=script');
      expect(element.getAttribute('part')).to.equal('error');
      expect(element.textContent).to.contain('“script”').and.contain('“cs-timeline”').and.contain('“treaty-card”');
    });
  });

  it('ignores parameters that are not attribute names rather than throwing', () => {
    const element = elementFromQuery('?el=cs-map&year=1943&on%20click=x&%22%3E=y');
    expect(element.getAttribute('year')).to.equal('1943');
    expect(element.attributes.length).to.equal(1);
  });

  it('posts its height to the parent, and again when it changes', async () => {
    const messages: unknown[] = [];
    const target = { postMessage: (message: unknown) => messages.push(message) } as unknown as Window;
    const observer = reportHeight(target);
    try {
      await waitUntil(() => messages.length === 1, 'no height message');
      expect(messages[0]).to.deep.include({ type: HEIGHT_MESSAGE });
      const spacer = document.createElement('div');
      spacer.style.height = '1234px';
      document.body.append(spacer);
      await waitUntil(() => messages.length === 2, 'no message after the height changed');
      const [first, second] = messages as { height: number }[];
      expect(second.height - first.height).to.be.at.least(1234);
      spacer.remove();
    } finally {
      observer.disconnect();
    }
  });
});

describe('host page resizer (embed-host.js)', () => {
  it('sizes the iframe whose window sent the height, and only that one', async () => {
    const wrapper = await fixture(html`<div><iframe title="a" srcdoc="a"></iframe><iframe title="b" srcdoc="b"></iframe></div>`);
    const [first, second] = [...wrapper.querySelectorAll('iframe')];
    const stop = resizeEmbeds();
    try {
      window.dispatchEvent(new MessageEvent('message', { data: { type: HEIGHT_MESSAGE, height: 432.4 }, source: first.contentWindow }));
      expect(first.style.height).to.equal('432px');
      expect(second.style.height).to.equal('');
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'other', height: 9 }, source: second.contentWindow }));
      window.dispatchEvent(new MessageEvent('message', { data: { type: HEIGHT_MESSAGE, height: 'x' }, source: second.contentWindow }));
      expect(second.style.height).to.equal('');
    } finally {
      stop();
    }
  });
});
