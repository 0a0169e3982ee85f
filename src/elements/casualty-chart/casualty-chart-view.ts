/**
 * What the chart draws, derived from a battles document: per battle, one
 * group per force (never summed together), and in each group one row per
 * figure — parents first, their parts (died in captivity, defected) right
 * after them. A force's total (all losses together, as a source gives it)
 * comes first and is never added to the other rows: sources' totals are not
 * the sums of their parts. Only arithmetic lives here; the render helpers draw it.
 * `chartView` is the element's one view function: inputs in, everything
 * render() reads out, called through `memo()` in willUpdate.
 */
import { max } from 'd3-array';
import type { Battle, BattlesDocument, Figure, FigureCategory, FigureValue, Force, SourceRef } from '../../data/types.js';

export const CATEGORIES: readonly FigureCategory[] = [
  'total',
  'killed',
  'wounded',
  'captured',
  'died-in-captivity',
  'defected',
  'missing',
  'combined',
  'non-combat',
];

/** `battle="all"`: every battle of the document, as small multiples. */
export const ALL = 'all';
export const CHARTS = ['bar', 'waffle'] as const;

export interface FigureRow {
  /** Unique within the chart: `battle/force/index of the figure`. */
  key: string;
  battle: Battle;
  force: Force;
  figure: Figure;
  /** 1 for a part of another figure (died in captivity of the captured). */
  depth: 0 | 1;
  /** All losses of the force together: drawn and named as a total, never counted into the waffle beside its parts. */
  total: boolean;
  /** The lowest figure any source gives: the bar. */
  low: number;
  /** The highest figure any source gives (a range's upper end included). */
  high: number;
  /** The highest figure is only a lower bound ("over thirty"): the truth may lie beyond. */
  openEnded: boolean;
  /** More than one source's value, or a range: drawn with a whisker and dots. */
  spread: boolean;
  /**
   * The one value a waffle counts and `data-value` carries: the first source's,
   * consistently (the dataset lists its best-supported value first, so a
   * low-confidence outlier never decides the picture).
   */
  chosen: FigureValue;
}

export interface ForceGroup {
  force: Force;
  rows: FigureRow[];
  /**
   * The group's largest figure: its own scale ends here. A brigade's dozens
   * beside an army's tens of thousands would vanish on a shared axis.
   */
  max: number;
}

export interface BattleView {
  battle: Battle;
  groups: ForceGroup[];
}

const rank = (category: FigureCategory) => CATEGORIES.indexOf(category);

function upper(value: FigureValue): number {
  return value.max ?? value.value;
}

function rowOf(battle: Battle, force: Force, figure: Figure, index: number, depth: 0 | 1): FigureRow {
  const low = Math.min(...figure.values.map((value) => value.value));
  const high = Math.max(...figure.values.map(upper));
  return {
    key: `${battle.id}/${force.id}/${index}`,
    battle,
    force,
    figure,
    depth,
    total: figure.category === 'total',
    low,
    high,
    openEnded: figure.values.some((value) => value.qualifier === 'at-least' && value.value >= high),
    spread: figure.values.length > 1 || figure.values.some((value) => value.qualifier === 'range' && upper(value) > value.value),
    chosen: figure.values[0],
  };
}

/** A force's figures in reading order: total, killed, wounded, captured (→ its parts), missing, combined, non-combat. */
function rowsOf(battle: Battle, force: Force): FigureRow[] {
  const figures = battle.figures.map((figure, index) => ({ figure, index })).filter(({ figure }) => figure.force === force.id);
  const isPart = (figure: Figure) =>
    figure.parent !== undefined && figures.some((other) => other.figure.category === figure.parent && !other.figure.parent);
  const byCategory = (a: { figure: Figure }, b: { figure: Figure }) => rank(a.figure.category) - rank(b.figure.category);
  const rows: FigureRow[] = [];
  for (const { figure, index } of figures.filter(({ figure }) => !isPart(figure)).sort(byCategory)) {
    rows.push(rowOf(battle, force, figure, index, 0));
    for (const part of figures.filter((other) => isPart(other.figure) && other.figure.parent === figure.category).sort(byCategory)) {
      rows.push(rowOf(battle, force, part.figure, part.index, 1));
    }
  }
  return rows;
}

export function battleView(battle: Battle): BattleView {
  const groups = battle.forces
    .map((force) => {
      const rows = rowsOf(battle, force);
      return { force, rows, max: max(rows, (row) => row.high) ?? 0 };
    })
    .filter((group) => group.rows.length > 0);
  return { battle, groups };
}

/** The battles the `battle` attribute selects. */
export function selectBattles(document: BattlesDocument, battle: string): Battle[] {
  return battle === ALL ? document.battles : document.battles.filter((candidate) => candidate.id === battle);
}

