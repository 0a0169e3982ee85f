/**
 * Where the reader is in time: the whole period, the view they zoomed or
 * panned to, and every way of moving it — the zoom buttons and keys (animated,
 * around the focused event), a cluster's span, the overview strip, the
 * gestures (timeline-zoom), and panning an event into view. The element keeps
 * the state of events and selection; this keeps the state of the view, and
 * asks the element to update when it moves.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Frame, Moving } from './timeline-frame.js';
import type { TimelineItem } from './timeline-model.js';
import type { OverviewActions } from './timeline-overview.js';
import { constrainView, zoomView, type BaseScale, type View } from './timeline-scale.js';
import type { ZoomActions } from './timeline-toolbar.js';
import { minSpanOf } from './timeline-view.js';
import { TimelineZoom } from './timeline-zoom.js';

type Overview = typeof import('./timeline-overview.js');

export class TimelineNavigation implements ReactiveController {
  /** The whole period (the element sets it from its data and `from`/`to`). */
  full: View = [0, 1];
  /** The overview strip's module: loaded with the first zoom (at the whole period the strip would repeat the plot). */
  overview?: Overview;
  private requested?: View;
  private base?: BaseScale;
  private readonly zoom = new TimelineZoom((view) => this.set(view));
  private configured?: { frame: Frame; full: View; base: BaseScale };
  private stripShown = false;

  /** `arrived` is told where an animated move ended (in the update of its last frame). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly arrived: (view: View) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.zoom.detach();
    this.configured = undefined;
  }

  /** The reader's view; undefined: the whole period. */
  get view(): View | undefined {
    return this.requested;
  }

  /** The view shown (the whole period unless the reader moved). */
  get current(): View {
    return this.requested ?? this.full;
  }

  /** True while an animated move is on its way (the toolbar keeps the texts of where it started). */
  get animating(): boolean {
    return this.zoom.animating;
  }

  /** While an animated move runs: the wider of its ends, whose layout the frames on the way draw, and how they move it (see TimelineZoom). */
  get moving(): Moving | undefined {
    const still = this.zoom.still;
    return still && { still, move: this.zoom.move };
  }

  /**
   * Whether the overview strip is drawn (call once per update): once the reader
   * zoomed and its module is here — arriving with the end of a zoom animation
   * rather than in its middle, where the shorter plot would need a layout of
   * its own on top of the one the animation ends with.
   */
  strip(): boolean {
    this.stripShown = Boolean(this.requested && this.overview) && (this.stripShown || !this.animating);
    return this.stripShown;
  }

  /** Shows `view` at once (undefined: the whole period). */
  set(view: View | undefined): void {
    if (view === this.requested) return;
    this.requested = view;
    this.host.requestUpdate();
    if (view && !this.overview) void import('./timeline-overview.js').then((module) => {
      this.overview = module;
      this.host.requestUpdate();
    });
  }

  /** A new whole period: the view starts from all of it. Returns whether it changed. */
  setFull(full: View): boolean {
    if (full[0] === this.full[0] && full[1] === this.full[1]) return false;
    this.full = full;
    this.set(undefined);
    return true;
  }

  /** Keeps a view inside the whole period and no narrower than about a month. */
  constrain(view: View): View {
    return constrainView(view, this.full, minSpanOf(this.full));
  }

  /** Pans (without zooming) so that an event is in view. */
  reveal(item: TimelineItem): void {
    const view = this.current;
    if (item.anchor >= view[0] && item.anchor <= view[1]) return;
    const span = view[1] - view[0];
    this.set(this.constrain([item.anchor - span / 2, item.anchor + span / 2]));
  }

  /** Zooms by `factor` (> 1: in) around `center` (ms; default: the middle), continuing a running animation. */
  zoomBy(factor: number, center?: number): void {
    const from = this.zoom.target ?? this.current;
    this.go(this.constrain(zoomView(from, factor, center ?? (from[0] + from[1]) / 2, this.base)));
  }

  /** Zooms to the span of a cluster's events (at least three times closer). */
  zoomToEvents(items: readonly TimelineItem[]): void {
    const current = this.current;
    let start = Infinity;
    let end = -Infinity;
    for (const item of items) {
      start = Math.min(start, item.from);
      end = Math.max(end, item.anchor);
    }
    const pad = (end - start) * 0.15 + minSpanOf(this.full) / 4;
    let target = this.constrain([start - pad, end + pad]);
    if (target[1] - target[0] >= (current[1] - current[0]) * 0.9) target = this.constrain(zoomView(current, 3, (start + end) / 2, this.base));
    this.go(target);
  }

  readonly actions: ZoomActions = {
    zoomIn: () => this.zoomBy(2),
    zoomOut: () => this.zoomBy(0.5),
    reset: () => this.go(this.full),
  };

  /** The overview moves the view at once, keeping its drawn length. */
  readonly overviewActions: OverviewActions = {
    centreAt: (x: number) => {
      if (this.base && this.overview) this.set(this.constrain(this.overview.viewCentredAt(this.base, this.current, x)));
    },
  };

  /**
   * After each update: the gestures listen on the plot and know its geometry
   * and the view drawn (told again only when one of them changed).
   */
  follow(plot: HTMLElement | null, frame: Frame | undefined, base: BaseScale | undefined): void {
    this.base = base;
    if (!plot) {
      this.zoom.detach();
      this.configured = undefined;
      return;
    }
    if (!frame || !base) return;
    this.zoom.attach(plot);
    const g = frame.geometry;
    const last = this.configured?.frame.geometry;
    const current = this.zoom.current;
    const moved = !current || Math.abs(current[0] - frame.view[0]) > 1 || Math.abs(current[1] - frame.view[1]) > 1;
    const same = last && last.orientation === g.orientation && last.width === g.width && last.height === g.height && this.configured!.full === this.full && this.configured!.base === base;
    if (same && !moved) return;
    this.configured = { frame, full: this.full, base };
    this.zoom.configure({ full: this.full, base, range: g.range, orientation: g.orientation, width: g.width, height: g.height, minSpan: minSpanOf(this.full) }, frame.view);
  }

  /** Animates to `target`, and says where it arrived. */
  private go(target: View): void {
    this.zoom.go(this.current, target, true, () => this.arrived(target));
  }
}
