/**
 * The map as it is on screen, as one SVG document for briefings: sea, country outlines as paths (shaded where
 * they are entities), links and route legs as arcs with arrowheads and leg numbers, entities with their names as
 * text, and the linked entities without coordinates in a column beside it. The same drawing rasterized gives the
 * PNG. Shaped like the export feature's collected view, which the explorer hands it to.
 */
import type { Position } from "geojson";
import type L from "leaflet";
import type { GraphEdge, GraphNode } from "../../../shared/api-types.ts";
import { withEmbeddedFonts } from "../../lib/fonts/embed-fonts.ts";
import { PICTURE_FONT } from "../../lib/fonts/picture-font.ts";
import { loadSvgImage } from "../../lib/fonts/svg-image.ts";
import { type LatLon, linkArc } from "./geo.ts";
import type { MapLooks } from "./map-drawing.ts";
import type { MapModel } from "./map-model.ts";
import type { CountryOutline } from "./world-outlines.ts";

export interface MapPictureInput {
  map: L.Map;
  model: MapModel;
  outlines: readonly CountryOutline[];
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  looks: MapLooks;
  route: string | null;
}

export interface MapPicture {
  nodes: Array<{
    id: string;
    name: string;
    type: string;
    x: number;
    y: number;
    colour: string;
    shape: string;
  }>;
  edges: Array<{
    id: string;
    source: string;
    target: string;
    type: string;
    label: string;
    articles: string[];
    colour: string;
  }>;
  size: { width: number; height: number };
  callouts: Array<{ text: string; x: number; y: number }>;
  svg(): { svg: string; width: number; height: number };
  png(scale: number): Promise<Blob>;
}

const STRIP_WIDTH = 200;
const STRIP_ROW = 16;

export class NothingOnTheMapError extends Error {
  override name = "NothingOnTheMapError";
}

export function mapPicture(input: MapPictureInput, notes: Record<string, string>): MapPicture {
  const { map, model, looks } = input;
  if (model.placed.length === 0 && model.unplaced.length === 0) {
    throw new NothingOnTheMapError("The map shows nothing to export.");
  }
  const size = map.getSize();
  const linkedUnplaced = model.unplaced.filter((entity) =>
    model.stripLinks.some((link) => link.unplaced === entity.id),
  );
  const stripWidth = linkedUnplaced.length > 0 ? STRIP_WIDTH : 0;
  const width = size.x + stripWidth;
  const height = size.y;
  const project = (at: LatLon) => {
    const point = map.latLngToContainerPoint([at.lat, at.lon]);
    return { x: point.x, y: point.y };
  };
  const placedAt = new Map(model.placed.map((entity) => [entity.id, project(entity.at)]));
  const rows = Math.max(1, Math.floor((height - 30) / STRIP_ROW));
  const stripAt = new Map(
    linkedUnplaced
      .slice(0, rows)
      .map((entity, index) => [entity.id, { x: size.x + 12, y: 30 + index * STRIP_ROW }]),
  );
  const names = new Map(input.nodes.map((node) => [node.id, node.name]));
  const drawnIds = new Set([...placedAt.keys(), ...stripAt.keys()]);
  const nodes = [
    ...model.placed.map((entity) => ({ entity, at: placedAt.get(entity.id) })),
    ...linkedUnplaced.map((entity) => ({ entity, at: stripAt.get(entity.id) })),
  ].flatMap(({ entity, at }) =>
    at ? [{ ...entity, x: at.x, y: at.y, colour: looks.entityColour(entity.type), shape: "ellipse" }] : [],
  );
  const legColour = new Map(model.routes.flatMap((route) => route.legs.map((leg) => [leg.id, route.colour])));
  const edges = input.edges
    .filter((edge) => drawnIds.has(edge.source) && drawnIds.has(edge.target))
    .map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      label: edge.type.toLowerCase().replaceAll("_", " "),
      articles: Array.isArray(edge.properties.articles) ? edge.properties.articles.map(String) : [],
      colour: legColour.get(edge.id) ?? looks.relationColour(edge.type),
    }));
  const callouts = Object.entries(notes).flatMap(([id, text]) => {
    const at = placedAt.get(id) ?? stripAt.get(id);
    return at ? [{ text, ...at }] : [];
  });

  const svg = () => {
    const parts: string[] = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${PICTURE_FONT}">`,
      `<defs><clipPath id="map-area"><rect width="${size.x}" height="${size.y}"/></clipPath>${arrowDefs(model)}</defs>`,
      `<rect id="map-sea" width="${size.x}" height="${size.y}" fill="#dbe7f3"/>`,
      `<g id="map-outlines" clip-path="url(#map-area)">`,
      ...outlinePaths(input, size),
      "</g>",
      `<g id="map-links" clip-path="url(#map-area)" fill="none">`,
      ...linkPaths(input, project),
      "</g>",
      ...stripParts(input, placedAt, stripAt, linkedUnplaced.length, size, names),
      `<g id="map-entities">`,
      ...model.placed.flatMap((entity) => {
        const at = placedAt.get(entity.id);
        if (!at || !inside(at, size)) return [];
        const colour = looks.entityColour(entity.type);
        return [
          `<circle cx="${num(at.x)}" cy="${num(at.y)}" r="${entity.outline ? 5 : 6}" fill="${colour}" stroke="#ffffff" stroke-width="1.5" data-entity="${escapeXml(entity.id)}"/>`,
          `<text x="${num(at.x + 9)}" y="${num(at.y + 4)}" font-size="11" fill="#0f172a" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(entity.name)}</text>`,
        ];
      }),
      "</g>",
      ...routeKey(model, input.route),
      "</svg>",
    ];
    return { svg: parts.join("\n"), width, height };
  };

  return {
    nodes,
    edges,
    size: { width, height },
    callouts,
    svg,
    // As an image the drawing can load no font file, so the shipped faces go inside it.
    png: async (scale) => rasterize(await withEmbeddedFonts(svg().svg), width, height, scale),
  };
}

