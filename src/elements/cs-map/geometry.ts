/** The map's frame, projection, scale bar and off-map pointers: geometry only, no DOM. */
import { geoConicConformal, geoDistance, type GeoProjection } from 'd3-geo';

export const EARTH_RADIUS_KM = 6371;

/**
 * The frame: the rectangle the map is drawn in (its size in pixels) and the
 * projection fitted to it. "Frame" means this rectangle in the map's code and
 * comments ("beyond the frame"), nothing else.
 */
export interface MapFrame {
  width: number;
  height: number;
  projection: GeoProjection;
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Height for a width: a wide strip on a desk, taller on a phone so the labels have room. */
export function frameHeight(width: number): number {
  return Math.round(width >= 720 ? width * 0.56 : width >= 480 ? width * 0.68 : width * 0.8);
}

/**
 * A conformal conic projection with standard parallels 45° and 55° N — true
 * shapes across Central and Eastern Europe — centred on 33° E and fitted so
 * that `points` ([lon, lat]) fill the frame inside `margins`.
 */
export function fitFrame(width: number, points: [number, number][], margins: Margins): MapFrame {
  const height = frameHeight(width);
  const projection = geoConicConformal().parallels([45, 55]).rotate([-33, 0]).center([0, 50]);
  projection.fitExtent(
    [
      [margins.left, margins.top],
      [width - margins.right, height - margins.bottom],
    ],
    { type: 'MultiPoint', coordinates: points },
  );
  // The frame draws its own edge; d3 clips lines there instead of far outside.
  projection.clipExtent([
    [-10, -10],
    [width + 10, height + 10],
  ]);
  return { width, height, projection };
}

/** Kilometres between two points on the map, along the great circle. */
export function kilometresBetween(frame: MapFrame, a: [number, number], b: [number, number]): number | undefined {
  const from = frame.projection.invert?.(a);
  const to = frame.projection.invert?.(b);
  if (!from || !to) return undefined;
  return geoDistance(from, to) * EARTH_RADIUS_KM;
}

const NICE_KILOMETRES = [50, 100, 200, 250, 300, 400, 500, 750, 1000];

export interface ScaleBar {
  x: number;
  y: number;
  length: number;
  kilometres: number;
}

/**
 * A scale bar at (x, y), measured from the projection at that spot (a conic
 * map's scale varies with latitude): the longest round distance that fits in
 * `maxLength` pixels.
 */
export function scaleBar(frame: MapFrame, x: number, y: number, maxLength: number): ScaleBar | undefined {
  const perPixel = (kilometresBetween(frame, [x, y], [x + 100, y]) ?? 0) / 100;
  if (!(perPixel > 0)) return undefined;
  const kilometres = NICE_KILOMETRES.filter((km) => km / perPixel <= maxLength).at(-1);
  if (!kilometres) return undefined;
  return { x, y, length: kilometres / perPixel, kilometres };
}

export type Compass = 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'nw';
const COMPASS: Compass[] = ['e', 'ne', 'n', 'nw', 'w', 'sw', 's', 'se'];

export interface OffMapPointer {
  /** Where the pointer sits, just inside the frame's edge. */
  x: number;
  y: number;
  /** Direction of the place from the frame's centre, in degrees (0 = right, counter-clockwise, as on paper). */
  angle: number;
  compass: Compass;
}

/**
 * For a place outside the frame: where the line from the frame's centre
 * towards it leaves the frame (inset by `inset`), and which way it points.
 * Undefined when the place is inside.
 */
export function offMapPointer(frame: MapFrame, lonLat: [number, number], inset: number): OffMapPointer | undefined {
  const point = frame.projection(lonLat);
  if (!point) return undefined;
  const [px, py] = point;
  const { width, height } = frame;
  if (px >= inset && px <= width - inset && py >= inset && py <= height - inset) return undefined;
  const cx = width / 2;
  const cy = height / 2;
  const dx = px - cx;
  const dy = py - cy;
  const scale = Math.min(
    dx ? (cx - inset) / Math.abs(dx) : Infinity,
    dy ? (cy - inset) / Math.abs(dy) : Infinity,
  );
  const angle = (Math.atan2(-dy, dx) * 180) / Math.PI;
  const compass = COMPASS[Math.round(((angle + 360) % 360) / 45) % 8];
  return { x: cx + dx * scale, y: cy + dy * scale, angle, compass };
}
