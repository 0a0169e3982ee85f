/**
 * What the map shows, derived from the documents, the frame width, the year
 * and the language: positions, labels, legs, and the panel of the selected
 * place. Pure functions of their inputs, called through `memo()` in the
 * element's `willUpdate`; cs-map.render.ts draws what they return.
 */
import { geoDistance } from 'd3-geo';
import type { EventOutlineDocument, EventOutline, Locale, Place, PlacesDocument } from '../../data/types.js';
import { formatDate, formatDateSpec } from '../../core/format.js';
import { localText } from '../../core/language.js';
import { EARTH_RADIUS_KM, fitFrame, offMapPointer, scaleBar, type Compass, type MapFrame, type ScaleBar } from './geometry.js';
import { estimateWidth, placeLabels, type PlacedLabel } from './labels.js';
import { buildRoad, CENTRE_PLACE_IDS, eventsAt, happenedBy, roadUntil, type Station } from './road.js';

export type MarkKind = 'station' | 'centre' | 'region' | 'other';

export interface Mark {
  place: Place;
  kind: MarkKind;
  x: number;
  y: number;
  name: string;
  /** What the label says: the name, or on a compact map a station's number (the itinerary lists them). */
  labelText: string;
  /** The date the unit reached the place (stations only), short, for the itinerary of a narrow map. */
  shortDate?: string;
  /** Whether the label shows the full date under the name (not on a narrow map). */
  dateInLabel: boolean;
  /** The same date in full (range, qualifier): label, accessible name and panel. */
  fullDate?: string;
  /** 1-based position on the road (stations only). */
  stationNumber?: number;
  /** A place outside the frame: drawn as a pointer at the edge. */
  offMap?: { angle: number; compass: Compass };
  label?: PlacedLabel;
  labelWidth: number;
}

export interface Leg {
  from: string;
  to: string;
  /** Arrival at `to`, ISO; empty when the data does not date it. */
  date: string;
  d: string;
  /** Where the direction chevron sits and which way it points (degrees); none on short legs. */
  chevron?: { x: number; y: number; angle: number };
  /** Points along the leg, which labels keep clear of. */
  samples: readonly Point[];
}

export interface MapView {
  frame: MapFrame;
  /** A narrow map: stations are labelled with their numbers in the itinerary, other places only on demand. */
  compact: boolean;
  /** Font size of the place names, in px. */
  nameSize: number;
  /** Every station of the road in the data, also those not reached by `year`. */
  stationCount: number;
  marks: Mark[];
  legs: Leg[];
  scale?: ScaleBar;
}

export const NAME_SIZE = 13;
/** Name size on a compact map. */
export const COMPACT_NAME_SIZE = 12;
export const DATE_SIZE = 11;
export const LINE_HEIGHT = 1.2;
const MARGINS = { top: 30, right: 34, bottom: 46, left: 34 };
const COMPACT_MARGINS = { top: 30, right: 20, bottom: 46, left: 20 };
/** Below this width the map is compact (see MapView). */
const COMPACT_WIDTH = 560;
/** A political centre farther than this from every station stays out of the frame (London). */
const CENTRE_REACH_KM = 900;
/** Pixels: marks closer than this would hide one another. */
const COINCIDENT = 11;

type Point = readonly [number, number];

/**
 * A leg as a gentle curve, so a road that doubles back (Buzuluk → Sokolovo →
 * Novokhopyorsk → Kiev) shows separate strokes, not one. It bows to the side
 * that keeps it farther from the other stations. The road is schematic: the
 * data has stations, not tracks.
 */
