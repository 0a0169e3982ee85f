/**
 * The timeline's SVG, drawn from a finished layout: Lit `svg` templates only,
 * no DOM reads. Both orientations share the code; `t` runs along the time
 * axis and lanes stack across it.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../../core/css-props.js';
import type { CategoryId } from '../../data/types.js';
import { DOT_RADIUS, type ClusterUnit, type EventUnit, type Label, type Unit } from './timeline-layout.js';
import type { Frame } from './timeline-frame.js';
import { CATEGORY_IDS, type Fuzz } from './timeline-model.js';
import { categoryShape } from './timeline-shapes.js';

export type Orientation = 'horizontal' | 'vertical';

/** Where things go in the plot, for one size and orientation. */
export interface Geometry {
  readonly orientation: Orientation;
  readonly width: number;
  readonly height: number;
  /** Pixel range of the time axis. */
  readonly range: readonly [number, number];
  readonly lanes: number;
  readonly laneSize: number;
  /** Cross-axis position where lane 0 begins. */
  readonly laneStart: number;
  /** Cross-axis position of the axis line. */
  readonly axisAt: number;
  /** Vertical: where the label column begins and how wide it is. */
  readonly columnX: number;
  readonly columnWidth: number;
}

const H_ERA = 22;
const H_LANE = 21;
const H_AXIS = 28;
const V_AXIS = 66;
const V_LANE = 22;
const V_LANES = 3;

export function geometry(orientation: Orientation, width: number, height: number): Geometry {
  if (orientation === 'horizontal') {
    const laneStart = H_ERA + 6;
    const axisAt = height - H_AXIS;
    const lanes = Math.max(2, Math.floor((axisAt - laneStart - 4) / H_LANE));
    return { orientation, width, height, range: [14, Math.max(15, width - 14)], lanes, laneSize: H_LANE, laneStart, axisAt, columnX: 0, columnWidth: 0 };
  }
  const laneStart = V_AXIS + 8;
  const columnX = laneStart + V_LANES * V_LANE + 10;
  return {
    orientation,
    width,
    height,
    range: [16, Math.max(17, height - 16)],
    lanes: V_LANES,
    laneSize: V_LANE,
    laneStart,
    axisAt: V_AXIS,
    columnX,
    columnWidth: Math.max(0, width - columnX - 8),
  };
}

const laneCenter = (g: Geometry, lane: number) => g.laneStart + lane * g.laneSize + g.laneSize / 2;

/** The stops of the soft-edged fills: where a fuzzy date fades in and out. */
const FUZZ_STOPS: Record<Fuzz, readonly (readonly [number, number])[]> = {
  both: [
    [0, 0.12],
    [0.3, 0.75],
    [0.7, 0.75],
    [1, 0.12],
  ],
  before: [
    [0, 0.05],
    [1, 0.85],
  ],
  after: [
    [0, 0.85],
    [1, 0.05],
  ],
};

/** The gradients depend on the orientation alone: built once each, then the same template every render. */
const defsByOrientation = new Map<string, SVGTemplateResult>();

/**
 * Soft-edged fills for uncertain dates: one gradient per category and
 * direction of fading. The stops take the category's colour from the
 * stylesheet (`stop { stop-color: var(--_c) }`), so no inline style is needed.
 */
export function renderDefs(orientation: Orientation, categories: readonly string[] = CATEGORY_IDS): SVGTemplateResult {
  // A user document's own categories need their own gradients (keyed by the list; bundled data always has the same four).
  const key = `${orientation}|${categories.join(' ')}`;
  let defs = defsByOrientation.get(key);
  if (!defs) {
    if (defsByOrientation.size > 8) defsByOrientation.clear();
    const horizontal = orientation === 'horizontal';
    defs = svg`<defs>${categories.map((category) =>
      (Object.keys(FUZZ_STOPS) as Fuzz[]).map(
        (fuzz) => svg`<linearGradient id=${`fz-${fuzz}-${category}`} class=${`c-${category}`} x1="0" y1="0" x2=${horizontal ? 1 : 0} y2=${horizontal ? 0 : 1}>
          ${FUZZ_STOPS[fuzz].map(([offset, opacity]) => svg`<stop offset=${offset} stop-opacity=${opacity}></stop>`)}
        </linearGradient>`,
      ),
    )}</defs>`;
    defsByOrientation.set(key, defs);
  }
  return defs;
}

/**
 * An axis break: a stretch of empty years drawn short. The axis line stops
 * at two slanted strokes, and a faint band across the plot with the years it
 * stands for shows that time was left out here, not that it was short.
 */
