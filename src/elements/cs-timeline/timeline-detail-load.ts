/**
 * The detail panel's code (`timeline-detail.ts`) is a lazy chunk: no first
 * picture shows a panel unless the page selects an event, and on a phone
 * every kilobyte of the entry is 5 ms before the first picture. A timeline
 * asks for it when an event is selected and, otherwise, when the browser is
 * idle after its first picture, so a reader's first click finds it there.
 * The panel of a bundled event waits for its summary and sources anyway
 * (`event-details.ts`), which load in parallel with it.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { afterPaint } from '../../core/idle.js';
import { ui } from './timeline-text.js';

type Panel = typeof import('./timeline-detail.js');

let loaded: Panel | undefined;
let loading: Promise<Panel> | undefined;

/** The panel's module; one request per page (a failed one may be tried again). ssr.js awaits it before rendering. */
export function loadPanel(): Promise<Panel> {
  loading ??= import('./timeline-detail.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** One timeline's way to the panel: the module when it is here, a request (and an update on arrival) when it is wanted. */
export class PanelLoader implements ReactiveController {
  /** Set while a request this timeline waits for is under way (its `updateComplete` waits for it too). */
  pending?: Promise<unknown>;
  /** True when the last request failed (a new selection tries again). */
  failed = false;
  private prefetched = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the host has drawn its picture (the prefetch waits for it). */
    private readonly drawn: () => boolean,
  ) {
    host.addController(this);
  }

  /** Asks for the module unless it is here or on its way (after a failure only a `fresh` request, a new selection, tries again); the host updates when it arrives. */
  request(fresh: boolean): void {
    if (loaded || (this.failed && !fresh) || this.pending) return;
    this.pending = loadPanel()
      .then(
        () => (this.failed = false),
        (error: unknown) => {
          this.failed = true;
          console.warn('cs-timeline: the detail panel could not load', error);
        },
      )
      .finally(() => {
        this.pending = undefined;
        this.host.requestUpdate();
      });
  }

  /** The panel drawn by `draw` once the module is here; a notice when it could not load; nothing while it loads. */
  render(draw: (panel: Panel) => TemplateResult): TemplateResult | typeof nothing {
    if (loaded) return draw(loaded);
    return this.failed ? html`<section part="detail"><p class="summary pending" role="status">${ui.detailFailed()}</p></section>` : nothing;
  }

  /** After the first picture, in idle time: the module for the reader's first click. */
  hostUpdated(): void {
    if (this.prefetched || loaded || !this.drawn()) return;
    this.prefetched = true;
    afterPaint(() => void loadPanel().catch(() => {}), 2000);
  }
}
