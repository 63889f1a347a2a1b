/**
 * Routes from ROUTE_LEG links: legs sharing a `routeId`, ordered by `legIndex`, named from their ends
 * ("Pyongyang → Russia"), one colour each.
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

export function buildRoutes(legs: readonly RouteLegInput[], nameOf: (id: string) => string): Route[] {
  const byRoute = new Map<string, RouteLegInput[]>();
  for (const leg of legs) byRoute.set(leg.routeId, [...(byRoute.get(leg.routeId) ?? []), leg]);
  const routes = [...byRoute.entries()].map(([id, routeLegs]) => {
    const ordered = [...routeLegs].sort((a, b) => a.legIndex - b.legIndex);
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
  return routes.map((route, index) => ({
    ...route,
    colour: schemeTableau10[index % schemeTableau10.length] as string,
  }));
}

/** "via Dandong, Harbin" for the stops between the ends. */
export function routeVia(route: Route, nameOf: (id: string) => string): string {
  const between = route.stops.slice(1, -1).map(nameOf);
  return between.length > 0 ? `via ${between.join(", ")}` : "direct";
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
