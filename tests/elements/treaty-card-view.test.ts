// The card's view function alone, without an element: texts, names, dates and
// milestones for each treaty and language.
import { expect } from '@open-wc/testing';
import { bundledTreaty } from '../../src/elements/treaty-card/bundled-treaties.js';
import { loadCardSupport, type CardSupport } from '../../src/elements/treaty-card/support.js';
import { cardView, citationText } from '../../src/elements/treaty-card/treaty-card-view.js';
import type { Locale, Treaty } from '../../src/data/types.js';

async function treaty(id: string, locale: Locale): Promise<Treaty> {
  return (await bundledTreaty(id, locale)).treaties.find((candidate) => candidate.id === id)!;
}

describe('cardView()', () => {
  const cases: { locale: Locale; signed: string; place: string; term: string }[] = [
    { locale: 'en', signed: '12 December 1943', place: 'Moscow', term: '20 years' },
    { locale: 'cs', signed: '12. prosince 1943', place: 'Moskva', term: '20 let' },
    { locale: 'sk', signed: '12. decembra 1943', place: 'Moskva', term: '20 rokov' },
  ];
  for (const { locale, signed, place, term } of cases) {
    it(`words the 1943 treaty in ${locale}: signed ${signed}, ${place}, ${term}`, async () => {
      const support = await loadCardSupport(locale);
      const view = cardView(await treaty('friendship-1943', locale), support, locale);
      expect(view.signed).to.deep.equal({ date: signed, datetime: '1943-12-12', place });
      expect(view.durationText.term).to.equal(term);
      expect(view.milestones.map((milestone) => milestone.kind)).to.deep.equal(['signed', 'term', 'open-end']);
      expect(view.duration, 'the mini-timeline is drawn').to.not.equal(undefined);
    });
  }

  it('groups the signatories under their parties, with the names of the names document', async () => {
    const view = cardView(await treaty('friendship-1943', 'en'), await loadCardSupport('en'), 'en');
    expect(view.parties.map((party) => [party.name, party.signatories.map((person) => person.name)])).to.deep.equal([
      ['Soviet Union', ['V. M. Molotov']],
      ['Czechoslovakia', ['Zdeněk Fierlinger']],
    ]);
  });

  it('names an unknown place by its id, readable, and draws no timeline without its module', async () => {
    const support: CardSupport = { locale: 'en', placeNames: new Map(), personNames: new Map() };
    const base = await treaty('joint-action-1941', 'en');
    const view = cardView({ ...base, signed: { ...base.signed, place: 'new-york' } }, support, 'en');
    expect(view.signed.place).to.equal('New york');
    expect(view.duration).to.equal(undefined);
    expect(view.milestones.at(-1)).to.include({ kind: 'open-end', value: 'unknown' });
  });

  it('cites the treaty by its official name, date and place', async () => {
    const view = cardView(await treaty('friendship-1943', 'en'), await loadCardSupport('en'), 'en');
    expect(citationText(view, 'en')).to.match(/^Treaty of Friendship, Mutual Assistance and Post-War Cooperation\. Signed: 12 December 1943, Moscow\. Sources: /);
  });
});
