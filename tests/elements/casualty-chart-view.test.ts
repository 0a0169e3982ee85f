// The chart's view function alone, without an element: what the panels, the
// note, the sources and the keyboard order are for each set of inputs.
import { expect } from '@open-wc/testing';
import { bundledData } from '../../src/data/bundled.js';
import type { BattlesDocument } from '../../src/data/types.js';
import { chartView } from '../../src/elements/casualty-chart/casualty-chart-view.js';

describe('chartView()', () => {
  let battles: BattlesDocument;
  before(async () => {
    battles = await bundledData('battles', 'en');
  });

  const layouts: { battle: string; width: number; columns: number; panel: number }[] = [
    { battle: 'all', width: 320, columns: 1, panel: 320 },
    { battle: 'all', width: 720, columns: 2, panel: 348 },
    { battle: 'all', width: 1200, columns: 3, panel: 384 },
    { battle: 'sokolovo', width: 1200, columns: 1, panel: 1200 },
  ];
  for (const { battle, width, columns, panel } of layouts) {
    it(`lays out battle="${battle}" at ${width} px as ${columns} panel(s) of ${panel} px`, () => {
      const view = chartView(battles, battle, 'bar', width);
      expect([view.columns, view.panel]).to.deep.equal([columns, panel]);
    });
  }

  it('selects the battles the attribute names, and none for an unknown id', () => {
    expect(chartView(battles, 'all', 'bar', 640).battles.map((battle) => battle.id)).to.deep.equal(battles.battles.map((battle) => battle.id));
    expect(chartView(battles, 'kiev', 'bar', 640).battles.map((battle) => battle.id)).to.deep.equal(['kiev']);
    expect(chartView(battles, 'nowhere', 'bar', 640).battles).to.deep.equal([]);
  });

  const notes: { battle: string; chart: string; ownScales: boolean }[] = [
    { battle: 'all', chart: 'bar', ownScales: true },
    { battle: 'sokolovo', chart: 'bar', ownScales: false },
    { battle: 'kiev', chart: 'bar', ownScales: true },
    { battle: 'all', chart: 'waffle', ownScales: false },
  ];
  for (const { battle, chart, ownScales } of notes) {
    it(`says each group has its own scale: ${ownScales} for battle="${battle}" chart="${chart}"`, () => {
      expect(chartView(battles, battle, chart, 640).ownScales).to.equal(ownScales);
    });
  }

  it('walks every bar, but in a waffle only the figures that have squares', () => {
    const bars = chartView(battles, 'all', 'bar', 640);
    const waffle = chartView(battles, 'all', 'waffle', 640);
    const rows = bars.views.flatMap((view) => view.groups.flatMap((group) => group.rows));
    expect(bars.keys).to.deep.equal(rows.map((row) => row.key));
    expect(waffle.waffle).to.equal(true);
    expect(waffle.keys.length).to.be.greaterThan(0).and.lessThan(bars.keys.length);
    const totals = new Set(rows.filter((row) => row.total).map((row) => row.key));
    // A total stands beside its parts in words only (but it is the one figure of a force that has nothing else).
    expect(waffle.keys.filter((key) => totals.has(key)).length).to.be.lessThan(totals.size);
  });

  it('lists every source once, those of the figures and of the battles', () => {
    const view = chartView(battles, 'dukla', 'bar', 640);
    const ids = view.sources.map((ref) => ref.source);
    expect(new Set(ids).size).to.equal(ids.length);
    const dukla = battles.battles.find((battle) => battle.id === 'dukla')!;
    for (const value of dukla.figures.flatMap((figure) => figure.values)) expect(ids).to.include(value.source);
  });
});