/** Every source of these battles and their figures, once each (the table holds each value's quote). */
export function sourceRefs(battles: readonly Battle[]): SourceRef[] {
  const ids = battles.flatMap((battle) => [
    ...battle.figures.flatMap((figure) => figure.values.map((value) => value.source)),
    ...battle.sources.map((ref) => ref.source),
  ]);
  return [...new Set(ids)].map((source) => ({ source }));
}

/** References a schema cannot check: every figure's force must be one of its battle's forces. */
export function checkBattles(document: BattlesDocument): { path: string; force: string; battle: string } | undefined {
  for (const [b, battle] of document.battles.entries()) {
    const forces = new Set(battle.forces.map((force) => force.id));
    for (const [f, figure] of battle.figures.entries()) {
      if (!forces.has(figure.force)) {
        return { path: `battles[${b}].figures[${f}].force`, force: figure.force, battle: battle.id };
      }
    }
  }
  return undefined;
}

/** Waffle arithmetic: one square per `perUnit` people. */
export interface WaffleCell {
  row: FigureRow;
  /** Squares of this figure's own colour (a parent's squares minus those of its parts). */
  squares: number;
}

const UNIT_STEPS = [1, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000];

/**
 * The rows a waffle counts in squares: every top-level figure but the total, or the
 * total alone when it is all a force has (the Axis at Dukla). A total beside its
 * parts would count every person twice.
 */
export function squareRows(group: ForceGroup): FigureRow[] {
  const parts = group.rows.filter((row) => !row.total);
  return parts.length > 0 ? parts : group.rows;
}

/** A force's totals that the waffle states in words instead of squares. */
export function unsquaredTotals(group: ForceGroup): FigureRow[] {
  const counted = new Set(squareRows(group));
  return group.rows.filter((row) => !counted.has(row));
}

/** People per square for a force: one person each up to ~2,000, else a round number keeping ≤ 600 squares. */
export function peoplePerSquare(group: ForceGroup): number {
  const total = squareRows(group)
    .filter((row) => row.depth === 0)
    .reduce((sum, row) => sum + upper(row.chosen), 0);
  if (total <= 2000) return 1;
  return UNIT_STEPS.find((step) => total / step <= 600) ?? UNIT_STEPS[UNIT_STEPS.length - 1];
}

/** The squares of one force: each figure's count, parts carved out of their parent's squares. */
export function waffleCells(group: ForceGroup, perUnit: number): WaffleCell[] {
  const count = (row: FigureRow) => Math.round(upper(row.chosen) / perUnit);
  const rows = squareRows(group);
  const cells: WaffleCell[] = [];
  for (const [index, row] of rows.entries()) {
    if (row.depth === 1) continue;
    const parts: WaffleCell[] = [];
    let remaining = count(row);
    for (const part of rows.slice(index + 1)) {
      if (part.depth === 0) break;
      const squares = Math.min(count(part), remaining);
      remaining -= squares;
      parts.push({ row: part, squares });
    }
    cells.push({ row, squares: remaining }, ...parts);
  }
  return cells;
}

/**
 * The keys of the marks a reader can focus, in the order they are drawn and
 * walked by the arrow keys: every figure row of a bar chart; in a waffle only
 * the figures that have squares (a total has none).
 */
export function markKeys(views: BattleView[], waffle: boolean): string[] {
  return views.flatMap((view) =>
    view.groups.flatMap((group) =>
      waffle
        ? waffleCells(group, peoplePerSquare(group))
            .filter((cell) => cell.squares > 0)
            .map((cell) => cell.row.key)
        : group.rows.map((row) => row.key),
    ),
  );
}

/** Panels side by side: each at least this wide, with this gap. */
const PANEL_MIN = 340;
const PANEL_GAP = 24;

/** Everything the chart's render() reads, from its inputs alone. */
export interface ChartView {
  /** The battles the `battle` attribute selects. */
  battles: Battle[];
  views: BattleView[];
  waffle: boolean;
  /** Panels per row, and each panel's width in pixels. */
  columns: number;
  panel: number;
  /** Bars of several groups, each on its own scale: the chart says so. */
  ownScales: boolean;
  /** The sources footer: every source of the battles shown. */
  sources: SourceRef[];
  /** The marks' keys in keyboard order (one Tab stop, arrows inside). */
  keys: string[];
}

/** What the chart shows of `document` for the `battle` and `chart` attributes, `width` pixels wide. */
export function chartView(document: BattlesDocument, battle: string, chart: string, width: number): ChartView {
  const battles = selectBattles(document, battle);
  const views = battles.map(battleView);
  const waffle = chart === 'waffle';
  const columns = Math.max(1, Math.min(views.length, Math.floor((width + PANEL_GAP) / (PANEL_MIN + PANEL_GAP))));
  return {
    battles,
    views,
    waffle,
    columns,
    panel: Math.floor((width - PANEL_GAP * (columns - 1)) / columns),
    ownScales: !waffle && views.reduce((groups, view) => groups + view.groups.length, 0) > 1,
    sources: sourceRefs(battles),
    keys: markKeys(views, waffle),
  };
}
