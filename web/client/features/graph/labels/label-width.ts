/** How wide a node's label is drawn, in graph units, measured with the canvas's font (graph-style.ts). */
import { PICTURE_FONT } from "../../../lib/fonts/picture-font.ts";

/** Node labels are 11 units high, 4 units below the node, cut with an ellipsis at 120 units (graph-style.ts). */
export const LABEL_FONT_SIZE = 11;
export const LABEL_GAP = 4;
export const LABEL_LINE_HEIGHT = 1.2;
export const MAX_LABEL_WIDTH = 120;

let measurer: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();

/** The width of `text` drawn as a label, before the 120-unit cap; measured once per text. */
export function labelWidth(text: string): number {
  const known = widths.get(text);
  if (known !== undefined) return known;
  if (typeof document !== "undefined") measurer ??= document.createElement("canvas").getContext("2d");
  let width = text.length * LABEL_FONT_SIZE * 0.55;
  if (measurer) {
    measurer.font = `${LABEL_FONT_SIZE}px ${PICTURE_FONT}`;
    width = measurer.measureText(text).width;
  }
  widths.set(text, width);
  return width;
}

/** Forgets the widths measured so far (a face that loaded late draws them otherwise). */
export function forgetLabelWidths() {
  widths.clear();
}
