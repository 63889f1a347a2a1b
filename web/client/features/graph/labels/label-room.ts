/**
 * Node labels that make room for each other: after every change of the view, labels are placed in order of
 * importance (the selection, paths, then the most linked, then by id) and a label that would overlap one already
 * placed, or another node, is left out (class `label-quiet`) until the user zooms in or rests the pointer on its
 * node; the choice is quiet-labels.ts's, from what a shared link holds, so a reload shows the same labels. Node
 * and link labels too small to read at this zoom are left out too. Exports draw every label (see collect-view.ts).
 */
import type { Core, NodeSingular } from "cytoscape";
import { PICTURE_FONT } from "../../../lib/fonts/picture-font.ts";
import { FONT_SIZE, type LabelledNode, quietLabels } from "./quiet-labels.ts";

export const QUIET = "label-quiet";
/** Link labels are 8 px at zoom 1 (graph-style.ts); below this many screen pixels they are not drawn. */
const LINK_FONT_SIZE = 8;
const SMALLEST_READABLE = 6;

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
  // Cytoscape sends no mouseout when the pointer leaves the canvas from over a node.
  const container = instance.container();
  const unhover = () => {
    instance.nodes(".hovered").removeClass("hovered");
  };
  container?.addEventListener("mouseleave", unhover);
  // Widths measured with a fallback face (the shipped one came late) are measured again.
  const onFonts = () => {
    widths.clear();
    schedule();
  };
  document.fonts?.addEventListener("loadingdone", onFonts);
  instance.one("destroy", () => {
    document.fonts?.removeEventListener("loadingdone", onFonts);
    container?.removeEventListener("mouseleave", unhover);
  });
  schedule();
}

let measurer: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();
/** A label's width in graph units, measured once per text with the canvas's font. */
export function labelWidth(text: string): number {
  const known = widths.get(text);
  if (known !== undefined) return known;
  measurer ??= document.createElement("canvas").getContext("2d");
  let width = text.length * FONT_SIZE * 0.55;
  if (measurer) {
    measurer.font = `${FONT_SIZE}px ${PICTURE_FONT}`;
    width = measurer.measureText(text).width;
  }
  widths.set(text, width);
  return width;
}

function priority(node: NodeSingular): number {
  if (node.selected()) return 3_000_000;
  if (node.hasClass("on-path")) return 2_000_000;
  return node.degree(false);
}

function labelled(node: NodeSingular): LabelledNode {
  const { x, y } = node.position();
  return {
    id: node.id(),
    x,
    y,
    width: node.outerWidth(),
    height: node.outerHeight(),
    labelWidth: labelWidth(String(node.data("name") ?? "")),
    priority: priority(node),
    selected: node.selected(),
  };
}

function arrangeLabels(instance: Core) {
  const zoom = instance.zoom();
  const quiet = quietLabels(instance.nodes(":visible").map(labelled), zoom);
  const linksQuiet = LINK_FONT_SIZE * zoom < SMALLEST_READABLE;
  instance.batch(() => {
    instance.elements().forEach((element) => {
      const wanted = element.isNode() ? quiet.has(element.id()) : linksQuiet;
      if (element.hasClass(QUIET) !== wanted) element.toggleClass(QUIET, wanted);
    });
  });
}
