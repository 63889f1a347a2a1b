/**
 * Country outlines from Natural Earth (world-atlas, 1:50m), shipped with the app since no tile server can be
 * reached. Loaded on first use (the data is large) and kept for the page's life.
 */
import type { Feature, Geometry, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { type LatLon, outlineCentre } from "./geo.ts";

export interface CountryOutline {
  /** ISO 3166-1 numeric code, as world-atlas keys its countries. */
  code: string;
  name: string;
  geometry: Geometry;
  centre: LatLon | null;
}

let loading: Promise<CountryOutline[]> | null = null;

export function loadCountryOutlines(): Promise<CountryOutline[]> {
  loading ??= import("world-atlas/countries-50m.json").then((module) => {
    const topology = (module.default ?? module) as unknown as Topology<{ countries: GeometryCollection }>;
    const collection = feature(topology, topology.objects.countries);
    const features = "features" in collection ? collection.features : [collection as Feature];
    return features.map((item) => {
      const geometry = continuous(item.geometry);
      return {
        code: String(item.id ?? ""),
        name: String((item.properties as { name?: unknown } | null)?.name ?? ""),
        geometry,
        centre: outlineCentre(geometry),
      };
    });
  });
  return loading;
}

/** The outline of a country entity: matched by its name or one of its aliases, ignoring case. */
export function outlineOf(
  entity: { name: string; aliases: readonly string[] },
  outlines: readonly CountryOutline[],
): CountryOutline | undefined {
  const names = new Set([entity.name, ...entity.aliases].map((name) => name.toLowerCase()));
  return outlines.find((outline) => names.has(outline.name.toLowerCase()));
}

/**
 * Rings that cross the antimeridian (Russia's Chukotka, Fiji) come with longitudes on both sides of ±180; drawn
 * as they are they streak across the whole map. Their western longitudes are moved past +180 instead.
 */
function continuous(geometry: Geometry): Geometry {
  const fix = (ring: Position[]): Position[] => {
    const lons = ring.map((point) => point[0] ?? 0);
    if (Math.max(...lons) - Math.min(...lons) <= 180) return ring;
    return ring.map(([lon = 0, lat = 0]) => [lon < 0 ? lon + 360 : lon, lat]);
  };
  if (geometry.type === "Polygon") return { ...geometry, coordinates: geometry.coordinates.map(fix) };
  if (geometry.type === "MultiPolygon")
    return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(fix)) };
  return geometry;
}
