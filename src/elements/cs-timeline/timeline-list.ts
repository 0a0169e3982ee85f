/**
 * The events in view as a hidden ordered list: what a screen reader can read
 * through in order, and, on paper, the timeline itself (see the print styles),
 * each event with its sources once they are loaded.
 */
import { html, isServer, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { whenIdle } from '../../core/idle.js';
import type { ShownEvents, TimelineItem } from './timeline-model.js';
import { eventCount, ui } from './timeline-text.js';
import type { TimelineWords } from './timeline-view.js';

/** At most this many events are listed; the rest are counted. */
const LIST_LIMIT = 300;

export function renderList(
  visible: readonly TimelineItem[] | undefined,
  shown: ShownEvents,
  words: TimelineWords,
  sourcesReady: boolean,
  sources: (item: TimelineItem) => string,
  adopting = false,
): unknown {
  if (!visible) return nothing;
  const first = visible[0]?.event.id;
  const last = visible[visible.length - 1]?.event.id;
  return guard([shown, visible.length, first, last, words, sourcesReady], () => {
    const listed = visible.slice(0, LIST_LIMIT);
    const rest = visible.length - listed.length;
    const texts = listed.map((item) => words.label(item));
    const printed = listed.map(sources);
    if (rest > 0) texts.push(ui.notListed(eventCount(rest, words.locale)));
    // A server has no DOM to build the fragment in: it writes the items as a template, and the
    // browser's update that adopts the server's DOM (hydration) must draw that same template.
    const items = isServer || adopting ? texts.map((text) => html`<li>${text}</li>`) : listItems(texts, printed);
    return html`<ol class="visually-hidden print-shown event-list" aria-label=${ui.list()}>${items}</ol>`;
  });
}

/**
 * The list's items as plain elements in one fragment, which Lit inserts as a
 * single node (and removes when the list changes): a template per item would
 * add three marker nodes to each of up to LIST_LIMIT items, a quarter of the
 * timeline's nodes, all laid out with the first picture.
 */
function listItems(texts: readonly string[], sources: readonly string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  texts.forEach((text, index) => {
    const item = document.createElement('li');
    item.textContent = text;
    // Printed only (see the print styles): a screen reader has the sources in the event's panel.
    if (sources[index]) item.dataset.sources = sources[index];
    fragment.append(item);
  });
  return fragment;
}

/**
 * The list follows the first picture, in the idle time after its frame: its
 * up to 300 lines of text cost that frame their style and layout — 12 ms of a
 * cold page's 110 ms of main thread with 1,000 inline events, measured from a
 * trace's thread time. (Skipping their layout with `content-visibility` would
 * be cheaper still, but Chromium then leaves the items out of the
 * accessibility tree.) A server writes the list at once, and a pre-rendered
 * element's first update adopts it. `pending` is settled once the list is
 * drawn: the element's `updateComplete` waits for it.
 */
export class ListAfterPicture implements ReactiveController {
  ready = isServer;
  pending?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & { hydrating?: boolean },
    /** Whether the host has drawn its picture. */
    private readonly drawn: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.host.hydrating) this.ready = true;
  }

  hostUpdated(): void {
    if (this.ready || this.pending || !this.drawn()) return;
    // Idle time, not a frame callback: a page in a background tab (no frames) gets its list too.
    this.pending = new Promise((resolve) =>
      whenIdle(() => {
        this.ready = true;
        this.pending = undefined;
        this.host.requestUpdate();
        resolve();
      }, 500),
    );
  }
}