function renderBreak([a, b]: readonly [number, number], text: string, g: Geometry): SVGTemplateResult {
  const m = (a + b) / 2;
  if (g.orientation === 'horizontal') {
    return svg`<g class="break">
      <rect class="break-band" x=${a} y=${H_ERA} width=${b - a} height=${g.axisAt - H_ERA}></rect>
      <line class="break-gap" x1=${a + 3} x2=${b - 3} y1=${g.axisAt} y2=${g.axisAt}></line>
      <path class="break-mark" d=${`M${m - 6} ${g.axisAt + 6}l5 -12M${m + 1} ${g.axisAt + 6}l5 -12`}></path>
      ${text ? svg`<text class="break-text" x=${m} y=${g.axisAt + 18} text-anchor="middle">${text}</text>` : nothing}
    </g>`;
  }
  return svg`<g class="break">
    <rect class="break-band" x=${g.axisAt} y=${a} width=${g.width - g.axisAt} height=${b - a}></rect>
    <line class="break-gap" x1=${g.axisAt} x2=${g.axisAt} y1=${a + 3} y2=${b - 3}></line>
    <path class="break-mark" d=${`M${g.axisAt - 6} ${m - 1}l12 -5M${g.axisAt - 6} ${m + 6}l12 -5`}></path>
    ${text ? svg`<text class="break-text" x=${g.axisAt - 8} y=${m + 4} text-anchor="end">${text}</text>` : nothing}
  </g>`;
}

export interface AxisBreak {
  /** Pixel extent along the time axis. */
  readonly at: readonly [number, number];
  /** The years it leaves out ("1923–1933"), or empty where that does not fit. */
  readonly text: string;
}

export function renderAxis(ticks: readonly { t: number; text: string; anchor?: 'start' }[], g: Geometry, breaks: readonly AxisBreak[] = []): SVGTemplateResult {
  const gaps = breaks.map((entry) => renderBreak(entry.at, entry.text, g));
  if (g.orientation === 'horizontal') {
    return svg`<g part="axis" aria-hidden="true">
      <line class="domain" x1=${g.range[0]} x2=${g.range[1]} y1=${g.axisAt} y2=${g.axisAt}></line>
      ${gaps}
      ${ticks.map(
        ({ t, text, anchor }) => svg`<g class="tick" transform=${`translate(${t} 0)`}>
          <line class="grid" y1=${H_ERA} y2=${g.axisAt} stroke-opacity="0.5"></line>
          <line y1=${g.axisAt} y2=${g.axisAt + 5}></line>
          <text x=${anchor ? 6 : 0} y=${g.axisAt + 18} text-anchor=${anchor ?? 'middle'}>${text}</text>
        </g>`,
      )}
    </g>`;
  }
  return svg`<g part="axis" aria-hidden="true">
    <line class="domain" x1=${g.axisAt} x2=${g.axisAt} y1=${g.range[0]} y2=${g.range[1]}></line>
    ${gaps}
    ${ticks.map(
      ({ t, text }) => svg`<g class="tick" transform=${`translate(0 ${t})`}>
        <line class="grid" x1=${g.axisAt} x2=${g.width} stroke-opacity="0.5"></line>
        <line x1=${g.axisAt - 5} x2=${g.axisAt}></line>
        <text x=${g.axisAt - 8} y="4" text-anchor="end">${text}</text>
      </g>`,
    )}
  </g>`;
}

export interface MarkContext {
  readonly geometry: Geometry;
  /** Key of the unit that is the tab stop. */
  readonly tabStop?: string;
  readonly selected?: string;
  readonly ariaLabel: (unit: EventUnit) => string;
  readonly dateText: (unit: EventUnit) => string;
  /** The whole title, for a shortened label. */
  readonly title: (unit: EventUnit) => string;
  readonly clusterLabel: (unit: ClusterUnit) => string;
  readonly badgeText: (count: number) => string;
  /** Where the texts come from (the language's words): new texts, marks drawn again. */
  readonly texts: unknown;
}

/**
 * The marks, keyed (Lit moves a mark's nodes rather than making new ones),
 * drawn again only when something of theirs changed: a frame that stretches
 * them as a whole (see `stretchStyle`) touches none of them.
 */
export function renderMarks(units: readonly Unit[], context: MarkContext): SVGTemplateResult {
  const g = context.geometry;
  return svg`<g class="marks">${guard([units, context.tabStop, context.selected, context.texts, g.orientation, g.width, g.height], () =>
    repeat(
      units,
      (unit) => unit.key,
      (unit) => (unit.kind === 'event' ? renderEvent(unit, context) : renderCluster(unit, context)),
    ),
  )}</g>`;
}

/**
 * The CSS transform of the marks' own `<svg>` for a stretched frame (see
 * Frame; its origin is the box's corner, see the styles): on that box, not
 * inside the SVG, it changes no layout and paints nothing again (the
 * compositor scales what was drawn), where a scale inside the SVG lays out
 * every label again. Set through the CSSOM (`cssProps`).
 */
