import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host's content width, kept current by a ResizeObserver: the chart lays
 * itself out in pixels without reading layout during render.
 */
export class WidthController implements ReactiveController {
  /** Content width in CSS pixels; 0 until the first measurement. */
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // A first width before the first render (styles are adopted by now), so the
    // chart does not flash at a guessed width; the observer keeps it current.
    this.width = this.width || Math.floor(this.host.clientWidth);
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry.contentRect.width);
      // Ignore sub-pixel jitter, so a scrollbar cannot start a resize loop over one pixel.
      if (Math.abs(width - this.width) < 2) return;
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
