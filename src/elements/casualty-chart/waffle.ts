/**
 * The waffle of one battle: one square per person (or per N people when a
 * force lost thousands), coloured by category, a grid per force. Where the
 * sources disagree the squares count the first source's figure, and the key says so.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { sum } from 'd3-array';
import { formatFigure, formatNumber, pluralForm } from '../../core/format.js';
import { msg, str } from '../../core/localize.js';
import { figureName, markLabel, valuesWithSources, type DrawContext } from './messages.js';
import { peoplePerSquare, unsquaredTotals, waffleCells, type BattleView, type FigureRow, type ForceGroup } from './casualty-chart-view.js';
import { renderTooltip } from './tooltip.js';

const GAP = 2;

function squareSize(total: number): number {
  return total <= 400 ? 12 : total <= 1200 ? 9 : 7;
}

function describeValue(row: FigureRow, ctx: DrawContext): string {
  const value = formatFigure(row.chosen, ctx.locale);
  if (!row.spread || row.low === row.high) return value;
  const low = formatNumber(row.low, ctx.locale);
  const high = formatNumber(row.high, ctx.locale);
  return msg(str`${value} (sources: ${low}–${high})`, { id: 'casualty-chart.waffle.sourcesRange' });
}

function renderKey(group: ForceGroup, perUnit: number, ctx: DrawContext): TemplateResult {
  const people = formatNumber(perUnit, ctx.locale);
  return html`<p class="waffle-key" part="legend" data-per-square=${perUnit}>
    <svg width="12" height="12" aria-hidden="true"><rect class="key-square" width="12" height="12" rx="1.5"></rect></svg>
    ${perUnit === 1
      ? msg('One square = one person.', { id: 'casualty-chart.waffle.perPerson' })
      : pluralForm(perUnit, ctx.locale) === 'few'
        ? msg(str`One square = ${people} people (rounded).`, { id: 'casualty-chart.waffle.perPeopleFew' })
        : msg(str`One square = ${people} people (rounded).`, { id: 'casualty-chart.waffle.perPeople' })}
    ${group.rows.some((row) => row.spread)
      ? msg('Where the sources disagree, the squares count the figure of the first source listed.', { id: 'casualty-chart.waffle.firstSource' })
      : nothing}
  </p>`;
}

function renderGroup(group: ForceGroup, width: number, ctx: DrawContext): TemplateResult {
  const perUnit = peoplePerSquare(group);
  const cells = waffleCells(group, perUnit);
  const total = sum(cells, (cell) => cell.squares);
  const size = squareSize(total);
  const pitch = size + GAP;
  const columns = Math.max(1, Math.floor((width + GAP) / pitch));
  const height = Math.max(1, Math.ceil(total / columns) * pitch - GAP);
  const force = ctx.text(group.force.label);
  let next = 0;
  const placed = cells.map((cell) => {
    const first = next;
    next += cell.squares;
    return { ...cell, first };
  });
  const at = (index: number) => ({ x: (index % columns) * pitch, y: Math.floor(index / columns) * pitch });
  const items = placed
    .map(({ row }) => `${figureName(row, ctx).name}${row.figure.label ? ` (${ctx.text(row.figure.label)})` : ''}: ${formatFigure(row.chosen, ctx.locale)}`)
    .join('; ');
  const squares = formatNumber(total, ctx.locale);
  return html`<section class="force" data-force=${group.force.id}>
    <h3 class="force-name">${force}</h3>
    ${renderKey(group, perUnit, ctx)}
    <ul class="waffle-legend" aria-hidden="true">
      ${placed.map(({ row }) => {
        const { name, detail } = figureName(row, ctx);
        return html`<li class="depth-${row.depth}" data-figure=${row.figure.category}>
          <span class="swatch"></span><span>${name}${detail ? ` (${detail})` : ''}</span>
          <strong class="figure">${describeValue(row, ctx)}</strong>
        </li>`;
      })}
    </ul>
    ${unsquaredTotals(group).map(
      (row) => html`<p class="waffle-total" data-figure="total" data-battle=${row.battle.id} data-force=${row.force.id}>
        <span class="swatch"></span>${figureName(row, ctx).name}: <strong class="figure">${valuesWithSources(row.figure.values, ctx.locale)}</strong>
        <span class="muted">${msg('(no squares: a total is not the sum of its parts)', { id: 'casualty-chart.waffle.totalNotDrawn' })}</span>
      </p>`,
    )}
    <div class="waffle-wrap">
      <svg class="waffle" width=${columns * pitch - GAP} height=${height} role="group" aria-label=${force}>
        ${placed.map(
          ({ row, squares: count, first }) => svg`<g part="mark" class="cell" tabindex=${count > 0 ? (row.key === ctx.tabStop ? '0' : '-1') : nothing} role="img" aria-label=${markLabel(row, ctx)}
            data-key=${row.key} data-battle=${row.battle.id} data-force=${row.force.id} data-figure=${row.figure.category}
            data-value=${row.chosen.max ?? row.chosen.value} data-squares=${count}>
            ${Array.from({ length: count }, (_, offset) => {
              const { x, y } = at(first + offset);
              return svg`<rect part="unit" x=${x} y=${y} width=${size} height=${size} rx="1.5"></rect>`;
            })}
          </g>`,
        )}
      </svg>
      ${placed.map(({ row, first }) => {
        const anchor = at(first);
        return renderTooltip(row, ctx, { left: `min(${anchor.x}px, calc(100% - var(--_tooltip-width)))`, top: `${anchor.y + pitch + 2}px` });
      })}
    </div>
    <p class="visually-hidden">
      ${msg(str`${force} – ${squares} squares in all. ${items}.`, { id: 'casualty-chart.waffle.summary' })}
    </p>
  </section>`;
}

/** Every force of a battle as a waffle, each with its own people per square. */
export function renderWaffle(view: BattleView, width: number, ctx: DrawContext): TemplateResult {
  return html`${view.groups.map((group) => renderGroup(group, width, ctx))}`;
}
