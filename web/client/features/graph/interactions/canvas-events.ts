/**
 * What the user does on the canvas, as the canvas reports it: a tap selects (Shift, Ctrl or Cmd add to the
 * selection instead), a tap on the background clears it, a double tap expands, and a dropped node reports where
 * it was dropped and where every node now is. Pointer events beyond those and the labels' room are bound here too.
 */
import type { Core } from "cytoscape";
import { reportArrangement } from "../canvas/node-moves.ts";
import { bindLabelRoom } from "../labels/label-room.ts";
import type { Point, Positions } from "../layout/compute-layout.ts";
import { bindPointerEvents, isAdditive, type PointerHandlers } from "./pointer-events.ts";

export interface CanvasEventHandlers extends PointerHandlers {
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  /** A node was dragged and dropped here. */
  onMove?(id: string, position: Point): void;
  /** Where every node is, after the user changed the arrangement. */
  onArrange?(positions: Positions): void;
}

/** `onTapped`: the node the user clicked on the canvas itself (it must not be moved into view). */
export function bindCanvasEvents(
  instance: Core,
  handlers: () => CanvasEventHandlers,
  onTapped: (id: string) => void,
) {
  instance.on("tap", "node", (event) => {
    // Shift, Ctrl or Cmd adds to (or takes from) the selection, which Cytoscape does itself.
    if (isAdditive(event.originalEvent)) return;
    onTapped(event.target.id());
    handlers().onSelect(event.target.id());
  });
  instance.on("tap", (event) => {
    if (event.target === instance) handlers().onSelect(null);
  });
  instance.on("dbltap", "node", (event) => handlers().onExpand(event.target.id()));
  instance.on("dragfree", "node", (event) => {
    handlers().onMove?.(event.target.id(), { ...event.target.position() });
    reportArrangement(instance, handlers().onArrange);
  });
  bindPointerEvents(instance, handlers);
  bindLabelRoom(instance);
}
