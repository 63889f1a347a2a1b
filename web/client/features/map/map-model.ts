/**
 * What the map draws, from the explorer's nodes and links: entities with coordinates at their places (a country
 * at the centre of its outline, which is shaded), the others in a strip beside the map, the links between placed
 * entities as arcs, the links from placed entities to the strip, and the routes leg by leg.
 */
import type { GraphEdge, GraphNode } from "../../../shared/api-types.ts";
import type { LatLon } from "./geo.ts";
import { buildRoutes, type Route } from "./routes.ts";
import { type CountryOutline, outlineOf } from "./world-outlines.ts";

export interface MapEntity {
  id: string;
  name: string;
  type: string;
}

export interface PlacedEntity extends MapEntity {
  at: LatLon;
  /** A country entity's outline, drawn shaded. */
  outline?: CountryOutline;
}

export interface MapLink {
  id: string;
  type: string;
  source: string;
  target: string;
  /** Which of the links between the same two entities this is (0-based) and how many there are, to fan them out. */
  lane: number;
  lanes: number;
}

export interface StripLink {
  id: string;
  type: string;
  placed: string;
  unplaced: string;
}

export interface MapModel {
  placed: PlacedEntity[];
  unplaced: MapEntity[];
  /** Links between placed entities that are not route legs. */
  links: MapLink[];
  stripLinks: StripLink[];
  routes: Route[];
  /** Route legs by link id, with their lane among the links between the same places. */
  legLanes: Map<string, Pick<MapLink, "lane" | "lanes">>;
}

export function buildMapModel(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  outlines: readonly CountryOutline[],
): MapModel {
  const placed: PlacedEntity[] = [];
  const unplaced: MapEntity[] = [];
  for (const node of nodes) {
    const entity = { id: node.id, name: node.name, type: entityType(node) };
    const outline = entity.type === "Country" ? outlineOf(withAliases(node), outlines) : undefined;
    const at = outline?.centre ?? coordinates(node);
    if (at) placed.push({ ...entity, at, ...(outline ? { outline } : {}) });
    else unplaced.push(entity);
  }
  const isPlaced = new Set(placed.map((entity) => entity.id));
  const names = new Map(nodes.map((node) => [node.id, node.name]));
  const known = edges.filter((edge) => names.has(edge.source) && names.has(edge.target));
  const legs = known.flatMap((edge) => {
    const leg = routeLeg(edge);
    return leg ? [leg] : [];
  });
  const built = buildRoutes(legs, (id) => names.get(id) ?? id);
  // A leg another route tells stop by stop is drawn as a link (its sentence stays a click away), not as a leg.
  const legIds = new Set(built.routes.flatMap((route) => route.legs.map((leg) => leg.id)));
  const between = known.filter((edge) => isPlaced.has(edge.source) && isPlaced.has(edge.target));
  const lanes = laneNumbers(between);
  const links = between
    .filter((edge) => !legIds.has(edge.id))
    .map((edge) => ({
      id: edge.id,
      type: edge.type,
      source: edge.source,
      target: edge.target,
      ...(lanes.get(edge.id) ?? { lane: 0, lanes: 1 }),
    }));
  const stripLinks = known.flatMap((edge) => {
    const sourcePlaced = isPlaced.has(edge.source);
    if (sourcePlaced === isPlaced.has(edge.target)) return [];
    return [
      {
        id: edge.id,
        type: edge.type,
        placed: sourcePlaced ? edge.source : edge.target,
        unplaced: sourcePlaced ? edge.target : edge.source,
      },
    ];
  });
  const legLanes = new Map([...lanes].filter(([id]) => legIds.has(id)));
  placed.sort((a, b) => compare(a.name, b.name));
  unplaced.sort((a, b) => compare(a.type, b.type) || compare(a.name, b.name));
  return {
    placed,
    unplaced,
    links,
    stripLinks,
    routes: built.routes,
    legLanes,
  };
}

function entityType(node: GraphNode): string {
  const type = node.properties.type;
  return typeof type === "string" ? type : (node.labels.find((label) => label !== "Entity") ?? "Entity");
}

function withAliases(node: GraphNode) {
  const aliases = node.properties.aliases;
  return { name: node.name, aliases: Array.isArray(aliases) ? aliases.map(String) : [] };
}

function coordinates(node: GraphNode): LatLon | null {
  const { lat, lon } = node.properties;
  if (typeof lat !== "number" || typeof lon !== "number") return null;
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return null;
  return { lat, lon };
}

function routeLeg(edge: GraphEdge) {
  const { routeId, legIndex } = edge.properties;
  if (edge.type !== "ROUTE_LEG" || typeof routeId !== "string" || typeof legIndex !== "number") return null;
  return { id: edge.id, source: edge.source, target: edge.target, routeId, legIndex };
}

/** Numbers the links between each pair of entities (either direction), in a stable order. */
function laneNumbers(edges: readonly GraphEdge[]): Map<string, { lane: number; lanes: number }> {
  const byPair = new Map<string, string[]>();
  for (const edge of [...edges].sort((a, b) => compare(a.id, b.id))) {
    const pair = [edge.source, edge.target].sort().join("\u0000");
    byPair.set(pair, [...(byPair.get(pair) ?? []), edge.id]);
  }
  const lanes = new Map<string, { lane: number; lanes: number }>();
  for (const ids of byPair.values()) {
    ids.forEach((id, lane) => {
      lanes.set(id, { lane, lanes: ids.length });
    });
  }
  return lanes;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