function outlinePaths(input: MapPictureInput, size: L.Point): string[] {
  const shaded = new Map(
    input.model.placed.flatMap((entity) => (entity.outline ? [[entity.outline.code, entity] as const] : [])),
  );
  return input.outlines.flatMap((outline) => {
    const d = geometryPath(input.map, outline.geometry, size);
    if (!d) return [];
    const entity = shaded.get(outline.code);
    if (!entity) {
      return [`<path d="${d}" fill="#f8fafc" stroke="#94a3b8" stroke-width="0.6"/>`];
    }
    const colour = input.looks.entityColour(entity.type);
    return [
      `<path d="${d}" fill="${colour}" fill-opacity="0.16" stroke="${colour}" stroke-width="1" data-country="${escapeXml(entity.id)}"><title>${escapeXml(entity.name)}</title></path>`,
    ];
  });
}

/** Path data of a country's rings in screen pixels, points closer than half a pixel dropped; null when off screen. */
function geometryPath(map: L.Map, geometry: CountryOutline["geometry"], size: L.Point): string | null {
  const polygons =
    geometry.type === "Polygon"
      ? [geometry.coordinates]
      : geometry.type === "MultiPolygon"
        ? geometry.coordinates
        : [];
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const points = ringPoints(map, ring);
      if (points.length < 3 || !overlaps(points, size)) continue;
      parts.push(`M${points.map((point) => `${num(point.x)},${num(point.y)}`).join("L")}Z`);
    }
  }
  return parts.length > 0 ? parts.join("") : null;
}

function ringPoints(map: L.Map, ring: Position[]) {
  const points: Array<{ x: number; y: number }> = [];
  for (const [lon = 0, lat = 0] of ring) {
    const point = map.latLngToContainerPoint([lat, lon]);
    const previous = points[points.length - 1];
    if (previous && Math.abs(previous.x - point.x) < 0.5 && Math.abs(previous.y - point.y) < 0.5) continue;
    points.push({ x: point.x, y: point.y });
  }
  return points;
}

function overlaps(points: Array<{ x: number; y: number }>, size: L.Point): boolean {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return maxX >= 0 && maxY >= 0 && minX <= size.x && minY <= size.y;
}

function linkPaths(input: MapPictureInput, project: (at: LatLon) => { x: number; y: number }): string[] {
  const { model, looks, route } = input;
  const at = new Map(model.placed.map((entity) => [entity.id, entity.at]));
  const pathOf = (points: LatLon[]) =>
    `M${points
      .map(project)
      .map((point) => `${num(point.x)},${num(point.y)}`)
      .join("L")}`;
  const faded = route !== null;
  const parts = model.links.flatMap((link) => {
    const from = at.get(link.source);
    const to = at.get(link.target);
    if (!from || !to) return [];
    return [
      `<path d="${pathOf(linkArc(from, to, link.lane, link.lanes))}" stroke="${looks.relationColour(link.type)}" stroke-width="1.6" stroke-opacity="${faded ? 0.15 : 0.7}" data-link="${escapeXml(link.id)}"/>`,
    ];
  });
  for (const item of model.routes) {
    const dimmed = route !== null && route !== item.id;
    item.legs.forEach((leg, index) => {
      const from = at.get(leg.source);
      const to = at.get(leg.target);
      if (!from || !to) return;
      const lane = model.legLanes.get(leg.id) ?? { lane: 0, lanes: 1 };
      const points = linkArc(from, to, lane.lane, lane.lanes);
      const middle = project(points[Math.floor(points.length / 2)] as LatLon);
      parts.push(
        `<path d="${pathOf(points)}" stroke="${item.colour}" stroke-width="3" stroke-opacity="${dimmed ? 0.12 : 0.9}"${dimmed ? "" : ` marker-end="url(#${arrowId(item.colour)})"`} data-leg="${escapeXml(`${leg.routeId}#${leg.legIndex}`)}"/>`,
      );
      if (!dimmed) {
        parts.push(
          `<circle cx="${num(middle.x)}" cy="${num(middle.y)}" r="8" fill="${item.colour}" stroke="#ffffff" stroke-width="1.5"/>`,
          `<text x="${num(middle.x)}" y="${num(middle.y + 3.5)}" font-size="10" font-weight="bold" fill="#ffffff" text-anchor="middle">${index + 1}</text>`,
        );
      }
    });
  }
  return parts;
}

