/**
 * Brings nodes into view with the smallest pan that does it, without zooming, so that what the user was looking
 * at moves as little as possible (after an expansion, instead of fitting the whole graph again).
 */
import type { Core, NodeCollection } from "cytoscape";

/** Room left at the edges of the canvas, in screen pixels (labels hang below nodes). */
const MARGIN = 24;

export function panToInclude(instance: Core, nodes: NodeCollection) {
  if (nodes.empty()) return;
  const box = nodes.renderedBoundingBox({ includeLabels: true });
  const width = instance.width();
  const height = instance.height();
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
