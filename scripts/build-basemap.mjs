// Builds the regional basemap of <cs-map>: Natural Earth countries (via the
// world-atlas package) clipped to Central and Eastern Europe, simplified, and
// written as TopoJSON to data/basemap/region.json (committed; the element loads
// it lazily as its own chunk).
//   node scripts/build-basemap.mjs           writes data/basemap/region.json
//   node scripts/build-basemap.mjs --check   fails when the file is stale or over the gzip budget
//
// Also a coarse first basemap, data/basemap/coarse.json (land and borders as
// plain coordinates, about 320 points, 1.2 KB gzip): it is part of the cs-map
// entry, so the first picture has land after one request (issue 26) and the
// detailed basemap replaces it when its chunk arrives.
//
// The borders are present-day ones (Natural Earth); the element labels them so.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { geoArea } from 'd3-geo';
import { feature, merge, mergeArcs, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea, filter, filterWeight, sphericalRingArea } from 'topojson-simplify';

export const BUDGET_KB = 30;
/** [west, south, east, north] in degrees: every frame the element fits to its places lies inside. */
export const BBOX = [0, 33, 68, 67];
/** Steradians: a vertex whose triangle is smaller than this goes (≈ 1.5 km² … a few px at the map's scale). */
const MIN_WEIGHT = 2e-7;
/** Steradians: islands and lakes smaller than this go (≈ 400 km²). */
const MIN_RING_AREA = 1e-5;
const QUANTIZATION = 1e4;
/** Degrees: longer straight edges (the clip box) are split so they follow parallels, not great circles. */
const MAX_SEGMENT = 1;

/** The coarse basemap: a vertex whose triangle is smaller than this goes (≈ 16,000 km²). */
const COARSE_MIN_WEIGHT = 4e-4;
/** The coarse basemap: islands and lakes smaller than this go (≈ 20,000 km²: Sicily stays, Ladoga goes). */
const COARSE_MIN_RING_AREA = 5e-4;
/** The coarse basemap's coordinates are rounded to this many degrees (≈ 3 px at the map's scale). */
const COARSE_STEP = 0.1;

const out = new URL('../data/basemap/region.json', import.meta.url);
const coarseOut = new URL('../data/basemap/coarse.json', import.meta.url);
const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

/** Sutherland–Hodgman: the part of a closed ring inside the box (boxes are convex, so holes stay holes). */
function clipRing(ring, [west, south, east, north]) {
  const edges = [
    [(p) => p[0] >= west, (a, b) => cross(a, b, 0, west)],
    [(p) => p[0] <= east, (a, b) => cross(a, b, 0, east)],
    [(p) => p[1] >= south, (a, b) => cross(a, b, 1, south)],
    [(p) => p[1] <= north, (a, b) => cross(a, b, 1, north)],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, intersect] of edges) {
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i += 1) {
      const current = input[i];
      const previous = input[(i + input.length - 1) % input.length];
      if (inside(current)) {
        if (!inside(previous)) points.push(intersect(previous, current));
        points.push(current);
      } else if (inside(previous)) {
        points.push(intersect(previous, current));
      }
    }
    if (!points.length) return undefined;
  }
  return points.length >= 3 ? [...points, points[0]] : undefined;
}

function cross(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return axis === 0 ? [value, a[1] + t * (b[1] - a[1])] : [a[0] + t * (b[0] - a[0]), value];
}

function clipPolygons(geometry, box) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons
    .map(([exterior, ...holes]) => {
      const clipped = clipRing(exterior, box);
      return clipped && [clipped, ...holes.map((hole) => clipRing(hole, box)).filter(Boolean)];
    })
    .filter(Boolean);
}

function densify(ring) {
  const result = [ring[0]];
  for (let i = 1; i < ring.length; i += 1) {
    const [a, b] = [ring[i - 1], ring[i]];
    const steps = Math.ceil(Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) / MAX_SEGMENT);
    for (let step = 1; step < steps; step += 1) {
      result.push([a[0] + ((b[0] - a[0]) * step) / steps, a[1] + ((b[1] - a[1]) * step) / steps]);
    }
    result.push(b);
  }
  return result;
}

const round = (value) => Math.round(value * 1e4) / 1e4;

