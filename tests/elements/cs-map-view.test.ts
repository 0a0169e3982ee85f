// The map's view functions alone, without an element: frame, marks, road and
// the panel of a place for each width, year and language.
import { expect } from '@open-wc/testing';
import { bundledData } from '../../src/data/bundled.js';
import type { EventOutlineDocument, PlacesDocument } from '../../src/data/types.js';
import { mapView, placeDetail } from '../../src/elements/cs-map/cs-map-view.js';

describe('mapView() and placeDetail()', () => {
  let places: PlacesDocument;
  let events: EventOutlineDocument;
  before(async () => {
    [places, events] = await Promise.all([bundledData('places', 'en'), bundledData('events-outline', 'en')]);
  });

  const widths: { width: number; compact: boolean }[] = [
    { width: 320, compact: true },
    { width: 559, compact: true },
    { width: 560, compact: false },
    { width: 1200, compact: false },
  ];
  for (const { width, compact } of widths) {
    it(`draws a ${width} px map ${compact ? 'compact (numbered stations)' : 'with names and dates'}`, () => {
      const view = mapView(places, events, width, 'en', undefined);
      expect(view.frame.width).to.equal(width);
      expect(view.compact).to.equal(compact);
      const stations = view.marks.filter((mark) => mark.kind === 'station');
      expect(stations.map((mark) => mark.labelText)).to.deep.equal(
        compact ? stations.map((mark) => String(mark.stationNumber)) : stations.map((mark) => mark.name),
      );
    });
  }

  it('puts the road first in keyboard order, and grows it year by year', () => {
    const counts = [1942, 1943, 1944, 1945, undefined].map((year) => {
      const view = mapView(places, events, 720, 'en', year);
      const kinds = view.marks.map((mark) => mark.kind);
      expect(kinds.lastIndexOf('station'), 'stations first').to.be.lessThan(Math.max(kinds.indexOf('centre'), 0) || kinds.length);
      expect(view.legs.length).to.equal(kinds.filter((kind) => kind === 'station').length - 1);
      return view.legs.length;
    });
    expect(counts).to.deep.equal([...counts].sort((a, b) => a - b));
    expect(counts[0]).to.be.lessThan(counts[4]);
  });

  it('names the places in the language asked for', async () => {
    const czech = await bundledData('places', 'cs');
    const view = mapView(czech, events, 720, 'cs', undefined);
    expect(view.marks.find((mark) => mark.place.id === 'moscow')?.name).to.equal('Moskva');
  });

  it('lists the events of the selected place up to the year shown', () => {
    const view = mapView(places, events, 720, 'en', undefined);
    const kiev = placeDetail(view, events, 'kiev', undefined);
    expect(kiev.mark?.place.id).to.equal('kiev');
    expect(kiev.events.length).to.be.greaterThan(0);
    for (const event of kiev.events) expect(event.places).to.include('kiev');
    const early = placeDetail(mapView(places, events, 720, 'en', 1942), events, 'kiev', 1942);
    expect(early.mark, 'Kiev is not on the road of 1942').to.equal(undefined);
    expect(placeDetail(view, events, undefined, undefined)).to.deep.equal({ mark: undefined, events: [] });
  });
});
