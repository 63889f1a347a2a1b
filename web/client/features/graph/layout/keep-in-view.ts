/**
 * Brings nodes into view moving what the user was looking at as little as possible (after an expansion, instead
 * of fitting the whole graph again): the smallest pan that does it; when they cannot fit at this zoom, first
 * zooming out about the node they came from, so that it stays where it is on the screen.
 */
import type { Core, NodeCollection, Position } from "cytoscape";
import type { Box } from "./place-around.ts";

/** Room left at the edges of the canvas, in screen pixels (labels hang below nodes). */
const MARGIN = 24;
/** Sizes from graph-style.ts, in graph units: 28-unit nodes, labels under them up to 120 units wide. */
const NODE_HALF = 14;
const LABEL_HALF_WIDTH = 60;
const NODE_AND_LABEL_BELOW = 34;

/** `about`: where to zoom out about, in screen pixels of the canvas (the expanded node). */
export function bringIntoView(instance: Core, nodes: NodeCollection, about: Position | null) {
  if (nodes.empty()) return;
  const width = instance.width();
  const height = instance.height();
  let box = nodes.renderedBoundingBox({ includeLabels: true });
  const scale = Math.min(1, (width - 2 * MARGIN) / box.w, (height - 2 * MARGIN) / box.h);
  if (scale < 1) {
    const point = about ?? { x: width / 2, y: height / 2 };
    instance.zoom({ level: Math.max(instance.minZoom(), instance.zoom() * scale), renderedPosition: point });
    box = nodes.renderedBoundingBox({ includeLabels: true });
  }
  const dx = shift(box.x1, box.x2, width);
  const dy = shift(box.y1, box.y2, height);
  if (dx !== 0 || dy !== 0) instance.panBy({ x: dx, y: dy });
}

/** How far to move [low, high] so that it lies within [MARGIN, size - MARGIN]; its start wins if it cannot. */
function shift(low: number, high: number, size: number): number {
  if (low < MARGIN) return MARGIN - low;
  if (high > size - MARGIN) return Math.max(MARGIN - low, size - MARGIN - high);
  return 0;
}

/**
 * Where new nodes may go without the view having to move: the visible extent less what a node and its label take
 * (in graph units: half a node above, half a label's maximum width to each side, the node and its label below)
 * and the screen margin that bringIntoView keeps.
 */
export function placementBox(instance: Core): Box {
  const view = instance.extent();
  const screen = (MARGIN + 4) / instance.zoom();
  return {
    x1: view.x1 + LABEL_HALF_WIDTH + screen,
    y1: view.y1 + NODE_HALF + screen,
    x2: view.x2 - LABEL_HALF_WIDTH - screen,
    y2: view.y2 - NODE_AND_LABEL_BELOW - screen,
  };
}
