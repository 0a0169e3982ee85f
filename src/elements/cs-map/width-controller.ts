import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host's content width, from a ResizeObserver: the map draws in a viewBox
 * of that many pixels, so its text keeps its size on a phone. Nothing is
 * measured during render; the observer's callback asks for an update.
 */
export class WidthController implements ReactiveController {
  /** Content width in CSS pixels, or undefined before the first observation. */
  width?: number;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries.at(-1)?.contentRect.width ?? 0);
      if (width > 0 && width !== this.width) {
        this.width = width;
        // Next frame: redrawing changes the host's height inside this observation, which the
        // browser reports as a ResizeObserver loop.
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => this.host.requestUpdate());
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }
}
