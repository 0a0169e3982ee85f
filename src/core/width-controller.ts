import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host's content width, kept current by a ResizeObserver, so an element
 * lays itself out in pixels without reading layout during render.
 */
export class WidthController implements ReactiveController {
  /** Content width in CSS pixels; 0 until measured (or while hidden at first). */
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { hydrating?: boolean }) {
    host.addController(this);
  }

  hostConnected(): void {
    // A first width before the first render (styles are adopted by now), so the
    // element does not flash at a guessed width; the observer keeps it current.
    // A pre-rendered element's first update adopts the server's picture: it keeps the server's
    // width (0, "not measured"), and the observer's first report brings the real one.
    if (!this.host.hydrating) this.width = this.width || Math.floor(this.host.clientWidth);
    this.observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries.at(-1)?.contentRect.width ?? 0);
      // Hidden (0) keeps the last width; sub-pixel jitter (a scrollbar) cannot start a loop.
      if (width === 0 || Math.abs(width - this.width) < 2) return;
      this.width = width;
      // Re-render in the next frame, not inside the observer's callback: the new
      // layout changes the host's height, which would be a resize observed in the
      // same frame (the "ResizeObserver loop" error).
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }
}
