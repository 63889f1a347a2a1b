/**
 * The Leaflet side of the map, imperative and kept apart from React: country outlines (every country light, the
 * countries on the canvas shaded), links as arcs, route legs with arrowheads and numbers, entities as markers with
 * their names. Everything is SVG (Leaflet's SVG renderer), so tests read real elements and exports stay vector.
 */
import type { Feature } from "geojson";
import L from "leaflet";
import { type LatLon, linkArc } from "./geo.ts";
import type { MapLink, MapModel, PlacedEntity } from "./map-model.ts";
import { panningSvg } from "./panning-svg.ts";
import type { Route } from "./routes.ts";
import type { CountryOutline } from "./world-outlines.ts";

export interface MapLooks {
  entityColour(type: string): string;
  relationColour(type: string): string;
}

export interface MapState {
  selected: string | null;
  route: string | null;
}

export interface ClickedLink {
  id: string;
  source: string;
  target: string;
  leg?: { number: number; route: string };
}

export interface MapEvents {
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  /** A link or a route leg clicked (a leg with its number in the route drawn). */
  onLink(link: ClickedLink): void;
}

/** Above this many entities names show on hover only (a thousand labels would hide the map). */
export const LABELS_UP_TO = 150;
const OUTLINE_STYLE: L.PathOptions = {
  color: "#94a3b8",
  weight: 0.6,
  fillColor: "#f8fafc",
  fillOpacity: 1,
  interactive: false,
};

export class MapDrawing {
  readonly map: L.Map;
  private readonly renderer = panningSvg({ padding: 0.5 });
  private readonly base = L.layerGroup();
  private readonly areas = L.layerGroup();
  private readonly links = L.layerGroup();
  private readonly legs = L.layerGroup();
  private readonly markers = L.layerGroup();
  private model: MapModel | null = null;
  private fitted = false;
  /** Leaflet measures its container once; the explorer's panes change its size (toolbar wrapping, timeline). */
  private readonly resizes = new ResizeObserver(() => this.map.invalidateSize({ animate: false }));

  constructor(
    container: HTMLElement,
    private readonly events: MapEvents,
  ) {
    this.map = L.map(container, {
      renderer: this.renderer,
      zoomSnap: 0.25,
      zoomDelta: 0.5,
      wheelPxPerZoomLevel: 120,
      minZoom: 1,
      maxZoom: 12,
      worldCopyJump: false,
      attributionControl: true,
    });
    this.map.attributionControl.setPrefix(false).addAttribution("Outlines: Natural Earth");
    this.map.setView([40, 120], 3);
    for (const group of [this.base, this.areas, this.links, this.legs, this.markers]) group.addTo(this.map);
    this.map.on("click", () => this.events.onSelect(null));
    this.resizes.observe(container);
  }

  destroy(): void {
    this.resizes.disconnect();
    this.map.remove();
  }

  setOutlines(outlines: readonly CountryOutline[]): void {
    this.base.clearLayers();
    L.geoJSON(
      outlines.map((outline) => ({
        type: "Feature" as const,
        properties: { name: outline.name },
        geometry: outline.geometry,
      })),
      { style: () => OUTLINE_STYLE, renderer: this.renderer } as L.GeoJSONOptions,
    ).addTo(this.base);
  }

  draw(model: MapModel, state: MapState, looks: MapLooks): void {
    this.model = model;
    for (const group of [this.areas, this.links, this.legs, this.markers]) group.clearLayers();
    const at = new Map(model.placed.map((entity) => [entity.id, entity]));
    const route = model.routes.find((item) => item.id === state.route) ?? null;
    const onRoute = new Set(route?.stops ?? []);
    const dim = (id: string) => route !== null && !onRoute.has(id);
    for (const entity of model.placed) {
      if (entity.outline) this.drawArea(entity, looks, state, dim(entity.id));
    }
    for (const link of model.links) this.drawLink(link, at, looks, route !== null);
    for (const item of model.routes) this.drawRoute(item, at, model, route);
    const labels = model.placed.length <= LABELS_UP_TO;
    for (const entity of model.placed) this.drawMarker(entity, looks, state, dim(entity.id), labels);
    if (!this.fitted && model.placed.length > 0) {
      this.fitted = true;
      // A shared link with a route shows that route fitted, as choosing it does.
      if (route) this.fitRoute(route.id);
      else this.fitAll();
    }
  }

  fitAll(): void {
    const points = (this.model?.placed ?? []).map((entity) => entity.at);
    this.fitPoints(points);
  }

  fitRoute(id: string): void {
    const route = this.model?.routes.find((item) => item.id === id);
    const at = new Map((this.model?.placed ?? []).map((entity) => [entity.id, entity.at]));
    const points = (route?.stops ?? []).flatMap((stop) => {
      const point = at.get(stop);
      return point ? [point] : [];
    });
    this.fitPoints(points);
  }

  private fitPoints(points: LatLon[]): void {
    if (points.length === 0) return;
    const bounds = L.latLngBounds(points.map((point) => [point.lat, point.lon] as L.LatLngTuple));
    this.map.fitBounds(bounds.pad(0.15), { animate: false, maxZoom: 7, padding: [20, 20] });
  }

  private drawArea(entity: PlacedEntity, looks: MapLooks, state: MapState, dimmed: boolean): void {
    if (!entity.outline) return;
    const colour = looks.entityColour(entity.type);
    const shape: Feature = { type: "Feature", properties: {}, geometry: entity.outline.geometry };
    const area = L.geoJSON(shape, {
      renderer: this.renderer,
      style: () => ({
        color: colour,
        weight: state.selected === entity.id ? 2.5 : 1,
        fillColor: colour,
        fillOpacity: dimmed ? 0.06 : 0.16,
      }),
    } as L.GeoJSONOptions);
    area.on("click", (event) => {
      L.DomEvent.stopPropagation(event);
      this.events.onSelect(entity.id);
    });
    area.addTo(this.areas);
    area.eachLayer((layer) => {
      const element = (layer as L.Path).getElement();
      element?.setAttribute("data-country", entity.id);
    });
  }

