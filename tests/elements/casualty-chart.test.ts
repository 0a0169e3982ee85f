import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/casualty-chart.js';
import type { CasualtyChart } from '../../src/elements/casualty-chart/casualty-chart.js';
import { sourceById } from '../../src/core/sources.js';
import { warningsPerTest } from '../helpers.js';

const FIXTURE = '/tests/fixtures/casualty-chart/battles.json';
const title = (id: string) => sourceById(id)?.title ?? id;
/** A user document of one battle, Zborov 1917, with the forces, figures and sources given. */
const zborov = (battle: Record<string, unknown>) => ({
  battles: [{ id: 'zborov', name: { en: 'Zborov', cs: 'Zborov', sk: 'Zborov' }, date: '1917-07-02', precision: 'day', ...battle }],
});

async function chart(template: ReturnType<typeof html>): Promise<CasualtyChart> {
  const el = await fixture<CasualtyChart>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="mark"], [part~="error"]'), 'the chart did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const all = <T extends Element = HTMLElement>(el: CasualtyChart, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const one = <T extends Element = HTMLElement>(el: CasualtyChart, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const mark = (el: CasualtyChart, battle: string, figure: string, force = 'czechoslovak') =>
  one(el, `[part~="mark"][data-battle="${battle}"][data-force="${force}"][data-figure="${figure}"]`);
// Assertions compare strings and booleans, never elements: a failing assertion on an element
// makes the runner serialize the whole DOM.
const has = (node: Element, selector: string) => node.querySelector(selector) !== null;
const tooltipOpen = (el: CasualtyChart) => el.shadowRoot!.querySelector('[part~="tooltip"]') !== null;
const focusedKey = (el: CasualtyChart) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A chart whose data is an inline `<script type="application/json">` child. */
async function inline(document_: unknown, attributes: Record<string, string>): Promise<CasualtyChart> {
  const wrapper = await fixture(html`<div></div>`);
  const el = document.createElement('casualty-chart');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(document_);
  el.append(script);
  wrapper.append(el);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="mark"], [part~="error"]'), 'the chart did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('<casualty-chart> bars', () => {
  it('draws a labelled row per figure of the battle, parts right after the figure they belong to', async () => {
    const el = await chart(html`<casualty-chart battle="sokolovo" src=${FIXTURE}></casualty-chart>`);
    const marks = all(el, '[part~="mark"]');
    expect(marks.map((m) => m.dataset.figure)).to.deep.equal(['killed', 'wounded', 'captured', 'died-in-captivity', 'defected', 'missing']);
    expect(marks.every((m) => m.dataset.battle === 'sokolovo' && /^\d+$/.test(m.dataset.value!))).to.be.true;
    expect(marks.map((m) => text(m.querySelector('.label')))).to.deep.equal([
      'Killed',
      'Wounded',
      'Captured',
      'of whom died in captivity',
      'of whom defected',
      'Missing',
    ]);
    expect(text(one(el, 'h2'))).to.equal('Sokolovo');
    expect(text(one(el, '[part~="date"]'))).to.equal('8–9 March 1943');
  });

  it('indents the parts of the captured under them and names the relation', async () => {
    const el = await chart(html`<casualty-chart battle="sokolovo" src=${FIXTURE}></casualty-chart>`);
    const indent = (figure: string) => parseFloat(getComputedStyle(mark(el, 'sokolovo', figure).querySelector('.label')!).paddingInlineStart);
    expect(indent('died-in-captivity')).to.be.greaterThan(indent('captured') + 5);
    expect(indent('defected')).to.be.greaterThan(indent('captured') + 5);
    expect(mark(el, 'sokolovo', 'died-in-captivity').getAttribute('aria-label')).to.contain('captured, of whom died in captivity: 8');
  });

  it('keeps forces apart: a headed group and a scale each, never summed', async () => {
    const el = await chart(html`<casualty-chart battle="dukla" src=${FIXTURE}></casualty-chart>`);
    const groups = all(el, 'section.force');
    expect(groups.map((group) => text(group.querySelector('h3')))).to.deep.equal(['1st Czechoslovak Army Corps', 'Red Army']);
    expect(groups.map((group) => group.querySelectorAll('[part~="axis"]').length)).to.deep.equal([1, 1]);
    const lastTick = (group: Element) => Number(text([...group.querySelectorAll('[part~="axis"] text')].at(-1)).replace(/,/g, ''));
    expect(lastTick(groups[0])).to.be.within(4518, 10000);
    expect(lastTick(groups[1])).to.be.within(41387, 100000);
    expect(mark(el, 'dukla', 'wounded').dataset.value).to.equal('4518');
    expect(mark(el, 'dukla', 'wounded', 'red-army').dataset.value).to.equal('41387');
    expect(text(el.shadowRoot!.querySelector('.chart'))).not.to.contain('45,905');
  });

  it('draws a disputed figure as a dot per source and a whisker from the lowest to the highest', async () => {
    const el = await chart(html`<casualty-chart battle="sokolovo" src=${FIXTURE}></casualty-chart>`);
    const killed = mark(el, 'sokolovo', 'killed');
    const dots = [...killed.querySelectorAll<SVGCircleElement>('[part~="dot"]')];
    expect(dots.map((dot) => dot.dataset.value)).to.deep.equal(['103', '86', '80']);
    expect(dots.map((dot) => dot.dataset.source)).to.deep.equal(['aktualne-kiev-2023', 'wp-sokolovo', 'mo-war-graves-sokolovo']);
    expect([...killed.querySelectorAll('.dot-label')].map(text).sort()).to.deep.equal(['103', '80', '86']);
    const whisker = killed.querySelector<SVGLineElement>('[part~="whisker"]')!;
    const cx = (value: string) => Number(dots.find((dot) => dot.dataset.value === value)!.getAttribute('cx'));
    expect(Number(whisker.getAttribute('x1'))).to.be.closeTo(cx('80'), 0.01);
    expect(Number(whisker.getAttribute('x2'))).to.be.closeTo(cx('103'), 0.01);
    expect(cx('80')).to.be.lessThan(cx('86')).and.lessThan(cx('103'));
    // The bar reaches the lowest figure only.
    expect(Number(killed.querySelector('[part~="bar"]')!.getAttribute('width'))).to.be.closeTo(cx('80'), 0.01);
  });

  it('names every value and its source in the accessible name of a disputed figure', async () => {
    const el = await chart(html`<casualty-chart battle="sokolovo" src=${FIXTURE}></casualty-chart>`);
    expect(mark(el, 'sokolovo', 'killed').getAttribute('aria-label')).to.equal(
      `Sokolovo, 1st Czechoslovak Independent Field Battalion, killed: 103 (${title('aktualne-kiev-2023')}), 86 (${title('wp-sokolovo')}), 80 (${title('mo-war-graves-sokolovo')})`,
    );
    expect(title('wp-sokolovo')).to.equal('Battle of Sokolovo');
  });

  it('draws a lower bound open-ended and writes it “30+”, never “30” alone', async () => {
    const el = await chart(html`<casualty-chart battle="kiev" src=${FIXTURE}></casualty-chart>`);
    const killed = mark(el, 'kiev', 'killed');
    expect(has(killed, '[part~="open-end"]'), 'open end').to.be.true;
    expect(has(killed, '.arrow'), 'arrow').to.be.true;
    expect(has(mark(el, 'kiev', 'wounded'), '[part~="open-end"]'), 'open end of an exact figure').to.be.false;
    const shown = text(killed.querySelector('svg'));
    expect(shown).to.equal('30+');
    expect(killed.getAttribute('aria-label')).to.contain('killed: 30+ (');
    const alone = /(^|[^\d])30(?![\d+])/;
    expect(alone.test(shown)).to.be.false;
    expect(alone.test(killed.getAttribute('aria-label')!)).to.be.false;
    const row = all<HTMLTableRowElement>(el, '[part~="table"] tbody tr').find((tr) => tr.dataset.figure === 'killed')!;
    expect([...row.cells].map(text).slice(3, 5)).to.deep.equal(['30+', 'at least (lower bound)']);
  });

  it('shows every battle with its own labelled scale so that Sokolovo stays readable beside Dukla', async () => {
    const el = await chart(html`<casualty-chart battle="all" src=${FIXTURE}></casualty-chart>`);
    const panels = all(el, '[part~="battle"]');
    expect(panels.map((panel) => panel.dataset.battle)).to.deep.equal(['sokolovo', 'kiev', 'dukla']);
    expect(panels.map((panel) => text(panel.querySelector('[part~="date"]')))).to.deep.equal([
      '8–9 March 1943',
      '3–6 November 1943',
      '8 September – 28 October 1944',
    ]);
    const axisMax = (panel: Element) => Number(text([...panel.querySelectorAll('[part~="axis"] text')].at(-1)).replace(/,/g, ''));
    expect(axisMax(panels[0])).to.be.at.most(150);
    expect(axisMax(panels[2])).to.be.at.least(40000);
    const bar = mark(el, 'sokolovo', 'wounded').querySelector<SVGRectElement>('[part~="bar"]')!;
    const track = mark(el, 'sokolovo', 'wounded').querySelector('svg')!;
    expect(bar.getBoundingClientRect().width).to.be.greaterThan(track.getBoundingClientRect().width * 0.5);
    expect(text(one(el, '.note'))).to.contain('own scale');
  });

  it('puts every figure in the keyboard order with a tooltip that opens on focus and closes on Escape and blur', async () => {
    const wrapper = await fixture(html`<div><button>before</button><casualty-chart battle="sokolovo" src=${FIXTURE}></casualty-chart></div>`);
    const el = wrapper.querySelector('casualty-chart')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="mark"]'), 'the chart did not render', { timeout: 5000 });
    wrapper.querySelector('button')!.focus();
    const marks = all(el, '[part~="mark"]');
    expect(marks.every((m) => m.getAttribute('aria-label'))).to.be.true;
    // One Tab stop for all the figures (issue 20): the arrow keys walk them.
    expect(marks.filter((m) => m.tabIndex === 0).map((m) => m.dataset.key)).to.deep.equal([marks[0].dataset.key]);
    expect(tooltipOpen(el)).to.be.false;
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(focusedKey(el)).to.equal(marks[0].dataset.key);
    const tooltip = one(el, '[part~="tooltip"]');
    expect(marks[0].contains(tooltip)).to.be.true;
    expect(text(tooltip)).to.contain(title('mo-war-graves-sokolovo')).and.contain('103').and.contain('as of 31 March 1943');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedKey(el)).to.equal(marks[1].dataset.key);
    expect(marks[1].contains(one(el, '[part~="tooltip"]'))).to.be.true;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltipOpen(el), 'open after Escape').to.be.false;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedKey(el)).to.equal(marks[2].dataset.key);
    expect(tooltipOpen(el), 'open on focus after Escape').to.be.true;
    marks[2].blur();
    await el.updateComplete;
    expect(tooltipOpen(el), 'open after blur').to.be.false;
  });

  it('is one Tab stop with every battle shown, the arrows and Home/End walking all the figures', async () => {
    const wrapper = await fixture(html`<div><button>before</button><casualty-chart battle="all" src=${FIXTURE}></casualty-chart></div>`);
    const el = wrapper.querySelector('casualty-chart')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="mark"]'), 'the chart did not render', { timeout: 5000 });
    await el.updateComplete;
    const marks = all(el, '[part~="mark"]');
    expect(marks.length).to.be.greaterThan(10);
    expect(marks.filter((m) => m.tabIndex === 0).length).to.equal(1);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedKey(el)).to.equal(marks[0].dataset.key);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedKey(el)).to.equal(marks[marks.length - 1].dataset.key);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focusedKey(el)).to.equal(marks[marks.length - 2].dataset.key);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focusedKey(el)).to.equal(marks[0].dataset.key);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedKey(el)).to.equal(marks[1].dataset.key);
    // The Tab stop stays where the reader was; the next Tab leaves the figures and Shift+Tab comes back to it.
    await sendKeys({ press: 'Tab' });
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.getAttribute('part') ?? '').not.to.equal('mark');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedKey(el)).to.equal(marks[1].dataset.key);
  });

  for (const kind of ['bar', 'waffle']) {
    it(`takes one Tab on the way through the page with the bundled battles, as a ${kind} chart`, async () => {
      const wrapper = await fixture(html`<div><button>before</button><casualty-chart battle="all" chart=${kind}></casualty-chart><button>after</button></div>`);
      const el = wrapper.querySelector('casualty-chart')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="mark"]'), 'the chart did not render', { timeout: 8000 });
      await el.updateComplete;
      expect(all(el, '[part~="mark"]').length, 'figures drawn').to.be.greaterThan(10);
      const [before, after] = wrapper.querySelectorAll('button');
      before.focus();
      let onMarks = 0;
      for (let presses = 0; presses < 60 && document.activeElement !== after; presses += 1) {
        await sendKeys({ press: 'Tab' });
        if (focusedKey(el) !== undefined) onMarks += 1;
      }
      expect(document.activeElement, 'Tab reached the button after the chart').to.equal(after);
      expect(onMarks, 'Tab stops on figures').to.equal(1);
    });
  }

  it('opens the tooltip on hover too', async () => {
    const el = await chart(html`<casualty-chart battle="kiev" src=${FIXTURE}></casualty-chart>`);
    const target = mark(el, 'kiev', 'non-combat');
    target.querySelector('rect')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tooltip = one(el, '[part~="tooltip"]');
    expect(target.contains(tooltip)).to.be.true;
    expect(text(tooltip)).to.contain('Vasilkov poisoning').and.contain('6 that day, 8 in the following days');
    target.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true, relatedTarget: document.body }));
    await el.updateComplete;
    expect(tooltipOpen(el)).to.be.false;
  });

  it('follows the custom properties for colours and bar height', async () => {
    const el = await chart(html`<casualty-chart
      battle="sokolovo"
      src=${FIXTURE}
      style="--casualty-chart-color-killed: rgb(1, 2, 3); --casualty-chart-bar-height: 20px"
    ></casualty-chart>`);
    const bar = mark(el, 'sokolovo', 'killed').querySelector<SVGRectElement>('[part~="bar"]')!;
    expect(getComputedStyle(bar).fill).to.equal('rgb(1, 2, 3)');
    expect(bar.getBoundingClientRect().height).to.be.closeTo(20, 0.5);
  });

  it('uses different category colours in the light and the dark theme', async () => {
    const light = await chart(html`<casualty-chart theme="light" battle="kiev" src=${FIXTURE}></casualty-chart>`);
    const dark = await chart(html`<casualty-chart theme="dark" battle="kiev" src=${FIXTURE}></casualty-chart>`);
    const fill = (el: CasualtyChart) => getComputedStyle(mark(el, 'kiev', 'wounded').querySelector('[part~="bar"]')!).fill;
    expect(fill(light)).to.equal('rgb(0, 114, 178)');
    expect(fill(dark)).to.equal('rgb(86, 180, 233)');
  });
});

