import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { bundledData, bundledDataSync } from '../../data/bundled.js';
import type { BattlesDocument } from '../../data/types.js';
import { CsElement } from '../../core/base-element.js';
import { DataController } from '../../core/data-loader.js';
import { userReader } from '../../data/user/load.js';
import { formatDateSpec } from '../../core/format.js';
import { msg, str, withLocale } from '../../core/localize.js';
import type { ConfigProblem } from '../../core/messages.js';
import { renderSources } from '../../core/source-list.js';
import { renderBarLegend, renderBars } from './bars.js';
import { styles } from './casualty-chart.styles.js';
import { CopyController } from '../../core/copy-controller.js';
import { cssProps } from '../../core/css-props.js';
import type { DrawContext } from './messages.js';
import { ALL, chartView, checkBattles, CHARTS, type ChartView } from './casualty-chart-view.js';
import { memo } from '../../core/memo.js';
import { RovingFocusController } from '../../core/roving-focus.js';
import { citation, renderTable, toCSV } from './table.js';
import { renderWaffle } from './waffle.js';
import { SizeController } from '../../core/size-controller.js';

/**
 * The losses of the Czechoslovak army in the USSR at Sokolovo, Kiev and the
 * Dukla Pass — and of the Red Army beside it — shown honestly: every force
 * apart, every source's figure where they disagree, lower bounds as lower
 * bounds, each battle on its own scale.
 *
 * @tagname casualty-chart
 * @summary Casualty figures of a battle by category and force, with every source's value.
 *
 * @csspart battle - One battle: its heading, dates and figures (several with `battle="all"`).
 * @csspart date - The dates of a battle.
 * @csspart mark - A figure: the row of a bar (bar chart) or the squares of one category (waffle). Carries `data-battle`, `data-figure` (category id: `killed` … `non-combat`, `total` for a force's total losses, first and outlined, `combined` for one figure of several categories) and `data-value`; focusable.
 * @csspart bar - The bar: the lowest figure the sources give.
 * @csspart whisker - The line from the lowest to the highest figure where sources disagree.
 * @csspart dot - One source's figure where sources disagree (a short line for a range).
 * @csspart open-end - The fade after a lower bound ("30+").
 * @csspart axis - The scale under each force's bars.
 * @csspart unit - One waffle square (one person, or N people as the key says).
 * @csspart legend - The key to the marks (bar chart) or to the squares (waffle).
 * @csspart tooltip - The details of the focused or hovered figure.
 * @csspart table - The data table: every value with its source (visually hidden unless `show-table`).
 * @csspart actions - The download menu and the “Cite” button.
 * @csspart download - The download menu (PNG, SVG, CSV); hidden by `no-download`.
 * @csspart download-button - The button that opens the download menu.
 * @csspart download-option - A choice in the download menu.
 * @csspart cite - The “Cite” button.
 * @csspart sources - The sources footer.
 * @csspart error - The message shown for an invalid attribute or document.
 *
 * @cssprop {<color>} [--casualty-chart-color-killed=light-dark(#c85200, #ff8c4a)] - Colour of the killed.
 * @cssprop {<color>} [--casualty-chart-color-wounded=light-dark(#0072b2, #56b4e9)] - Colour of the wounded.
 * @cssprop {<color>} [--casualty-chart-color-captured=light-dark(#9a6700, #e6a800)] - Colour of the captured.
 * @cssprop {<color>} [--casualty-chart-color-died-in-captivity=light-dark(#a8457f, #e08cc0)] - Colour of those who died in captivity.
 * @cssprop {<color>} [--casualty-chart-color-defected=light-dark(#008060, #2ec9a0)] - Colour of those who defected.
 * @cssprop {<color>} [--casualty-chart-color-missing=light-dark(#737985, #8b919c)] - Colour of the missing.
 * @cssprop {<color>} [--casualty-chart-color-non-combat=light-dark(#33363d, #d7d9de)] - Colour of non-combat losses.
 * @cssprop {<color>} [--casualty-chart-color-total=light-dark(#1f2328, #f0f2f5)] - Colour of a force's total losses (outlined bar).
 * @cssprop {<color>} [--casualty-chart-color-combined=light-dark(#6a4c93, #b9a3e3)] - Colour of a figure that counts several categories together.
 * @cssprop {<length>} [--casualty-chart-bar-height=14px] - Thickness of a bar (up to about 20px).
 */
