/**
 * The road of the Czechoslovak unit in the USSR, derived from the data.
 *
 * Which places it passed is the map's subject (ROAD_PLACE_IDS). Everything
 * else comes from events.json:
 * - a station's *evidence* is the event of 1942–1945 naming the place that
 *   ends first: the earliest point by which the data puts the unit there;
 * - the stations are ordered by their evidence (a station strictly before
 *   another comes first; where the data cannot tell — a date known only to
 *   the year, or no event at all — the order of ROAD_PLACE_IDS stands);
 * - the *arrival* shown on the map is the evidence when it is a military
 *   event (the unit arriving or fighting there); a visit or a political event
 *   orders the road but does not date the leg, which stays undated.
 */
import type { EventOutline, Place, Precision } from '../../data/types.js';

/** The first and last year of the road; `year` must lie between them. */
export const FIRST_YEAR = 1942;
export const LAST_YEAR = 1945;

/** Place ids of the unit's stations, in the order the map's brief lists them. */
export const ROAD_PLACE_IDS: readonly string[] = [
  'buzuluk',
  'novokhopyorsk',
  'sokolovo',
  'kiev',
  'vasylkiv',
  'bila-tserkva',
  'dukla-pass',
  'prague',
];

/** Political centres: drawn as capitals; kept in the frame unless far from the road (London). */
export const CENTRE_PLACE_IDS: readonly string[] = ['moscow', 'london'];

export interface Station {
  place: Place;
  /** The first event of the road years at this place (orders the road). */
  evidence?: EventOutline;
  /** The evidence, when it dates the unit's arrival (a military event). */
  arrival?: EventOutline;
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** The first and last day an ISO date of a given precision may stand for. */
function earliest(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}
function latest(iso: string, precision: Precision): string {
  if (precision === 'year' || iso.length === 4) return `${iso.slice(0, 4)}-12-31`;
  if (precision === 'month' || iso.length === 7) return `${iso.slice(0, 7)}-31`;
  return iso;
}
const startOf = (event: EventOutline) => earliest(event.date);
const endOf = (event: EventOutline) => latest(event.end ?? event.date, event.end ? (event.endPrecision ?? event.precision) : event.precision);

/** Events that name `placeId`, oldest first. */
export function eventsAt(placeId: string, events: readonly EventOutline[]): EventOutline[] {
  return events
    .filter((event) => event.places?.includes(placeId))
    .sort((a, b) => startOf(a).localeCompare(startOf(b)) || endOf(a).localeCompare(endOf(b)));
}

function evidenceAt(placeId: string, events: readonly EventOutline[]): EventOutline | undefined {
  return eventsAt(placeId, events)
    .filter((event) => yearOf(event.date) >= FIRST_YEAR && yearOf(event.date) <= LAST_YEAR)
    .sort((a, b) => endOf(a).localeCompare(endOf(b)))[0];
}

/** The stations of the road found in `places`, dated and ordered by `events`. */
export function buildRoad(places: ReadonlyMap<string, Place>, events: readonly EventOutline[]): Station[] {
  const remaining: Station[] = ROAD_PLACE_IDS.flatMap((id) => {
    const place = places.get(id);
    if (!place) return [];
    const evidence = evidenceAt(id, events);
    return [{ place, evidence, arrival: evidence?.categories.includes('military') ? evidence : undefined }];
  });
  // Topological order of "ends before the other begins", ties kept in list order.
  const before = (a: Station, b: Station) => !!a.evidence && !!b.evidence && endOf(a.evidence) < startOf(b.evidence);
  const road: Station[] = [];
  while (remaining.length) {
    const next = remaining.findIndex((station) => !remaining.some((other) => before(other, station)));
    road.push(...remaining.splice(Math.max(next, 0), 1));
  }
  return road;
}

/**
 * The road as it stood at the end of `untilYear`: every station up to the last
 * one the data puts the unit at by then (a station before it without a date
 * was passed on the way).
 */
export function roadUntil(stations: readonly Station[], untilYear?: number): Station[] {
  if (untilYear === undefined) return [...stations];
  const last = stations.findLastIndex((station) => station.evidence && yearOf(station.evidence.date) <= untilYear);
  return stations.slice(0, last + 1);
}

/** Whether an event had begun by the end of `untilYear` (always, without a year). */
export function happenedBy(event: EventOutline, untilYear?: number): boolean {
  return untilYear === undefined || yearOf(event.date) <= untilYear;
}
