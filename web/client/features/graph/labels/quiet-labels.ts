/**
 * Which node labels are left out so that the others never overlap, as a pure function of what a shared link
 * holds: every position rounded to a whole unit and the zoom to the digits the URL keeps (arrangement-code.ts,
 * viewport-code.ts). The sender's canvas has the unrounded numbers, the receiver's the rounded ones; a label that
 * nearly touches its neighbour would otherwise be shown on one screen and left out on the other. Boxes are in
 * graph units, so the pan (and the canvas's size) play no part.
 */
import { urlZoom } from "../../../lib/viewport-code.ts";
import { LABEL_FONT_SIZE, LABEL_GAP, LABEL_LINE_HEIGHT, MAX_LABEL_WIDTH } from "./label-width.ts";

export interface LabelledNode {
  id: string;
  x: number;
  y: number;
  /** The node's drawn size, border included, in graph units. */
  width: number;
  height: number;
  /** The label's width at the canvas's font size (11 graph units), before any cap. */
  labelWidth: number;
  /** Higher first; ties go by id. */
  priority: number;
  /** A selected node keeps its label even when too small to read. */
  selected: boolean;
}

/** Below this many screen pixels a label is not drawn. */
const SMALLEST_READABLE = 6;
/** Room around each label, in screen pixels, so that neighbours never touch. */
const PAD_PX = 3;
const CELL = 64;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The ids whose labels are left out at `zoom`. */
export function quietLabels(nodes: readonly LabelledNode[], zoom: number): Set<string> {
  const shared = urlZoom(zoom);
  const quiet = new Set<string>();
  if (LABEL_FONT_SIZE * shared < SMALLEST_READABLE) {
    for (const node of nodes) if (!node.selected) quiet.add(node.id);
    return quiet;
  }
  const pad = PAD_PX / shared;
  const grid = new Map<string, Box[]>();
  const bodies = new Map<string, Box>();
  for (const node of nodes) {
    const x = Math.round(node.x);
    const y = Math.round(node.y);
    const body = {
      x1: x - node.width / 2,
      y1: y - node.height / 2,
      x2: x + node.width / 2,
      y2: y + node.height / 2,
    };
    bodies.set(node.id, body);
    put(grid, body);
  }
  const ordered = [...nodes].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const node of ordered) {
    const body = bodies.get(node.id);
    if (!body) continue;
    const width = Math.min(node.labelWidth, MAX_LABEL_WIDTH);
    const centre = (body.x1 + body.x2) / 2;
    const top = body.y2 + LABEL_GAP;
    const label = {
      x1: centre - width / 2 - pad,
      y1: top - pad,
      x2: centre + width / 2 + pad,
      y2: top + LABEL_FONT_SIZE * LABEL_LINE_HEIGHT + pad,
    };
    if (collides(grid, label, body)) quiet.add(node.id);
    else put(grid, label);
  }
  return quiet;
}

function cells(box: Box): string[] {
  const keys: string[] = [];
  for (let x = Math.floor(box.x1 / CELL); x <= Math.floor(box.x2 / CELL); x += 1)
    for (let y = Math.floor(box.y1 / CELL); y <= Math.floor(box.y2 / CELL); y += 1) keys.push(`${x}:${y}`);
  return keys;
}

function put(grid: Map<string, Box[]>, box: Box) {
  for (const key of cells(box)) {
    const list = grid.get(key);
    if (list) list.push(box);
    else grid.set(key, [box]);
  }
}

/** Whether `box` overlaps anything in the grid other than `own` (the label's own node). */
function collides(grid: Map<string, Box[]>, box: Box, own: Box): boolean {
  for (const key of cells(box)) {
    for (const other of grid.get(key) ?? []) {
      if (other === own) continue;
      if (box.x1 < other.x2 && box.x2 > other.x1 && box.y1 < other.y2 && box.y2 > other.y1) return true;
    }
  }
  return false;
}