export function stretchStyle(stretch: Frame['stretch'], orientation: Orientation): Readonly<Record<string, string>> {
  return stretch ? { transform: orientation === 'horizontal' ? `matrix(${stretch.k},0,0,1,${stretch.shift},0)` : `matrix(1,0,0,${stretch.k},0,${stretch.shift})` } : {};
}

/**
 * Every event mark is drawn around its own origin (`transform` on its group):
 * the date's position on the axis and the middle of its lane. The shapes
 * inside then keep the same coordinates while a zoom moves the mark, and a
 * zoom frame rewrites one attribute per mark instead of one per shape.
 */
const translate = (x: number, y: number) => `translate(${x} ${y})`;

/** The focus ring and the category shape at the origin (see timeline-shapes). */
function dot(categories: readonly CategoryId[]): SVGTemplateResult {
  return svg`<circle class="ring" r="10.5"></circle>${categoryShape(categories, DOT_RADIUS)}`;
}

/** A range's bar, `from`–`to` along the axis relative to the mark's origin, one stripe per category. */
function bar(unit: EventUnit, horizontal: boolean, from: number, to: number, thickness: number): SVGTemplateResult[] {
  const categories = unit.item.event.categories;
  const stripe = thickness / categories.length;
  const fuzz = unit.item.fuzz;
  const stripes = categories.map((category, i) => {
    const offset = -thickness / 2 + i * stripe;
    // Set through the CSSOM: a style attribute is blocked under a strict CSP. (Sharp bars need none.)
    const style = fuzz ? cssProps({ fill: `url(#fz-${fuzz}-${category})` }) : nothing;
    return horizontal
      ? svg`<rect class=${`bar c-${category}`} ${style} x=${from} y=${offset} width=${to - from} height=${stripe} rx=${categories.length === 1 ? 3 : 0}></rect>`
      : svg`<rect class=${`bar c-${category}`} ${style} x=${offset} y=${from} width=${stripe} height=${to - from} rx=${categories.length === 1 ? 3 : 0}></rect>`;
  });
  // The category's shape at the bar's start, where the bar is long enough to hold it.
  if (to - from < 18) return stripes;
  const at = from + 8;
  return [...stripes, svg`<g class="glyph" transform=${horizontal ? `translate(${at} 0)` : `translate(0 ${at})`}>${categoryShape(categories, 3.6, 'glyph-shape')}</g>`];
}

function renderEvent(unit: EventUnit, context: MarkContext): SVGTemplateResult {
  const g = context.geometry;
  const { item } = unit;
  const horizontal = g.orientation === 'horizontal';
  const cross = laneCenter(g, unit.lane);
  const classes = ['event', `c-${item.event.categories[0]}`, item.fuzz ? 'fuzzy' : '', item.qualified ? 'qualified' : ''].join(' ');
  const id = item.event.id;
  const tabindex = context.tabStop === unit.key ? '0' : '-1';
  const current = context.selected === id ? 'true' : nothing;
  // Positions along the axis, relative to the mark's origin (a dot's exactly, so that a moved mark compares equal).
  const at = unit.anchor;
  const t0 = unit.bar ? unit.t0 - at : -DOT_RADIUS;
  const t1 = unit.bar ? unit.t1 - at : DOT_RADIUS;
  if (horizontal) {
    const label = unit.label;
    const beside = label && !label.inside;
    const hitStart = label?.before ? t0 - 4 - label.width : unit.bar ? t0 : -12;
    const hitEnd = Math.max(unit.bar ? t1 : 12, beside && !label.before ? Math.min(t1 + 4 + label.width, g.range[1] + 8 - at) : -at);
    // A title without room (shown on hover and focus) goes towards the middle of the plot.
    const towardsStart = !label && at > (g.range[0] + g.range[1]) / 2;
    return svg`<g part="event" class=${classes} data-key=${unit.key} data-id=${id} data-category=${item.categoryList} data-date=${item.event.date}
        role="button" tabindex=${tabindex} aria-current=${current} aria-label=${context.ariaLabel(unit)} transform=${translate(at, cross)}>
      <rect class="hit" x=${hitStart} y="-12" width=${Math.max(24, hitEnd - hitStart)} height="24"></rect>
      ${unit.bar
        ? svg`<rect class="ring" x=${t0 - 3} y="-10" width=${t1 - t0 + 6} height="20" rx="5"></rect>
            ${bar(unit, true, t0, t1, 14)}`
        : dot(item.event.categories)}
      ${label
        ? labelText(label, t0, t1, context.title(unit))
        : svg`<text class="label whole" x=${towardsStart ? t0 - 4 : t1 + 4} y="4" text-anchor=${towardsStart ? 'end' : nothing}>${context.title(unit)}</text>`}
    </g>`;
  }
  const lines = unit.lines ?? [];
  const top = (unit.labelTop ?? unit.anchor - 9) - at;
  const labelHeight = lines.length ? 14 + lines.length * 16 : 0;
  const hitTop = Math.min(top, t0 - 6);
  const hitBottom = Math.max(top + labelHeight, t1 + 6, hitTop + 24);
  const column = g.columnX - cross;
  return svg`<g part="event" class=${classes} data-key=${unit.key} data-id=${id} data-category=${item.categoryList} data-date=${item.event.date}
      role="button" tabindex=${tabindex} aria-current=${current} aria-label=${context.ariaLabel(unit)} transform=${translate(cross, at)}>
    <rect class="hit" x="-12" y=${hitTop} width=${lines.length ? g.width - cross + 12 : 24} height=${hitBottom - hitTop}></rect>
    ${lines.length ? leader(DOT_RADIUS + 2, 0, column - 4, top + 7) : nothing}
    ${unit.bar
      ? svg`<rect class="ring" x="-8" y=${t0 - 3} width="16" height=${t1 - t0 + 6} rx="5"></rect>
          ${bar(unit, false, t0, t1, 10)}`
      : dot(item.event.categories)}
    ${lines.length
      ? svg`<text class="date-line" x=${column} y=${top + 11}>${context.dateText(unit)} </text>
          ${lines.map((line, i) => svg`<text class="title-line" x=${column} y=${top + 14 + (i + 1) * 16 - 3}>${line} </text>`)}`
      : nothing}
  </g>`;
}

