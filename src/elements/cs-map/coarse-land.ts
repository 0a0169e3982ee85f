/**
 * The coarse first basemap (land and present-day borders, about 320 points,
 * 1.2 KB gzip; built by scripts/build-basemap.mjs) and the one way both
 * basemaps become SVG paths. Why it is part of the entry: on a phone's
 * network the detailed basemap (its own chunk, 20 KB gzip) arrives a round
 * trip after the entry, and a map without land until then is not a map;
 * the coarse land is drawn in the first picture and replaced when the
 * detailed one arrives.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { MultiLineString, MultiPolygon } from 'geojson';
import coarse from '../../../data/basemap/coarse.json' with { type: 'json' };

export interface BasemapPaths {
  land: string;
  borders: string;
  /** True for the coarse first basemap. */
  coarse?: boolean;
}

/** SVG path data of land and borders in a projection. */
export function basemapPaths(land: MultiPolygon, borders: MultiLineString, projection: GeoProjection): BasemapPaths {
  const path = geoPath(projection);
  return { land: path(land) ?? '', borders: path(borders) ?? '' };
}

const land: MultiPolygon = { type: 'MultiPolygon', coordinates: coarse.land as MultiPolygon['coordinates'] };
const borders: MultiLineString = { type: 'MultiLineString', coordinates: coarse.borders as MultiLineString['coordinates'] };

/** The coarse basemap's paths in a projection. */
export function drawCoarseLand(projection: GeoProjection): BasemapPaths {
  return { ...basemapPaths(land, borders, projection), coarse: true };
}
