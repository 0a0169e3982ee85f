/**
 * embed.html as a server answering embed requests sends it (ssr.js's
 * renderEmbed, through scripts/ssr-page.mjs): pre-rendered for its query, so
 * the iframe shows the element with JavaScript off (a sandboxed iframe runs
 * no script), and with JavaScript the element hydrates — no warning, no
 * layout shift — and answers the pointer and the keyboard. Expected texts
 * come from the bundled data.
 */
import { expect } from '@open-wc/testing';
import { clickAndKeys, until } from './interact.js';

interface Recorder {
  shifts: number[];
  errors: string[];
}

async function openEmbed(query: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  iframe.style.cssText = 'width: 800px; height: 1400px; border: 0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/dist/served-embed.html?${query}`;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

async function data(name: string) {
  return (await import(/* @vite-ignore */ `/src/generated/data/${name}.ts`)).default;
}

const text = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('a served embed page (renderEmbed)', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('shows the title, figures and sources with JavaScript off', async () => {
    const sources = new Map((await data('sources.en')).sources.map((source: { id: string; title: string }) => [source.id, source.title]));

    const cardFrame = await openEmbed('el=treaty-card&treaty=1943&lang=cs', 'allow-same-origin');
    expect(cardFrame.contentWindow!.customElements.get('treaty-card'), 'no script ran').to.equal(undefined);
    const card = cardFrame.contentDocument!.querySelector('treaty-card')!;
    const [treaty] = (await data('treaty-friendship-1943.cs')).treaties;
    const title = card.shadowRoot!.querySelector('[part~="title"]')!;
    expect(title.textContent!.trim()).to.equal(treaty.name.short.cs);
    expect(title.getBoundingClientRect().height, 'the title is visible').to.be.greaterThan(0);
    for (const ref of treaty.sources) expect(text(card)).to.contain(sources.get(ref.source));

    const chartFrame = await openEmbed('el=casualty-chart&battle=sokolovo&lang=sk', 'allow-same-origin');
    const chart = chartFrame.contentDocument!.querySelector('casualty-chart')!;
    const battle = (await data('battles.sk')).battles.find((candidate: { id: string }) => candidate.id === 'sokolovo');
    expect(text(chart)).to.contain(battle.name.sk);
    for (const figure of battle.figures) {
      for (const value of figure.values) {
        expect(chart.shadowRoot!.querySelector(`[data-value="${value.value}"]`), `the figure ${figure.category} ${value.value}`).to.not.equal(null);
        expect(text(chart)).to.contain(sources.get(value.source));
      }
    }
    expect(chart.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('says what is wrong with a bad query, with JavaScript off and on', async () => {
    const off = await openEmbed('el=marquee', 'allow-same-origin');
    expect(off.contentDocument!.body.textContent).to.contain('“marquee”').and.contain('“treaty-card”');
    const on = await openEmbed('el=marquee');
    await until(() => on.contentDocument!.querySelector('p[part~="error"]') !== null, 'the message');
    expect(on.contentDocument!.querySelector('p[part~="error"]')!.textContent).to.contain('“marquee”');
  });

  it('with JavaScript hydrates without a warning or a layout shift, and is interactive', async () => {
    const iframe = await openEmbed('el=cs-timeline&lang=cs&from=1938&to=1945');
    const win = iframe.contentWindow as Window & typeof globalThis & { __ssr: Recorder };
    const timeline = iframe.contentDocument!.querySelector('cs-timeline')! as Element & { hasUpdated?: boolean };
    expect(iframe.contentDocument!.querySelectorAll('cs-timeline').length, 'the script built no second element').to.equal(1);
    await until(() => timeline.hasUpdated === true, 'the timeline to hydrate');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(win.__ssr.errors).to.deep.equal([]);
    expect(win.__ssr.shifts.reduce((sum, value) => sum + value, 0), `layout shifts ${JSON.stringify(win.__ssr.shifts)}`).to.equal(0);

    await clickAndKeys(iframe, timeline);
    expect(win.__ssr.errors).to.deep.equal([]);
  });
});