export class CasualtyChart extends CsElement {
  static override styles = [CsElement.styles, styles];
  static override properties: PropertyDeclarations = { battle: {}, chart: {}, showTable: { type: Boolean, reflect: true, attribute: 'show-table' }, tooltip: { attribute: false } };

  /** The battle: `sokolovo`, `kiev`, `dukla` (with user data: any battle id of the document) or `all` (small multiples). */
  battle: string = ALL;

  /** `bar`: every source's figure, or `waffle`: one square per person. */
  chart = 'bar';

  /** Shows the data table, which is always there for screen readers. */
  showTable = false;

  /** The figure whose tooltip is open. */
  private tooltip?: string;

  /** The Cite action: “Copied”, or the citation selected for copying by hand. */
  private readonly copier = new CopyController(this, { textarea: 'textarea.citation' });

  readonly data = new DataController<BattlesDocument>(this, {
    // Only the element's language of the bundled battles: a smaller download.
    bundled: (locale) => bundledData('battles', locale),
    bundledSync: (locale) => bundledDataSync('battles', locale),
    // User documents: one-language texts, own sources, every problem listed (lazy: only with user data).
    reader: { load: () => userReader<BattlesDocument>(import('../../generated/validate-battles.js'), 'battles') },
    // The DataController runs the check in the element's language.
    check: (document) => this.checkDocument(document),
  });

  private readonly size = new SizeController(this);
  /** What render() draws, derived in willUpdate from the inputs alone (again only when one of them changed). */
  private view?: ChartView;
  private readonly chartView = memo(chartView);
  /** The figures are one Tab stop; arrow keys, Home and End walk them. */
  private readonly keys = new RovingFocusController(this, { keys: () => this.view?.keys ?? [], selector: '[part~="mark"]' });

  /** The figures shown, as CSV (header + one line per value with its source; no BOM). */
  toCSV(): string {
    return withLocale(this.locale, () => toCSV(this.view?.views ?? [], this.context()));
  }

  // A removed attribute sets its property to null: that means the default.
  private get selectedBattle(): string {
    return this.battle ?? ALL;
  }

  private get chartKind(): string {
    return this.chart ?? 'bar';
  }

  protected override configProblem(): ConfigProblem | undefined {
    if (!(CHARTS as readonly string[]).includes(this.chartKind)) return { attribute: 'chart', value: this.chartKind, valid: CHARTS };
    const document = this.data.value;
    if (document) {
      const valid = [...document.battles.map((battle) => battle.id), ALL];
      if (!valid.includes(this.selectedBattle)) return { attribute: 'battle', value: this.selectedBattle, valid };
    }
    return super.configProblem();
  }

  private checkDocument(document: BattlesDocument) {
    const problem = checkBattles(document);
    if (!problem) return undefined;
    const { force, battle } = problem;
    return { path: problem.path, detail: msg(str`battle “${battle}” has no force “${force}”.`, { id: 'casualty-chart.unknownForce' }) };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Lit runs the controllers after willUpdate: a document already in memory is taken now.
    this.data.hostUpdate();
    const document = this.data.value;
    this.view = document ? this.chartView(document, this.selectedBattle, this.chartKind, this.size.width || 640) : undefined;
  }

  private context(): DrawContext {
    return { locale: this.locale, text: (value) => this.text(value), tooltip: this.tooltip };
  }

