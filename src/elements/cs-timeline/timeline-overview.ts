/**
 * The overview: a strip of the whole period under the plot, with a tick for
 * every event and the current view marked on it as a window. A reader who
 * zoomed in sees where they are and how much lies around; dragging the
 * window (pointer or touch), clicking beside it, or its arrow keys move the
 * view. It uses the plot's own base scale, so its compressed years and its
 * breaks line up with the plot's at the whole period.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { TimelineItem } from './timeline-model.js';
import type { BaseScale, View } from './timeline-scale.js';

const HEIGHT = 26;

/** One path of every event's tick, made once per scale and set of events (10,000 events: one node). */
const paths = new WeakMap<BaseScale, { items: readonly TimelineItem[]; d: string }>();
function ticksPath(base: BaseScale, items: readonly TimelineItem[]): string {
  const cached = paths.get(base);
  if (cached && cached.items === items) return cached.d;
  let d = '';
  let last = Number.NaN;
  for (const item of items) {
    const x = Math.round(base(item.anchor) * 2) / 2;
    if (x === last) continue;
    d += `M${x} 6V${HEIGHT - 6}`;
    last = x;
  }
  paths.set(base, { items, d });
  return d;
}

export interface OverviewInput {
  readonly width: number;
  readonly base: BaseScale;
  readonly items: readonly TimelineItem[];
  readonly view: View;
  /** The window's place in words ("1938–1941"), the strip's name and the window's. */
  readonly valueText: string;
  readonly label: string;
  readonly windowLabel: string;
}

export interface OverviewActions {
  /** Shows the stretch of the same drawn length centred on `x` (px on the base scale). */
  readonly centreAt: (x: number) => void;
}

/** A view of the same drawn length as `view`, centred on `x`, in time. */
export function viewCentredAt(base: BaseScale, view: View, x: number): View {
  const half = (base(view[1]) - base(view[0])) / 2;
  const range = base.range();
  const centre = Math.max(range[0] + half, Math.min(range[range.length - 1] - half, x));
  return [base.invert(centre - half), base.invert(centre + half)];
}

export function renderOverview(input: OverviewInput, actions: OverviewActions): TemplateResult {
  const { base, view, width } = input;
  const x0 = base(view[0]);
  const x1 = base(view[1]);
  const range = base.range();
  const share = Math.round(((x0 - range[0]) / Math.max(1, range[range.length - 1] - range[0] - (x1 - x0))) * 100);
  let grab = 0;
  const xOf = (event: PointerEvent) => event.clientX - (event.currentTarget as Element).getBoundingClientRect().left;
  const down = (event: PointerEvent) => {
    const x = xOf(event);
    // On the window it is dragged from where it was taken; beside it the window jumps there.
    grab = x >= x0 && x <= x1 ? x - (x0 + x1) / 2 : 0;
    actions.centreAt(x - grab);
    // A pointer the browser no longer tracks cannot be captured: the press still moved the view.
    try {
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    } catch {
      /* nothing to drag */
    }
  };
  const move = (event: PointerEvent) => {
    if ((event.currentTarget as Element).hasPointerCapture(event.pointerId)) actions.centreAt(xOf(event) - grab);
  };
  const key = (event: KeyboardEvent) => {
    const step = { ArrowLeft: -0.25, ArrowDown: -0.25, ArrowRight: 0.25, ArrowUp: 0.25, PageDown: -1, PageUp: 1 }[event.key];
    const middle = (x0 + x1) / 2;
    if (step !== undefined) actions.centreAt(middle + step * (x1 - x0));
    else if (event.key === 'Home') actions.centreAt(-Infinity);
    else if (event.key === 'End') actions.centreAt(Infinity);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return html`<svg part="overview" class="overview" width=${width} height=${HEIGHT} viewBox=${`0 0 ${width} ${HEIGHT}`}
      role="group" aria-label=${input.label} @pointerdown=${down} @pointermove=${move}>
    <path class="overview-ticks" d=${ticksPath(base, input.items)}></path>
    ${svg`<rect part="overview-window" class=${x1 - x0 >= range[range.length - 1] - range[0] - 1 ? 'overview-window whole' : 'overview-window'} x=${x0} y="1" width=${Math.max(4, x1 - x0)} height=${HEIGHT - 2} rx="3"
      tabindex="0" role="slider" aria-label=${input.windowLabel} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.max(0, Math.min(100, share))}
      aria-valuetext=${input.valueText} @keydown=${key}></rect>`}
  </svg>`;
}
