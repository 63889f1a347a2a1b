/** The routes on the map, each with its colour, name and stops; choosing one highlights it and fits it in view. */
import { type Route, routeVia } from "../routes.ts";

export interface RouteListProps {
  routes: readonly Route[];
  selected: string | null;
  nameOf(id: string): string;
  onChoose(id: string | null): void;
}

export function RouteList({ routes, selected, nameOf, onChoose }: RouteListProps) {
  return (
    <section className="map-routes" aria-label="Routes">
      <h2 className="panel-title">Routes ({routes.length})</h2>
      {routes.length === 0 && <p className="panel-note">No route legs among the entities shown.</p>}
      <ul>
        {routes.map((route) => (
          <li key={route.id}>
            <button
              type="button"
              className="map-route"
              aria-pressed={selected === route.id}
              onClick={() => onChoose(selected === route.id ? null : route.id)}
            >
              <span className="map-route-swatch" style={{ background: route.colour }} aria-hidden="true" />
              <span className="map-route-name">{route.name}</span>
              <span className="map-route-via">
                {routeVia(route, nameOf)} · {route.legs.length} leg{route.legs.length === 1 ? "" : "s"}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
