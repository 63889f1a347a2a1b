/**
 * Routes from ROUTE_LEG links: legs sharing a `routeId`, ordered by `legIndex`, named from their ends
 * ("Pyongyang → Russia"), one colour each. An article often tells one route in pieces ("from Pyongyang to Russia
 * via Dandong", later "from Dandong to Russia via Harbin"): a route of the same article that goes from a leg's
 * start to that leg's end by other stops takes the leg's place, so the route is drawn with every stop known.
 */
import { schemeTableau10 } from "d3-scale-chromatic";

export interface RouteLegInput {
  id: string;
  source: string;
  target: string;
  routeId: string;
  legIndex: number;
}

export interface Route {
  id: string;
  name: string;
  colour: string;
  /** Legs in travel order. */
  legs: RouteLegInput[];
  /** The stops in order: the first leg's start, then every leg's end. */
  stops: string[];
}

export interface BuiltRoutes {
  routes: Route[];
  /** Legs whose stretch another route of the same article tells stop by stop: links of their own, not legs. */
  refined: RouteLegInput[];
}

export function buildRoutes(legs: readonly RouteLegInput[], nameOf: (id: string) => string): BuiltRoutes {
  const byRoute = new Map<string, RouteLegInput[]>();
  for (const leg of legs) byRoute.set(leg.routeId, [...(byRoute.get(leg.routeId) ?? []), leg]);
  const told = [...byRoute.entries()]
    .map(([id, routeLegs]) => ({ id, legs: [...routeLegs].sort((a, b) => a.legIndex - b.legIndex) }))
    .sort((a, b) => compare(a.id, b.id));
  const { joined, refined } = joinPieces(told);
  const routes = joined.map(({ id, legs: ordered }) => {
    const first = ordered[0] as RouteLegInput;
    const last = ordered[ordered.length - 1] as RouteLegInput;
    return {
      id,
      name: `${nameOf(first.source)} → ${nameOf(last.target)}`,
      colour: "",
      legs: ordered,
      stops: [first.source, ...ordered.map((leg) => leg.target)],
    };
  });
  // Longest routes first, then by name: the order (and so the colours) depend on the routes alone.
  routes.sort((a, b) => b.legs.length - a.legs.length || compare(a.name, b.name) || compare(a.id, b.id));
  return {
    routes: routes.map((route, index) => ({
      ...route,
      colour: schemeTableau10[index % schemeTableau10.length] as string,
    })),
    refined,
  };
}

interface ToldRoute {
  id: string;
  legs: RouteLegInput[];
}

/** The article a route was read from: route ids are `<article>:<sentence>:<route>`. */
function articleOf(routeId: string): string {
  return routeId.split(":")[0] ?? routeId;
}

/**
 * Replaces a leg X → Y by a route of the same article from X to Y with stops between, as long as one fits; the
 * route used that way is not listed again. Each route is used once, so the joining ends.
 */
function joinPieces(told: readonly ToldRoute[]): { joined: ToldRoute[]; refined: RouteLegInput[] } {
  const used = new Set<string>();
  const refined: RouteLegInput[] = [];
  const byId = new Map(told.map((route) => [route.id, route]));
  const piece = (leg: RouteLegInput, into: ToldRoute) =>
    [...byId.values()].find((other) => {
      if (other.id === into.id || used.has(other.id) || other.legs.length < 2) return false;
      if (articleOf(other.id) !== articleOf(into.id)) return false;
      const first = other.legs[0];
      const last = other.legs[other.legs.length - 1];
      return first?.source === leg.source && last?.target === leg.target;
    });
  // Longest first, so that the longest telling of a route is the one that grows.
  const order = [...told].sort((a, b) => b.legs.length - a.legs.length || compare(a.id, b.id));
  for (const start of order) {
    if (used.has(start.id)) continue;
    let legs = start.legs;
    for (let index = 0; index < legs.length; index++) {
      const leg = legs[index] as RouteLegInput;
      const found = piece(leg, start);
      if (!found) continue;
      used.add(found.id);
      refined.push(leg);
      legs = [...legs.slice(0, index), ...found.legs, ...legs.slice(index + 1)];
      index += found.legs.length - 1;
    }
    byId.set(start.id, { id: start.id, legs });
  }
  return {
    joined: told.filter((route) => !used.has(route.id)).map((route) => byId.get(route.id) ?? route),
    refined,
  };
}

/** "via Dandong, Harbin" for the stops between the ends. */
export function routeVia(route: Route, nameOf: (id: string) => string): string {
  const between = route.stops.slice(1, -1).map(nameOf);
  return between.length > 0 ? `via ${between.join(", ")}` : "direct";
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
