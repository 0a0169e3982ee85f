import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define/treaty-card.js';
import type { TreatyCard } from '../../src/define/treaty-card.js';
import { withWarnings } from '../helpers.js';

const FIXTURE = '/tests/fixtures/treaty-card/treaties.json';

/** The five treaties of CONTRACT with the date and place a reader sees in English. */
const TREATIES = [
  { id: 'mutual-assistance-1935', year: 1935, signed: '16 May 1935, Prague' },
  { id: 'joint-action-1941', year: 1941, signed: '18 July 1941, London' },
  { id: 'friendship-1943', year: 1943, signed: '12 December 1943, Moscow' },
  { id: 'liberated-territory-1944', year: 1944, signed: '8 May 1944, London' },
  { id: 'ruthenia-1945', year: 1945, signed: '29 June 1945, Moscow' },
];
const PARTS = ['title', 'signed', 'parties', 'terms', 'duration', 'outcome', 'sources'];

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (el: TreatyCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

/** A card once it shows its treaty or its error. */
async function card(template: TemplateResult | string): Promise<TreatyCard> {
  const el = await fixture<TreatyCard>(template);
  await waitUntil(() => part(el, 'title') || part(el, 'error'), 'the card did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}


/** Replaces navigator.clipboard for one test. */
async function withClipboard(writeText: (text: string) => Promise<void>, body: () => Promise<void>): Promise<void> {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  try {
    await body();
  } finally {
    delete (navigator as { clipboard?: unknown }).clipboard;
  }
}

describe('treaty-card: the five treaties', () => {
  for (const treaty of TREATIES) {
    it(`renders every part of ${treaty.id}`, async () => {
      const el = await card(html`<treaty-card treaty=${treaty.id}></treaty-card>`);
      for (const name of PARTS) expect(text(part(el, name)), `part ${name}`).not.to.equal('');
      expect(part(el, 'card')!.localName).to.equal('article');
      expect(part(el, 'title')!.localName).to.equal('h2');
      expect(text(part(el, 'title'))).to.contain(String(treaty.year));
      expect(el.shadowRoot!.querySelector('dl [part~="signed"] dd')!.textContent!.trim()).to.equal(treaty.signed);
      expect(part(el, 'terms')!.querySelectorAll('li').length).to.be.greaterThan(0);
      expect(part(el, 'duration')!.querySelector('svg[role="img"]')!.getAttribute('aria-label')).to.match(/^Timeline: Signed: /);
      expect(part(el, 'sources')!.querySelectorAll('li').length).to.be.greaterThan(0);
    });

    it(`passes axe for ${treaty.id}`, async () => {
      const el = await card(html`<treaty-card treaty=${treaty.id}></treaty-card>`);
      await expect(el).to.be.accessible();
    });
  }

  it('accepts the year alone as shorthand for the id', async () => {
    const byYear = await card(html`<treaty-card treaty="1943"></treaty-card>`);
    const byId = await card(html`<treaty-card treaty="friendship-1943"></treaty-card>`);
    expect(text(part(byYear, 'title'))).to.equal(text(part(byId, 'title')));
    expect(text(part(byYear, 'signed'))).to.contain('12 December 1943');
  });

  it('shows another treaty when the attribute changes, from a document holding that treaty alone', async () => {
    const el = await card(html`<treaty-card treaty="1935"></treaty-card>`);
    expect(text(part(el, 'signed'))).to.contain('16 May 1935');
    // While the next document loads the card stays (busy): no status or error collapses it.
    const between: string[] = [];
    const watcher = new MutationObserver(() => {
      if (el.shadowRoot!.querySelector('[part~="status"], [part~="error"]')) between.push(el.shadowRoot!.innerHTML);
      if (!part(el, 'card')) between.push('no card');
    });
    watcher.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    el.treaty = 'ruthenia-1945';
    await waitUntil(() => text(part(el, 'signed')).includes('29 June 1945'), 'the 1945 treaty did not replace the 1935 one');
    watcher.disconnect();
    expect(between, 'the card never gave way to a status or an error').to.deep.equal([]);
    expect(part(el, 'card')!.getAttribute('aria-busy')).to.equal('false');
    expect(text(part(el, 'title'))).to.contain('1945');
    // The card's document holds the treaty it shows, with the sources that treaty cites.
    expect(el.data.value!.treaties.map((treaty) => treaty.id)).to.deep.equal(['ruthenia-1945']);
    const cited = new Set(el.data.value!.treaties[0].sources.map((ref) => ref.source));
    const carried = ((el.data.value as { sources?: { id: string }[] }).sources ?? []).map((source) => source.id);
    expect([...cited].every((id) => carried.includes(id)), 'every cited source carried').to.equal(true);
    expect(carried.every((id) => cited.has(id)), 'no source of another treaty').to.equal(true);
    // The year and the id name the same document: no second download, no flash.
    el.treaty = '1945';
    await el.updateComplete;
    expect(el.data.loading).to.equal(false);
    expect(text(part(el, 'signed'))).to.contain('29 June 1945');
  });

  it('names each signatory with the role held at the time, under the party signed for', async () => {
    const el = await card(html`<treaty-card treaty="1935"></treaty-card>`);
    const parties = [...part(el, 'parties')!.querySelectorAll('.parties > li')];
    const czechoslovakia = parties.find((li) => text(li.querySelector('.party')) === 'Czechoslovakia')!;
    expect(text(czechoslovakia.querySelector('.person'))).to.equal('Edvard Beneš');
    expect(text(czechoslovakia.querySelector('.role'))).to.equal('Foreign Minister');
  });

  it('lists the parties alone, without a note about the data, when no signatory is known', async () => {
    const el = await card(html`<treaty-card treaty="1944"></treaty-card>`);
    expect(part(el, 'parties')!.querySelectorAll('.person')).to.have.length(0);
    expect(part(el, 'parties')!.querySelectorAll('.party').length).to.be.greaterThanOrEqual(2);
    expect(text(part(el, 'parties'))).not.to.match(/data|signator/i);
  });

  it('shows the 1935 condition on France and Munich in its outcome', async () => {
    const el = await card(html`<treaty-card treaty="1935"></treaty-card>`);
    const conditions = part(el, 'terms')!.querySelector('.conditions')!;
    expect(text(conditions.querySelector('h3'))).to.equal('Conditions');
    expect(text(conditions)).to.contain('only if France gave assistance');
    expect(text(part(el, 'outcome'))).to.contain('Munich');
  });

  it('lists the later documents that invoked a treaty', async () => {
    const el = await card(html`<treaty-card treaty="1941"></treaty-card>`);
    const terms = part(el, 'terms')!;
    const heading = [...terms.querySelectorAll('h3')].find((h3) => text(h3) === 'Invoked by');
    expect(heading, 'Invoked by heading').to.exist;
    expect(text(heading!.nextElementSibling)).to.contain('27 September 1941').and.contain('1943 treaty confirmed');
  });
});

describe('treaty-card: the mini-timeline', () => {
  const marks = (el: TreatyCard) =>
    [...part(el, 'duration')!.querySelectorAll('svg [data-mark]')].map((mark) => mark.getAttribute('data-mark'));

  it('draws signature, entry into force and an open end for the 1945 treaty, and says the end is unknown', async () => {
    const el = await card(html`<treaty-card treaty="1945"></treaty-card>`);
    expect(marks(el)).to.include.members(['signed', 'in-force', 'pending', 'open-end']);
    expect(marks(el)).not.to.include('ended');
    const svg = part(el, 'duration')!.querySelector('svg')!;
    expect(text(svg.querySelector('[data-mark="open-end"] text'))).to.equal('end unknown');
    expect(svg.getAttribute('aria-label')).to.equal(
      'Timeline: Signed: 29 June 1945; In force from: 30 January 1946; end unknown.',
    );
    const signed = Number.parseFloat(svg.querySelector('[data-mark="signed"]')!.getAttribute('cx')!);
    const inForce = Number.parseFloat(svg.querySelector('[data-mark="in-force"]')!.getAttribute('cx')!);
    expect(inForce).to.be.greaterThan(signed);
    expect(text(part(el, 'duration')!.querySelector('[data-milestone="open-end"]'))).to.contain('unknown');
  });

  it('draws only what the data knows: signature and an open end when that is all', async () => {
    const el = await card(html`<treaty-card treaty="1941"></treaty-card>`);
    expect(marks(el).sort()).to.deep.equal(['open-end', 'signed']);
  });

  it('brackets a term given in years', async () => {
    const el = await card(html`<treaty-card treaty="1943"></treaty-card>`);
    const term = part(el, 'duration')!.querySelector('[data-mark="term"]')!;
    expect(text(term.querySelector('text'))).to.equal('20 years');
    const [from, to] = ['x1', 'x2'].map((name) => Number.parseFloat(term.querySelector('line')!.getAttribute(name)!));
    expect(to - from).to.be.greaterThan(40);
    expect(text(part(el, 'duration')!.querySelector('[data-milestone="term"]'))).to.contain('Twenty years');
  });

  it('draws a known end as an end mark, with no open end', async () => {
    const el = await card(html`<treaty-card treaty="closed-1922" src=${FIXTURE}></treaty-card>`);
    expect(marks(el)).to.include.members(['signed', 'in-force', 'life', 'ended', 'term']);
    expect(marks(el)).not.to.include('open-end');
    const ended = part(el, 'duration')!.querySelector('[data-milestone="ended"]')!;
    expect(text(ended)).to.contain('Ended').and.contain('1 March 1925').and.contain('Ended early in the fixture.');
    expect(text(part(el, 'duration')!.querySelector('[data-milestone="in-force"]'))).to.contain('September 1922');
  });

  it('labels its axis with years from d3 ticks', async () => {
    const el = await card(html`<treaty-card treaty="1943"></treaty-card>`);
    const labels = [...part(el, 'duration')!.querySelectorAll('.tick text')].map((label) => Number(text(label)));
    expect(labels.length).to.be.greaterThan(2);
    expect(labels.every((year) => year >= 1943 && year <= 1990)).to.equal(true);
    expect(labels).to.deep.equal([...labels].sort((a, b) => a - b));
  });

  it('puts its ticks on New Year’s Day, 1, 2, 5 or 10 years apart, inside the drawing', async () => {
    const { durationModel } = await import('../../src/elements/treaty-card/duration.js');
    const cases = [
      { signed: { date: '1943-12-12' }, term: { years: 20 } },
      { signed: { date: '1935-05-16' } },
      { signed: { date: '1920-06-05' }, ended: { date: '1921-03-01' } },
      { signed: { date: '1918-01-01' }, inForce: { date: '1918-06-30' }, ended: { date: '1948-02-25' } },
    ] as unknown as Parameters<typeof durationModel>[0][];
    for (const treaty of cases) {
      const model = durationModel(treaty)!;
      const years = model.ticks.map((tick) => Number(tick.label));
      expect(years.length, JSON.stringify(treaty)).to.be.within(2, 8);
      const steps = new Set(years.slice(1).map((year, i) => year - years[i]));
      expect(steps.size, `one step: ${years}`).to.equal(1);
      expect([1, 2, 5, 10]).to.include([...steps][0]);
      for (const tick of model.ticks) expect(tick.x).to.be.within(0, 100);
      // Evenly placed (years differ by a leap day at most): the scale is linear in time.
      const gaps = model.ticks.slice(1).map((tick, i) => tick.x - model.ticks[i].x);
      expect(Math.max(...gaps) - Math.min(...gaps)).to.be.below(0.1);
      // The signature is placed between the first tick's year and the one before it or after it.
      const signed = Number(treaty.signed.date.slice(0, 4));
      expect(model.signed < model.ticks[0].x).to.equal(signed < years[0]);
    }
  });
});

describe('treaty-card: compact', () => {
  it('shows only the title, the date, the parties and the mini-timeline', async () => {
    const el = await card(html`<treaty-card treaty="1943" compact></treaty-card>`);
    for (const name of ['title', 'signed', 'parties', 'duration']) expect(part(el, name), name).to.exist;
    for (const name of ['terms', 'outcome', 'sources', 'cite']) expect(part(el, name), name).to.equal(null);
    expect(part(el, 'parties')!.querySelectorAll('.person')).to.have.length(0);
    expect(text(part(el, 'parties'))).to.contain('Soviet Union').and.contain('Czechoslovakia');
    expect(part(el, 'duration')!.querySelector('svg [data-mark="signed"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('treaty-card: languages', () => {
  it('writes dates, places and labels in Czech', async () => {
    const el = await card(html`<treaty-card treaty="1943" lang="cs"></treaty-card>`);
    expect(text(part(el, 'signed'))).to.equal('Podepsáno 12. prosince 1943, Moskva');
    expect(text(part(el, 'duration')!.querySelector('[data-mark="term"] text'))).to.equal('20 let');
    expect(text(part(el, 'duration')!.querySelector('[data-mark="open-end"] text'))).to.equal('konec neznámý');
    expect(text(part(el, 'cite')!.querySelector('button'))).to.equal('Citovat');
  });

  it('writes dates, places and labels in Slovak', async () => {
    const el = await card(html`<treaty-card treaty="1943" lang="sk"></treaty-card>`);
    expect(text(part(el, 'signed'))).to.equal('Podpísané 12. decembra 1943, Moskva');
    expect(text(part(el, 'duration')!.querySelector('[data-mark="open-end"] text'))).to.equal('koniec neznámy');
    expect(text(part(el, 'outcome')!.querySelector('h3'))).to.equal('Ďalší osud');
  });

  it('uses the names of people and places as each language writes them', async () => {
    const el = await card(html`<treaty-card treaty="1941" lang="cs"></treaty-card>`);
    expect([...part(el, 'parties')!.querySelectorAll('.person')].map(text)).to.include('Ivan Majskij');
    expect(text(part(el, 'signed'))).to.contain('Londýn');
  });

  it('follows a change of the inherited language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><treaty-card treaty="1945"></treaty-card></div>`);
    const el = wrapper.querySelector('treaty-card')!;
    await waitUntil(() => part(el, 'signed'), 'the card did not render', { timeout: 5000 });
    expect(text(part(el, 'signed'))).to.contain('29 June 1945');
    wrapper.lang = 'sk';
    await waitUntil(() => text(part(el, 'signed')).includes('29. júna 1945'), 'did not switch to Slovak');
    await waitUntil(
      () => text(part(el, 'duration')!.querySelector('[data-milestone="in-force"] dt')) === 'Účinnosť od',
      'the mini-timeline did not switch to Slovak',
    );
  });
});

describe('treaty-card: Cite', () => {
  it('copies the name, the date and the sources and confirms it', async () => {
    let copied = '';
    await withClipboard(
      async (value) => {
        copied = value;
      },
      async () => {
        const el = await card(html`<treaty-card treaty="1945"></treaty-card>`);
        part(el, 'cite')!.querySelector('button')!.click();
        await waitUntil(() => text(part(el, 'cite')!.querySelector('[role="status"]')).includes('Copied'), 'no confirmation');
        expect(copied).to.match(/^Treaty between Czechoslovakia and the USSR concerning Transcarpathian Ukraine\. Signed: 29 June 1945, Moscow\. Sources: /);
        expect(copied).to.contain('Treaty between Czechoslovakia and the USSR concerning Transcarpathian Ukraine, 29 June 1945, ibiblio.org');
        expect(copied).to.contain('https://www.zakonypreludi.sk/zz/1946-186');
        expect(part(el, 'cite')!.querySelector('textarea')).to.equal(null);
      },
    );
  });

  it('copies the citation in the card’s language', async () => {
    let copied = '';
    await withClipboard(
      async (value) => {
        copied = value;
      },
      async () => {
        const el = await card(html`<treaty-card treaty="1943" lang="cs"></treaty-card>`);
        part(el, 'cite')!.querySelector('button')!.click();
        await waitUntil(() => text(part(el, 'cite')!.querySelector('[role="status"]')).includes('Zkopírováno'), 'no confirmation');
        expect(copied).to.match(/^Smlouva o přátelství, vzájemné pomoci a poválečné spolupráci\. Podepsáno: 12\. prosince 1943, Moskva\. Zdroje: /);
      },
    );
  });

  it('selects the citation for copying by hand when the clipboard refuses', async () => {
    await withClipboard(
      () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      async () => {
        const el = await card(html`<treaty-card treaty="1935"></treaty-card>`);
        part(el, 'cite')!.querySelector('button')!.click();
        await waitUntil(() => part(el, 'cite')!.querySelector('textarea'), 'no fallback');
        await el.updateComplete;
        const area = part(el, 'cite')!.querySelector('textarea')!;
        expect(area.value).to.match(/^Treaty of Mutual Assistance between Czechoslovakia and the USSR\. Signed: 16 May 1935, Prague\./);
        expect(el.shadowRoot!.activeElement).to.equal(area);
        expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
        expect(text(part(el, 'cite')!.querySelector('[role="status"]'))).not.to.contain('Copied');
      },
    );
  });
});

describe('treaty-card: errors and user data', () => {
  it('names the valid ids and the year shorthand for an unknown treaty, with one warning', async () => {
    await withWarnings(async (warnings) => {
      const el = await card(html`<treaty-card treaty="munich-1938"></treaty-card>`);
      const message = text(part(el, 'error'));
      expect(message).to.contain('The treaty attribute has the invalid value “munich-1938”');
      for (const treaty of TREATIES) expect(message).to.contain(`“${treaty.id}”`);
      expect(message).to.contain('or the year alone: 1935, 1941, 1943, 1944 or 1945');
      expect(part(el, 'title')).to.equal(null);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('<treaty-card>');
    });
  });

  it('says the attribute is missing when there is none, in the card’s language', async () => {
    await withWarnings(async () => {
      const el = await card(html`<treaty-card lang="cs"></treaty-card>`);
      expect(text(part(el, 'error'))).to.contain('Chybí atribut treaty.').and.contain('„friendship-1943“').and.contain('nebo jen rok');
    });
  });

  it('renders a treaty of a user document given by src, with its place id made readable', async () => {
    const el = await card(html`<treaty-card treaty="1930" src=${FIXTURE}></treaty-card>`);
    expect(text(part(el, 'title'))).to.equal('Fixture treaty of 1930');
    expect(text(part(el, 'signed'))).to.equal('Signed 1930, Mount fixture');
    expect(text(part(el, 'terms'))).to.contain('The data lists no terms.');
  });

  it('lists the ids of the user document, not the bundled ones, for an unknown treaty', async () => {
    await withWarnings(async () => {
      const el = await card(html`<treaty-card treaty="friendship-1943" src=${FIXTURE}></treaty-card>`);
      const message = text(part(el, 'error'));
      expect(message).to.contain('“closed-1922”, “open-1922” or “elsewhere-1930”');
      expect(message).to.contain('or the year alone: 1922 or 1930');
      expect(message).not.to.contain('ruthenia-1945');
    });
  });

  it('refuses a year two treaties share, naming both', async () => {
    await withWarnings(async () => {
      const el = await card(html`<treaty-card treaty="1922" src=${FIXTURE}></treaty-card>`);
      expect(text(part(el, 'error'))).to.contain('matches more than one treaty: “closed-1922” and “open-1922”');
    });
  });

  it('reads inline JSON and names the path of an id used twice', async () => {
    const treaty = (id: string) => ({
      id,
      year: 1950,
      name: { official: { en: 'A', cs: 'A', sk: 'A' }, short: { en: 'A', cs: 'A', sk: 'A' } },
      signed: { date: '1950', precision: 'year' },
      parties: [{ en: 'P', cs: 'P', sk: 'P' }],
      signatories: [],
      terms: [],
      conditions: [],
      outcome: { en: 'O', cs: 'O', sk: 'O' },
      invokedBy: [],
      sources: [{ source: 'fixture-source' }],
    });
    const good = JSON.stringify({ treaties: [treaty('inline-1950')] });
    const el = await card(`<treaty-card treaty="inline-1950"><script type="application/json">${good}</script></treaty-card>`);
    expect(text(part(el, 'title'))).to.equal('A');

    await withWarnings(async () => {
      const twice = JSON.stringify({ treaties: [treaty('twice-1950'), treaty('twice-1950')] });
      const broken = await card(`<treaty-card treaty="twice-1950"><script type="application/json">${twice}</script></treaty-card>`);
      expect(text(part(broken, 'error'))).to.contain('treaties[1].id').and.contain('“twice-1950” is used by more than one treaty');
      // The check runs after the document arrived, still in the card's language.
      const czech = await card(`<treaty-card lang="cs" treaty="twice-1950"><script type="application/json">${twice}</script></treaty-card>`);
      await waitUntil(() => text(part(czech, 'error')).includes('používá více než jedna smlouva'), 'the check did not speak Czech');
    });
  });

  it('names the JSON path of a user document that breaks the schema', async () => {
    await withWarnings(async () => {
      const body = encodeURIComponent(JSON.stringify({ treaties: [{ id: 'no-name-1950', year: 1950 }] }));
      const el = await card(html`<treaty-card treaty="no-name-1950" src=${`/test-api/echo?body=${body}`}></treaty-card>`);
      expect(text(part(el, 'error'))).to.contain('treaties[0].name: this is required and missing');
    });
  });
});