describe('<casualty-chart> waffle', () => {
  it('draws one square per person, coloured by category, parts carved out of the captured', async () => {
    const el = await chart(html`<casualty-chart battle="sokolovo" chart="waffle" src=${FIXTURE}></casualty-chart>`);
    const units = all(el, '[part~="unit"]');
    expect(units).to.have.length(103 + 114 + 21 + 8);
    const squares = (figure: string) => mark(el, 'sokolovo', figure).querySelectorAll('[part~="unit"]').length;
    expect([squares('killed'), squares('wounded'), squares('captured'), squares('died-in-captivity'), squares('defected'), squares('missing')]).to.deep.equal([
      103, 114, 12, 8, 1, 8,
    ]);
    expect(getComputedStyle(mark(el, 'sokolovo', 'killed').querySelector('rect')!).fill).not.to.equal(
      getComputedStyle(mark(el, 'sokolovo', 'wounded').querySelector('rect')!).fill,
    );
    const key = text(one(el, '[part~="legend"]'));
    expect(key).to.contain('One square = one person.').and.contain('the figure of the first source listed');
    expect(text(one(el, '.waffle-legend'))).to.contain('Killed 103 (sources: 80–103)');
  });

  it('counts one square per N people for thousands, and says so for each force', async () => {
    const el = await chart(html`<casualty-chart battle="dukla" chart="waffle" src=${FIXTURE}></casualty-chart>`);
    const groups = all(el, 'section.force');
    const keys = groups.map((group) => group.querySelector<HTMLElement>('[part~="legend"]')!);
    expect(keys.map((key) => key.dataset.perSquare)).to.deep.equal(['20', '100']);
    expect(text(keys[0])).to.contain('One square = 20 people (rounded).');
    expect(text(keys[1])).to.contain('One square = 100 people (rounded).');
    for (const [index, group] of groups.entries()) {
      const perSquare = Number(keys[index].dataset.perSquare);
      const expected = [...group.querySelectorAll<HTMLElement>('[part~="mark"]')].reduce((sum, m) => sum + Math.round(Number(m.dataset.value) / perSquare), 0);
      expect(group.querySelectorAll('[part~="unit"]').length).to.equal(expected);
    }
    // The first source's 935 killed, not the other source's c. 2,000.
    expect(groups[0].querySelectorAll('[part~="unit"]').length).to.equal(47 + 226 + 38);
  });

  it('gives screen readers a text summary and a name for each figure’s squares', async () => {
    const el = await chart(html`<casualty-chart battle="kiev" chart="waffle" src=${FIXTURE}></casualty-chart>`);
    const summary = text(one(el, 'section.force .visually-hidden'));
    expect(summary).to.contain('128 squares in all').and.contain('Killed: 30+').and.contain('Missing: 4');
    const killed = mark(el, 'kiev', 'killed');
    expect(killed.getAttribute('role')).to.equal('img');
    expect(killed.getAttribute('aria-label')).to.contain('Kiev, 1st Czechoslovak Independent Brigade, killed: 30+');
    expect(killed.getAttribute('tabindex')).to.equal('0');
    expect([...killed.querySelectorAll('[part~="unit"]')].every((unit) => !unit.hasAttribute('aria-label'))).to.be.true;
    killed.focus();
    await el.updateComplete;
    expect(text(one(el, '[part~="tooltip"]'))).to.contain(title('aktualne-kiev-2023'));
  });
});