function stripParts(
  input: MapPictureInput,
  placedAt: ReadonlyMap<string, { x: number; y: number }>,
  stripAt: ReadonlyMap<string, { x: number; y: number }>,
  linked: number,
  size: L.Point,
  names: ReadonlyMap<string, string>,
): string[] {
  if (linked === 0) return [];
  const lines = input.model.stripLinks.flatMap((link) => {
    const from = placedAt.get(link.placed);
    const to = stripAt.get(link.unplaced);
    if (!from || !to || !inside(from, size)) return [];
    return [
      `<line x1="${num(from.x)}" y1="${num(from.y)}" x2="${num(to.x - 6)}" y2="${num(to.y)}" stroke="${input.looks.relationColour(link.type)}" stroke-width="1" stroke-dasharray="3 3" stroke-opacity="0.6"/>`,
    ];
  });
  const entries = [...stripAt.entries()].flatMap(([id, at]) => {
    const entity = input.model.unplaced.find((item) => item.id === id);
    if (!entity) return [];
    return [
      `<circle cx="${num(at.x)}" cy="${num(at.y)}" r="4" fill="${input.looks.entityColour(entity.type)}"/>`,
      `<text x="${num(at.x + 9)}" y="${num(at.y + 4)}" font-size="11" fill="#0f172a">${escapeXml(names.get(id) ?? entity.name)}</text>`,
    ];
  });
  const more = linked - stripAt.size;
  return [
    `<g id="map-strip">`,
    `<rect x="${size.x}" width="${STRIP_WIDTH}" height="${size.y}" fill="#ffffff"/>`,
    `<text x="${size.x + 8}" y="16" font-size="12" font-weight="bold" fill="#0f172a">Not on the map</text>`,
    ...lines,
    ...entries,
    ...(more > 0
      ? [`<text x="${size.x + 8}" y="${size.y - 6}" font-size="11" fill="#475569">and ${more} more</text>`]
      : []),
    "</g>",
  ];
}

/** The routes' colours and names in the map's corner (the frame's legend has one entry for all route legs). */
function routeKey(model: MapModel, shown: string | null): string[] {
  const routes = model.routes.filter((route) => shown === null || route.id === shown).slice(0, 10);
  if (routes.length === 0) return [];
  const width = 16 + Math.max(...routes.map((route) => route.name.length)) * 6.2 + 24;
  const more = model.routes.length - routes.length;
  const height = 24 + routes.length * 15 + (shown === null && more > 0 ? 15 : 0);
  return [
    `<g id="map-route-key">`,
    `<rect x="8" y="8" width="${num(width)}" height="${height}" rx="4" fill="#ffffff" fill-opacity="0.9" stroke="#cbd5e1"/>`,
    `<text x="16" y="24" font-size="11" font-weight="bold" fill="#0f172a">Routes</text>`,
    ...routes.flatMap((route, index) => [
      `<line x1="16" y1="${35 + index * 15}" x2="30" y2="${35 + index * 15}" stroke="${route.colour}" stroke-width="3"/>`,
      `<text x="36" y="${39 + index * 15}" font-size="11" fill="#0f172a">${escapeXml(route.name)}</text>`,
    ]),
    ...(shown === null && more > 0
      ? [`<text x="16" y="${39 + routes.length * 15}" font-size="11" fill="#475569">and ${more} more</text>`]
      : []),
    "</g>",
  ];
}

function arrowDefs(model: MapModel): string {
  const colours = [...new Set(model.routes.map((route) => route.colour))];
  return colours
    .map(
      (colour) =>
        `<marker id="${arrowId(colour)}" viewBox="0 0 10 10" refX="15" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse" markerUnits="strokeWidth"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`,
    )
    .join("");
}

function arrowId(colour: string): string {
  return `map-arrow-${colour.replace(/[^0-9a-z]/gi, "")}`;
}

function inside(point: { x: number; y: number }, size: L.Point): boolean {
  return point.x >= 0 && point.y >= 0 && point.x <= size.x && point.y <= size.y;
}

async function rasterize(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser gives no 2D canvas to draw the map on.");
  context.drawImage(await loadSvgImage(svg), 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The map PNG could not be encoded."))),
      "image/png",
    ),
  );
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}
