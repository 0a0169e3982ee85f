/**
 * The mini-timeline of a treaty's life: signed, in force, its term, its end.
 * A linear map of UTC milliseconds (core/linear-scale) places the dates and
 * d3-array's `ticks` picks the years to label (1, 2, 5 or 10 apart); Lit
 * `svg` templates draw them. Coordinates are
 * percentages of the drawing's width, so the picture follows the card's
 * width without measuring it.
 *
 * This module is loaded lazily, with the data, so its code stays out of the
 * element's module (the card can show an attribute error without it).
 */
import { ticks as niceTicks } from 'd3-array';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { parseIsoDate } from '../../core/format.js';
import { linearScale } from '../../core/linear-scale.js';
import type { Treaty } from '../../data/types.js';

const YEAR_MS = 365.2425 * 24 * 3600 * 1000;
/** A timeline shorter than this would need month ticks; it is widened instead. */
const MIN_SPAN_YEARS = 3;
/** The drawing spans this range, in percent of the width. */
const LEFT = 2;
const RIGHT = 98;

export interface DurationModel {
  /** Positions in percent of the width. */
  signed: number;
  inForce?: number;
  ended?: number;
  term?: { from: number; to: number };
  /** Where the line starts fading when the data records no end. */
  openFrom?: number;
  ticks: { x: number; label: string }[];
}

/** A date `years` after `date`: whole years on the calendar, fractions by length. */
function addYears(date: Date, years: number): Date {
  if (Number.isInteger(years)) {
    const later = new Date(date);
    later.setUTCFullYear(date.getUTCFullYear() + years);
    return later;
  }
  return new Date(date.getTime() + years * YEAR_MS);
}

/** 1 January of `year`, UTC, in ms (Date.UTC would read the years 0–99 as 1900–1999). */
function newYear(year: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return date.getTime();
}

/** A time as a year with its fraction (1943-07-02 ≈ 1943.5). */
function yearOf(time: number): number {
  const year = new Date(time).getUTCFullYear();
  const start = newYear(year);
  return year + (time - start) / (newYear(year + 1) - start);
}

/**
 * New Year's Days between `lo` and `hi`, about `count` of them. d3-array's
 * ticks stay within the two and, since `count` is at most the number of
 * years between them, are whole years 1, 2, 5 or 10 apart.
 */
function yearTicks(lo: number, hi: number, count: number): Date[] {
  return niceTicks(yearOf(lo), yearOf(hi), count).map((year) => new Date(newYear(year)));
}

/**
 * Where each known date of the treaty falls. Only what the data records is
 * placed: no end date means an open end, a term without a number of years
 * means no bracket. The term runs from entry into force when that is known,
 * else from signature.
 */
export function durationModel(treaty: Treaty): DurationModel | undefined {
  const signed = parseIsoDate(treaty.signed.date);
  if (Number.isNaN(signed.getTime())) return undefined;
  const valid = (date: Date | undefined) => (date && !Number.isNaN(date.getTime()) ? date : undefined);
  const inForce = valid(treaty.inForce ? parseIsoDate(treaty.inForce.date) : undefined);
  const ended = valid(treaty.ended ? parseIsoDate(treaty.ended.date) : undefined);
  const termStart = inForce ?? signed;
  const termEnd = treaty.term?.years ? addYears(termStart, treaty.term.years) : undefined;

  const known = [signed, inForce, ended, termEnd].filter((date): date is Date => date !== undefined).map((date) => date.getTime());
  let lo = Math.min(...known);
  let hi = Math.max(...known);
  if (!ended) {
    // Room for the fading line: a third of the drawing or more, enough for its label.
    hi += Math.max((hi - lo) * 0.45, MIN_SPAN_YEARS * YEAR_MS);
  } else if (hi - lo < MIN_SPAN_YEARS * YEAR_MS) {
    const pad = (MIN_SPAN_YEARS * YEAR_MS - (hi - lo)) / 2;
    lo -= pad;
    hi += pad;
  }
  const scale = linearScale([lo, hi], [LEFT, RIGHT]);
  const x = (date: Date) => scale(date.getTime());
  // At most one tick a year, at most seven: whole years read at a glance (the span is three years or more).
  const ticks = yearTicks(lo, hi, Math.max(2, Math.min(7, Math.floor((hi - lo) / YEAR_MS))));
  const base = inForce ?? signed;
  return {
    signed: x(signed),
    inForce: inForce ? x(inForce) : undefined,
    ended: ended ? x(ended) : undefined,
    term: termEnd ? { from: x(termStart), to: x(termEnd) } : undefined,
    openFrom: ended ? undefined : x(base),
    ticks: ticks.map((tick) => ({ x: x(tick), label: String(tick.getUTCFullYear()) })),
  };
}