export function buildBasemap() {
  const countries = feature(world, world.objects.countries).features
    .map((country) => ({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: clipPolygons(country.geometry, BBOX) } }))
    .filter((country) => country.geometry.coordinates.length);

  // Simplify on the sphere, keeping shared borders shared.
  let simplified = presimplify(topology({ countries: { type: 'FeatureCollection', features: countries } }, 1e6), sphericalTriangleArea);
  simplified = simplify(simplified, MIN_WEIGHT);
  simplified = filter(simplified, filterWeight(simplified, MIN_RING_AREA, sphericalRingArea));

  // Back to coordinates to split the long clip edges, then the final, quantized topology.
  const features = feature(simplified, simplified.objects.countries).features
    .filter((country) => country.geometry)
    .map((country) => ({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPolygon',
        coordinates: (country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates).map((polygon) =>
          polygon.map((ring) => densify(ring).map(([lon, lat]) => [round(lon), round(lat)])),
        ),
      },
    }));
  const region = topology({ countries: { type: 'FeatureCollection', features } }, QUANTIZATION);
  for (const geometry of region.objects.countries.geometries) delete geometry.properties;
  region.objects.land = mergeArcs(region, region.objects.countries.geometries);
  region.bbox = BBOX;
  return `${JSON.stringify(region)}\n`;
}

/**
 * The coarse first basemap from the detailed one: simplified much further,
 * small islands and lakes dropped, as GeoJSON coordinates (no TopoJSON
 * decoder needed in the entry): { land: MultiPolygon, borders: MultiLineString }.
 */
export function buildCoarseBasemap(regionText) {
  let region = presimplify(JSON.parse(regionText), sphericalTriangleArea);
  region = simplify(region, COARSE_MIN_WEIGHT);
  const snap = (c) => (typeof c[0] === 'number' ? c.map((v) => Math.round(v / COARSE_STEP) / (1 / COARSE_STEP)) : c.map(snap));
  // Small islands and lakes go after the countries are merged into land (before, a small country would go).
  const ringArea = (ring) => {
    const area = geoArea({ type: 'Polygon', coordinates: [ring] });
    return Math.min(area, 4 * Math.PI - area); // either winding
  };
  const land = merge(region, region.objects.countries.geometries)
    .coordinates.filter(([exterior]) => ringArea(exterior) >= COARSE_MIN_RING_AREA)
    .map(([exterior, ...holes]) => [exterior, ...holes.filter((hole) => ringArea(hole) >= COARSE_MIN_RING_AREA)]);
  const borders = mesh(region, region.objects.countries, (a, b) => a !== b).coordinates;
  return `${JSON.stringify({ land: snap(land), borders: snap(borders) })}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = buildBasemap();
  const coarse = buildCoarseBasemap(text);
  if (process.argv.includes('--check')) {
    const problems = [];
    if (!existsSync(coarseOut) || readFileSync(coarseOut, 'utf8') !== coarse) problems.push('data/basemap/coarse.json is missing or stale: run `node scripts/build-basemap.mjs`.');
    if (!existsSync(out)) {
      problems.push('data/basemap/region.json is missing: run `node scripts/build-basemap.mjs`.');
    } else {
      const committed = readFileSync(out);
      const kb = gzipSync(committed, { level: 9 }).length / 1024;
      if (kb > BUDGET_KB) problems.push(`data/basemap/region.json is ${kb.toFixed(1)} KB gzip, over the budget of ${BUDGET_KB} KB.`);
      else console.log(`basemap: ${kb.toFixed(1)} KB gzip ≤ ${BUDGET_KB} KB ✓`);
      if (committed.toString('utf8') !== text) problems.push('data/basemap/region.json is stale: run `node scripts/build-basemap.mjs`.');
    }
    if (problems.length) {
      console.error(problems.join('\n'));
      process.exit(1);
    }
  } else {
    mkdirSync(new URL('.', out), { recursive: true });
    writeFileSync(out, text);
    writeFileSync(coarseOut, coarse);
    console.log(`basemap: data/basemap/coarse.json ${(coarse.length / 1024).toFixed(1)} KB, ${(gzipSync(coarse, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
    const kb = gzipSync(text, { level: 9 }).length / 1024;
    console.log(`basemap: data/basemap/region.json ${(text.length / 1024).toFixed(1)} KB, ${kb.toFixed(1)} KB gzip`);
  }
}
