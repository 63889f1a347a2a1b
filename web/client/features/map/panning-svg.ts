/**
 * Leaflet's SVG renderer redraws everything at the end of every move: it re-clips each path to the new view and
 * rewrites its `d`, thousands of them with a large graph. A pan at the same zoom needs none of that while the view
 * stays inside the area already drawn (the view plus `padding` on every side), because the map pane's CSS
 * transform has already moved the drawing with the map. This renderer redraws only when the view leaves that
 * area, or the zoom or the map's size changes.
 */
import L from "leaflet";

/** The parts of Leaflet's renderer this one relies on (private in Leaflet's types). */
interface RendererInternals {
  _map: L.Map;
  _bounds?: L.Bounds;
  _zoom?: number;
  _drawnSize?: L.Point;
  _update(): void;
  _onMoveEnd(): void;
  getEvents(): Record<string, (this: RendererInternals) => void>;
}

type RendererClass = new (options?: L.RendererOptions) => L.SVG;
const base = L.SVG.prototype as unknown as RendererInternals;

const PanningSvg = (L.SVG as unknown as { extend(members: object): RendererClass }).extend({
  getEvents(this: RendererInternals) {
    return { ...base.getEvents.call(this), moveend: this._onMoveEnd };
  },

  _onMoveEnd(this: RendererInternals) {
    if (!stillDrawn(this)) this._update();
  },

  _update(this: RendererInternals) {
    base._update.call(this);
    this._drawnSize = this._map.getSize();
  },
});

/** Whether what is on screen now was drawn at this zoom and size, so the drawing need not change. */
function stillDrawn(renderer: RendererInternals): boolean {
  const { _map: map, _bounds: drawn, _drawnSize: size } = renderer;
  if (!drawn || !size || renderer._zoom !== map.getZoom() || !size.equals(map.getSize())) return false;
  const view = L.bounds(map.containerPointToLayerPoint([0, 0]), map.containerPointToLayerPoint(size));
  return drawn.contains(view);
}

export function panningSvg(options: L.RendererOptions): L.SVG {
  return new PanningSvg(options);
}
