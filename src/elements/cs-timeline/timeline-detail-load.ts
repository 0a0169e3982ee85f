/**
 * The detail panel's code (`timeline-detail.ts`) is a lazy chunk: no first
 * picture shows a panel unless the page selects an event, and on a phone
 * every kilobyte of the entry is 5 ms before the first picture. A timeline
 * asks for it when an event is selected and, otherwise, when the browser is
 * idle after its first picture, so a reader's first click finds it there.
 * The panel of a bundled event waits for its summary and sources anyway
 * (`event-details.ts`), which load in parallel with it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from '../../core/idle.js';

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

  /** The module, or undefined after asking for it (the host updates when it arrives). */
  get(fresh: boolean): Panel | undefined {
    if (loaded || (this.failed && !fresh) || this.pending) return loaded;
    this.pending = loadPanel().then(
      () => (this.failed = false),
      (error: unknown) => {
        this.failed = true;
        console.warn('cs-timeline: the detail panel could not load', error);
      },
    ).finally(() => {
      this.pending = undefined;
      this.host.requestUpdate();
    });
    return undefined;
  }

  /** After the first picture, in idle time: the module for the reader's first click. */
  hostUpdated(): void {
    if (this.prefetched || loaded || !this.drawn()) return;
    this.prefetched = true;
    requestAnimationFrame(() => whenIdle(() => void loadPanel().catch(() => {}), 2000));
  }
}
