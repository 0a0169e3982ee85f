/**
 * Zoom and pan gestures: a d3-zoom behaviour on the plot element, translated
 * into views (visible time domains, in ms). Loaded after the first paint
 * (see TimelineZoom): d3-zoom and d3-transition are most of the timeline's
 * code, and nothing in the first picture needs them.
 *
 * Only deliberate gestures zoom: Ctrl/⌘ + wheel (and trackpad pinch, which
 * browsers report as Ctrl + wheel), two-finger touch, mouse drag, double
 * click. A plain wheel and one-finger swipes scroll the page as usual.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Scale, View } from './timeline-scale.js';

/** The zoom's frames move the marks one by one once this chunk is here (see TimelineZoom). */
export { moveLayout } from './timeline-move.js';

export interface ZoomFrame {
  /** The whole domain (zoom level 1). */
  readonly full: View;
  /** The scale at zoom level 1: the whole domain over the range. */
  readonly base: Scale;
  /** The pixel range of the time axis inside the plot. */
  readonly range: readonly [number, number];
  readonly orientation: 'horizontal' | 'vertical';
  /** The plot's size. */
  readonly width: number;
  readonly height: number;
  /** The narrowest view, in ms. */
  readonly minSpan: number;
}

/** d3-zoom's filter: which input may zoom or pan (the rest is left to the page). */
export function isZoomGesture(event: Event): boolean {
  if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
  if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length >= 2;
  const mouse = event as MouseEvent;
  return !mouse.ctrlKey && !mouse.button;
}

export class ZoomGestures {
  private readonly behavior: ZoomBehavior<HTMLElement, unknown>;
  private readonly selection: Selection<HTMLElement, unknown, null, undefined>;
  private frame?: ZoomFrame;
  private syncing = false;

  /** `onView` receives every view d3-zoom's transform stands for; `user` is true for gestures. */
  constructor(
    node: HTMLElement,
    private readonly onView: (view: View, user: boolean) => void,
  ) {
    this.behavior = zoom<HTMLElement, unknown>()
      .filter(isZoomGesture)
      // A double click zooms at once: no transition to sit through (or to skip under reduced motion).
      .duration(0)
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!this.frame || this.syncing) return;
        this.onView(this.viewOf(event.transform), Boolean(event.sourceEvent));
      });
    this.selection = select(node);
    this.selection.call(this.behavior);
  }

  detach(): void {
    this.selection.on('.zoom', null);
  }

  /** Sets the geometry, and places d3-zoom's transform where `view` is. */
  configure(frame: ZoomFrame, view: View): void {
    this.frame = frame;
    const { width, height, range, orientation, full, minSpan, base } = frame;
    const horizontal = orientation === 'horizontal';
    this.behavior
      .extent(horizontal ? [[range[0], 0], [range[1], height]] : [[0, range[0]], [width, range[1]]])
      .translateExtent(horizontal ? [[range[0], -Infinity], [range[1], Infinity]] : [[-Infinity, range[0]], [Infinity, range[1]]])
      .scaleExtent([1, Math.max(1, this.narrowest(base, full, minSpan))]);
    this.syncing = true;
    try {
      this.selection.call(this.behavior.transform, this.transformOf(view));
    } finally {
      this.syncing = false;
    }
  }

  /** Moves d3-zoom's transform to `view` and emits it (as a programmatic zoom event). */
  show(view: View): void {
    if (this.frame) this.selection.call(this.behavior.transform, this.transformOf(view));
    else this.onView(view, false);
  }

  /** The largest zoom factor: even where the base scale is most compressed, `minSpan` can fill the range. */
  private narrowest(base: Scale, full: View, minSpan: number): number {
    const domain = base.domain();
    const range = base.range();
    const length = range[range.length - 1] - range[0];
    let sparsest = length / (full[1] - full[0]);
    for (let i = 1; i < domain.length; i++) sparsest = Math.min(sparsest, (range[i] - range[i - 1]) / (domain[i] - domain[i - 1] || 1));
    return length / (sparsest * minSpan);
  }

  private transformOf(view: View): ZoomTransform {
    const { range, orientation, base } = this.frame!;
    const k = (range[1] - range[0]) / (base(view[1]) - base(view[0]));
    const offset = range[0] - k * base(view[0]);
    return orientation === 'horizontal' ? zoomIdentity.translate(offset, 0).scale(k) : zoomIdentity.translate(0, offset).scale(k);
  }

  private viewOf(transform: ZoomTransform): View {
    const { range, orientation, base } = this.frame!;
    const invert = (p: number) => (orientation === 'horizontal' ? transform.invertX(p) : transform.invertY(p));
    return [base.invert(invert(range[0])), base.invert(invert(range[1]))];
  }
}