function legShape([x0, y0]: Point, [x1, y1]: Point, stations: readonly Point[]): Omit<Leg, 'from' | 'to' | 'date'> {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const others = stations.filter(([x, y]) => Math.hypot(x - x0, y - y0) > 1 && Math.hypot(x - x1, y - y1) > 1);
  const curve = (bow: number) => {
    const cx = (x0 + x1) / 2 + dy * bow;
    const cy = (y0 + y1) / 2 - dx * bow;
    const samples: Point[] = [];
    for (let t = 0.05; t < 1; t += 0.05) {
      samples.push([(1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t ** 2 * x1, (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t ** 2 * y1]);
    }
    const clearance = Math.min(Infinity, ...samples.flatMap(([x, y]) => others.map(([ox, oy]) => Math.hypot(x - ox, y - oy))));
    return { cx, cy, samples, clearance };
  };
  const left = curve(0.16);
  const right = curve(-0.16);
  const { cx, cy, samples } = right.clearance > left.clearance + 4 ? right : left;
  const round = (value: number) => Math.round(value * 10) / 10;
  const d = `M${round(x0)},${round(y0)}Q${round(cx)},${round(cy)},${round(x1)},${round(y1)}`;
  if (Math.hypot(dx, dy) < 48) return { d, samples };
  // The curve's midpoint; there its tangent is parallel to the chord.
  const chevron = { x: round((x0 + 2 * cx + x1) / 4), y: round((y0 + 2 * cy + y1) / 4), angle: round((Math.atan2(dy, dx) * 180) / Math.PI) };
  return { d, samples, chevron };
}

const lonLat = (place: Place): [number, number] => [place.lon, place.lat];

/** The places the frame is fitted to: the road, plus the political centres close to it. */
function framedPlaces(places: readonly Place[], stations: readonly Station[]): Place[] {
  if (!stations.length) return [...places];
  const centres = places.filter(
    (place) =>
      CENTRE_PLACE_IDS.includes(place.id) &&
      stations.some((station) => geoDistance(lonLat(place), lonLat(station.place)) * EARTH_RADIUS_KM < CENTRE_REACH_KM),
  );
  return [...stations.map((station) => station.place), ...centres];
}

function kindOf(place: Place, stationIds: ReadonlySet<string>): MarkKind {
  if (stationIds.has(place.id)) return 'station';
  if (CENTRE_PLACE_IDS.includes(place.id)) return 'centre';
  return place.kind === 'region' ? 'region' : 'other';
}

const KIND_ORDER: Record<MarkKind, number> = { station: 0, centre: 1, region: 2, other: 3 };

/** The map of `document`'s places and the road `events` date, `width` pixels wide, up to the end of `untilYear`. */
export function mapView(
  document: PlacesDocument,
  events: EventOutlineDocument,
  width: number,
  locale: Locale,
  untilYear: number | undefined,
): MapView {
  const places = document.places;
  const byId = new Map(places.map((place) => [place.id, place]));
  const road = buildRoad(byId, events.events);
  const visibleRoad = roadUntil(road, untilYear);
  const compact = width < COMPACT_WIDTH;
  const nameSize = compact ? COMPACT_NAME_SIZE : NAME_SIZE;
  const frame = fitFrame(width, framedPlaces(places, road).map(lonLat), compact ? COMPACT_MARGINS : MARGINS);
  const { projection } = frame;
  const roadIds = new Set(road.map((station) => station.place.id));
  const visibleIds = new Set(visibleRoad.map((station) => station.place.id));
  const arrivalById = new Map(visibleRoad.map((station, index) => [station.place.id, { arrival: station.arrival, index }]));

  const marks: Mark[] = [];
  for (const place of places) {
    // Stations the unit had not reached by the end of `year` are not on the map yet.
    if (roadIds.has(place.id) && !visibleIds.has(place.id)) continue;
    const point = projection(lonLat(place));
    if (!point) continue;
    const pointer = offMapPointer(frame, lonLat(place), 18);
    const station = arrivalById.get(place.id);
    const arrival: EventOutline | undefined = station?.arrival;
    const name = localText(place.name, locale);
    const labelText = compact && station ? String(station.index + 1) : name;
    const shortDate = arrival ? formatDate(arrival.date, arrival.precision === 'day' ? 'month' : arrival.precision, locale, arrival.qualifier) : undefined;
    const fullDate = arrival ? formatDateSpec(arrival, locale) : undefined;
    marks.push({
      place,
      kind: kindOf(place, roadIds),
      x: pointer ? pointer.x : point[0],
      y: pointer ? pointer.y : point[1],
      name,
      labelText,
      shortDate,
      dateInLabel: !compact && !!fullDate,
      fullDate,
      stationNumber: station ? station.index + 1 : undefined,
      offMap: pointer && { angle: pointer.angle, compass: pointer.compass },
      labelWidth: Math.max(estimateWidth(labelText, nameSize, 'bold'), fullDate && !compact ? estimateWidth(fullDate, DATE_SIZE) : 0),
    });
  }
  // Road first (in road order), then the centres, then the rest: keyboard order and label priority.
  marks.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.stationNumber ?? 0) - (b.stationNumber ?? 0));
  // Two places at one point (Uzhhorod and the region it was the capital of): the region steps
  // aside (it has no point of its own), else the later place. Stations never move: the road runs
  // through them.
  const stepsAside = (mark: Mark) => mark.kind !== 'station' && !mark.offMap;
  const order = [...marks].sort(
    (a, b) => Number(stepsAside(a)) - Number(stepsAside(b)) || Number(a.kind === 'region') - Number(b.kind === 'region'),
  );
  order.forEach((mark, index) => {
    if (!stepsAside(mark)) return;
    while (order.slice(0, index).some((other) => Math.hypot(other.x - mark.x, other.y - mark.y) < COINCIDENT)) {
      mark.x += COINCIDENT;
    }
  });

  const stationPoints = marks.filter((mark) => mark.kind === 'station').map((mark) => [mark.x, mark.y] as const);
  const position = new Map(marks.map((mark) => [mark.place.id, [mark.x, mark.y] as const]));
  const legs: Leg[] = visibleRoad.slice(1).map((station, index) => {
    const from = visibleRoad[index].place.id;
    const to = station.place.id;
    return { from, to, date: station.arrival?.date ?? '', ...legShape(position.get(from)!, position.get(to)!, stationPoints) };
  });

  const labels = placeLabels(
    marks
      .filter((mark) => !compact || mark.kind !== 'other')
      .map((mark) => ({
      id: mark.place.id,
      x: mark.x,
      y: mark.y,
      width: mark.labelWidth,
      height: Math.ceil((nameSize + (mark.dateInLabel ? DATE_SIZE : 0)) * LINE_HEIGHT),
      // On a mid-width map a leader line from a minor place would cross the road's labels.
      mayMove: mark.kind !== 'other' || width >= 900,
      required: mark.kind === 'station',
    })),
    marks.map((mark) => ({ id: mark.place.id, x: mark.x, y: mark.y, r: 6 })),
    legs.flatMap((leg) => leg.samples),
    { x0: 4, y0: 4, x1: frame.width - 4, y1: frame.height - 4 },
  );
  for (const mark of marks) mark.label = labels.get(mark.place.id);

  return {
    frame,
    compact,
    nameSize,
    stationCount: road.length,
    marks,
    legs,
    scale: scaleBar(frame, 16, frame.height - 18, Math.min(140, frame.width * 0.3)),
  };
}

/** The panel of the selected place: its mark and its events up to the end of `untilYear`. */
export interface PlaceDetail {
  mark?: Mark;
  events: EventOutline[];
}

export function placeDetail(view: MapView, events: EventOutlineDocument, selected: string | undefined, untilYear: number | undefined): PlaceDetail {
  const mark = view.marks.find((candidate) => candidate.place.id === selected);
  return { mark, events: mark ? eventsAt(mark.place.id, events.events).filter((event) => happenedBy(event, untilYear)) : [] };
}
