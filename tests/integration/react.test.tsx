// Developers mount our elements from React 19: attributes, booleans, events
// and re-renders must reach the custom element, and the JSX types must accept them.
import { expect, waitUntil } from '@open-wc/testing';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/react.js';
import '../../src/define/treaty-card.js';
import '../../src/define/casualty-chart.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('React 19 integration', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('passes attributes and booleans to the elements and renders them', async () => {
    await act(async () => {
      root.render(
        <div>
          <treaty-card treaty="1943" lang="cs" compact />
          <casualty-chart battle="sokolovo" show-table theme="dark" />
        </div>,
      );
    });
    const card = container.querySelector('treaty-card')!;
    const chart = container.querySelector('casualty-chart')!;
    // React 19 sets a prop as a property when the element defines one.
    expect(card.treaty).to.equal('1943');
    expect(card.compact).to.equal(true);
    expect(chart.showTable).to.equal(true);
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]'), 'treaty card did not render');
    expect(card.shadowRoot!.textContent).to.contain('prosince 1943');
  });

  it('re-renders the element when React changes a prop', async () => {
    let setTreaty: (value: string) => void = () => {};
    function App() {
      const [treaty, set] = useState('1935');
      setTreaty = set;
      return <treaty-card treaty={treaty} />;
    }
    await act(async () => root.render(<App />));
    const card = container.querySelector('treaty-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]'));
    const first = card.shadowRoot!.querySelector('[part~="title"]')!.textContent;
    await act(async () => setTreaty('1943'));
    await card.updateComplete;
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="title"]')!.textContent !== first, 'title did not change');
    expect(card.treaty).to.equal('1943');
  });
});
