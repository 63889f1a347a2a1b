/**
 * Node labels that make room for each other: after every change of the view, labels are placed in order of
 * importance (the selection, paths, then the most linked) and a label that would overlap one already placed, or
 * another node, is left out (class `label-quiet`) until the user zooms in or rests the pointer on its node.
 * Node and link labels too small to read at this zoom are left out too. Exports draw every label (see
 * collect-view.ts).
 */
import type { Core, NodeSingular } from "cytoscape";
import { PICTURE_FONT } from "../../../lib/fonts/picture-font.ts";

export const QUIET = "label-quiet";
/** Node labels are 11 px at zoom 1 (graph-style.ts); below this many screen pixels they are not drawn. */
const FONT_SIZE = 11;
const LINK_FONT_SIZE = 8;
const SMALLEST_READABLE = 6;
const MAX_LABEL_WIDTH = 120;
const CELL = 64;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function bindLabelRoom(instance: Core) {
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!instance.destroyed()) arrangeLabels(instance);
    });
  };
  instance.on("viewport add remove position data class style layoutstop", schedule);
  instance.on("mouseover", "node", (event) => event.target.addClass("hovered"));
  instance.on("mouseout", "node", (event) => event.target.removeClass("hovered"));
  schedule();
}

let measurer: CanvasRenderingContext2D | null = null;
function textWidth(text: string, fontPx: number): number {
  measurer ??= document.createElement("canvas").getContext("2d");
  if (!measurer) return text.length * fontPx * 0.55;
  measurer.font = `${fontPx}px ${PICTURE_FONT}`;
  return measurer.measureText(text).width;
}

function priority(node: NodeSingular): number {
  if (node.selected()) return 3_000_000;
  if (node.hasClass("on-path")) return 2_000_000;
  return node.degree(false);
}

function arrangeLabels(instance: Core) {
  const zoom = instance.zoom();
  const fontPx = FONT_SIZE * zoom;
  const nodes = instance.nodes(":visible");
  const quiet = new Set<string>();
  if (fontPx < SMALLEST_READABLE) {
    nodes.forEach((node) => {
      if (!node.selected()) quiet.add(node.id());
    });
  } else {
    const grid = new Map<string, Box[]>();
    const bodies = new Map<string, Box>();
    nodes.forEach((node) => {
      const box = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      bodies.set(node.id(), box);
      put(grid, box);
    });
    const ordered = nodes.sort((a, b) => priority(b) - priority(a) || a.id().localeCompare(b.id()));
    ordered.forEach((node) => {
      const body = bodies.get(node.id());
      if (!body) return;
      const width = Math.min(textWidth(String(node.data("name") ?? ""), fontPx), MAX_LABEL_WIDTH * zoom);
      const centre = (body.x1 + body.x2) / 2;
      const top = body.y2 + 4 * zoom;
      // A little room around each label, so that neighbours never touch.
      const pad = 3;
      const label = {
        x1: centre - width / 2 - pad,
        y1: top - pad,
        x2: centre + width / 2 + pad,
        y2: top + fontPx * 1.2 + pad,
      };
      if (collides(grid, label, body)) quiet.add(node.id());
      else put(grid, label);
    });
  }
  const linksQuiet = LINK_FONT_SIZE * zoom < SMALLEST_READABLE;
  instance.batch(() => {
    instance.elements().forEach((element) => {
      const wanted = element.isNode() ? quiet.has(element.id()) : linksQuiet;
      if (element.hasClass(QUIET) !== wanted) element.toggleClass(QUIET, wanted);
    });
  });
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
