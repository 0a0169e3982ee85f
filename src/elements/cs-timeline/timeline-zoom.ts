/**
 * Zoom and pan as a d3-zoom behaviour on the plot element, translated into
 * the one thing the element keeps: the visible time domain ("view", in ms).
 *
 * Only deliberate gestures zoom: Ctrl/⌘ + wheel (and trackpad pinch, which
 * browsers report as Ctrl + wheel), two-finger touch, mouse drag, double
 * click. A plain wheel and one-finger swipes scroll the page as usual.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Scale, View } from './timeline-scale.js';

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

const ANIMATION_MS = 240;

/** d3-zoom's filter: which input may zoom or pan (the rest is left to the page). */
export function isZoomGesture(event: Event): boolean {
  if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
  if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length >= 2;
  const mouse = event as MouseEvent;
  return !mouse.ctrlKey && !mouse.button;
}

export class TimelineZoom {
  private readonly behavior: ZoomBehavior<HTMLElement, unknown>;
  private selection?: Selection<HTMLElement, unknown, null, undefined>;
  private frame?: ZoomFrame;
  private animation?: { id: number; to: View };
  private syncing = false;

  /** The view d3-zoom's transform stands for now. */
  current?: View;

  /** `onView` receives every change of the visible domain; `user` is true for gestures. */
  constructor(private readonly onView: (view: View, user: boolean) => void) {
    this.behavior = zoom<HTMLElement, unknown>()
      .filter(isZoomGesture)
      // A double click zooms at once: no transition to sit through (or to skip under reduced motion).
      .duration(0)
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!this.frame) return;
        this.current = this.viewOf(event.transform);
        if (this.syncing) return;
        if (event.sourceEvent) this.stopAnimation();
        this.onView(this.current, Boolean(event.sourceEvent));
      });
  }

  get attachedTo(): HTMLElement | undefined {
    return this.selection?.node() ?? undefined;
  }

  /** Attaches the behaviour to `node` once (again only when the node is replaced). */
  attach(node: HTMLElement): void {
    if (this.attachedTo === node) return;
    this.detach();
    this.selection = select(node);
    this.selection.call(this.behavior);
  }

  detach(): void {
    this.stopAnimation();
    this.selection?.on('.zoom', null);
    this.selection = undefined;
    this.current = undefined;
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
    this.sync(view);
  }

  /** The largest zoom factor: even where the base scale is most compressed, `minSpan` can fill the range. */
  private narrowest(base: Scale, full: View, minSpan: number): number {
    const domain = base.domain().map(Number);
    const range = base.range();
    const length = range[range.length - 1] - range[0];
    let sparsest = length / (full[1] - full[0]);
    for (let i = 1; i < domain.length; i++) sparsest = Math.min(sparsest, (range[i] - range[i - 1]) / (domain[i] - domain[i - 1] || 1));
    return length / (sparsest * minSpan);
  }

  /** Where a running animation is heading (so repeated clicks add up). */
  get target(): View | undefined {
    return this.animation?.to;
  }

  /** True while an animated `go` is on its way. */
  get animating(): boolean {
    return this.animation !== undefined;
  }

  /**
   * Moves to `view`, animated unless `animate` is false or the reader prefers
   * reduced motion. `arrived` runs right after the last view is emitted (in the
   * same task, so whatever it changes lands in the same update as that view);
   * not when the move is cut short by another move or a gesture.
   */
  go(from: View, to: View, animate: boolean, arrived?: () => void): void {
    this.stopAnimation();
    const reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    if (!animate || reduced || !this.selection) {
      this.apply(to);
      arrived?.();
      return;
    }
    const started = performance.now();
    const [c0, s0] = [(from[0] + from[1]) / 2, from[1] - from[0]];
    const [c1, s1] = [(to[0] + to[1]) / 2, to[1] - to[0]];
    const step = (now: number) => {
      const t = Math.min(1, (now - started) / ANIMATION_MS);
      const eased = 1 - (1 - t) ** 3;
      const span = s0 * (s1 / s0) ** eased;
      const center = c0 + (c1 - c0) * eased;
      this.apply(t < 1 ? [center - span / 2, center + span / 2] : to);
      if (t < 1 && this.animation) {
        this.animation.id = requestAnimationFrame(step);
        return;
      }
      const finished = this.animation !== undefined;
      this.animation = undefined;
      if (finished) arrived?.();
    };
    this.animation = { id: requestAnimationFrame(step), to };
  }

  private stopAnimation(): void {
    if (this.animation) cancelAnimationFrame(this.animation.id);
    this.animation = undefined;
  }

  /** Emits the view (as a programmatic zoom event) and keeps d3-zoom's state in step. */
  private apply(view: View): void {
    if (!this.selection || !this.frame) {
      this.onView(view, false);
      return;
    }
    this.selection.call(this.behavior.transform, this.transformOf(view));
  }

  /** Puts d3-zoom's stored transform where `view` is, without emitting. */
  private sync(view: View): void {
    if (!this.selection) return;
    this.syncing = true;
    try {
      this.selection.call(this.behavior.transform, this.transformOf(view));
    } finally {
      this.syncing = false;
    }
  }

  private position(time: number): number {
    return this.frame!.base(time);
  }

  private time(position: number): number {
    return this.frame!.base.invert(position).getTime();
  }

  private transformOf(view: View): ZoomTransform {
    const { range, orientation } = this.frame!;
    const k = (range[1] - range[0]) / (this.position(view[1]) - this.position(view[0]));
    const offset = range[0] - k * this.position(view[0]);
    return orientation === 'horizontal' ? zoomIdentity.translate(offset, 0).scale(k) : zoomIdentity.translate(0, offset).scale(k);
  }

  private viewOf(transform: ZoomTransform): View {
    const { range, orientation } = this.frame!;
    const invert = (p: number) => (orientation === 'horizontal' ? transform.invertX(p) : transform.invertY(p));
    return [this.time(invert(range[0])), this.time(invert(range[1]))];
  }
}
