/**
 * Fits the canvas to its picture: every visible node and link, and every node's label whole, as if none were left
 * out for room. Cytoscape's own fit counts only the labels drawn at that moment, and which are drawn depends on
 * the zoom the fit is choosing (labels/label-room.ts): the labels of nodes at the edges came out cut, and the zoom
 * depended on what the canvas showed before. This box depends on the positions and the labels' text alone.
 */
import type { Core } from "cytoscape";
import {
  LABEL_FONT_SIZE,
  LABEL_GAP,
  LABEL_LINE_HEIGHT,
  labelWidth,
  MAX_LABEL_WIDTH,
} from "../labels/label-width.ts";

/** Room left around the picture, in screen pixels. */
export const FIT_PADDING = 30;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The extent of what the canvas draws, every node label included, in graph units; null when nothing is shown. */
export function pictureBox(instance: Core): Box | null {
  const shown = instance.elements(":visible");
  if (shown.nodes().empty()) return null;
  const drawn = shown.boundingBox({ includeLabels: false, includeOverlays: false });
  const box = { x1: drawn.x1, y1: drawn.y1, x2: drawn.x2, y2: drawn.y2 };
  shown.nodes().forEach((node) => {
    const { x, y } = node.position();
    const half = Math.min(labelWidth(String(node.data("name") ?? "")), MAX_LABEL_WIDTH) / 2;
    box.x1 = Math.min(box.x1, x - half);
    box.x2 = Math.max(box.x2, x + half);
    box.y2 = Math.max(box.y2, y + node.outerHeight() / 2 + LABEL_GAP + LABEL_FONT_SIZE * LABEL_LINE_HEIGHT);
  });
  return box;
}

/** Zooms and pans so that the picture fills the canvas less `padding` screen pixels all round, centred. */
export function fitPicture(instance: Core, padding = FIT_PADDING) {
  const box = pictureBox(instance);
  const width = instance.width();
  const height = instance.height();
  if (!box || !(width > 0 && height > 0)) return;
  const fits = Math.min(
    (width - 2 * padding) / Math.max(1, box.x2 - box.x1),
    (height - 2 * padding) / Math.max(1, box.y2 - box.y1),
  );
  const zoom = Math.min(instance.maxZoom(), Math.max(instance.minZoom(), fits));
  instance.viewport({
    zoom,
    pan: { x: (width - zoom * (box.x1 + box.x2)) / 2, y: (height - zoom * (box.y1 + box.y2)) / 2 },
  });
}

/** Fit to screen: the explorer's canvas fitted to its picture. */
export function fitCanvas() {
  const instance = window.__graphbrief_cy;
  if (instance) fitPicture(instance);
}
