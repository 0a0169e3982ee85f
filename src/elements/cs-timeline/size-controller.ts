import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * What a server rendering (ssr.js) lays the timeline out for, having no
 * screen: a usual article column, and the plot's default height (20rem).
 */
const SERVER_WIDTH = 720;
const SERVER_PLOT_HEIGHT = 320;

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * Sizes from a ResizeObserver: the host's content width (which decides the
 * `auto` orientation) and the plot's box (which the scales span). Nothing is
 * measured during render; a changed size asks for an update. A hidden
 * ancestor (`display: none`) reports 0 × 0, and showing it reports the real
 * size, so a timeline first laid out in a hidden tab draws itself when shown.
 */
export class SizeController implements ReactiveController {
  /** The host's content width; 0 while hidden or before the first observation. */
  hostWidth = isServer ? SERVER_WIDTH : 0;
  /** The plot's content box; 0 × 0 while hidden or before the first observation. */
  plot: Size = isServer ? { width: SERVER_WIDTH, height: SERVER_PLOT_HEIGHT } : { width: 0, height: 0 };

  private observer?: ResizeObserver;
  private plotElement?: Element;
  private pending?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const width = Math.floor(entry.contentRect.width);
        const height = Math.floor(entry.contentRect.height);
        if (entry.target === this.host) {
          if (width !== this.hostWidth) {
            this.hostWidth = width;
            changed = true;
          }
        } else if (entry.target === this.plotElement && (width !== this.plot.width || height !== this.plot.height)) {
          this.plot = { width, height };
          changed = true;
        }
      }
      // Update in a task of its own: resizing from inside the observer's callback is a
      // "ResizeObserver loop". (A timer rather than a frame: it also runs in a background tab.)
      if (changed && this.pending === undefined) {
        this.pending = setTimeout(() => {
          this.pending = undefined;
          this.host.requestUpdate();
        });
      }
    });
    this.observer.observe(this.host);
    if (this.plotElement) this.observer.observe(this.plotElement);
  }

  hostDisconnected(): void {
    clearTimeout(this.pending);
    this.pending = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** A pre-rendered timeline's first update adopts the server's picture: it is laid out for the server's sizes. */
  asOnServer(): void {
    this.hostWidth = SERVER_WIDTH;
    this.plot = { width: SERVER_WIDTH, height: SERVER_PLOT_HEIGHT };
  }

  /** Observes the plot element (call after each render; a new element replaces the old). */
  observePlot(element: Element | null): void {
    if (element === (this.plotElement ?? null)) return;
    if (this.plotElement) this.observer?.unobserve(this.plotElement);
    this.plotElement = element ?? undefined;
    if (!element) {
      this.plot = { width: 0, height: 0 };
      return;
    }
    this.observer?.observe(element);
    // The first size at once, right after this update rather than a frame later: the first
    // picture then needs no frame (a busy or background page draws it too). The observer
    // keeps it true from then on.
    queueMicrotask(() => this.measureNow());
  }

  private measureNow(): void {
    const plot = this.plotElement;
    if (!plot?.isConnected || this.plot.width > 0) return;
    const size = { width: plot.clientWidth, height: plot.clientHeight };
    if (size.width === 0 || size.height === 0) return; // hidden: the observer reports when it is shown
    this.plot = size;
    this.hostWidth ||= this.host.clientWidth;
    this.host.requestUpdate();
  }
}
