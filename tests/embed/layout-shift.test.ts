// A page of embeds must not jump: with the documented reserve (page CSS giving each
// element its final height) nothing on the page moves while the script loads late
// and the data arrives. Without the reserve, the same page does jump (the control).
import { expect, waitUntil } from '@open-wc/testing';

const EMBEDS = [
  '<cs-timeline></cs-timeline>',
  '<casualty-chart battle="sokolovo"></casualty-chart>',
  '<treaty-card treaty="1943"></treaty-card>',
  '<cs-map></cs-map>',
];
const TAGS = ['cs-timeline', 'casualty-chart', 'treaty-card', 'cs-map'];

interface Frame extends Window {
  __shift: number;
  __moved: string[];
  __load: () => Promise<unknown>;
}

/** A page of the four embeds with text between them; the elements' script loads only when asked. */
async function page(reserve: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 4000px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><style>body { margin: 0; font: 16px sans-serif } ${reserve}</style>
<script type="module">
  window.__shift = 0;
  window.__moved = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__shift += entry.value;
      for (const source of entry.sources) window.__moved.push((source.node?.nodeName ?? '?') + ' ' + source.previousRect.y + '→' + source.currentRect.y);
    }
  })
    .observe({ type: 'layout-shift', buffered: true });
  window.__load = () => import('/src/index.ts');
</script></head><body>${EMBEDS.map((embed) => `<p>Text before.</p>${embed}`).join('')}<p id="end">The end.</p></body></html>`;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as Frame | null)?.__load, 'frame did not load', { timeout: 5000 });
  return frame;
}

/** Loads the script and waits until every element has drawn its data (no status left) and settled. */
async function render(frame: HTMLIFrameElement): Promise<HTMLElement[]> {
  const win = frame.contentWindow as Frame;
  await new Promise((resolve) => setTimeout(resolve, 200)); // the script arrives late
  await win.__load();
  const elements = TAGS.map((tag) => frame.contentDocument!.querySelector<HTMLElement>(tag)!);
  await waitUntil(
    () => elements.every((element) => element.shadowRoot?.childElementCount && !element.shadowRoot.querySelector('[part~="status"]')),
    'the elements did not render their data',
    { timeout: 8000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 800)); // lazy basemap, second layout passes
  return elements;
}

describe('layout shift of a page of embeds', () => {
  let heights: number[] = [];

  before(async () => {
    const frame = await page('');
    heights = (await render(frame)).map((element) => element.getBoundingClientRect().height);
    frame.remove();
  });

  it('jumps without a reserved height (the control)', async () => {
    const frame = await page('');
    await render(frame);
    expect((frame.contentWindow as Frame).__shift).to.be.greaterThan(0.01);
    frame.remove();
  });

  it('stays still (cumulative layout shift 0) with the documented reserve', async () => {
    const reserve = TAGS.map((tag, index) => `${tag} { display: block; min-height: ${heights[index]}px }`).join(' ');
    const frame = await page(reserve);
    await render(frame);
    const win = frame.contentWindow as Frame;
    expect(win.__shift, `reserved ${heights.join(', ')} px; moved: ${win.__moved.join(', ')}`).to.equal(0);
    frame.remove();
  });
});
