/**
 * The bar chart of one battle: a group per force, a row per figure.
 *  - the bar reaches the lowest figure any source gives;
 *  - where sources differ, a whisker spans lowest to highest and each
 *    source's value is a labelled dot;
 *  - a lower bound ("over thirty") fades out into an arrow: the truth may lie beyond.
 * Each force has its own scale: the brigade's dozens would vanish beside the
 * army's tens of thousands.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { nice, ticks } from 'd3-array';
import { formatFigure, formatNumber } from '../../core/format.js';
import { msg } from '../../core/localize.js';
import { figureName, markLabel, sourceTitle, type DrawContext } from './messages.js';
import type { BattleView, FigureRow, ForceGroup } from './casualty-chart-view.js';
import { renderTooltip } from './tooltip.js';

export const BAR_HEIGHT = 14;
/** Length of the fade that says "and possibly more". */
const FADE = 30;
const ROW = 30;
const SPREAD_ROW = 52;
const GAP = 10;
/** Estimated width of a digit at the label size (tabular numerals). */
const CHAR = 7.2;

interface Scale {
  (value: number): number;
  ticks: number[];
}

/** A linear scale from 0 to a round maximum (d3-array's nice and ticks). */
function linearScale(maxValue: number, width: number, tickCount: number): Scale {
  const [, top] = nice(0, Math.max(maxValue, 1), tickCount);
  const scale = ((value: number) => (value / top) * width) as Scale;
  scale.ticks = ticks(0, top, tickCount);
  return scale;
}

function endText(row: FigureRow, ctx: DrawContext): string {
  return row.spread ? '' : formatFigure(row.chosen, ctx.locale);
}

/** Column widths for a panel `width` px wide, and the group's own scale. */
export function barLayout(group: ForceGroup, width: number, ctx: DrawContext) {
  const label = Math.round(Math.min(200, Math.max(100, width * 0.32)));
  const track = Math.max(80, width - label - GAP);
  const rows = group.rows;
  const reserve =
    Math.max(
      ...rows.map((row) => {
        const after = endText(row, ctx).length * CHAR + (row.openEnded ? FADE + 10 : 6);
        const dotLabels = row.spread ? (Math.max(...row.figure.values.map((value) => formatFigure(value, ctx.locale).length)) * CHAR) / 2 : 0;
        return Math.max(after, dotLabels, row.openEnded ? FADE + 10 : 0);
      }),
    ) + 4;
  const plot = Math.max(40, track - reserve);
  return { label, track, x: linearScale(group.max, plot, Math.max(2, Math.min(6, Math.floor(plot / 64)))) };
}

type Layout = ReturnType<typeof barLayout>;

/** Labels of the dots, put above the bar, or below when they would overlap their neighbour. */
function dotLabels(row: FigureRow, x: Scale, ctx: DrawContext, track: number) {
  const end = { top: -Infinity, bottom: -Infinity };
  return row.figure.values
    .map((value, index) => {
      const text = formatFigure(value, ctx.locale);
      const center = value.qualifier === 'range' && value.max !== undefined ? (x(value.value) + x(value.max)) / 2 : x(value.value);
      return { value, index, text, center };
    })
    .sort((a, b) => a.center - b.center)
    .map((label) => {
      const half = (label.text.length * CHAR) / 2;
      let at = Math.min(Math.max(label.center, half), track - half);
      const fits = (lane: 'top' | 'bottom') => at - half >= end[lane] + 3;
      // Four sources crowd two lanes (Dukla's totals at 360 px): the freer lane, its label nudged right.
      const lane: 'top' | 'bottom' = fits('top') ? 'top' : fits('bottom') ? 'bottom' : end.top <= end.bottom ? 'top' : 'bottom';
      if (!fits(lane)) at = Math.min(end[lane] + 3 + half, Math.max(track - half, at));
      end[lane] = at + half;
      return { ...label, at, lane };
    });
}