  // Tooltips open on focus and hover, close on blur, pointer leave and Escape.
  private markOf(event: Event): HTMLElement | SVGElement | null {
    return (event.target as Element).closest<HTMLElement | SVGElement>('[part~="mark"]');
  }

  private onFocusIn(event: FocusEvent): void {
    this.keys.focused(event);
    this.tooltip = this.markOf(event)?.dataset.key;
  }

  private onFocusOut(): void {
    this.tooltip = undefined;
  }

  private onPointerOver(event: PointerEvent): void {
    const key = this.markOf(event)?.dataset.key;
    if (key) this.tooltip = key;
  }

  private onPointerOut(event: PointerEvent): void {
    const mark = this.markOf(event);
    if (!mark || mark.contains(event.relatedTarget as Node | null)) return;
    const focused = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    this.tooltip = (focused as HTMLElement | null)?.closest<HTMLElement>('[part~="mark"]')?.dataset.key;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const mark = this.markOf(event);
    if (!mark) return;
    if (event.key === 'Escape') {
      this.tooltip = undefined;
      return;
    }
    // Arrow keys walk the figures, as in a list; the list is one Tab stop.
    this.keys.handleKey(event);
  }

  protected override exportDescriber() {
    return import('../../core/export/export-chart.js');
  }

  private async cite(): Promise<void> {
    const { battles = [], views = [] } = this.view ?? {};
    const text = withLocale(this.locale, () => citation(battles, views, this.context(), location.href, new Date()));
    await this.copier.copy(text);
  }

  override render() {
    return this.renderWith(this.data, () => (this.view ? this.renderChart(this.view) : nothing));
  }

  private renderChart({ views, waffle, columns, panel, ownScales, sources }: ChartView) {
    const ctx = { ...this.context(), tabStop: this.keys.tabStop() };
    return html`<div
        class="chart"
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
        @pointerover=${this.onPointerOver}
        @pointerout=${this.onPointerOut}
        @keydown=${this.onKeyDown}
      >
        ${ownScales
          ? html`<p class="note">
              ${msg('Each group of bars has its own scale: between groups, compare the numbers, not the lengths.', {
                id: 'casualty-chart.ownScale',
              })}
            </p>`
          : nothing}
        <div class="battles" ${cssProps({ 'grid-template-columns': `repeat(${columns}, minmax(0, 1fr))` })}>
          ${views.map(
            (view) => html`<article class="battle" part="battle" data-battle=${view.battle.id} aria-labelledby="battle-${view.battle.id}">
              <header>
                <h2 id="battle-${view.battle.id}">${this.text(view.battle.name)}</h2>
                <p class="date" part="date">${formatDateSpec(view.battle, this.locale)}</p>
              </header>
              ${view.groups.length === 0
                ? html`<p class="note">${msg('No figures for this battle.', { id: 'casualty-chart.noFigures' })}</p>`
                : waffle
                  ? renderWaffle(view, panel, ctx)
                  : renderBars(view, panel, ctx)}
            </article>`,
          )}
        </div>
        ${waffle ? nothing : renderBarLegend(views)}
      </div>
      <div class="actions" part="actions">
        <button type="button" part="cite" @click=${this.cite}>${msg('Cite', { id: 'casualty-chart.cite' })}</button>
        <span class="status" role="status">${this.copier.state === 'copied' ? msg('Copied', { id: 'casualty-chart.copied' }) : ''}</span>
        ${this.renderDownload(true)}
      </div>
      ${this.copier.state === 'manual'
        ? html`<div class="citation-fallback">
            <label for="citation">${msg('Copying was not allowed here. Copy the citation yourself (Ctrl+C):', { id: 'casualty-chart.copyYourself' })}</label>
            <textarea id="citation" class="citation" readonly rows="6" .value=${this.copier.text}></textarea>
          </div>`
        : nothing}
      ${renderTable(views, ctx, this.showTable)} ${renderSources(sources)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'casualty-chart': CasualtyChart;
  }
}
