/**
 * The timeline's zoom: animated moves between views (the buttons and keys)
 * and, once loaded, the pointer and touch gestures of `zoom-gestures.ts`.
 *
 * The gestures (d3-zoom, d3-transition, d3-selection) load when the browser
 * is idle after the first paint, so neither the first picture nor the frame
 * after it waits for their code. Until they
 * arrive the buttons and keys zoom already; only gestures in those first
 * milliseconds do nothing.
 */
import { afterPaint } from '../../core/idle.js';
import type { View } from './timeline-scale.js';
import type { MoveLayout } from './timeline-move.js';
import type { ZoomFrame, ZoomGestures } from './zoom-gestures.js';

const ANIMATION_MS = 240;

let gesturesModule: Promise<typeof import('./zoom-gestures.js')> | undefined;
const loadGestures = () => (gesturesModule ??= import('./zoom-gestures.js'));

export class TimelineZoom {
  private node?: HTMLElement;
  private gestures?: ZoomGestures;
  private frame?: ZoomFrame;
  private animation?: { id: number; to: View; still: View };

  /** Moves a layout to a frame's zoom (from the gestures' chunk; until it is here, frames stretch the marks as a whole). */
  move?: MoveLayout;

  /** The view shown now, as far as the zoom knows (the gestures start from it). */
  current?: View;

  /** `onView` receives every change of the visible domain; `user` is true for gestures. */
  constructor(private readonly onView: (view: View, user: boolean) => void) {}

  /** True once the gestures listen on the attached node. */
  get gesturesReady(): boolean {
    return this.gestures !== undefined;
  }

  /** Attaches to `node` once (again only when the node is replaced); the gestures follow when the browser is idle after the first paint. */
  attach(node: HTMLElement): void {
    if (this.node === node) return;
    this.detach();
    this.node = node;
    afterPaint(() => {
      if (this.node !== node) return;
      loadGestures().then(
        ({ ZoomGestures, moveLayout }) => {
          this.move = moveLayout;
          if (this.node !== node || this.gestures) return;
          this.gestures = new ZoomGestures(node, this.fromGestures);
          if (this.frame && this.current) this.gestures.configure(this.frame, this.current);
        },
        // Without the gestures the buttons and keys still zoom; the reason goes to the console.
        (error: unknown) => console.warn('cs-timeline: the zoom gestures could not load', error),
      );
    }, 500); // at the latest half a second after the frame
  }

  detach(): void {
    this.stopAnimation();
    this.gestures?.detach();
    this.gestures = undefined;
    this.node = undefined;
    this.current = undefined;
  }

  /** Sets the geometry and the view shown now. */
  configure(frame: ZoomFrame, view: View): void {
    this.frame = frame;
    this.current = view;
    this.gestures?.configure(frame, view);
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
   * While an animated `go` runs, the wider of its two ends: every view on the
   * way lies inside it at a closer zoom, so its layout, stretched, fits each
   * frame (see `moveLayout`); for a zoom-in it is the picture already shown.
   * A move that continues a running one (a key held, clicks in a row) keeps
   * the widest end so far: its start lies inside it, and the picture is laid
   * out again only where the moves end, not at each press.
   */
  get still(): View | undefined {
    return this.animation?.still;
  }

  /**
   * Moves to `view`, animated unless `animate` is false or the reader prefers
   * reduced motion. `arrived` runs right after the last view is emitted (in the
   * same task, so whatever it changes lands in the same update as that view);
   * not when the move is cut short by another move or a gesture.
   */
  go(from: View, to: View, animate: boolean, arrived?: () => void): void {
    const wider = (a: View, b: View) => (b[1] - b[0] > a[1] - a[0] ? b : a);
    const still = wider(this.animation?.still ?? from, to);
    this.stopAnimation();
    const reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    if (!animate || reduced || !this.node) {
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
    this.animation = { id: requestAnimationFrame(step), to, still };
  }

  private stopAnimation(): void {
    if (this.animation) cancelAnimationFrame(this.animation.id);
    this.animation = undefined;
  }

  private fromGestures = (view: View, user: boolean): void => {
    this.current = view;
    if (user) this.stopAnimation();
    this.onView(view, user);
  };

  /** Emits the view, through the gestures' transform when they are there (so they continue from it). */
  private apply(view: View): void {
    if (this.gestures) {
      this.gestures.show(view);
      return;
    }
    this.current = view;
    this.onView(view, false);
  }
}