function renderTrack(row: FigureRow, layout: Layout, ctx: DrawContext): SVGTemplateResult {
  const { x, track } = layout;
  const height = row.spread ? SPREAD_ROW : ROW;
  const mid = height / 2;
  const fadeId = `fade-${row.key.replace(/[^a-z0-9-]/gi, '-')}`;
  const reach = x(row.high) + (row.openEnded ? FADE : 0);
  return svg`<svg class="track" width=${track} height=${height} aria-hidden="true">
    ${x.ticks.map((tick) => svg`<line class="grid" x1=${x(tick)} x2=${x(tick)} y1="0" y2=${height}></line>`)}
    <rect part="bar" class="bar" x="0" y=${mid} height=${BAR_HEIGHT}
      width=${row.low > 0 ? Math.max(1.5, x(row.low)) : 0}></rect>
    ${row.openEnded
      ? svg`<linearGradient id=${fadeId}>
            <stop offset="0" class="fade-stop"></stop>
            <stop offset="1" class="fade-stop" stop-opacity="0"></stop>
          </linearGradient>
          <rect part="open-end" class="fade" x=${x(row.high)} y=${mid} height=${BAR_HEIGHT} width=${FADE}
            fill="url(#${fadeId})"></rect>
          <path class="arrow" d="M${x(row.high) + FADE - 7},${mid - 6} L${x(row.high) + FADE},${mid} L${x(row.high) + FADE - 7},${mid + 6}"></path>`
      : nothing}
    ${row.spread ? renderSpread(row, layout, ctx, mid) : nothing}
    ${row.spread
      ? nothing
      : svg`<text class="value" x=${reach + (row.openEnded ? 6 : 5)} y=${mid} dy="0.35em">${endText(row, ctx)}</text>`}
  </svg>`;
}

// `<title>` is raw text to Lit SSR's HTML parser, so its text is a property, not a child binding (ssr.js).
function renderSpread(row: FigureRow, layout: Layout, ctx: DrawContext, mid: number): SVGTemplateResult {
  const { x, track } = layout;
  const [low, high] = [x(row.low), x(row.high)];
  return svg`
    <line part="whisker" class="whisker" x1=${low} x2=${high} y1=${mid} y2=${mid}
      data-min=${row.low} data-max=${row.high}></line>
    <line class="whisker" x1=${low} x2=${low} y1=${mid - 4} y2=${mid + 4}></line>
    <line class="whisker" x1=${high} x2=${high} y1=${mid - 4} y2=${mid + 4}></line>
    ${row.figure.values.map((value) =>
      value.qualifier === 'range' && value.max !== undefined
        ? svg`<line part="dot" class="span" x1=${x(value.value)} x2=${x(value.max)} y1=${mid} y2=${mid}
            data-value=${value.value} data-max=${value.max} data-source=${value.source}><title .textContent=${sourceTitle(value.source)}></title></line>`
        : svg`<circle part="dot" class="dot" cx=${x(value.value)} cy=${mid} r="4.5"
            data-value=${value.value} data-source=${value.source}><title .textContent=${sourceTitle(value.source)}></title></circle>`,
    )}
    ${dotLabels(row, x, ctx, track).map(
      (label) => svg`<text class="dot-label" x=${label.at} y=${label.lane === 'top' ? mid - BAR_HEIGHT / 2 - 5 : mid + BAR_HEIGHT / 2 + 14}
        text-anchor="middle" data-source=${label.value.source}>${label.text}</text>`,
    )}`;
}

function renderRow(row: FigureRow, layout: Layout, ctx: DrawContext): TemplateResult {
  const { name, detail } = figureName(row, ctx);
  const left = layout.label + GAP + layout.x(row.high);
  return html`<div
    part="mark"
    class="row depth-${row.depth} ${row.spread ? 'spread' : ''} ${row.total ? 'total' : ''}"
    tabindex=${row.key === ctx.tabStop ? '0' : '-1'}
    role="img"
    aria-label=${markLabel(row, ctx)}
    data-key=${row.key}
    data-battle=${row.battle.id}
    data-force=${row.force.id}
    data-figure=${row.figure.category}
    data-value=${row.chosen.max ?? row.chosen.value}
  >
    <span class="label"><span class="name">${name}</span>${detail ? html`<span class="detail">${detail}</span>` : nothing}</span>
    ${renderTrack(row, layout, ctx)} ${renderTooltip(row, ctx, { left: `min(${left}px, calc(100% - var(--_tooltip-width)))` })}
  </div>`;
}