const pct = (value: number) => `${value.toFixed(2)}%`;

/** Labels near the edges grow inwards instead of being cut off. */
const anchor = (x: number) => (x < 8 ? 'start' : x > 92 ? 'end' : 'middle');

export interface DurationLabels {
  /** The whole timeline in words, for `aria-label`. */
  description: string;
  /** "20 years": the label of the term bracket. */
  term?: string;
  /** "end unknown": the label of an open end. */
  endUnknown: string;
}

/** The drawing; `model` from `durationModel`. */
export function renderDuration(model: DurationModel, labels: DurationLabels): TemplateResult {
  // Rows from the top: the term bracket, the "end unknown" label, the bar, the axis.
  const openLabelY = model.term ? 40 : 12;
  const barY = model.openFrom !== undefined ? openLabelY + 13 : model.term ? 38 : 9;
  const axisY = barY + 14;
  const height = axisY + 22;
  const base = model.inForce ?? model.signed;
  return html`<svg class="timeline" role="img" aria-label=${labels.description} width="100%" height=${height} overflow="visible">
    <defs>
      <linearGradient id="open-end" x1="0" x2="1" y1="0" y2="0">
        <stop offset="0" class="fade-start"></stop>
        <stop offset="1" class="fade-end"></stop>
      </linearGradient>
    </defs>
    ${model.term
      ? svg`<g class="term" data-mark="term">
          <line x1=${pct(model.term.from)} x2=${pct(model.term.to)} y1="20" y2="20"></line>
          <line x1=${pct(model.term.from)} x2=${pct(model.term.from)} y1="15" y2="25"></line>
          <line x1=${pct(model.term.to)} x2=${pct(model.term.to)} y1="15" y2="25"></line>
          ${labels.term
            ? svg`<text x=${pct((model.term.from + model.term.to) / 2)} y="11" text-anchor=${anchor((model.term.from + model.term.to) / 2)}>${labels.term}</text>`
            : nothing}
        </g>`
      : nothing}
    <line class="axis" x1=${pct(LEFT)} x2=${pct(RIGHT)} y1=${axisY} y2=${axisY}></line>
    ${model.ticks.map(
      // Every other label gives way on a narrow card when there are many.
      (tick, index) => svg`<g class=${model.ticks.length > 4 && index % 2 ? 'tick minor' : 'tick'}>
        <line x1=${pct(tick.x)} x2=${pct(tick.x)} y1=${axisY} y2=${axisY + 4}></line>
        <text x=${pct(tick.x)} y=${axisY + 17} text-anchor=${anchor(tick.x)}>${tick.label}</text>
      </g>`,
    )}
    ${model.inForce !== undefined && model.inForce > model.signed
      ? svg`<rect class="pending" data-mark="pending" x=${pct(model.signed)} y=${barY - 3} width=${pct(model.inForce - model.signed)} height="6"></rect>`
      : nothing}
    ${model.ended !== undefined && model.ended > base
      ? svg`<rect class="life" data-mark="life" x=${pct(base)} y=${barY - 3} width=${pct(model.ended - base)} height="6"></rect>`
      : nothing}
    ${model.openFrom !== undefined
      ? svg`<g class="open" data-mark="open-end">
          <rect x=${pct(model.openFrom)} y=${barY - 3} width=${pct(RIGHT - model.openFrom)} height="6" fill="url(#open-end)"></rect>
          <svg x=${pct(RIGHT)} y=${barY} width="1" height="1" overflow="visible"><path d="M-9 -6 L0 0 L-9 6"></path></svg>
          <text x=${pct(RIGHT)} y=${openLabelY} text-anchor="end">${labels.endUnknown}</text>
        </g>`
      : nothing}
    ${model.ended !== undefined
      ? svg`<line class="ended" data-mark="ended" x1=${pct(model.ended)} x2=${pct(model.ended)} y1=${barY - 9} y2=${barY + 9}></line>`
      : nothing}
    ${model.inForce !== undefined
      ? svg`<circle class="in-force" data-mark="in-force" cx=${pct(model.inForce)} cy=${barY} r="4"></circle>`
      : nothing}
    <circle class="signed" data-mark="signed" cx=${pct(model.signed)} cy=${barY} r="7"></circle>
  </svg>`;
}
