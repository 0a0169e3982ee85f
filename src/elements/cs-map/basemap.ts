/**
 * The regional basemap (Natural Earth, present-day land and borders), built by
 * scripts/build-basemap.mjs. The element imports this module only with a
 * dynamic `import()`, so the TopoJSON, topojson-client and d3's path
 * generator form a chunk of their own that loads after the first picture,
 * which has the coarse land of coarse-land.ts.
 */
import type { GeoProjection } from 'd3-geo';
import type { MultiLineString, MultiPolygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Topology } from 'topojson-specification';
import region from '../../../data/basemap/region.json' with { type: 'json' };
import { basemapPaths, type BasemapPaths } from './coarse-land.js';

type Region = Topology<{ countries: GeometryCollection; land: TopoMultiPolygon }>;
const topology = region as unknown as Region;

/** Land of every country in the region, as one shape. */
const land = feature(topology, topology.objects.land).geometry as MultiPolygon;

/** Borders between countries (not coastlines, not the edge of the clipped region). */
const borders: MultiLineString = mesh(topology, topology.objects.countries, (a, b) => a !== b);

export type { BasemapPaths };

/** SVG path data of the land and the borders in a projection. */
export function drawBasemap(projection: GeoProjection): BasemapPaths {
  return basemapPaths(land, borders, projection);
}