function renderAxis(layout: Layout, ctx: DrawContext): TemplateResult {
  const { x } = layout;
  return html`<div class="axis-row" aria-hidden="true">
    <span class="axis-title">${msg('people', { id: 'casualty-chart.axisPeople' })}</span>
    <svg part="axis" class="axis" width=${layout.track} height="18">
      ${x.ticks.map(
        (tick, index) =>
          svg`<text x=${x(tick)} y="13" text-anchor=${index === 0 ? 'start' : 'middle'}>${formatNumber(tick, ctx.locale)}</text>`,
      )}
    </svg>
  </div>`;
}

function renderGroup(group: ForceGroup, layout: Layout, ctx: DrawContext): TemplateResult {
  return html`<section class="force" data-force=${group.force.id}>
    <h3 class="force-name">${ctx.text(group.force.label)}</h3>
    <div class="rows">
      ${group.rows.map((row) => renderRow(row, layout, ctx))} ${renderAxis(layout, ctx)}
    </div>
  </section>`;
}

/** Every force of a battle, each on its own scale. */
export function renderBars(view: BattleView, width: number, ctx: DrawContext): TemplateResult {
  return html`${view.groups.map((group) => renderGroup(group, barLayout(group, width, ctx), ctx))}`;
}

/** The key to the marks the chart shows. */
export function renderBarLegend(views: readonly BattleView[]): TemplateResult {
  const rows = views.flatMap((view) => view.groups.flatMap((group) => group.rows));
  const spread = rows.some((row) => row.spread);
  const openEnded = rows.some((row) => row.openEnded);
  const total = rows.some((row) => row.total);
  return html`<ul part="legend" class="legend">
    ${total
      ? html`<li data-figure="total">
          <svg width="28" height="14" aria-hidden="true"><rect class="key total-key" x="0.75" y="2.75" width="26.5" height="8.5"></rect></svg>
          ${msg('outlined bar: the total as a source gives it, not the sum of the rows below', {
            id: 'casualty-chart.legend.total',
          })}
        </li>`
      : nothing}
    <li>
      <svg width="28" height="14" aria-hidden="true"><rect class="key" x="0" y="2" width="28" height="10"></rect></svg>
      ${spread
        ? msg('bar: the lowest figure the sources give', { id: 'casualty-chart.legend.barLowest' })
        : msg('bar: the figure the source gives', { id: 'casualty-chart.legend.bar' })}
    </li>
    ${spread
      ? html`<li>
          <svg width="40" height="14" aria-hidden="true">
            <line class="whisker" x1="4" x2="36" y1="7" y2="7"></line>
            <line class="whisker" x1="4" x2="4" y1="2" y2="12"></line>
            <line class="whisker" x1="36" x2="36" y1="2" y2="12"></line>
            <circle class="dot" cx="14" cy="7" r="4"></circle>
            <circle class="dot" cx="36" cy="7" r="4"></circle>
          </svg>
          ${msg('sources disagree: each dot is one source’s figure, the line spans them (focus or hover for the sources)', {
            id: 'casualty-chart.legend.spread',
          })}
        </li>`
      : nothing}
    ${openEnded
      ? html`<li>
          <svg width="40" height="14" aria-hidden="true">
            <rect class="key" x="0" y="2" width="14" height="10"></rect>
            <rect class="key" x="14" y="2" width="9" height="10" opacity="0.55"></rect>
            <rect class="key" x="23" y="2" width="9" height="10" opacity="0.25"></rect>
            <path class="arrow" d="M31,2 L37,7 L31,12"></path>
          </svg>
          ${msg('fading arrow, “+”: only a lower bound is known; the true figure may be higher', {
            id: 'casualty-chart.legend.openEnded',
          })}
        </li>`
      : nothing}
  </ul>`;
}