/**
 * A title beside its mark (after it, before it, or inside its bar). A
 * shortened one carries the whole title too, shown on hover and focus.
 */
function labelText(label: Label, t0: number, t1: number, whole: string): SVGTemplateResult {
  const x = label.inside ? t0 + 17 : label.before ? t0 - 4 : t1 + 4;
  const anchor = label.before ? 'end' : nothing;
  const className = label.inside ? 'label inside' : label.shortened ? 'label short' : 'label';
  return label.shortened
    ? svg`<text class=${className} x=${x} y="4" text-anchor=${anchor}>${label.text}</text><text class="label whole" x=${x} y="4" text-anchor=${anchor}>${whole}</text>`
    : svg`<text class=${className} x=${x} y="4" text-anchor=${anchor}>${label.text}</text>`;
}

/** From a mark across the lanes to its label, bending where the label slid down. */
function leader(x0: number, y0: number, x1: number, y1: number): SVGTemplateResult {
  const bend = Math.max(x0, x1 - 12);
  return svg`<path class="leader" d=${`M${x0} ${y0}H${bend}L${x1} ${y1}`}></path>`;
}

function renderCluster(unit: ClusterUnit, context: MarkContext): SVGTemplateResult {
  const g = context.geometry;
  const horizontal = g.orientation === 'horizontal';
  const text = horizontal ? `+${context.badgeText(unit.items.length)}` : context.badgeText(unit.items.length);
  // Drawn around its own origin like an event mark (the middle of the badge's start edge): a zoom frame moves one attribute.
  const origin = horizontal ? { x: unit.t0, y: laneCenter(g, unit.lane) - 9 } : { x: g.laneStart + 2, y: unit.anchor - 10 };
  const box = horizontal ? { width: unit.t1 - unit.t0, height: 18 } : { width: g.lanes * g.laneSize - 4, height: 20 };
  const holdsSelected = context.selected !== undefined && unit.items.some((item) => item.event.id === context.selected);
  const last = unit.items.reduce((latest, item) => ((item.event.end ?? item.event.date) > latest ? (item.event.end ?? item.event.date) : latest), unit.items[0].event.date);
  return svg`<g part="cluster" class=${holdsSelected ? 'cluster holds-selected' : 'cluster'} data-key=${unit.key} data-count=${unit.items.length} data-from=${unit.items[0].event.date} data-to=${last} role="button"
      tabindex=${context.tabStop === unit.key ? '0' : '-1'} aria-label=${context.clusterLabel(unit)} transform=${translate(origin.x, origin.y)}>
    <rect class="hit" x="-3" y="-3" width=${box.width + 6} height=${Math.max(24, box.height + 6)}></rect>
    <rect class="ring" x="-3" y="-3" width=${box.width + 6} height=${box.height + 6} rx=${(box.height + 6) / 2}></rect>
    <rect class="badge" width=${box.width} height=${box.height} rx=${box.height / 2}></rect>
    <text class="count" x=${box.width / 2} y=${box.height / 2 + 4} text-anchor="middle">${text}</text>
  </g>`;
}
