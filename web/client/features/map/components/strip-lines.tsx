/**
 * Lines from placed entities to the strip entries of the entities without coordinates they are linked to, drawn
 * over the map and the strip and redrawn as the map moves or the strip scrolls.
 */
import { type RefObject, useEffect, useState } from "react";
import type { MapDrawing, MapLooks } from "../map-drawing.ts";
import type { MapModel } from "../map-model.ts";

interface Segment {
  id: string;
  colour: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function StripLines({
  root,
  drawing,
  model,
  looks,
}: {
  root: RefObject<HTMLDivElement | null>;
  drawing: MapDrawing;
  model: MapModel;
  looks: MapLooks;
}) {
  const [segments, setSegments] = useState<Segment[]>([]);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const strip = element.querySelector("[data-strip-list]")?.parentElement;
    const at = new Map(model.placed.map((entity) => [entity.id, entity.at]));
    let frame = 0;
    const measure = () => {
      frame = 0;
      const box = element.getBoundingClientRect();
      const mapBox = drawing.map.getContainer().getBoundingClientRect();
      const stripBox = strip?.getBoundingClientRect();
      const next: Segment[] = [];
      for (const link of model.stripLinks) {
        const place = at.get(link.placed);
        const item = element.querySelector(`[data-strip-entity="${CSS.escape(link.unplaced)}"]`);
        if (!place || !item || !stripBox) continue;
        const itemBox = item.getBoundingClientRect();
        const middle = itemBox.top + itemBox.height / 2;
        if (middle < stripBox.top || middle > stripBox.bottom) continue;
        const point = drawing.map.latLngToContainerPoint([place.lat, place.lon]);
        if (point.x < 0 || point.y < 0 || point.x > mapBox.width || point.y > mapBox.height) continue;
        next.push({
          id: link.id,
          colour: looks.relationColour(link.type),
          x1: mapBox.left - box.left + point.x,
          y1: mapBox.top - box.top + point.y,
          x2: itemBox.left - box.left,
          y2: middle - box.top,
        });
      }
      setSegments(next);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    drawing.map.on("move zoom resize", schedule);
    strip?.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      drawing.map.off("move zoom resize", schedule);
      strip?.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [root, drawing, model, looks]);
  return (
    <svg className="map-strip-lines" aria-hidden="true">
      {segments.map((segment) => (
        <line
          key={segment.id}
          data-strip-line={segment.id}
          x1={segment.x1}
          y1={segment.y1}
          x2={segment.x2}
          y2={segment.y2}
          stroke={segment.colour}
        />
      ))}
    </svg>
  );
}
