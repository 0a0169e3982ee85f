// The sources catalogue is a lazy chunk that user data needs for its source
// titles. When it cannot be downloaded the element still shows the reader's
// data (sources named by their ids), warns once, and a later load tries again.
// A file of its own: the catalogue must not have been loaded in this page yet.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/cs-timeline.js';
import type { CsTimeline } from '../../src/define/cs-timeline.js';

describe('robustness: the sources catalogue fails to download', () => {
  it('<cs-timeline> with user data draws its events and names the sources by id', async () => {
    const armed = await fetch('/test-api/fail-once?path=/src/generated/data/sources.en.json');
    expect(await armed.text()).to.equal('armed');
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<CsTimeline>(html`<cs-timeline lang="en" orientation="horizontal" src="/data/events.json"></cs-timeline>`);
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[part~="event"], [part~="cluster"], [part~="error"]'), 'stuck without a picture', { timeout: 5000 });
      expect(root.querySelector('[part~="error"]'), 'no error: the data itself is fine').to.equal(null);
      expect(warnings.some((args) => String(args[0]).includes('sources catalogue could not load'))).to.equal(true);
      el.selected = 'kiev';
      await waitUntil(() => root.querySelector('[part~="detail"] [part~="sources"] li'), 'no sources in the detail');
      // Without the catalogue a source has no title to show: its id stands in (data/events.json cites these for Kiev).
      const sources = root.querySelector('[part~="detail"] [part~="sources"]')!.textContent!;
      expect(sources).to.contain('aktualne-kiev-2023').and.contain('czechpatriots-kiev');
    } finally {
      console.warn = warn;
    }
  });
});
