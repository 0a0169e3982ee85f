/** The chart's words, in the language of the element that is rendering (see core/localize.ts). */
import type { FigureCategory, FigureValue, Locale, LocalizedText, ValueQualifier } from '../../data/types.js';
import { formatDate, formatFigure, precisionOf } from '../../core/format.js';
import { msg, str } from '../../core/localize.js';
import { sourceById } from '../../core/sources.js';
import type { FigureRow } from './casualty-chart-view.js';

/** What the render helpers need from the element. */
export interface DrawContext {
  locale: Locale;
  text: (value: LocalizedText | undefined) => string;
  /** The key of the figure whose tooltip is open. */
  tooltip?: string;
  /** The key of the figure that holds the chart's one Tab stop. */
  tabStop?: string;
}

export function categoryName(category: FigureCategory): string {
  switch (category) {
    case 'total':
      return msg('Total losses', { id: 'casualty-chart.category.total' });
    case 'combined':
      return msg('Several categories together', { id: 'casualty-chart.category.combined' });
    case 'killed':
      return msg('Killed', { id: 'casualty-chart.category.killed' });
    case 'wounded':
      return msg('Wounded', { id: 'casualty-chart.category.wounded' });
    case 'captured':
      return msg('Captured', { id: 'casualty-chart.category.captured' });
    case 'died-in-captivity':
      return msg('Died in captivity', { id: 'casualty-chart.category.diedInCaptivity' });
    case 'defected':
      return msg('Defected', { id: 'casualty-chart.category.defected' });
    case 'missing':
      return msg('Missing', { id: 'casualty-chart.category.missing' });
    case 'non-combat':
      return msg('Non-combat losses', { id: 'casualty-chart.category.nonCombat' });
  }
}

export function qualifierName(qualifier: ValueQualifier): string {
  switch (qualifier) {
    case 'exact':
      return msg('exact', { id: 'casualty-chart.qualifier.exact' });
    case 'at-least':
      return msg('at least (lower bound)', { id: 'casualty-chart.qualifier.atLeast' });
    case 'about':
      return msg('approximate', { id: 'casualty-chart.qualifier.about' });
    case 'range':
      return msg('range', { id: 'casualty-chart.qualifier.range' });
  }
}

const lowerFirst = (text: string, locale: Locale) => text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
const upperFirst = (text: string, locale: Locale) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/**
 * A figure's own label either widens its category ("killed, missing or
 * captured" filed under killed) and then replaces the category's name, or
 * details it ("Vasylkiv poisoning" under non-combat losses). A combined figure
 * is named by its label alone ("Killed, missing or captured").
 */
function ownLabel(row: FigureRow, ctx: DrawContext): { base: string; detail: string } {
  const category = categoryName(row.figure.category);
  const label = ctx.text(row.figure.label);
  const widens =
    label !== '' &&
    (row.figure.category === 'combined' || label.toLocaleLowerCase(ctx.locale).startsWith(category.toLocaleLowerCase(ctx.locale)));
  return widens ? { base: upperFirst(label, ctx.locale), detail: '' } : { base: category, detail: label };
}

/** The row's name: "Killed", "of whom died in captivity", and a detail line for a figure's own label. */
export function figureName(row: FigureRow, ctx: DrawContext): { name: string; detail: string } {
  const { base, detail } = ownLabel(row, ctx);
  if (row.depth === 0) return { name: base, detail };
  const part = lowerFirst(base, ctx.locale);
  return { name: msg(str`of whom ${part}`, { id: 'casualty-chart.partOf' }), detail };
}

/** The same name inside a sentence: "killed", "captured, of whom died in captivity", "non-combat losses – Vasylkiv poisoning". */
export function figurePhrase(row: FigureRow, ctx: DrawContext): string {
  const { name, detail } = figureName(row, ctx);
  let phrase = lowerFirst(name, ctx.locale);
  if (row.depth === 1 && row.figure.parent) phrase = `${lowerFirst(categoryName(row.figure.parent), ctx.locale)}, ${phrase}`;
  return detail ? `${phrase} – ${detail}` : phrase;
}

export function sourceTitle(id: string): string {
  return sourceById(id)?.title ?? id;
}

/** "103 (Source title)" for every value of a figure. */
export function valuesWithSources(values: readonly FigureValue[], locale: Locale): string {
  return values.map((value) => `${formatFigure(value, locale)} (${sourceTitle(value.source)})`).join(', ');
}

/** The accessible name of a figure mark: "Sokolovo, 1st … Battalion, killed: 103 (…), 86 (…), 80 (…)". */
export function markLabel(row: FigureRow, ctx: DrawContext): string {
  const battle = ctx.text(row.battle.name);
  const force = ctx.text(row.force.label);
  const figure = figurePhrase(row, ctx);
  const values = valuesWithSources(row.figure.values, ctx.locale);
  return msg(str`${battle}, ${force}, ${figure}: ${values}`, { id: 'casualty-chart.markLabel' });
}

/** Scope, date and note of one value, for tooltips and the table. */
export function valueNote(value: FigureValue, ctx: DrawContext): string {
  const asOf = value.asOf
    ? (() => {
        const date = formatDate(value.asOf, precisionOf(value.asOf), ctx.locale);
        return msg(str`as of ${date}`, { id: 'casualty-chart.asOf' });
      })()
    : '';
  return [ctx.text(value.scope), asOf, ctx.text(value.note)].filter(Boolean).join('; ');
}