  private drawLink(
    link: MapLink,
    at: ReadonlyMap<string, PlacedEntity>,
    looks: MapLooks,
    routeShown: boolean,
  ): void {
    const from = at.get(link.source);
    const to = at.get(link.target);
    if (!from || !to) return;
    const line = L.polyline(latLngs(linkArc(from.at, to.at, link.lane, link.lanes)), {
      renderer: this.renderer,
      color: looks.relationColour(link.type),
      weight: 1.6,
      opacity: routeShown ? 0.15 : 0.7,
    });
    line.on("click", (event) => {
      L.DomEvent.stopPropagation(event);
      this.events.onLink(link);
    });
    line.addTo(this.links);
    line.getElement()?.setAttribute("data-link", link.id);
  }

  private drawRoute(
    route: Route,
    at: ReadonlyMap<string, PlacedEntity>,
    model: MapModel,
    shown: Route | null,
  ): void {
    const faded = shown !== null && shown.id !== route.id;
    const marker = this.arrowMarker(route.colour);
    route.legs.forEach((leg, index) => {
      const from = at.get(leg.source);
      const to = at.get(leg.target);
      if (!from || !to) return;
      const lane = model.legLanes.get(leg.id) ?? { lane: 0, lanes: 1 };
      const points = linkArc(from.at, to.at, lane.lane, lane.lanes);
      const name = `Leg ${index + 1} of ${route.name}: ${from.name} → ${to.name}`;
      const open = (event: L.LeafletEvent) => {
        L.DomEvent.stopPropagation(event);
        this.events.onLink({ ...leg, leg: { number: index + 1, route: route.name } });
      };
      const line = L.polyline(latLngs(points), {
        renderer: this.renderer,
        color: route.colour,
        weight: shown?.id === route.id ? 4.5 : 3,
        opacity: faded ? 0.12 : 0.9,
        className: "map-leg",
      });
      line.on("click", open).addTo(this.legs);
      const element = line.getElement();
      element?.setAttribute("data-leg", `${leg.routeId}#${leg.legIndex}`);
      element?.setAttribute("data-route", route.id);
      element?.setAttribute("data-leg-number", String(index + 1));
      if (!faded) element?.setAttribute("marker-end", `url(#${marker})`);
      const middle = points[Math.floor(points.length / 2)] as LatLon;
      const number = L.marker([middle.lat, middle.lon], {
        icon: L.divIcon({
          className: "map-leg-number",
          html: `<span style="background:${route.colour}">${index + 1}</span>`,
          iconSize: [18, 18],
        }),
        keyboard: true,
        opacity: faded ? 0.25 : 1,
        title: name,
      });
      number.on("click", open).addTo(this.legs);
      const icon = number.getElement();
      icon?.setAttribute("role", "button");
      icon?.setAttribute("aria-label", name);
      icon?.setAttribute("data-leg", `${leg.routeId}#${leg.legIndex}`);
    });
  }

  private drawMarker(
    entity: PlacedEntity,
    looks: MapLooks,
    state: MapState,
    dimmed: boolean,
    label: boolean,
  ): void {
    const selected = state.selected === entity.id;
    const marker = L.circleMarker([entity.at.lat, entity.at.lon], {
      renderer: this.renderer,
      radius: selected ? 8 : entity.outline ? 5 : 6,
      color: selected ? "#0f172a" : "#ffffff",
      weight: selected ? 3 : 1.5,
      fillColor: looks.entityColour(entity.type),
      fillOpacity: dimmed ? 0.3 : 1,
      opacity: dimmed ? 0.3 : 1,
      className: "map-entity",
    });
    marker.on("click", (event) => {
      L.DomEvent.stopPropagation(event);
      this.events.onSelect(entity.id);
    });
    marker.on("dblclick", (event) => {
      L.DomEvent.stopPropagation(event);
      this.events.onExpand(entity.id);
    });
    marker.bindTooltip(entity.name, {
      permanent: label,
      direction: "right",
      offset: [6, 0],
      className: `map-label${dimmed ? " map-label-dimmed" : ""}`,
    });
    marker.addTo(this.markers);
    const element = marker.getElement();
    element?.setAttribute("role", "button");
    element?.setAttribute("aria-label", `${entity.name} (${entity.type})`);
    element?.setAttribute("data-entity", entity.id);
  }

  /** An SVG arrowhead in the route's colour, defined once in the renderer's <svg>. */
  private arrowMarker(colour: string): string {
    const id = `map-arrow-${colour.replace(/[^0-9a-z]/gi, "")}`;
    const svg = this.map.getPanes().overlayPane.querySelector("svg");
    if (!svg || svg.querySelector(`#${id}`)) return id;
    let defs = svg.querySelector("defs");
    if (!defs) {
      defs = document.createElementNS("http://www.w3.org/2000/svg", "defs");
      svg.prepend(defs);
    }
    defs.insertAdjacentHTML(
      "beforeend",
      `<marker id="${id}" viewBox="0 0 10 10" refX="15" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse" markerUnits="strokeWidth"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`,
    );
    return id;
  }
}

function latLngs(points: readonly LatLon[]): L.LatLngTuple[] {
  return points.map((point) => [point.lat, point.lon]);
}
