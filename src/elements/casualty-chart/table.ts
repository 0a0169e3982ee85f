/**
 * The chart as text: the data table (one row per value, with its source),
 * the same rows as CSV, and a citation of the chart's sources.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Battle, FigureValue } from '../../data/types.js';
import { formatDate, formatDateSpec, formatFigure } from '../../core/format.js';
import { msg, str } from '../../core/localize.js';
import { sourceById } from '../../core/sources.js';
import { csvField } from '../../core/csv.js';
import { figureName, qualifierName, sourceTitle, valueNote, type DrawContext } from './messages.js';
import type { BattleView, FigureRow } from './casualty-chart-view.js';

interface ValueRecord {
  row: FigureRow;
  value: FigureValue;
}

function records(views: readonly BattleView[]): ValueRecord[] {
  return views.flatMap((view) =>
    view.groups.flatMap((group) => group.rows.flatMap((row) => row.figure.values.map((value) => ({ row, value })))),
  );
}

function headers(): string[] {
  return [
    msg('Battle', { id: 'casualty-chart.column.battle' }),
    msg('Force', { id: 'casualty-chart.column.force' }),
    msg('Figure', { id: 'casualty-chart.column.figure' }),
    msg('Value', { id: 'casualty-chart.column.value' }),
    msg('Qualifier', { id: 'casualty-chart.column.qualifier' }),
    msg('Source', { id: 'casualty-chart.column.source' }),
    msg('Quote', { id: 'casualty-chart.column.quote' }),
    msg('Note', { id: 'casualty-chart.column.note' }),
  ];
}

function figureCell(row: FigureRow, ctx: DrawContext): string {
  const { name, detail } = figureName(row, ctx);
  return detail ? `${name} (${detail})` : name;
}

/** `<table part="table">`: every value with its source; visually hidden unless `visible`. */
export function renderTable(views: readonly BattleView[], ctx: DrawContext, visible: boolean): TemplateResult {
  const [battle, force, figure, value, qualifier, source, quote, note] = headers();
  return html`<div class="table-wrap print-shown ${visible ? '' : 'visually-hidden'}" tabindex=${visible ? '0' : nothing}
    role=${visible ? 'region' : nothing} aria-label=${visible ? msg('Data table', { id: 'casualty-chart.tableRegion' }) : nothing}>
    <table part="table">
      <caption>${msg('Casualty figures and their sources', { id: 'casualty-chart.tableCaption' })}</caption>
      <thead>
        <tr>
          <th scope="col">${battle}</th><th scope="col">${force}</th><th scope="col">${figure}</th><th scope="col">${value}</th>
          <th scope="col">${qualifier}</th><th scope="col">${source}</th><th scope="col">${quote}</th><th scope="col">${note}</th>
        </tr>
      </thead>
      <tbody>
        ${records(views).map(
          ({ row, value: item }) => html`<tr class=${row.total ? 'total' : nothing} data-battle=${row.battle.id} data-figure=${row.figure.category} data-value=${item.value}>
            <td>${ctx.text(row.battle.name)}</td>
            <td>${ctx.text(row.force.label)}</td>
            <td class="depth-${row.depth}">${figureCell(row, ctx)}</td>
            <td class="figure">${formatFigure(item, ctx.locale)}</td>
            <td>${qualifierName(item.qualifier)}</td>
            <td><cite>${sourceTitle(item.source)}</cite></td>
            <td>${item.quote ? html`<q>${item.quote}</q>` : nothing}</td>
            <td>${valueNote(item, ctx)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The table as CSV: a header, then one line per value with its source; CRLF line ends. */
export function toCSV(views: readonly BattleView[], ctx: DrawContext): string {
  const [battle, force, figure, value, qualifier, source, quote, note] = headers();
  const header = [
    msg('Battle id', { id: 'casualty-chart.column.battleId' }),
    battle,
    msg('Dates', { id: 'casualty-chart.column.dates' }),
    force,
    msg('Category id', { id: 'casualty-chart.column.categoryId' }),
    msg('Part of', { id: 'casualty-chart.column.partOf' }),
    figure,
    value,
    msg('Upper value', { id: 'casualty-chart.column.max' }),
    qualifier,
    msg('As written', { id: 'casualty-chart.column.formatted' }),
    source,
    msg('Source URL', { id: 'casualty-chart.column.url' }),
    quote,
    note,
  ];
  const lines = records(views).map(({ row, value: item }) =>
    [
      row.battle.id,
      ctx.text(row.battle.name),
      formatDateSpec(row.battle, ctx.locale),
      ctx.text(row.force.label),
      row.figure.category,
      row.depth === 1 ? row.figure.parent : undefined,
      figureCell(row, ctx),
      item.value,
      item.max,
      qualifierName(item.qualifier),
      formatFigure(item, ctx.locale),
      sourceTitle(item.source),
      sourceById(item.source)?.url,
      item.quote,
      valueNote(item, ctx),
    ]
      .map(csvField)
      .join(','),
  );
  return [header.map(csvField).join(','), ...lines].join('\r\n') + '\r\n';
}

/** A citation of what the chart shows and where its figures come from. */
export function citation(battles: readonly Battle[], views: readonly BattleView[], ctx: DrawContext, page: string, today: Date): string {
  const shown = battles.map((battle) => `${ctx.text(battle.name)} (${formatDateSpec(battle, ctx.locale)})`).join('; ');
  const title = msg(str`Casualties: ${shown}.`, { id: 'casualty-chart.cite.title' });
  const ids = [...new Set([...battles.flatMap((battle) => battle.sources.map((ref) => ref.source)), ...records(views).map(({ value }) => value.source)])];
  const sources = ids.map((id) => {
    const record = sourceById(id);
    return `– ${[record?.title ?? id, record?.publisher, record?.url].filter(Boolean).join('. ')}.`;
  });
  const date = formatDate(today.toISOString().slice(0, 10), 'day', ctx.locale);
  return [
    title,
    msg('Sources:', { id: 'casualty-chart.cite.sources' }),
    ...sources,
    msg(str`Chart: ${page} (retrieved ${date}).`, { id: 'casualty-chart.cite.page' }),
  ].join('\n');
}
