import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface SizeOptions {
  /**
   * What a server rendering (ssr.js) lays the element out for, having no
   * screen: the host's width and, for an element that observes a plot box
   * (`observePlot`), that box. Without it a server sees 0 like a hidden element.
   */
  readonly server?: { readonly width: number; readonly plot?: Size };
}

const NONE: Size = { width: 0, height: 0 };

/**
 * The one size observer of every element: the host's content width (which
 * decides the layout) and, for an element that asks, the box of its plot
 * (which its scales span), kept current by one ResizeObserver. Nothing is
 * measured during render; a changed size asks for an update, in a task of its
 * own (a timer, not a frame: it also runs in a background tab). Laying out
 * from inside the observer's callback would be a "ResizeObserver loop".
 *
 * A hidden host (0 wide) keeps its last width, and sub-pixel jitter (a
 * scrollbar) cannot start a loop. A hidden plot reports 0 × 0, and showing it
 * reports the real size, so an element first laid out in a hidden tab draws
 * itself when shown.
 */
export class SizeController implements ReactiveController {
  /** The host's content width in CSS pixels; 0 until measured (or while hidden at first). */
  width: number;
  /** The plot's content box; 0 × 0 while hidden, before the first observation, or when no plot is observed. */
  plot: Size;

  private observer?: ResizeObserver;
  private plotElement?: Element;
  private pending?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { hydrating?: boolean },
    private readonly options: SizeOptions = {},
  ) {
    this.width = (isServer && options.server?.width) || 0;
    this.plot = (isServer && options.server?.plot) || NONE;
    host.addController(this);
  }

  hostConnected(): void {
    // A first width before the first render (styles are adopted by now), so the
    // element does not flash at a guessed width; the observer keeps it current.
    // A pre-rendered element's first update adopts the server's picture: it keeps the server's
    // width, and the observer's first report brings the real one.
    if (!this.host.hydrating) this.width = this.width || Math.floor(this.host.clientWidth);
    this.observer = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const width = Math.floor(entry.contentRect.width);
        const height = Math.floor(entry.contentRect.height);
        if (entry.target === this.host) {
          if (width === 0 || Math.abs(width - this.width) < 2) continue;
          this.width = width;
          changed = true;
        } else if (entry.target === this.plotElement && (width !== this.plot.width || height !== this.plot.height)) {
          this.plot = { width, height };
          changed = true;
        }
      }
      if (changed) this.schedule();
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

  /** A pre-rendered element's first update adopts the server's picture: it is laid out for the server's sizes. */
  asOnServer(): void {
    this.width = this.options.server?.width ?? 0;
    this.plot = this.options.server?.plot ?? NONE;
  }

  /** Observes the plot element (call after each render; a new element replaces the old). */
  observePlot(element: Element | null): void {
    if (element === (this.plotElement ?? null)) return;
    if (this.plotElement) this.observer?.unobserve(this.plotElement);
    this.plotElement = element ?? undefined;
    if (!element) {
      this.plot = NONE;
      return;
    }
    this.observer?.observe(element);
    // The first size at once, right after this update rather than a frame later: the first
    // picture then needs no frame (a busy or background page draws it too). The observer
    // keeps it true from then on.
    queueMicrotask(() => this.measurePlot());
  }

  private schedule(): void {
    if (this.pending !== undefined) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.host.requestUpdate();
    });
  }

  private measurePlot(): void {
    const plot = this.plotElement;
    if (!plot?.isConnected || this.plot.width > 0) return;
    const size = { width: plot.clientWidth, height: plot.clientHeight };
    if (size.width === 0 || size.height === 0) return; // hidden: the observer reports when it is shown
    this.plot = size;
    this.width ||= this.host.clientWidth;
    this.host.requestUpdate();
  }
}
