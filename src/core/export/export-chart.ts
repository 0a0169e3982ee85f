/**
 * What <casualty-chart> shows now, for export: read from the element's own
 * state in the export's chunk, so the chart's first render carries no export code.
 */
import type { LocalizedText } from '../../data/types.js';
import { msg, str } from '../localize.js';
import type { ExportInfo } from '../export-info.js';
import { ALL, type ChartView } from '../../elements/casualty-chart/casualty-chart-view.js';

/** The chart's members the export reads (private to the element; kept in step by tests/core/export.test.ts). */
interface Chart {
  readonly locale: string;
  readonly selectedBattle: string;
  readonly view?: ChartView;
  configProblem(): unknown;
  text(value: Partial<LocalizedText> | undefined): string;
  toCSV(): string;
}

export function describe(host: object): ExportInfo | undefined {
  const chart = host as Chart;
  const { battles = [], sources = [] } = chart.view ?? {};
  if (!battles.length || chart.configProblem()) return undefined;
  const names = battles.map((battle) => chart.text(battle.name)).join(', ');
  return {
    name: `${chart.selectedBattle === ALL ? 'all-battles' : chart.selectedBattle}-losses-${chart.locale}`,
    title: msg(str`Losses: ${names}`, { id: 'casualty-chart.exportTitle' }),
    sources: () => sources.map((ref) => ref.source),
    csv: () => chart.toCSV(),
  };
}
