/**
 * Spherical geometry the map needs and Leaflet lacks: points along the great circle between two places (so a leg
 * is drawn as the shortest way over the globe), and a representative centre of a country's outline.
 */
import type { Geometry, Position } from "geojson";

export interface LatLon {
  lat: number;
  lon: number;
}

const RAD = Math.PI / 180;

/**
 * `segments + 1` points from `a` to `b` along the great circle, longitudes kept continuous (a leg over the
 * antimeridian goes on past ±180 instead of jumping back across the map).
 */
export function greatCircle(a: LatLon, b: LatLon, segments = 32): LatLon[] {
  const [ax, ay, az] = toVector(a);
  const [bx, by, bz] = toVector(b);
  const dot = Math.min(1, Math.max(-1, ax * bx + ay * by + az * bz));
  const angle = Math.acos(dot);
  if (angle < 1e-9) return [a, b];
  const points: LatLon[] = [];
  for (let i = 0; i <= segments; i += 1) {
    const t = i / segments;
    const wa = Math.sin((1 - t) * angle) / Math.sin(angle);
    const wb = Math.sin(t * angle) / Math.sin(angle);
    const x = wa * ax + wb * bx;
    const y = wa * ay + wb * by;
    const z = wa * az + wb * bz;
    points.push({ lat: Math.atan2(z, Math.hypot(x, y)) / RAD, lon: Math.atan2(y, x) / RAD });
  }
  for (let i = 1; i < points.length; i += 1) {
    const previous = points[i - 1] as LatLon;
    const point = points[i] as LatLon;
    while (point.lon - previous.lon > 180) point.lon -= 360;
    while (point.lon - previous.lon < -180) point.lon += 360;
  }
  return points;
}

function toVector({ lat, lon }: LatLon): [number, number, number] {
  const phi = lat * RAD;
  const lambda = lon * RAD;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

/**
 * The area centroid (in degrees, planar) of the largest polygon of a country's outline: the mainland rather than
 * the mean of scattered islands, and inside the outline for the usual country shapes.
 */
export function outlineCentre(geometry: Geometry): LatLon | null {
  const polygons =
    geometry.type === "Polygon"
      ? [geometry.coordinates]
      : geometry.type === "MultiPolygon"
        ? geometry.coordinates
        : [];
  let best: { area: number; centre: LatLon } | null = null;
  for (const polygon of polygons) {
    const ring = polygon[0];
    if (!ring || ring.length < 3) continue;
    const measured = ringCentroid(ring);
    if (measured && (!best || measured.area > best.area)) best = measured;
  }
  return best?.centre ?? null;
}

function ringCentroid(ring: Position[]): { area: number; centre: LatLon } | null {
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [x0 = 0, y0 = 0] = ring[i] as Position;
    const [x1 = 0, y1 = 0] = ring[i + 1] as Position;
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (Math.abs(twiceArea) < 1e-12) return null;
  return { area: Math.abs(twiceArea / 2), centre: { lon: cx / (3 * twiceArea), lat: cy / (3 * twiceArea) } };
}

/**
 * A link's arc: the great circle, bent sideways when several links join the same two places so that each stays
 * visible (lane `lane` of `lanes`). The bend's side is fixed by the pair, not by each link's direction.
 */
export function linkArc(a: LatLon, b: LatLon, lane = 0, lanes = 1): LatLon[] {
  const points = greatCircle(a, b);
  const offset = lane - (lanes - 1) / 2;
  if (offset === 0) return points;
  const [first, last] = a.lon < b.lon || (a.lon === b.lon && a.lat <= b.lat) ? [a, b] : [b, a];
  const dx = last.lon - first.lon;
  const dy = last.lat - first.lat;
  const length = Math.hypot(dx, dy) || 1;
  const bend = Math.min(0.12 * length, 4) * offset;
  const count = points.length - 1;
  return points.map((point, index) => {
    const lift = bend * Math.sin((Math.PI * index) / count);
    return { lat: point.lat + (dx / length) * lift, lon: point.lon - (dy / length) * lift };
  });
}
