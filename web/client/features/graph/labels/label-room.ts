/**
 * Node labels that make room for each other: after every change of the view, labels are placed in order of
 * importance (the selection, paths, then the most linked, then by id) and a label that would overlap one already
 * placed, or another node, is left out (class `label-quiet`) until the user zooms in or rests the pointer on its
 * node; the choice is quiet-labels.ts's, from what a shared link holds, so a reload shows the same labels. Node
 * and link labels too small to read at this zoom are left out too. Exports draw every label (see collect-view.ts).
 */
import type { Core, NodeSingular } from "cytoscape";
import { forgetLabelWidths, labelWidth } from "./label-width.ts";
import { type LabelledNode, quietLabels } from "./quiet-labels.ts";

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
    forgetLabelWidths();
    schedule();
  };
  document.fonts?.addEventListener("loadingdone", onFonts);
  instance.one("destroy", () => {
    document.fonts?.removeEventListener("loadingdone", onFonts);
    container?.removeEventListener("mouseleave", unhover);
  });
  schedule();
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
