/**
 * Map mode of the explorer: the entities with coordinates at their places on a world map, countries as shaded
 * outlines, links as arcs, routes leg by leg; beside it the route list, the evidence of the link clicked and the
 * strip of entities without coordinates, with lines from the map to the strip. The Leaflet map is exposed as
 * `window.__graphbrief_map` for end-to-end tests and exports.
 */
import "leaflet/dist/leaflet.css";
import "../map.css";
import { useEffect, useMemo, useRef, useState } from "react";
import type { GraphEdge, GraphNode } from "../../../../shared/api-types.ts";
import type { OpenArticle } from "../../../lib/view-state.ts";
import { type ClickedLink, MapDrawing, type MapLooks } from "../map-drawing.ts";
import { buildMapModel, type MapModel } from "../map-model.ts";
import { type MapPicture, mapPicture } from "../map-picture.ts";
import { type CountryOutline, loadCountryOutlines } from "../world-outlines.ts";
import { LinkEvidence } from "./link-evidence.tsx";
import { RouteList } from "./route-list.tsx";
import { StripLines } from "./strip-lines.tsx";
import { UnplacedStrip } from "./unplaced-strip.tsx";

export interface MapHandle {
  drawing: MapDrawing;
  model: MapModel;
  /** The map as it is on screen, for a briefing (notes by entity id become callouts). */
  picture(notes: Record<string, string>): MapPicture;
}

declare global {
  interface Window {
    __graphbrief_map?: MapHandle;
  }
}

export interface MapViewProps {
  /** The entities and links shown (filters already applied). */
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  selected: string | null;
  route: string | null;
  looks: MapLooks;
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  onRoute(id: string | null): void;
  onOpenArticle: OpenArticle;
}

export function MapView(props: MapViewProps) {
  const root = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLElement>(null);
  const [drawing, setDrawing] = useState<MapDrawing | null>(null);
  const [outlines, setOutlines] = useState<CountryOutline[] | null>(null);
  const [outlineError, setOutlineError] = useState<string | null>(null);
  const [link, setLink] = useState<ClickedLink | null>(null);
  const handlers = useRef(props);
  handlers.current = props;

  useEffect(() => {
    if (!container.current) return;
    const instance = new MapDrawing(container.current, {
      onSelect: (id) => handlers.current.onSelect(id),
      onExpand: (id) => handlers.current.onExpand(id),
      onLink: (clicked) => setLink(clicked),
    });
    setDrawing(instance);
    let live = true;
    loadCountryOutlines().then(
      (loaded) => {
        if (!live) return;
        instance.setOutlines(loaded);
        setOutlines(loaded);
      },
      (error: unknown) => setOutlineError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
      instance.destroy();
      window.__graphbrief_map = undefined;
    };
  }, []);

  const model = useMemo(
    () => (outlines ? buildMapModel(props.nodes, props.edges, outlines) : null),
    [props.nodes, props.edges, outlines],
  );
  const { selected, route, looks } = props;

  const { nodes, edges } = props;
  useEffect(() => {
    if (!drawing || !model || !outlines) return;
    drawing.draw(model, { selected, route }, looks);
    window.__graphbrief_map = {
      drawing,
      model,
      picture: (notes) =>
        mapPicture({ map: drawing.map, model, outlines, nodes, edges, looks, route }, notes),
    };
    root.current?.setAttribute("data-map-state", "drawn");
  }, [drawing, model, outlines, nodes, edges, selected, route, looks]);

  const names = useMemo(() => new Map(props.nodes.map((node) => [node.id, node.name])), [props.nodes]);
  const nameOf = (id: string) => names.get(id) ?? id;

  return (
    <div className="map-view" ref={root} data-map-state="loading">
      <section className="map-canvas" ref={container} data-testid="map-canvas" aria-label="Map" />
      <aside className="map-side" aria-label="Routes and entities without coordinates">
        {outlineError && (
          <p className="panel-note panel-error" role="alert">
            The country outlines could not be loaded: {outlineError}
          </p>
        )}
        {model && (
          <RouteList
            routes={model.routes}
            selected={route}
            nameOf={nameOf}
            onChoose={(id) => {
              handlers.current.onRoute(id);
              if (id) drawing?.fitRoute(id);
            }}
          />
        )}
        {link && (
          <LinkEvidence
            link={link}
            nameOf={nameOf}
            onClose={() => setLink(null)}
            onOpenArticle={props.onOpenArticle}
          />
        )}
        {model && (
          <UnplacedStrip
            entities={model.unplaced}
            selected={selected}
            looks={looks}
            onSelect={props.onSelect}
          />
        )}
      </aside>
      {drawing && model && <StripLines root={root} drawing={drawing} model={model} looks={looks} />}
    </div>
  );
}