describe('<casualty-chart> table, CSV, citation', () => {
  afterEach(() => {
    delete (navigator as { clipboard?: unknown }).clipboard;
  });

  it('always has the data table, one row per value with its source, visually hidden unless show-table', async () => {
    const el = await chart(html`<casualty-chart battle="sokolovo" src=${FIXTURE}></casualty-chart>`);
    const table = one<HTMLTableElement>(el, 'table[part~="table"]');
    expect(table.tBodies[0].rows).to.have.length(8);
    expect(table.parentElement!.getBoundingClientRect().height).to.be.at.most(1);
    const row = [...table.tBodies[0].rows].find((tr) => tr.dataset.value === '86')!;
    expect([...row.cells].map(text).slice(0, 7)).to.deep.equal([
      'Sokolovo',
      '1st Czechoslovak Independent Field Battalion',
      'Killed',
      '86',
      'exact',
      'Battle of Sokolovo',
      '86 dead, 20 POW or missing, 114 injured',
    ]);
    el.showTable = true;
    await el.updateComplete;
    expect(table.parentElement!.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(el.hasAttribute('show-table')).to.be.true;
  });

  it('exports the values as CSV: a header, every value with its source, proper quoting', async () => {
    const el = await chart(html`<casualty-chart battle="sokolovo" src=${FIXTURE}></casualty-chart>`);
    const csv = el.toCSV();
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).to.equal('');
    expect(lines[0]).to.equal('Battle id,Battle,Dates,Force,Category id,Part of,Figure,Value,Upper value,Qualifier,As written,Source,Source URL,Quote,Note');
    expect(lines.slice(1, -1)).to.have.length(8);
    expect(lines).to.include(
      'sokolovo,Sokolovo,8–9 March 1943,1st Czechoslovak Independent Field Battalion,killed,,Killed,86,,exact,86,Battle of Sokolovo,https://en.wikipedia.org/wiki/Battle_of_Sokolovo,"86 dead, 20 POW or missing, 114 injured",',
    );
    expect(lines.find((line) => line.includes(',defected,'))).to.match(/^sokolovo,.*,defected,captured,of whom defected,1,,exact,1,/);
  });

  it('doubles quotation marks and defuses formulas in CSV fields', async () => {
    const doc = zborov({
      name: { en: 'Zborov "1917"', cs: 'Zborov', sk: 'Zborov' },
      forces: [{ id: 'legion', label: { en: '=HYPERLINK("x")', cs: 'Legie', sk: 'Légie' } }],
      figures: [{ force: 'legion', category: 'killed', values: [{ value: 167, qualifier: 'exact', source: 'wp-legion', quote: 'He said "167"\nthen left' }] }],
      sources: [{ source: 'wp-legion' }],
    });
    const el = await inline(doc, { battle: 'zborov' });
    const line = el.toCSV().split('\r\n')[1];
    expect(line).to.contain('"Zborov ""1917"""');
    expect(line).to.contain(`"'=HYPERLINK(""x"")"`);
    expect(el.toCSV()).to.contain('"He said ""167""\nthen left"');
  });

  it('downloads the CSV from its menu as a UTF-8 file with a byte order mark', async () => {
    const el = await chart(html`<casualty-chart battle="kiev" src=${FIXTURE}></casualty-chart>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="download"]'), 'no download menu', { timeout: 5000 });
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    let downloadName = '';
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return 'blob:test';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloadName = this.download;
    };
    try {
      one<HTMLElement>(el, '[part~="download-button"]').click();
      one<HTMLButtonElement>(el, '[part~="download-option"][value="csv"]').click();
      await waitUntil(() => downloadName, 'nothing was downloaded');
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(text(one(el, '[part~="download-button"]'))).to.equal('Download');
    expect(created).to.have.length(1);
    expect(created[0].type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await created[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal(`\uFEFF${el.toCSV()}`);
    expect(downloadName).to.equal('kiev-losses-en.csv');
  });

  it('copies a citation of the sources and confirms it', async () => {
    const el = await chart(html`<casualty-chart battle="sokolovo" src=${FIXTURE}></casualty-chart>`);
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void copied.push(value) },
    });
    expect(text(one(el, '[role="status"]'))).to.equal('');
    one<HTMLButtonElement>(el, 'button[part~="cite"]').click();
    await waitUntil(() => text(one(el, '[role="status"]')) === 'Copied', 'no confirmation');
    expect(copied).to.have.length(1);
    expect(copied[0]).to.contain('Sokolovo (8–9 March 1943)');
    expect(copied[0]).to.contain('Battle of Sokolovo. Wikipedia. https://en.wikipedia.org/wiki/Battle_of_Sokolovo');
    expect(copied[0]).to.contain(title('mo-war-graves-sokolovo'));
    expect(copied[0]).to.contain(location.href);
  });

  it('shows the citation selected for copying by hand when the clipboard is refused', async () => {
    const el = await chart(html`<casualty-chart battle="kiev" src=${FIXTURE}></casualty-chart>`);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    one<HTMLButtonElement>(el, 'button[part~="cite"]').click();
    await waitUntil(() => one(el, 'textarea.citation'), 'no fallback');
    const area = one<HTMLTextAreaElement>(el, 'textarea.citation');
    await waitUntil(() => el.shadowRoot!.activeElement === area);
    expect(area.value).to.contain('Kiev (3–6 November 1943)').and.contain('Czech Patriots');
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    expect(text(one(el, '[role="status"]'))).to.equal('');
  });

  it('lists the sources in the footer', async () => {
    const el = await chart(html`<casualty-chart battle="sokolovo" src=${FIXTURE}></casualty-chart>`);
    const items = all(el, '[part~="sources"] li').map(text);
    expect(items).to.have.length(3);
    expect(items.some((item) => item.includes('Battle of Sokolovo, Wikipedia'))).to.be.true;
  });
});

describe('<casualty-chart> errors and data', () => {
  const warnings = warningsPerTest();

  it('names the valid battles for an unknown battle', async () => {
    const el = await chart(html`<casualty-chart battle="borodino"></casualty-chart>`);
    const message = text(one(el, '[part~="error"]'));
    expect(message).to.contain('battle').and.contain('“borodino”');
    for (const valid of ['sokolovo', 'kiev', 'dukla', 'all']) expect(message).to.contain(`“${valid}”`);
    expect(all(el, '[part~="mark"]')).to.have.length(0);
    expect(warnings).to.have.length(1);
  });

  it('goes back to the defaults (all battles, bars) when the attributes are removed', async () => {
    const el = await chart(html`<casualty-chart battle="kiev" chart="waffle" src=${FIXTURE}></casualty-chart>`);
    el.removeAttribute('battle');
    el.removeAttribute('chart');
    await el.updateComplete;
    expect(all(el, '[part~="battle"]').map((panel) => panel.dataset.battle)).to.deep.equal(['sokolovo', 'kiev', 'dukla']);
    expect(all(el, '[part~="unit"]')).to.have.length(0);
    expect(all(el, '[part~="bar"]').length).to.be.greaterThan(10);
    expect(all(el, '[part~="error"]')).to.have.length(0);
  });

  it('names bar and waffle for an unknown chart', async () => {
    const el = await chart(html`<casualty-chart battle="kiev" chart="pie"></casualty-chart>`);
    const message = text(one(el, '[part~="error"]'));
    expect(message).to.contain('chart').and.contain('“pie”').and.contain('“bar”').and.contain('“waffle”');
  });

  it('takes the valid battles from a user document', async () => {
    const doc = zborov({
      forces: [{ id: 'legion', label: { en: 'Czechoslovak Brigade', cs: 'Československá střelecká brigáda', sk: 'Československá strelecká brigáda' } }],
      figures: [
        { force: 'legion', category: 'killed', values: [{ value: 167, qualifier: 'exact', source: 'wp-zborov' }, { value: 190, qualifier: 'exact', source: 'cslegie' }] },
      ],
      sources: [{ source: 'wp-zborov' }],
    });
    const el = await inline(doc, { battle: 'zborov' });
    expect(mark(el, 'zborov', 'killed', 'legion').getAttribute('aria-label')).to.equal('Zborov, Czechoslovak Brigade, killed: 167 (wp-zborov), 190 (cslegie)');
    el.battle = 'sokolovo';
    await el.updateComplete;
    const message = text(one(el, '[part~="error"]'));
    expect(message).to.contain('“zborov”').and.contain('“all”').and.not.contain('“kiev”');
  });

  it('names the JSON path of an invalid field of user data', async () => {
    const el = await chart(html`<casualty-chart battle="all"><script type="application/json">
      {"battles":[{"id":"x","name":{"en":"X","cs":"X","sk":"X"},"date":"1943","precision":"year","forces":[{"id":"a","label":{"en":"A","cs":"A","sk":"A"}}],
      "figures":[{"force":"a","category":"killed","values":[{"value":30,"qualifier":"over","source":"s"}]}],"sources":[{"source":"s"}]}]}
    </script></casualty-chart>`);
    expect(text(one(el, '[part~="error"]'))).to.contain('battles[0].figures[0].values[0].qualifier').and.contain('“over”').and.contain('at-least');
  });

  it('renders the bundled figures of Sokolovo when there is no user data', async () => {
    const el = await chart(html`<casualty-chart battle="sokolovo"></casualty-chart>`);
    const values = [...mark(el, 'sokolovo', 'killed').querySelectorAll<SVGElement>('[part~="dot"]')].map((dot) => dot.dataset.value);
    expect(values).to.include.members(['103', '86', '80']);
    expect(all(el, '[part~="mark"]').every((m) => m.dataset.battle === 'sokolovo')).to.be.true;
    const czech = await chart(html`<casualty-chart battle="sokolovo" lang="cs"></casualty-chart>`);
    expect(text(one(czech, 'h2'))).to.equal('Bitva u Sokolova');
  });
});

describe('<casualty-chart> totals and combined figures (bundled data)', () => {
  it('puts each force’s total first, outlined and named as a total, with every source’s value', async () => {
    const el = await chart(html`<casualty-chart battle="dukla" show-table></casualty-chart>`);
    expect(all(el, 'section.force').map((group) => group.dataset.force)).to.deep.equal(['czechoslovak', 'red-army', 'axis']);
    for (const force of ['czechoslovak', 'red-army', 'axis']) {
      const rows = all(el, `section.force[data-force="${force}"] [part~="mark"]`);
      expect(rows[0].dataset.figure, `${force}: total first`).to.equal('total');
      expect(rows[0].classList.contains('total')).to.be.true;
      expect(rows.slice(1).some((row) => row.dataset.figure === 'total'), `${force}: one total`).to.be.false;
    }
    const red = mark(el, 'dukla', 'total', 'red-army');
    expect(text(red.querySelector('.label'))).to.equal('Total losses');
    const values = [...red.querySelectorAll<SVGElement>('[part~="dot"]')].map((dot) => `${dot.dataset.value}-${dot.dataset.max ?? ''}`);
    expect(values).to.deep.equal(['131000-', '80000-123000', '100000-125000']);
    expect(red.getAttribute('aria-label')).to.match(/total losses: 131,000 \(Battle of the Dukla Pass\), 80,000–123,000 .*100,000–125,000 /);
    // the outlined bar reads differently from a category's filled bar
    const fill = (row: HTMLElement) => getComputedStyle(row.querySelector('.bar')!).stroke;
    expect(fill(red)).not.to.equal(fill(mark(el, 'dukla', 'killed', 'red-army')));
    expect(text(one(el, '[part~="legend"]'))).to.contain('the total as a source gives it, not the sum of the rows below');
    const tableTotals = all(el, 'tr.total').map((row) => `${row.dataset.value}`);
    expect(tableTotals).to.include.members(['6000', '131000', '80000', '100000', '61000', '70000', '30000', '52000']);
  });

  it('does not count a total into the waffle beside its parts, but states it with its sources', async () => {
    const el = await chart(html`<casualty-chart battle="dukla" chart="waffle"></casualty-chart>`);
    expect(all(el, '[part~="mark"][data-figure="total"]')).to.have.length(0);
    const totals = all(el, '.waffle-total');
    expect(totals.map((p) => p.dataset.force)).to.deep.equal(['czechoslovak', 'red-army', 'axis']);
    expect(text(totals[1])).to.contain('131,000').and.contain('80,000–123,000').and.contain('100,000–125,000').and.contain('a total is not the sum of its parts');
  });

  it('files a figure of several categories as combined, under its own name', async () => {
    const el = await chart(html`<casualty-chart battle="all"></casualty-chart>`);
    const kiev = all(el, '[part~="mark"][data-battle="kiev"][data-force="red-army"]');
    expect(kiev.map((row) => row.dataset.figure)).to.deep.equal(['total', 'combined', 'combined']);
    expect(text(kiev[1].querySelector('.label'))).to.equal('Killed, missing or captured');
    expect(kiev[1].dataset.value).to.equal('28141');
    expect(all(el, '[part~="mark"][data-battle="kiev"][data-figure="killed"][data-force="red-army"]')).to.have.length(0);
    expect(text(one(el, '[part~="mark"][data-battle="sokolovo"][data-figure="combined"] .label'))).to.equal('Prisoners of war or missing');
    const czech = await chart(html`<casualty-chart battle="dukla" lang="cs"></casualty-chart>`);
    expect(text(mark(czech, 'dukla', 'total', 'axis').querySelector('.label'))).to.equal('Celkové ztráty');
    expect(text(one(czech, '[part~="legend"]'))).to.contain('(zdroje zobrazíte najetím myší nebo zaměřením)');
  });
});

describe('<casualty-chart> languages and accessibility', () => {
  it('speaks Czech', async () => {
    const el = await chart(html`<casualty-chart lang="cs" battle="all" src=${FIXTURE}></casualty-chart>`);
    expect(text(mark(el, 'sokolovo', 'killed').querySelector('.label'))).to.equal('Padlí');
    expect(text(mark(el, 'sokolovo', 'died-in-captivity').querySelector('.label'))).to.equal('z toho zemřeli v zajetí');
    expect(text(one(el, '[data-battle="sokolovo"] [part~="date"]'))).to.equal('8.–9. března 1943');
    expect(text(one(el, '[data-battle="kiev"] h2'))).to.equal('Kyjev');
    expect(mark(el, 'dukla', 'wounded').querySelector('svg text.value')!.textContent).to.equal('4\u00a0518');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="download"]'), 'no download menu', { timeout: 5000 });
    expect(text(one(el, '[part~="download-button"]'))).to.equal('Stáhnout');
    expect(el.toCSV().split('\r\n')[0]).to.contain('Bitva,Datum,Vojsko');
    expect(mark(el, 'kiev', 'killed').getAttribute('aria-label')).to.match(/^Kyjev, 1\. čs\. samostatná brigáda, padlí: 30\+/);
  });

  it('speaks Slovak', async () => {
    const el = await chart(html`<casualty-chart lang="sk" battle="kiev" chart="waffle" src=${FIXTURE}></casualty-chart>`);
    expect(text(one(el, '.waffle-legend'))).to.contain('Ranení').and.contain('Nezvestní');
    expect(text(one(el, '[part~="legend"]'))).to.contain('Jeden štvorček = jeden človek.');
    expect(text(one(el, '[part~="date"]'))).to.equal('3.–6. novembra 1943');
    expect(text(one(el, 'button[part~="cite"]'))).to.equal('Citovať');
    expect(text(one(el, 'table caption'))).to.equal('Údaje o stratách a ich zdroje');
  });

  it('passes axe as bars, with the table shown', async () => {
    const el = await chart(html`<casualty-chart battle="all" show-table src=${FIXTURE}></casualty-chart>`);
    await expect(el).to.be.accessible();
  });

  it('passes axe as a waffle in the dark theme', async () => {
    const el = await chart(html`<casualty-chart battle="all" chart="waffle" theme="dark" src=${FIXTURE}></casualty-chart>`);
    await expect(el).to.be.accessible();
  });
});
