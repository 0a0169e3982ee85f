// The timeline's detail downloads: once per language, a failure shown until the reader selects again.
import { expect, waitUntil } from '@open-wc/testing';
import type { bundledData } from '../../src/data/bundled.js';
import type { EventOutline } from '../../src/data/types.js';
import { EventDetails } from '../../src/elements/cs-timeline/event-details.js';
import { withWarnings } from '../helpers.js';

const kiev: EventOutline = { id: 'kiev', date: '1943-11-06', precision: 'day', categories: ['military'], title: { en: 'Kiev' } } as EventOutline;
const full = { events: [{ ...kiev, summary: { en: 'Summary' }, sources: [{ source: 's1' }] }], sources: [] };

/** A loader that fails until `working` is set, counting the events downloads. */
function loader() {
  const state = { working: false, eventsLoads: 0 };
  const load = (async (name: string) => {
    if (name === 'names') return { places: [], people: [] };
    state.eventsLoads += 1;
    if (!state.working) throw new Error('offline');
    return full;
  }) as unknown as typeof bundledData;
  return { state, load };
}

describe('cs-timeline event details', () => {
  it('shows a failure until a new selection, which tries again', async () => {
    const { state, load } = loader();
    let updates = 0;
    const details = new EventDetails({ requestUpdate: () => (updates += 1) }, load);
    await withWarnings(async (warnings) => {
      details.request(kiev, 'en', true);
      await waitUntil(() => details.failed, 'the failure was not reported');
      expect(updates, 'the element updates to show the failure').to.be.greaterThan(0);
      // The element asks again on every update: that is no new selection, so no new download.
      for (let i = 0; i < 5; i++) details.request(kiev, 'en', false);
      await Promise.resolve();
      expect(state.eventsLoads).to.equal(1);
      expect(details.failed).to.equal(true);
      // Selected again: a new download, which now succeeds.
      state.working = true;
      details.request(kiev, 'en', true);
      expect(details.failed, 'loading again, the failure is no longer shown').to.equal(false);
      await waitUntil(() => details.of(kiev, 'en')?.summary, 'the detail did not arrive');
      expect(state.eventsLoads).to.equal(2);
      expect(details.of(kiev, 'en')!.summary).to.deep.equal({ en: 'Summary' });
      expect(warnings, 'one warning for the failed download').to.have.length(1);
    });
  });

  it('downloads the detail once per language', async () => {
    const { state, load } = loader();
    state.working = true;
    const details = new EventDetails({ requestUpdate: () => {} }, load);
    details.request(kiev, 'en', true);
    details.request(kiev, 'en', true);
    await waitUntil(() => details.of(kiev, 'en'), 'the detail did not arrive');
    details.request(kiev, 'en', true);
    expect(state.eventsLoads).to.equal(1);
    expect(details.of(kiev, 'cs'), 'another language is not this one').to.equal(undefined);
    details.request(kiev, 'cs', false);
    await waitUntil(() => details.of(kiev, 'cs'), 'the Czech detail did not arrive');
    expect(state.eventsLoads).to.equal(2);
  });
});
